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
	return {
		keyLine,
		valueLine(key, value) {
			const start = keyLine(key);
			if (start === 0) return 0;
			for (let i = start; i < bodyStart - 1; i++) {
				const line = lines[i] ?? "";
				if (i > start && keyOf(line) !== null) break;
				if (line.includes(value)) return i;
			}
			return start;
		},
	};
}
