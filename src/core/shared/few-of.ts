/** The most items a problem's or a report's list names on its line; the rest are counted (`+3,995`). */
export const MOST_NAMED = 5;

/**
 * The first few of `items` (`but`, one of them, left out), each as `shown` words it, joined for one line, the rest
 * counted: `a.md, b.md, c.md, d.md, e.md (+1994)`. Only the first few are worded, whatever the list's length.
 */
export function fewOf<T>(items: readonly T[], shown: (item: T) => string, but?: T): string {
	const named: string[] = [];
	for (const item of items) {
		if (item === but) continue;
		if (named.length === MOST_NAMED) break;
		named.push(shown(item));
	}
	const more = items.length - (but === undefined ? 0 : 1) - named.length;
	return more > 0 ? `${named.join(", ")} (+${more})` : named.join(", ");
}

/** The same for words already written (paths, names). */
export function fewWords(words: readonly string[], but?: string): string {
	return fewOf(words, (w) => w, but);
}

/** Items shown between `open` and `close`, and a count of the `total` not shown: `["a","b",…] (+1995)`. */
function fewItems(shown: readonly string[], total: number, open: string, close: string): string {
	const more = total - shown.length;
	return more > 0 ? `${open}${shown.join(",")},…${close} (+${more})` : `${open}${shown.join(",")}${close}`;
}

/**
 * A property's value as a problem's line shows it, in JSON (`["2w","monthly"]`), but a list or a map of more than a
 * few items, at any depth, shows its first few and counts the rest: `["x0","x1","x2","x3","x4",…] (+1995)`. A value
 * of thousands of items made a line of thousands of words.
 */
export function fewOfValue(value: unknown): string {
	if (Array.isArray(value)) return fewItems(value.slice(0, MOST_NAMED).map(fewOfValue), value.length, "[", "]");
	if (value !== null && typeof value === "object") {
		const map = value as Record<string, unknown>;
		const keys = Object.keys(map);
		return fewItems(keys.slice(0, MOST_NAMED).map((k) => `${JSON.stringify(k)}:${fewOfValue(map[k])}`), keys.length, "{", "}");
	}
	return JSON.stringify(value) ?? String(value);
}
