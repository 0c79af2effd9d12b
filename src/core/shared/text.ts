/**
 * Lower case without accents, for matching names the way a person types them: "Nicolò" ≈ "nicolo", "Łukasz" ≈ "lukasz",
 * and the full-width letters a Japanese or Chinese keyboard types in its wide mode, "Ａｎｎａ" ≈ "anna" (compatibility forms, NFKD).
 */
export function foldName(text: string): string {
	let folded = foldCache.get(text);
	if (folded === undefined) {
		folded = PLAIN_ASCII.test(text) ? text.toLowerCase().trim() : withoutStrokes(text.normalize("NFKD").replace(INVISIBLE, "").toLowerCase().replace(/\s+/g, " ").trim());
		if (foldCache.size > 100000) foldCache.clear();
		foldCache.set(text, folded);
	}
	return folded;
}

/**
 * Letters that Unicode does not split into a letter and an accent, but that people type as the
 * plain letter when their keyboard lacks them: `Łukasz` as `Lukasz`, `Søren` as `Soren`, `Strauß` as `Strauss`.
 */
const STROKED: Record<string, string> = { "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th" };
const STROKED_LETTER = /[łøđðħıŀßæœþ]/;
const STROKED_LETTERS = /[łøđðħıŀßæœþ]/g;

function withoutStrokes(text: string): string {
	return STROKED_LETTER.test(text) ? text.replace(STROKED_LETTERS, (ch) => STROKED[ch] ?? ch) : text;
}

/**
 * Accents, and the invisible characters text pasted from the web or a chat carries (they are never part of a name): zero
 * widths, the byte order mark, the soft hyphen, and the marks and isolates of writing direction (`\u200F` before a name
 * copied from a right-to-left chat, the Arabic letter mark `\u061C` an Arabic one writes), by which `\u200FAnna Rossi.md`
 * and `Anna Rossi.md` looked like two people; the other characters a file name made from a name leaves out (see
 * `isInvisible` in contacts/characters.ts: Hangul fillers, the Mongolian vowel separator, variation selectors).
 */
const INVISIBLE = /[\u0300-\u036f\u00AD\u061C\u115F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF0-\uFFF8]|\u1160|[\u17B4-\u17B5]|[\u180B-\u180F]|[\uFE00-\uFE0F]/g;

/** Printable ASCII with single spaces: folding is only lower-casing. */
const PLAIN_ASCII = /^[!-~](?: ?[!-~])*$/;
const foldCache = new Map<string, string>();

/** The file name without folders and without `.md`. */
export function basename(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1, hasMdExtension(path) ? path.length - 3 : path.length);
}

/** Whether a path ends in `.md`, in any case (`.MD`), without making a lower-case copy of it (this runs for every note of a vault). */
export function hasMdExtension(path: string): boolean {
	const n = path.length;
	return n >= 3 && path.charCodeAt(n - 3) === 46 && (path.charCodeAt(n - 2) | 32) === 109 && (path.charCodeAt(n - 1) | 32) === 100;
}

export function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash >= 0 ? path.slice(0, slash) : "";
}

export function withoutMd(path: string): string {
	return hasMdExtension(path) ? path.slice(0, -3) : path;
}

/**
 * Splits text into lines the way Obsidian's editor (CodeMirror) numbers them: `\r\n`, `\n` and a
 * lone `\r` (an old Mac file) each end a line (see shared/line-ends.ts).
 */
export function splitLines(text: string): string[] {
	// Most notes have no `\r`: splitting on one character is several times cheaper than on a pattern.
	return text.includes("\r") ? text.split(/\r\n?|\n/) : text.split("\n");
}

/** `"[[People]]"` → `People`, `"[[a/b|c]]"` → `a/b`; anything else is returned trimmed. */
export function unwrapLink(value: string): string {
	const m = /^\s*!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]\s*$/.exec(value);
	return (m?.[1] ?? value).trim();
}

/**
 * An organisation as people read it: the file name of a link (`[[Tree Company]]`,
 * `[[Companies/Tree Company|Tree Co.]]` → `Tree Company`), a Markdown link's text, else as written;
 * so a linked company and its plain name are one organisation.
 */
