import { diffArrays } from "diff";

/**
 * Where the lines of one version of a note went in another: the editor's text holds typing the
 * index has not seen (Obsidian saves every few seconds), so a line number read from the saved note
 * may name another line of the text on screen. A line diff (Myers' shortest edit script over whole
 * lines, by jsdiff) tells which saved lines are still there unchanged, and where.
 */

/** Past this many inserted or deleted lines the diff stops: the changed lines then count as all changed. */
const MAX_EDITS = 1000;

/**
 * For each line of `before`, the line of `after` it is still, unchanged, in the longest common run
 * of lines the two share; -1 for a line changed or deleted (or, past `MAX_EDITS` changes, every line
 * between the common head and tail).
 */
export function keptLines(before: readonly string[], after: readonly string[]): Int32Array {
	const kept = new Int32Array(before.length).fill(-1);
	let head = 0;
	while (head < before.length && head < after.length && before[head] === after[head]) kept[head] = head++;
	let tail = 0;
	while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) {
		kept[before.length - 1 - tail] = after.length - 1 - tail;
		tail++;
	}
	matchMiddle(before.slice(head, before.length - tail), after.slice(head, after.length - tail), head, kept);
	return kept;
}

/** The line of `after` that line `line` of `before` is at now, or -1 when it was changed or deleted. */
export function keptLine(before: readonly string[], after: readonly string[], line: number): number {
	return line >= 0 && line < before.length ? (keptLines(before, after)[line] ?? -1) : -1;
}

/**
 * Where line `line` of `before` is in `after`, to show it: its line when it is still there, else
 * the line after the last one above it that is (where it was changed or deleted).
 */
export function lineNow(before: readonly string[], after: readonly string[], line: number): number {
	const kept = keptLines(before, after);
	for (let l = Math.min(line, before.length - 1); l >= 0; l--) {
		const now = kept[l] ?? -1;
		if (now >= 0) return l === line ? now : Math.min(now + 1, Math.max(after.length - 1, 0));
	}
	return 0;
}

/**
 * Fills `kept` (offset by `offset` on both sides) with the common lines of `a` and `b`, which share no
 * first or last line; leaves them unmatched past `MAX_EDITS` edits. jsdiff's Myers diff of arrays,
 * the library editors and Git front ends use, gives the edit script.
 */
function matchMiddle(a: readonly string[], b: readonly string[], offset: number, kept: Int32Array): void {
	if (a.length === 0 || b.length === 0) return;
	const parts = diffArrays([...a], [...b], { maxEditLength: MAX_EDITS });
	if (parts === undefined) return;
	let x = 0;
	let y = 0;
	for (const part of parts) {
		if (part.removed) x += part.count;
		else if (part.added) y += part.count;
		else for (let i = 0; i < part.count; i++) kept[offset + x++] = offset + y++;
	}
}
