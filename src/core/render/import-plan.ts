import type { Translate } from "../../i18n";
import type { ContactProblem, ContactSource } from "../contacts/contact";
import type { ImportPlan, PlannedUpdate } from "../contacts/plan";
import { quoted } from "./safe-text";

/** One list of the import preview: what it is, and one line per item. */
export interface PlanSection {
	/** Stable name, also the CSS class suffix in the plugin (`rapport-import-creates`). */
	id: "creates" | "updates" | "conflicts" | "ambiguous" | "distinct" | "repeats" | "problems" | "notKept" | "unreadable";
	title: string;
	items: string[];
}

export function sourceName(t: Translate, source: ContactSource): string {
	return t(`contacts.source.${source}`);
}

export function contactProblemText(t: Translate, p: ContactProblem): string {
	return t("import.problemLine", { line: p.line, message: t(`contacts.problem.${p.code}`, p.params) });
}

/** A note to complete and its fields, with the name of the contact that completes it when the note writes no name so. */
function updateText(t: Translate, u: PlannedUpdate): string {
	const fields = u.add.map(([k]) => k).join(", ");
	return u.from === undefined ? `${u.path}: ${fields}` : t("import.updateFrom", { path: u.path, name: quoted(u.from, NAME_LIMIT), fields });
}

/** The most characters of a contact's name the preview shows. */
const NAME_LIMIT = 120;

/** A field not kept, named on one short line: a CSV column's name may span lines (`"Account\nmanager"`) or run a paragraph long. */
function fieldName(p: ContactProblem): string {
	return quoted(String(p.params.field ?? "").replace(/\s+/gu, " ").trim(), FIELD_NAME_LIMIT);
}

/**
 * A field's value on one line of the preview: each line break (a block scalar's, a vCard's `\n`) shown as ` ↵ `,
 * the breaks that end it dropped, other control characters as a space.
 */
function oneLineValue(value: string): string {
	return value
		.replace(/[\r\n\u0085\u2028\u2029]+$/u, "")
		.replace(/[ \t]*(?:\r\n|[\r\n\u0085\u2028\u2029])[ \t]*/gu, " ↵ ")
		// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds and replaces
		.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu, " ");
}

/** The most characters of a field's name the preview shows. */
const FIELD_NAME_LIMIT = 80;

/**
 * The import preview as words, list by list; empty lists left out. `withLines` adds the file's line
 * to each item (the CLI, where the file is at hand). The namesake of a new note is named as a note
 * only when it is one: an earlier line of the same file is called that.
 */
export function importPlanSections(plan: ImportPlan, t: Translate, options: { written: boolean; withLines: boolean }): PlanSection[] {
	const at = (text: string, line: number): string => (options.withLines ? t("contacts.atLine", { text, line }) : text);
	const sections: PlanSection[] = [
		{ id: "creates", title: t(options.written ? "contacts.created" : "import.creates"), items: plan.creates.map((c) => at(c.path, c.line)) },
		{ id: "updates", title: t(options.written ? "contacts.updated" : "import.updates"), items: plan.updates.map((u) => at(updateText(t, u), u.line)) },
		{ id: "conflicts", title: t("import.conflicts"), items: plan.conflicts.map((c) => at(t("import.conflict", { path: c.path, field: c.field, existing: oneLineValue(c.existing), incoming: oneLineValue(c.incoming) }), c.line)) },
		{ id: "unreadable", title: t("import.unreadable"), items: plan.unreadable.map((u) => at(t("contacts.cli.failedLine", { path: u.path, error: t("contacts.cli.unreadable") }), u.line)) },
		{ id: "ambiguous", title: t("import.ambiguous"), items: plan.ambiguous.map((a) => t("import.ambiguousLine", { name: a.name, line: a.line, candidates: a.candidates.join(", ") })) },
		{
			id: "distinct",
			title: t("contacts.distinct"),
			items: plan.distinct.map((d) => {
				const reason = t(`contacts.reason.${d.reason}`);
				return d.otherLine === null ? t("contacts.distinctNote", { name: d.name, line: d.line, path: d.path, other: d.other, reason }) : t("contacts.distinctInFile", { name: d.name, line: d.line, path: d.path, otherLine: d.otherLine, reason });
			}),
		},
		{
			id: "repeats",
			title: t("contacts.repeats"),
			items: plan.repeats.map((r) => (r.dropped.length === 0 ? t("contacts.repeatLine", { line: r.line, firstLine: r.firstLine, path: r.path }) : t("contacts.repeatDropped", { line: r.line, firstLine: r.firstLine, path: r.path, fields: r.dropped.join(", ") }))),
		},
		{ id: "problems", title: t("import.problems"), items: plan.problems.map((p) => contactProblemText(t, p)) },
		{ id: "notKept", title: t("import.notKept"), items: plan.notKept.map((p) => t(options.withLines ? "contacts.notKeptLine" : "contacts.notKeptCount", { field: fieldName(p), n: Number(p.params.n ?? 0), line: p.line })) },
	];
	return sections.filter((s) => s.items.length > 0);
}
