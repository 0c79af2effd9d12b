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
