import { diffArrays } from "diff";

/**
 * The line breaks of a block rewritten in place: a note's lines may end in CRLF and LF mixed (a
 * Logseq page edited on Windows and on a phone), and a rewrite changes only the bytes it means to
 * change. A line kept or rewritten keeps the break it had; a line added takes the break of the line
 * above it (where it was put in).
 */

/**
 * `next` joined into text, each line followed by the break its line had in `block` (`breaks[i]` after
 * `block[i]`, the last one the break after the block), but the last: the text after the block follows it.
 * Lines are paired by a line diff (jsdiff's Myers diff): a changed line takes the break of the old line
 * it replaces, in order; an added one, the break of the line before it.
 */
export function joinKeepingBreaks(block: readonly string[], breaks: readonly string[], next: readonly string[]): string {
	const fallback = breaks[0] ?? "\n";
	const after: string[] = [];
	let x = 0;
	let replaced: string[] = [];
	for (const part of diffArrays([...block], [...next])) {
		if (part.removed) {
			replaced = breaks.slice(x, x + part.count);
			x += part.count;
		} else if (part.added) {
			for (let i = 0; i < part.count; i++) after.push(replaced.shift() ?? after[after.length - 1] ?? fallback);
		} else {
			replaced = [];
			for (let i = 0; i < part.count; i++) after.push(breaks[x++] ?? fallback);
		}
	}
	return next.map((line, i) => (i < next.length - 1 ? line + (after[i] ?? fallback) : line)).join("");
}
