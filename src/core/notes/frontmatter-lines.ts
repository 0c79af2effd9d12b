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

export function readFrontmatterLines(lines: readonly string[], bodyStart: number): FrontmatterLines {
	let keys: Map<string, number> | null = null;
	const index = (): Map<string, number> => {
		if (keys) return keys;
		keys = new Map();
		for (let i = 1; i < bodyStart - 1; i++) {
			const key = keyOf(lines[i] ?? "");
			if (!key) continue;
			if (!keys.has(key)) keys.set(key, i);
			if (!keys.has(`\u0000${key.toLowerCase()}`)) keys.set(`\u0000${key.toLowerCase()}`, i);
		}
		return keys;
	};
	/** The key as written first, else any spelling of it. */
	const keyLine = (key: string): number => index().get(key) ?? index().get(`\u0000${key.toLowerCase()}`) ?? 0;
	/** Per key, the line its last value was found on: values are asked for in the order they are written. */
	const found = new Map<string, number>();
	/** The first line from `from` to `to` (or to the key's next key) that holds `value` as written, or -1. */
	const lineWith = (start: number, from: number, to: number, value: string): number => {
		const single = value.includes("'") ? value.replaceAll("'", "''") : null;
		const double = JSON.stringify(value).slice(1, -1);
		const escaped = double === value ? null : double;
		for (let i = from; i < to; i++) {
			const line = lines[i] ?? "";
			if (i > start && keyOf(line) !== null) break;
			if (line.includes(value) || (single !== null && line.includes(single)) || (escaped !== null && line.includes(escaped))) return i;
		}
		return -1;
	};
	return {
		keyLine,
		valueLine(key, value) {
			const start = keyLine(key);
			if (start === 0) return 0;
			// Next to the value before it, as a list is read in order: thousands of attendees in one pass, not one per item.
			const last = found.get(key);
			let at = last === undefined ? -1 : lineWith(start, last + 1, Math.min(last + 1 + NEAR, bodyStart - 1), value);
			// Else from the key down, as the first value is found.
			if (at < 0) at = lineWith(start, start, bodyStart - 1, value);
			if (at < 0) return start;
			found.set(key, at);
			return at;
		},
	};
}
