/**
 * The word a mistyped command or option most likely meant (`peopel`, `agnda`, `--vualt`), to suggest
 * it as git and cargo do. Counted in edits (a letter added, removed, changed, or two swapped), any case.
 */

/** Edits between `a` and `b` (optimal string alignment: a swap of two neighbours is one edit). */
function edits(a: string, b: string): number {
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		const row: number[] = [i];
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				row.push(j);
				continue;
			}
			const above = rows[i - 1] ?? [];
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
			row.push(best);
		}
		rows.push(row);
	}
	return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

/**
 * The one word of `words` within reach of `typed`: 2 edits, 1 for a word of 4 letters or fewer (so that
 * `ls` suggests nothing); null when none is, or two are equally near.
 */
export function nearestWord(typed: string, words: readonly string[]): string | null {
	const given = typed.toLowerCase();
	let best: string | null = null;
	let bestEdits = Number.POSITIVE_INFINITY;
	let tie = false;
	for (const word of words) {
		const n = edits(given, word.toLowerCase());
		if (n > (word.replace(/^-+/, "").length <= 4 ? 1 : 2)) continue;
		if (n < bestEdits) [best, bestEdits, tie] = [word, n, false];
		else if (n === bestEdits) tie = true;
	}
	return tie ? null : best;
}
