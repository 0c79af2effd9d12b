/** Finds on which line of the frontmatter a key or one of its values is written, for problems and sources. */
export interface FrontmatterLines {
	/** The line of `key:`, or 0 when it cannot be found. */
	keyLine(key: string): number;
	/** The line where `value` is written under `key` (a list item), or the key's line. */
	valueLine(key: string, value: string): number;
}

import { isSpace, skipSpaces } from "../shared/scan";

/** The key a frontmatter line starts with (`key:`, `"key":`, `'key' :`), or null; one pass over the line. */
function keyOf(line: string): string | null {
	const quote = line[0] === '"' || line[0] === "'" ? line[0] : "";
	const start = quote ? 1 : 0;
	const first = line[start];
	if (first === undefined || isSpace(first) || first === ":" || first === '"' || first === "'" || first === "#") return null;
	let end = start;
	while (end < line.length && line[end] !== ":" && line[end] !== '"' && line[end] !== "'") end++;
	if (quote) return line[end] === quote && line[skipSpaces(line, end + 1)] === ":" ? line.slice(start, end) : null;
	return line[end] === ":" ? line.slice(start, end).trimEnd() : null;
}

/** How many lines after the last value found the next one is looked for first (a comment or blank line may be between items). */
const NEAR = 4;

/**
 * How many times the frontmatter the searches may read in all, plus a floor for small notes. A list of
 * items written in a way no search matches (YAML escapes such as `\/` or `\x41`, strings folded over
 * lines) would be read once per item; past this, an item not found gets its key's line.
 */
const READS_PER_CHARACTER = 16;
const MIN_READ_BUDGET = 64 * 1024;

/** Where a value was found: its line, and where on it the match ends (the next value of a one-line list is after it). */
interface Found {
	line: number;
	start: number;
	end: number;
}

/** Whether a YAML comment (` # …`) starts on `line` between `from` and `to`: a value after it is a remark's word, not the next item. */
function commentBetween(line: string, from: number, to: number): boolean {
	// Only the characters between are read (not up to the line's next `#`), so a one-line list is read once.
	for (let i = from; i < to; i++) if (line[i] === "#" && (i === 0 || isSpace(line[i - 1]))) return true;
	return false;
}

/** The forms a value may be written in: as is, in single quotes (`''`), in double quotes (`\"`). */
function writtenForms(value: string): string[] {
	const forms = [value];
	if (value.includes("'")) forms.push(value.replaceAll("'", "''"));
	// Most values hold nothing JSON escapes (a quote, a backslash, a control character, half of a surrogate pair): no second form.
	if (jsonWritesAsIs(value)) return forms;
	const double = JSON.stringify(value).slice(1, -1);
	if (double !== value) forms.push(double);
	return forms;
}

/** Whether `JSON.stringify` writes `value` as it is: no `"`, no backslash, no control character, no surrogate (a lone one is escaped). */
function jsonWritesAsIs(value: string): boolean {
	for (let i = 0; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
	}
	return true;
}

export function readFrontmatterLines(lines: readonly string[], bodyStart: number): FrontmatterLines {
	let keys: Map<string, number> | null = null;
	const index = (): Map<string, number> => {
		if (keys) return keys;
		keys = new Map();
		for (let i = 1; i < bodyStart - 1; i++) {
			const key = keyOf(lines[i] ?? "");
			if (key && !keys.has(key)) keys.set(key, i);
		}
		return keys;
	};
	/** The keys in lower case, made only when a key is asked for that is not written so (most are). */
	let lowerKeys: Map<string, number> | null = null;
	const lowerIndex = (): Map<string, number> => {
		if (lowerKeys) return lowerKeys;
		lowerKeys = new Map();
		for (const [key, line] of index()) {
			const lower = key.toLowerCase();
			if (!lowerKeys.has(lower)) lowerKeys.set(lower, line);
		}
		return lowerKeys;
	};
	/** The key as written first, else any spelling of it. */
	const keyLine = (key: string): number => index().get(key) ?? lowerIndex().get(key.toLowerCase()) ?? 0;
	/** Per key, where its last value was found: values are asked for in the order they are written. */
	const found = new Map<string, Found>();
	let budget: number | null = null;
	/** What the searches may still read; below zero once spent. */
	const left = (): number => {
		if (budget === null) {
			budget = MIN_READ_BUDGET;
			for (let i = 0; i < bodyStart; i++) budget += READS_PER_CHARACTER * ((lines[i] ?? "").length + 1);
		}
		return budget;
	};
	/** Charges the characters a search reads; false once the budget is spent. */
	const afford = (chars: number): boolean => {
		budget = left() - chars;
		return budget >= 0;
	};
	/**
	 * The next of `forms` after `last` on its line, charged for what the search reads: up to the match, else
	 * the rest of the line, for each form tried. The next item of a one-line list is just after the one
	 * before: charged the whole rest of the line, 300 attendees on one line spent the budget of the note.
	 */
	const after = (last: Found, forms: readonly string[]): Found | null => {
		const text = lines[last.line] ?? "";
		for (const form of forms) {
			const at = text.indexOf(form, last.end);
			afford((at >= 0 ? at + form.length : text.length) - last.end + 1);
			if (at >= 0) return { line: last.line, start: at, end: at + form.length };
		}
		return null;
	};
	/** The first match of one of `forms` on `line` from `from`, or null. */
	const matchOn = (line: number, from: number, forms: readonly string[]): Found | null => {
		const text = lines[line] ?? "";
		for (const form of forms) {
			const at = text.indexOf(form, from);
			if (at >= 0) return { line, start: at, end: at + form.length };
		}
		return null;
	};
	/** The first line from `from` to `to` (or to the key's next key) that holds one of `forms`, or null. */
	const lineWith = (start: number, from: number, to: number, forms: readonly string[]): Found | null => {
		for (let i = from; i < to; i++) {
			const line = lines[i] ?? "";
			if (!afford((forms.length + 1) * (line.length + 1))) return null;
			if (i > start && keyOf(line) !== null) break;
			const match = matchOn(i, 0, forms);
			if (match) return match;
		}
		return null;
	};
	const search = (start: number, last: Found | undefined, forms: readonly string[]): Found | null => {
		if (last !== undefined) {
			// On the same line after the value before it, as a one-line list (`[a, b, c]`) is written.
			if (left() >= 0) {
				const same = after(last, forms);
				if (same && !commentBetween(lines[last.line] ?? "", last.end, same.start)) return same;
			}
			// Next to the value before it, as a list is read in order: thousands of attendees in one pass, not one per item.
			const near = lineWith(start, last.line + 1, Math.min(last.line + 1 + NEAR, bodyStart - 1), forms);
			if (near) return near;
		}
		// Else from the key down, as the first value is found.
		return lineWith(start, start, bodyStart - 1, forms);
	};
	return {
		keyLine,
		valueLine(key, value) {
			const start = keyLine(key);
			if (start === 0) return 0;
			const at = search(start, found.get(key), writtenForms(value));
			if (!at) return start;
			found.set(key, at);
			return at.line;
		},
	};
}
