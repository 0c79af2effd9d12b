import { DateTime } from "luxon";
import { type HoverParent, Keymap, Menu } from "obsidian";
import { iconButton, noteLink } from "./links-dom";
import { type Agenda, type AgendaItem, STATUS_ORDER } from "../core/agenda/agenda";
import { addDays, today } from "../core/dates/dates";
import { linksToText, relativeDays } from "../core/render/markdown";
import { basename } from "../core/shared/text";
import { DatePromptModal, LogInteractionModal } from "./modals";
import { strengthBadge, strengthOf } from "./insights-dom";
import { BriefModal } from "./practice-modals";
import type { RapportHost } from "./host";
import { openNote } from "./open-note";


/**
 * Draws an agenda with its actions: the one DOM renderer behind the side panel and the `rapport`
 * code block (the Markdown renderer in core writes the same agenda into daily notes).
 */
/** Items shown per group before "Show all": a long overdue list stays usable, and redraws stay fast. */
export const GROUP_LIMIT = 30;

export function renderAgenda(el: HTMLElement, agenda: Agenda, host: RapportHost, hoverParent: HoverParent, sourcePath: string, expanded: Set<string> = new Set(), showDate = true): void {
	el.empty();
	const root = el.createDiv({ cls: "rapport-agenda" });
	const { t } = host;
	if (showDate) root.createDiv({ cls: "rapport-agenda-date", text: DateTime.fromISO(agenda.date).setLocale(host.locale).toLocaleString(DateTime.DATE_HUGE) });
	if (agenda.items.length === 0) {
		root.createEl("p", { cls: "rapport-agenda-empty", text: t("agenda.empty") });
		return;
	}
	for (const status of STATUS_ORDER) {
		const items = agenda.items.filter((i) => i.status === status);
		if (items.length === 0) continue;
		const group = root.createDiv({ cls: `rapport-agenda-group is-${status}` });
		group.createDiv({ cls: `rapport-agenda-group-title is-${status}`, text: `${t(`status.${status}`)} (${items.length})` });
		const list = group.createEl("ul", { cls: "rapport-agenda-list" });
		const shown = expanded.has(status) ? items : items.slice(0, GROUP_LIMIT);
		for (const item of shown) renderItem(list.createEl("li", { cls: `rapport-agenda-item is-${item.kind}` }), item, agenda.date, host, hoverParent, sourcePath);
		if (shown.length < items.length) {
			const more = group.createEl("button", { cls: "rapport-show-more", text: t("agenda.showAll", { n: items.length }), attr: { type: "button" } });
			more.addEventListener("click", () => {
				expanded.add(status);
				renderAgenda(el, agenda, host, hoverParent, sourcePath, expanded, showDate);
			});
		}
	}
}

function renderItem(li: HTMLElement, item: AgendaItem, date: string, host: RapportHost, hoverParent: HoverParent, sourcePath: string): void {
	li.dataset.kind = item.kind;
	li.dataset.status = item.status;
	const body = li.createDiv({ cls: "rapport-item-body" });
	const main = body.createDiv({ cls: "rapport-item-main" });
	const people = main.createSpan({ cls: "rapport-item-people" });
	item.people.forEach((p, i) => {
		if (i > 0) people.appendText(", ");
		noteLink(people, p, host.nameOf(p), host, hoverParent, sourcePath);
	});
	const what = describe(item, host);
	if (what) main.createSpan({ cls: "rapport-item-text", text: what });
	if (item.kind === "keep-in-touch" && item.people[0]) strengthBadge(main, strengthOf(host, item.people[0], date), host, `${itemKey(item)}:strength`);
	const meta = body.createDiv({ cls: "rapport-item-meta" });
	meta.createSpan({ cls: `rapport-item-when is-${item.status}`, text: when(item, host) });
	if (item.kind !== "meeting" && item.source.path !== item.people[0]) {
		meta.appendText(" · ");
		noteLink(meta, item.source.path, basename(item.source.path), host, hoverParent, sourcePath);
	}
	renderActions(li.createDiv({ cls: "rapport-item-actions" }), item, host);
}

