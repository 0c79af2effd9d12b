import type { VaultConfig } from "../config/vault-config";
import { basename } from "../shared/text";
import { inFolder } from "./folder-names";
import { foldWord } from "./fold-word";
import { dayInFileName } from "./meeting-fields";

// Whether a note is a template (by its name, or a templates folder) or a copy an app keeps of a page:
// nothing in it is read (see `Classification.isTemplate`).

const TEMPLATE_NAME = /(?:^|[\s_.-])(?:templates?|modell[oi]|vorlagen?|sablon(?:ok)?)(?:$|[\s_.-])/i;

/** The copies Logseq keeps of a graph's pages, `logseq/bak/…` and `logseq/version-files/…`, in the vault or a graph folder inside it. */
export const LOGSEQ_COPIES = /(?:^|\/)logseq\/(?:bak|version-files)\//i;

/**
 * Folders that hold templates by their name, as vaults whose Templates or Templater setting is not
 * shared keep them: `Templates`, `_templates`, `99 - Templates`, `Extras/Templates`, Italian `Modelli`,
 * German `Vorlagen`, Hungarian `Sablonok`.
 */
const TEMPLATE_FOLDERS = new Set(["template", "modello", "modelli", "vorlage", "vorlagen", "sablon", "sablonok"].map(foldWord));

/** Whether a folder on the path is named as a templates folder (`Template ideas` is not). */
function inTemplatesFolder(path: string): boolean {
	if (!/templ|modell|vorlage|sablon/i.test(path)) return false;
	return inFolder(path, TEMPLATE_FOLDERS);
}

/**
 * A note named by the day it happened (`2026-11-24 - Budget review`) is no template, even in a templates folder:
 * the Meeting Note Creator plugin writes its meeting notes to `Templates/Meetings` by default.
 */
export function namedByItsDay(name: string): boolean {
	return /^\d{4}-\d{2}-\d{2}(?!\d)/.test(name) && dayInFileName(name) !== null;
}

/** Whether a path is a template's, with the vault's template folders folded once, not once per note. */
export function templateTest(config: VaultConfig): (path: string) => boolean {
	const prefixes = config.templateFolders.map((f) => f.toLowerCase() + "/");
	return (path) => {
		const name = basename(path);
		if (TEMPLATE_NAME.test(name)) return true;
		const lower = prefixes.length > 0 ? path.toLowerCase() : "";
		const inTemplates = prefixes.some((prefix) => lower.startsWith(prefix)) || inTemplatesFolder(path);
		return inTemplates && !namedByItsDay(name);
	};
}
