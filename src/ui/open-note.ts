import { Notice, type App, type PaneType } from "obsidian";
import type { Translate } from "../i18n";
import { lineOnScreen } from "../obsidian/document-edit";

/**
 * Opens the note at `path` (in a new tab, split or window when asked), at `line` when given (at the
 * open task with the text `task` from there, when given). By its file, not as link text: Obsidian
 * reads `#` and `^` in link text as a heading or block, so a note named "Sprint #14 retro" would open
 * "Sprint " instead, and a link to no note creates that note. A note gone since the view drew its
 * link (moved, deleted) is told in a Notice; nothing is created.
 */
export async function openNote(app: App, path: string, newLeaf: PaneType | boolean, t: Translate, line?: number, task?: string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) {
		new Notice(t("notice.noteGone", { path }));
		return;
	}
	// `line` is the index's, of the note as last saved: where that line is in the text shown, unsaved typing included.
	const at = line === undefined ? undefined : await lineOnScreen(app, file, line, task);
	await app.workspace.getLeaf(newLeaf).openFile(file, at === undefined ? { active: true } : { active: true, eState: { line: at } });
}
