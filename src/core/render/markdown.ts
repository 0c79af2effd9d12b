import type { Translate } from "../../i18n";
import { type Agenda, type AgendaItem, STATUS_ORDER } from "../agenda/agenda";
import { SECTION_END, SECTION_START } from "../notes/markdown";
import { linkPathOf } from "../notes/logseq-page-names";
import { basename, withoutMd } from "../shared/text";
import { safeInline, safeLine, safeLinkPart } from "./safe-text";
import { markdownNoteLink, wikilinkable } from "./note-link";

/** Looks up what to call a note in rendered output (a person's name, else its file name). */
export type NameOf = (path: string) => string;

/** How notes are referred to: wikilinks in a vault, plain names and `path:line` in a terminal. */
export interface LinkStyle {
	note(path: string, name: string): string;
	source(path: string, line: number): string;
	/** Text the user wrote (a task), which may itself contain links. */
	text(text: string): string;
}

export const WIKILINKS: LinkStyle = {
	note: (path, name) => wikilink(path, name),
	// Shown by its name: a Logseq page by its page's (`pages/meetings___Sync.md` is Sync).
	source: (path) => wikilink(path, basename(linkPathOf(path))),
	text: (text) => safeInline(text),
};

/**
 * `[[People/Anna|Annie]]` → `Annie`, `[[People/Anna]]` → `Anna`, `[x](y.md)` → `x`. No part of a link
 * holds a bracket (Obsidian allows none in a link), so a line of thousands of `[` is read in linear time:
 * a part that could run over brackets is tried again from each of them, to the end of the line.
 */
export function linksToText(text: string): string {
	if (!text.includes("[")) return text;
	return text
		.replace(/!?\[\[([^[\]|]*)\|([^[\]]*)\]\]/g, "$2")
		.replace(/!?\[\[([^[\]]*)\]\]/g, (_all, target: string) => basename(target.split("#")[0] ?? target))
		.replace(/!?\[([^[\]]*)\]\([^()]*\)/g, "$1");
}

/** For terminals: names as they are, sources as `path:line` (1-based, as editors count). */
export const PLAIN: LinkStyle = {
	note: (_path, name) => name,
	source: (path, line) => `${path}:${line + 1}`,
	text: linksToText,
};

/**
 * A wikilink that resolves to exactly this note, shown with a friendly name; a Markdown link for a note whose
 * name no wikilink can hold (`C# Mario.md`, `Bea [work].md`).
 */
export function wikilink(path: string, name: string): string {
	if (!wikilinkable(withoutMd(path))) return markdownNoteLink(path, name);
	const target = safeLinkPart(withoutMd(path));
	const label = safeLinkPart(name);
	return label === target ? `[[${target}]]` : `[[${target}|${label}]]`;
}

/** "3 days late", "in 2 days", "today". */
export function relativeDays(item: AgendaItem, t: Translate): string {
	if (item.status === "overdue") return t("when.late", { n: item.days });
	if (item.status === "upcoming") return t("when.in", { n: item.days });
	return t("when.today");
}

/** One agenda item as a Markdown list item (never a task: the source task stays the only task). */
export function itemToMarkdown(item: AgendaItem, nameOf: NameOf, t: Translate, links: LinkStyle = WIKILINKS): string {
	const people = item.people.map((p) => links.note(p, nameOf(p)));
	const source = links.source(item.source.path, item.source.line);
	const when = item.date && item.status !== "today" ? `${item.date}, ${relativeDays(item, t)}` : relativeDays(item, t);
	switch (item.kind) {
		case "followup": {
			const who = people.length > 0 ? `${people.join(", ")}: ` : "";
			const due = item.date ? ` · ${t("when.due", { date: item.date })} (${relativeDays(item, t)})` : "";
			const repeat = item.recurrence ? ` · 🔁 ${item.recurrence}` : "";
			// A task in a person's own note needs no "from": the person is the source.
			const from = item.people.length === 1 && item.people[0] === item.source.path ? "" : ` · ${t("item.from", { source })}`;
			return `- ${who}${links.text(item.text)}${due}${repeat}${from}`;
		}
		case "keep-in-touch": {
			const last = item.lastContact ? t("when.lastContact", { date: item.lastContact }) : t("when.neverContacted");
			const late = item.date ? ` (${relativeDays(item, t)})` : "";
			return `- ${t("item.keepInTouch", { person: people[0] ?? item.text })} · ${last}${late}`;
		}
		case "birthday": {
			const person = people[0] ?? item.text;
			const what = item.age != null ? t("item.birthdayAge", { person, age: item.age }) : t("item.birthday", { person });
			return `- 🎂 ${what} · ${when}`;
		}
		case "meeting": {
			const time = item.time ? `${item.time} ` : "";
			const withWhom = people.length > 0 ? ` ${t("item.meetingWith", { people: people.join(", ") })}` : "";
			return `- ${time}${links.note(item.source.path, item.text)}${withWhom}`;
		}
	}
}

/** The agenda as Markdown: one `###` group per status, items in agenda order. */
export function agendaToMarkdown(agenda: Agenda, nameOf: NameOf, t: Translate, links: LinkStyle = WIKILINKS): string[] {
	if (agenda.items.length === 0) return [t("agenda.empty")];
	const lines: string[] = [];
	for (const status of STATUS_ORDER) {
		const items = agenda.items.filter((i) => i.status === status);
		if (items.length === 0) continue;
		if (lines.length > 0) lines.push("");
		lines.push(`### ${t(`status.${status}`)}`);
		for (const item of items) lines.push(itemToMarkdown(item, nameOf, t, links));
	}
	return lines;
}

/** The whole Rapport section for a daily note, markers included; `extra` (insights) goes after the agenda. */
export function agendaSection(agenda: Agenda, heading: string, nameOf: NameOf, t: Translate, extra: readonly string[] = []): string[] {
	const body = ["", ...agendaToMarkdown(agenda, nameOf, t), ...(extra.length > 0 ? ["", ...extra] : [])];
	return [SECTION_START, `## ${safeInline(heading)}`, ...body.map(safeLine), SECTION_END];
}
