import type { App, TFile } from "obsidian";
import { type ParseContext, parseNote, type ParsedNote } from "../core/notes/note";

/**
 * The plugin's half of the note-source port: frontmatter from Obsidian's metadata cache (no YAML
 * parsing of our own), text from `cachedRead` for tasks and links.
 */
export async function readNote(app: App, file: TFile, ctx: ParseContext): Promise<ParsedNote> {
	const text = await app.vault.cachedRead(file);
	const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter ?? null;
	return parseNote(file.path, text, frontmatter, ctx);
}
