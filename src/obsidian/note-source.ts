import type { App, TFile } from "obsidian";
import { type ParseContext, parseNote, type ParsedNote } from "../core/notes/note";
import { frontmatterEnd } from "../core/notes/markdown";
import { type Problem, problem } from "../core/shared/problems";
import { splitLines } from "../core/shared/text";

/**
 * The plugin's half of the note-source port: frontmatter from Obsidian's metadata cache (no YAML
 * parsing of our own), text from `cachedRead` for tasks and links.
 */
export async function readNote(app: App, file: TFile, ctx: ParseContext): Promise<ParsedNote> {
	const text = await app.vault.cachedRead(file);
	const frontmatter = app.metadataCache.getFileCache(file)?.frontmatter ?? null;
	return parseNote(file.path, text, frontmatter, ctx, frontmatter === null ? unreadableFrontmatter(file.path, text) : []);
}

/** `text` read as the note `file` (an editor's text with unsaved typing), with the properties Obsidian has for the note. */
export function readText(app: App, file: TFile, text: string, ctx: ParseContext): ParsedNote {
	return parseNote(file.path, text, app.metadataCache.getFileCache(file)?.frontmatter ?? null, ctx);
}

/**
 * A note that opens with a frontmatter block Obsidian could not read (its cache has no properties
 * for it): the same problem the CLI reports, instead of reading the note as if it had none.
 */
export function unreadableFrontmatter(path: string, text: string): Problem[] {
	const lines = splitLines(text);
	const end = frontmatterEnd(lines);
	if (end === 0) return [];
	const written = lines.slice(1, end - 1).some((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
	return written ? [problem(path, 0, "unreadable-frontmatter")] : [];
}
