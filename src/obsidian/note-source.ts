import { type App, parseYaml, type TFile } from "obsidian";
import { type ParseContext, parseNote, type ParsedNote } from "../core/notes/note";
import { frontmatterEnd } from "../core/notes/markdown";
import { MAX_FRONTMATTER_DEPTH, tooDeepKey, tooDeepLine } from "../core/notes/frontmatter-depth";
import { aliasBombKey } from "../core/notes/frontmatter-aliases";
import { type Problem, problem } from "../core/shared/problems";
import { splitLines } from "../core/shared/text";
import { propertiesUnreadable } from "../core/contacts/unreadable-properties";

/**
 * The plugin's half of the note-source port: frontmatter from Obsidian's metadata cache, text from
 * `cachedRead` for tasks and links. Where the cache cannot answer for the text (Obsidian has not read
 * the note yet on a cold start; an editor holds typing not saved yet), the text's frontmatter is read
 * with Obsidian's own YAML parser (`parseYaml`), as its cache will read it.
 */
export async function readNote(app: App, file: TFile, ctx: ParseContext): Promise<ParsedNote> {
	const text = await app.vault.cachedRead(file);
	const { frontmatter, problems } = propertiesOf(app, file, text, false);
	return parseNote(file.path, text, frontmatter, ctx, problems);
}

/**
 * `text` read as the note `file` (an editor's text with unsaved typing): its properties as typed (an
 * attendee added a moment ago counts, a block deleted is none); while what is typed there is no YAML
 * yet (a half-typed line), the properties Obsidian has for the note.
 */
export function readText(app: App, file: TFile, text: string, ctx: ParseContext): ParsedNote {
	return parseNote(file.path, text, propertiesOf(app, file, text, true).frontmatter, ctx);
}

/**
 * The properties of `file` whose text is `text` (`typed`: an editor's, which may hold unsaved typing;
 * else the note as saved), with the problem of a frontmatter block Obsidian cannot read.
 */
export function propertiesOf(app: App, file: TFile, text: string, typed: boolean): { frontmatter: Record<string, unknown> | null; problems: Problem[] } {
	const cached = app.metadataCache.getFileCache(file);
	if (!typed && cached !== null) {
		const frontmatter = cached.frontmatter ?? null;
		return { frontmatter, problems: frontmatter === null ? unreadableFrontmatter(file.path, text) : [] };
	}
	// Not read by Obsidian yet (a cold start, a note just synced), or typed a moment ago: the properties are in the text.
	const read = frontmatterIn(text);
	if (read !== null) return { frontmatter: read ?? null, problems: [] };
	const problems = unreadableFrontmatter(file.path, text);
	// A half-typed line in an editor: the properties as last saved meanwhile.
	if (typed && problems.length > 0) return { frontmatter: cached?.frontmatter ?? null, problems: [] };
	return { frontmatter: null, problems };
}

/**
 * The properties of `text`'s frontmatter block, read by Obsidian's YAML parser: undefined when the
 * text has no block, null when the block holds none or cannot be read.
 */
export function frontmatterIn(text: string): Record<string, unknown> | null | undefined {
	// Guard: most texts have no frontmatter, and are not split into lines here.
	if (!text.startsWith("---") && !text.startsWith("\uFEFF---")) return undefined;
	const lines = splitLines(text);
	const end = frontmatterEnd(lines);
	if (end === 0) return undefined;
	try {
		const data: unknown = parseYaml(lines.slice(1, end - 1).join("\n"));
		return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

/**
 * The properties of `file` as Obsidian has them; for a note it has not read yet (a phone just
 * synced: `getFileCache` is null), as its text has them. Empty when there are none or it cannot be read.
 */
export async function propertiesNow(app: App, file: TFile): Promise<Record<string, unknown>> {
	const cached = app.metadataCache.getFileCache(file);
	if (cached !== null) return walkable(cached.frontmatter ?? {});
	try {
		return walkable(frontmatterIn(await app.vault.cachedRead(file)) ?? {});
	} catch {
		return {};
	}
}

/**
 * The properties of `file` as `propertiesNow` gives them, and whether they cannot be read (see `propertiesUnreadable`):
 * Obsidian gives no properties for a block its YAML parser gives up on, so the note's text is read only then. Properties
 * too deep or an alias bomb (see `walkable`) are none, and cannot be read either.
 */
export async function propertiesAndReadable(app: App, file: TFile): Promise<{ frontmatter: Record<string, unknown>; unreadable: boolean }> {
	const cached = app.metadataCache.getFileCache(file)?.frontmatter;
	if (cached !== undefined) {
		const readable = walkable(cached);
		return { frontmatter: readable, unreadable: readable !== cached };
	}
	let text: string;
	try {
		text = await app.vault.cachedRead(file);
	} catch {
		return { frontmatter: {}, unreadable: false };
	}
	const { frontmatter, problems } = propertiesOf(app, file, text, false);
	const readable = frontmatter === null || frontmatter === undefined ? {} : walkable(frontmatter);
	const tooLarge = frontmatter !== null && frontmatter !== undefined && readable !== frontmatter;
	return { frontmatter: readable, unreadable: tooLarge || propertiesUnreadable(text, problems.length > 0) };
}

/**
 * Properties a reader may walk: none when they nest too deep or hold themselves, or when their aliases expand to
 * millions of values (an alias bomb, each list handed over at each place it is repeated), as the index reads them.
 */
function walkable(frontmatter: Record<string, unknown>): Record<string, unknown> {
	return tooDeepKey(frontmatter) === null && aliasBombKey(frontmatter) === null ? frontmatter : {};
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
	if (!written) return [];
	// Lists or maps nested past what a parser reads (`[[[[…`): said so, at the line where they get too deep.
	const deep = tooDeepLine(lines, 1, end - 1);
	return [deep === null ? problem(path, 0, "unreadable-frontmatter") : problem(path, deep, "frontmatter-too-deep", { depth: MAX_FRONTMATTER_DEPTH })];
}
