import type { Translate } from "../../i18n";
import type { ImportOutcome } from "../contacts/import-outcome";
import type { UneditableReason } from "../contacts/yaml-lite";
import { fieldNames, personLeftKey } from "./uneditable-properties";

/** One list of notes an import did not write: its title, and one line per note. */
export interface NotWrittenSection {
	/** Also the CSS class suffix in the plugin (`rapport-import-exists`, `rapport-import-failed`). */
	id: "exists" | "failed";
	title: string;
	items: string[];
}

/**
 * Why a person note was left as it was: the fields the plan would add are there already (filled
 * since the preview), or in a form Rapport does not fill (`email: !!str`); with `why`, its properties
 * cannot be edited (see `uneditableProperties`): a frontmatter no `---` line closes, or a key written in
 * a form Rapport does not edit (`? email`), beside which a key added could be the same key twice.
 */
export function notFilledReason(t: Translate, add: readonly (readonly [string, unknown])[], why?: UneditableReason): string {
	return t(why === undefined ? "contacts.cli.notFilled" : personLeftKey(why), { fields: fieldNames(add) });
}

/** The notes an import did not write, as words, list by list (empty lists left out): the same for the CLI and the plugin. */
export function notWrittenSections(outcome: ImportOutcome, t: Translate): NotWrittenSection[] {
	const sections: NotWrittenSection[] = [
		{ id: "exists", title: t("contacts.cli.exists"), items: outcome.exists },
		{ id: "failed", title: t("contacts.cli.failed"), items: outcome.failed.map((f) => t("contacts.cli.failedLine", f)) },
	];
	return sections.filter((s) => s.items.length > 0);
}
