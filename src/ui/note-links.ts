import type { App, TFile } from "obsidian";
import { markdownNoteLink, wikilinkable } from "../core/render/note-link";

/**
 * The link Rapport writes to `file` in the note at `sourcePath`: the wikilink Obsidian would write, or a Markdown link
 * when the note's name holds a character no wikilink can (`C# Mario.md` would be read as a heading of `C`).
 */
export function linkToFile(app: App, file: TFile, sourcePath: string): string {
	const linktext = app.metadataCache.fileToLinktext(file, sourcePath, true);
	return wikilinkable(linktext) ? `[[${linktext}]]` : markdownNoteLink(file.path, file.basename);
}
