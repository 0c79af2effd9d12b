import type { Translate } from "../../i18n";
import type { ImportOutcome } from "../contacts/import-outcome";

/** One list of notes an import did not write: its title, and one line per note. */
export interface NotWrittenSection {
	/** Also the CSS class suffix in the plugin (`rapport-import-exists`, `rapport-import-failed`). */
	id: "exists" | "failed";
	title: string;
	items: string[];
}

/**
 * Why a person note was left as it was: the fields the plan would add are there already (filled
 * since the preview), or in a form Rapport does not fill (`email: !!str`); with `unreadKeys`, its
 * frontmatter writes a key in a form Rapport does not edit (`? email`), beside which a key added could
 * be the same key twice.
 */
export function notFilledReason(t: Translate, add: readonly (readonly [string, unknown])[], unreadKeys = false): string {
	return t(unreadKeys ? "contacts.cli.keysNotRead" : "contacts.cli.notFilled", { fields: add.map(([key]) => key).join(", ") });
}

/** Why an import left a person note as it was: it opens a frontmatter that no `---` line closes (see `frontmatterUnclosed`). */
export function frontmatterUnclosedReason(t: Translate, add: readonly (readonly [string, unknown])[]): string {
	return t("contacts.cli.frontmatterUnclosed", { fields: add.map(([key]) => key).join(", ") });
}

/** Why an import left a person note as it was: its first two `---` lines enclose text, not properties (see `frontmatterIsText`). */
export function frontmatterIsTextReason(t: Translate, add: readonly (readonly [string, unknown])[]): string {
	return t("contacts.cli.frontmatterIsText", { fields: add.map(([key]) => key).join(", ") });
}

/** The notes an import did not write, as words, list by list (empty lists left out): the same for the CLI and the plugin. */
export function notWrittenSections(outcome: ImportOutcome, t: Translate): NotWrittenSection[] {
	const sections: NotWrittenSection[] = [
		{ id: "exists", title: t("contacts.cli.exists"), items: outcome.exists },
		{ id: "failed", title: t("contacts.cli.failed"), items: outcome.failed.map((f) => t("contacts.cli.failedLine", f)) },
	];
	return sections.filter((s) => s.items.length > 0);
}