export function orgName(org: string): string {
	const wiki = /^\s*\[\[([^\]|#^]*)(?:[|#^][^\]]*)?\]\]\s*$/.exec(org);
	if (wiki) return basename((wiki[1] ?? "").trim()) || org.trim();
	const markdown = /^\s*\[([^\]]*)\]\([^)]*\)\s*$/.exec(org);
	return (markdown ? (markdown[1] ?? "") : org).trim() || org.trim();
}

export function asArray(value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	return Array.isArray(value) ? value : [value];
}

/** Values of a frontmatter field as strings (numbers become text, nested lists are flattened). */
export function stringValues(value: unknown): string[] {
	const out: string[] = [];
	const values = asArray(value);
	for (const v of values) {
		if (Array.isArray(v)) appendNestedValues(values, v, out);
		else appendScalarValue(v, out);
	}
	return out;
}

function appendScalarValue(v: unknown, out: string[]): void {
	if (typeof v === "string") {
		if (v.trim() !== "") out.push(v.trim());
	} else if (typeof v === "number" || typeof v === "boolean") {
		out.push(String(v));
	}
}

/**
 * The values of `list` (inside `outer`), flattened with a stack of lists rather than a call per level: a list nested
 * 200,000 deep (`[[[[…`) overflowed the stack, as a list of 200,000 spread into `push` did. A list inside itself (a
 * YAML alias to its own anchor) is not entered again while it is being read.
 */
function appendNestedValues(outer: unknown[], list: unknown[], out: string[]): void {
	const lists: unknown[][] = [list];
	const next: number[] = [0];
	const open = new Set<unknown[]>([outer, list]);
	while (lists.length > 0) {
		const top = lists.length - 1;
		const at = lists[top] as unknown[];
		const i = next[top] as number;
		if (i >= at.length) {
			open.delete(at);
			lists.pop();
			next.pop();
			continue;
		}
		next[top] = i + 1;
		const v = at[i];
		if (!Array.isArray(v)) appendScalarValue(v, out);
		else if (!open.has(v)) {
			open.add(v);
			lists.push(v);
			next.push(0);
		}
	}
}

/**
 * A copy of `text` that does not keep its source alive. JavaScript engines may return substrings as
 * views into the whole string they were cut from (here: a note's full text); the index keeps a few
 * strings per note for a long time, so it stores copies. Concatenating and slicing forces the copy.
 */
export function ownString(text: string): string {
	return text.length < 13 ? text : (" " + text).slice(1);
}

const pool = new Map<string, string>();

/** `ownString`, shared: names and link targets repeat across thousands of notes, one copy serves all. */
export function sharedString(text: string): string {
	let known = pool.get(text);
	if (known === undefined) {
		known = ownString(text);
		if (pool.size > 200000) pool.clear();
		pool.set(known, known);
	}
	return known;
}

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * The array as the index should keep it: exactly sized (an array grown by `push` reserves room for
 * more), or one shared empty array.
 */
export function compact<T>(items: readonly T[]): T[] {
	return items.length === 0 ? (EMPTY as unknown as T[]) : items.slice();
}

/**
 * `text` split at each match of `separator` (a global pattern) that is not inside parentheses, so a remark stays
 * with its name: `TBD (vendor contact, called Sam), Ben Cho` is two pieces. Parentheses that never close are
 * no remark: then every match splits, as `text.split(separator)` does. One pass, and none without a `(`.
 */
export function splitOutsideParentheses(text: string, separator: RegExp): string[] {
	if (!text.includes("(")) return text.split(separator);
	const depthAt = new Uint16Array(text.length + 1);
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		depthAt[i] = depth;
		if (text[i] === "(") depth = Math.min(depth + 1, 0xffff);
		else if (text[i] === ")" && depth > 0) depth--;
	}
	if (depth > 0) return text.split(separator);
	const out: string[] = [];
	let from = 0;
	separator.lastIndex = 0;
	for (const m of text.matchAll(separator)) {
		if ((depthAt[m.index] ?? 0) > 0) continue;
		out.push(text.slice(from, m.index));
		from = m.index + m[0].length;
	}
	out.push(text.slice(from));
	return out;
}

/** Line breaks of every kind (a calendar's escaped `\n` read back, a lone CR, U+2028) and the other control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds and replaces
const BREAKS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;

/**
 * A name or title shown on one line: its line breaks and control characters as one space, blanks at its ends
 * dropped (`Anna\nRossi` → `Anna Rossi`). What a calendar says in `CN=` or `SUMMARY` is a name, not a paragraph: raw,
 * its breaks cut the import's preview lines in two.
 */
export function oneLine(text: string): string {
	return text.replace(BREAKS, " ").replace(/ {2,}/g, " ").trim();
}
