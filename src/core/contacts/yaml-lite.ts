import { blockIsText, opensWithRule } from "../notes/leading-rule";
import { lineEndingNear, lineEndingOf } from "../shared/line-ends";
import { splitLines } from "../shared/text";
import { appendAll } from "../shared/lists";
import { isFlowMapping, setFlowEntries } from "./frontmatter-json";
import { hasUnreadKeys, repeatedKey } from "./frontmatter-key-forms";

/** YAML for the simple frontmatter Rapport writes: strings, numbers, string lists. Quoted whenever YAML could read it as something else (a value starting with a digit may be a number: `0x1F`, `1e5`). */
export function yamlScalar(value: string | number): string {
	if (typeof value === "number") return String(value);
	return /^[\p{L}\p{N}][\p{L}\p{N} _.@+'&/-]*$/u.test(value) && !/^(true|false|yes|no|on|off|null|~)$/i.test(value) && !/^[\d.+-]/.test(value) && !/:\s|\s#/.test(value) && !/^\d{4}-\d{2}-\d{2}/.test(value)
		? value
		: JSON.stringify(value);
}

export type FrontmatterValue = string | number | string[];

/** One `key: value` entry as lines (a list becomes `key:` then `  - item` lines). */
export function yamlEntry(key: string, value: FrontmatterValue): string[] {
	if (Array.isArray(value)) return value.length === 0 ? [`${key}: []`] : [`${key}:`, ...value.map((v) => `  - ${yamlScalar(v)}`)];
	return [`${key}: ${yamlScalar(value)}`];
}

/** Whether a frontmatter value is empty, as templates leave them: missing, `null`, `""`, `[]`. */
export function isEmptyValue(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The `# comment` that ends an empty `key: # comment` line, or "". */
function trailingComment(line: string): string {
	const hash = line.search(/[ \t]#/);
	return hash < 0 ? "" : line.slice(hash).trim();
}

/**
 * The line of a top-level `key:` whose value is empty (`key:`, `key: ""`, `key: ''`, `key: []`, `key: ~`,
 * `key: null`, a block scalar with no text `key: |`), the key bare or quoted (`"key": ""`, as JSON-minded
 * exporters write it), if any.
 */
function emptyKeyLine(lines: readonly string[], key: string): number {
	const k = escapeRegExp(key);
	const empty = new RegExp(`^(?:${k}|"${k}"|'${k}')[ \\t]*:[ \\t]*(""|''|\\[[ \\t]*\\]|~|null|Null|NULL|[|>][-+]?)?[ \\t]*(#.*)?$`);
	for (let i = 0; i < lines.length; i++) {
		const m = empty.exec(lines[i] ?? "");
		if (!m) continue;
		// `key:` followed by an indented value or a list is not empty; YAML reads on past blank and comment lines to find it.
		// A block scalar's text (`key: |`) is its indented lines, an indented `# …` too.
		const skipped = /^[|>]/.test(m[1] ?? "") ? /^[ \t]*$/ : /^[ \t]*(?:#.*)?$/;
		let n = i + 1;
		while (n < lines.length && skipped.test(lines[n] ?? "")) n++;
		if (/^[ \t]|^-([ \t]|$)/.test(lines[n] ?? "")) continue;
		return i;
	}
	return -1;
}

/** Whether a top-level `key:` line (the key bare or quoted) is among `lines`. */
function hasKeyLine(lines: readonly string[], key: string): boolean {
	const k = escapeRegExp(key);
	const line = new RegExp(`^(${k}|"${k}"|'${k}')[ \\t]*:([ \\t]|$)`);
	return lines.some((l) => line.test(l));
}

// A frontmatter's fences: a line ends at `\r\n`, `\n` or a lone `\r`, as the editor reads it. Not multiline: only a
// real line break ends a line (a U+2028 inside a quoted value does not).
const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /(^|\r\n|\r|\n)(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)/;

/** The lines of a note's frontmatter block (without line endings), or null when it has none. */
function frontmatterLines(text: string): string[] | null {
	const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
	const open = OPEN.exec(body);
	if (!open) return null;
	const rest = body.slice(open[0].length);
	const close = CLOSE.exec(rest);
	if (!close) return null;
	return splitLines(rest.slice(0, close.index));
}

/**
 * What a note's frontmatter holds for a top-level `key`: "absent", "empty" (`key:`, `key: ""`,
 * `key: []`, `key: null`, as templates leave it) or "set".
 */
export function frontmatterKeyState(text: string, key: string): "absent" | "empty" | "set" {
	const lines = frontmatterLines(text);
	if (lines === null || !hasKeyLine(lines, key)) return "absent";
	return emptyKeyLine(lines, key) >= 0 ? "empty" : "set";
}

/**
 * Whether `addFrontmatterEntries` leaves the note as it is whatever it is asked to add, because its frontmatter
 * writes a key in a form the editor cannot read as a key (`? email`, `!!str email:`, keys indented as a whole: see
 * `hasUnreadKeys`): the import then says why the note was not written.
 */
export function keysInUnreadForm(text: string): boolean {
	const lines = frontmatterLines(text);
	return lines !== null && !isFlowMapping(lines.join("\n")) && hasUnreadKeys(lines);
}

/**
 * Whether the note opens a frontmatter block (`---` alone on its first line) that no `---` or `...` line
 * closes, with `key:` lines under it: Obsidian reads none of its properties, and a block put above it would
 * leave the lines the user meant as properties in the body, under a second `---` (see `addFrontmatterEntries`).
 * A `---` with prose under it is a horizontal rule, not this (see `opensWithRule`).
 */
function frontmatterUnclosed(text: string): boolean {
	const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
	const open = OPEN.exec(body);
	return open !== null && CLOSE.exec(body.slice(open[0].length)) === null && !opensWithRule(body);
}

/**
 * Whether the note's first two `---` lines enclose text, not properties (see `blockIsText`): `addFrontmatterEntries`
 * leaves it as it is, and the import says why.
 */
export function frontmatterIsText(text: string): boolean {
	const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
	const open = OPEN.exec(body);
	if (!open) return false;
	const rest = body.slice(open[0].length);
	const close = CLOSE.exec(rest);
	return close !== null && blockIsText(rest.slice(0, close.index));
}

/** Whether the note's block-style frontmatter writes a top-level key twice (see `repeatedKey`). */
function keyWrittenTwice(text: string): boolean {
	const lines = frontmatterLines(text);
	return lines !== null && !isFlowMapping(lines.join("\n")) && repeatedKey(lines) !== null;
}

/** Why a note's properties cannot be edited safely (see `uneditableProperties`). */
export type UneditableReason = "unclosed" | "text" | "unread-keys" | "repeated-key";

/**
 * Why a note's (or a template's) properties cannot be edited safely, or undefined when they can: "unclosed" for a
 * first line `---` that no line closes (see `frontmatterUnclosed`), "text" for first two `---` lines around text
 * (see `frontmatterIsText`), "unread-keys" for a key written in a form the
 * editor does not read as a key (see `keysInUnreadForm`), "repeated-key" for a key written twice, which makes YAML
 * read none of the properties (see `repeatedKey`). Every writer asks this before it adds or sets a key
 * (`withFrontmatterEntries` asks it for the contacts import, and says the answer).
 */
export function uneditableProperties(text: string): UneditableReason | undefined {
	if (frontmatterUnclosed(text)) return "unclosed";
	if (frontmatterIsText(text)) return "text";
	if (keysInUnreadForm(text)) return "unread-keys";
	if (keyWrittenTwice(text)) return "repeated-key";
	return undefined;
}

/** A note's text after `withFrontmatterEntries`, and why it is as it was when its properties cannot be edited (see `uneditableProperties`). */
export interface EntriesAdded {
	text: string;
	refused: UneditableReason | undefined;
}

/**
 * Adds frontmatter keys to a note's text, leaving every other byte as it was. A key the note has
 * with an empty value (`email:`, `phone: ""`, `org: []`) is filled in place; the others go just
 * before the closing `---` (with the note's line ending), or a frontmatter block is put after the BOM.
 * A key the note already has with a value (written since the import was planned) is left alone: a
 * second `key:` line would make the whole frontmatter unreadable. A note whose properties cannot be edited
 * safely (`uneditableProperties`: a key written in a form the editor does not read as a key, a frontmatter never
 * closed, one that encloses text) is left as it is, and `refused` says why; a first `---` that is a horizontal
 * rule gets the block above it.
 */
export function withFrontmatterEntries(text: string, entries: readonly [string, FrontmatterValue][]): EntriesAdded {
	const refused = uneditableProperties(text);
	return { text: refused === undefined ? entriesAdded(text, entries) : text, refused };
}

/** A note's text with frontmatter keys added, as `withFrontmatterEntries` adds them. */
export function addFrontmatterEntries(text: string, entries: readonly [string, FrontmatterValue][]): string {
	return withFrontmatterEntries(text, entries).text;
}

/** `withFrontmatterEntries` for a note whose properties can be edited (`uneditableProperties` said so). */
function entriesAdded(text: string, entries: readonly [string, FrontmatterValue][]): string {
	if (entries.length === 0) return text;
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const body = text.slice(bom.length);
	// The first line's break: the frontmatter's own, or the line a new block goes above.
	const eol = lineEndingNear(body, 0);
	// A first line `---` that is a horizontal rule (prose under it, no line closing it) opens no frontmatter: the new block goes above it.
	const open = opensWithRule(body) ? null : OPEN.exec(body);
	if (open) {
		const rest = body.slice(open[0].length);
		const m = CLOSE.exec(rest);
		// Never: a frontmatter no line closes is refused (`uneditableProperties`).
		if (!m) return text;
		if (m.index !== undefined) {
			const at = open[0].length + m.index + (m[1] ?? "").length;
			const block = body.slice(open[0].length, at);
			const blockEol = /[\r\n]/.test(block) ? lineEndingOf(block) : eol;
			if (isFlowMapping(block)) {
				const filled = setFlowEntries(block, entries, "fill", blockEol);
				return filled === null ? text : bom + open[0] + filled + body.slice(at);
			}
			// Each line with its own line ending, so mixed endings stay as they are.
			const lines = block.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
			const contents = lines.map((l) => l.replace(/(?:\r\n|\r|\n)$/, ""));
			const appended: string[] = [];
			for (const [key, value] of entries) {
				const i = emptyKeyLine(contents, key);
				const line = lines[i];
				if (i >= 0 && line !== undefined) {
					const ending = line.slice((contents[i] ?? "").length) || blockEol;
					const entry = yamlEntry(key, value);
					// The key as the user wrote it (`"email":`, `email  :`), quotes and spaces before the colon kept.
					const written = /^(?:"[^"]*"|'[^']*'|[^:]*?)[ \t]*:/.exec(contents[i] ?? "")?.[0];
					if (written !== undefined) entry[0] = written + (entry[0] ?? "").slice(key.length + 1);
					// The user's comment on the line (`org: [] # tbd`) stays, after the key's own line.
					const comment = trailingComment(contents[i] ?? "");
					if (comment !== "") entry[0] = `${entry[0]} ${comment}`;
					lines[i] = entry.join(ending) + ending;
					contents[i] = "#filled";
				} else if (!hasKeyLine(contents, key)) appendAll(appended, yamlEntry(key, value));
			}
			const filled = lines.join("") + appended.map((l) => l + blockEol).join("");
			return bom + open[0] + filled + body.slice(at);
		}
	}
	const lines = entries.flatMap(([k, v]) => yamlEntry(k, v));
	return `${bom}---${eol}${lines.join(eol)}${eol}---${eol}${body}`;
}