function describe(item: AgendaItem, host: RapportHost): string {
	const { t } = host;
	switch (item.kind) {
		case "followup":
			return linksToText(item.text);
		case "keep-in-touch":
			return t("kind.keep-in-touch");
		case "birthday":
			return item.age !== null ? t("item.turns", { age: item.age }) : t("kind.birthday");
		case "meeting":
			return `${item.time ? `${item.time} ` : ""}${item.text}`;
	}
}

/** A day in the user's language: "Sep 12, 2026", "12 set 2026". */
function localDate(day: string, host: RapportHost): string {
	return DateTime.fromISO(day).setLocale(host.locale).toLocaleString(DateTime.DATE_MED);
}

function when(item: AgendaItem, host: RapportHost): string {
	const { t } = host;
	if (item.kind === "keep-in-touch") {
		const last = item.lastContact ? t("when.lastContact", { date: localDate(item.lastContact, host) }) : t("when.neverContacted");
		return item.date ? `${relativeDays(item, t)} · ${last}` : last;
	}
	if (item.status === "undated") return t("status.undated");
	return item.date && item.status !== "today" ? `${relativeDays(item, t)} · ${localDate(item.date, host)}` : relativeDays(item, t);
}

/** Names an item's controls across redraws (so keyboard focus comes back to the same button). */
function itemKey(item: AgendaItem): string {
	return `${item.kind}:${item.source.path}:${item.source.line}:${item.people.join(",")}`;
}

function renderActions(el: HTMLElement, item: AgendaItem, host: RapportHost): void {
	const { t, edits } = host;
	const label = item.text;
	const key = itemKey(item);
	if (item.kind === "followup") {
		const target = { line: item.source.line, text: item.text };
		// One click, one completion: a second click (a double click) before the panel is redrawn would find the
		// next occurrence of a recurring task at the same line, with the same text, and complete it too.
		const done = iconButton(el, "check", t("action.done"), () => {
			if (done.disabled) return;
			done.disabled = true;
			void edits.markDone(item.source.path, target, today(), label).then((ok) => {
				if (!ok) done.disabled = false;
			});
		}, `${key}:done`);
		iconButton(el, "alarm-clock", t("action.snooze"), (evt) => {
			const menu = new Menu();
			const snooze = (days: number) => void edits.snooze(item.source.path, target, addDays(today(), days), label);
			menu.addItem((i) => i.setTitle(t("action.snoozeDay")).onClick(() => snooze(1)));
			menu.addItem((i) => i.setTitle(t("action.snoozeWeek")).onClick(() => snooze(7)));
			menu.addItem((i) =>
				i.setTitle(t("action.snoozePick")).onClick(() => {
					new DatePromptModal(host, addDays(today(), 3), (day) => void edits.snooze(item.source.path, target, day, label)).open();
				}),
			);
			menu.showAtMouseEvent(evt);
		}, `${key}:snooze`);
	}
	if (item.kind !== "meeting") {
		iconButton(el, "message-square-plus", t("action.log"), (evt) => {
			if (item.people.length <= 1) {
				const person = item.people[0];
				if (person) new LogInteractionModal(host, person).open();
				return;
			}
			const menu = new Menu();
			for (const p of item.people) menu.addItem((i) => i.setTitle(host.nameOf(p)).onClick(() => new LogInteractionModal(host, p).open()));
			menu.showAtMouseEvent(evt);
		}, `${key}:log`);
	}
	if (item.kind === "meeting") iconButton(el, "clipboard-list", t("agenda.brief"), () => new BriefModal(host, item.source.path).open(), `${key}:brief`);
	iconButton(el, "file-text", t("action.open"), (evt) => {
		void openNote(host.app, item.source.path, Keymap.isModEvent(evt), t, item.source.line, item.kind === "followup" ? item.text : undefined);
	}, `${key}:open`);
}
