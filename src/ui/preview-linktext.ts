import { type App, parseLinktext } from "obsidian";

/**
 * The linktext a page preview of the note at `path` is asked with, or null when no linktext names it.
 * Obsidian reads a linktext up to its first `#` as the note and the rest as a heading or block
 * (`parseLinktext`), so the note's path is not a linktext when its name holds a `#` (`C# guild.md`,
 * `Anna #2.md`): the preview would show a heading of another note, or nothing. The text is the one
 * Obsidian itself would write (`fileToLinktext`), kept only when the metadata cache resolves it back
 * to this very note with no subpath; else the preview is not asked for rather than shown for the
 * wrong note. A path that is no file (yet) is passed as it is.
 */
export function previewLinktext(app: App, path: string, sourcePath: string): string | null {
	const file = app.vault.getFileByPath(path);
	if (!file) return path;
	for (const text of [app.metadataCache.fileToLinktext(file, sourcePath, true), file.path]) {
		const { path: linkpath, subpath } = parseLinktext(text);
		if (subpath === "" && app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath) === file) return text;
	}
	return null;
}
