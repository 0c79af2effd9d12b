/**
 * Line breaks as Obsidian's editor reads them: CodeMirror splits lines on `\r\n`, `\n` and a lone `\r`
 * (an old Mac file), and so does CommonMark. Every reader and every edit finds lines with these, so a
 * line Rapport reads as line 7 is the line it edits, and a file keeps its own line ends on write.
 */

export type LineEnding = "\n" | "\r\n" | "\r";

/** The length of the line break starting at `at`: 2 for `\r\n`, 1 for a lone `\r` or `\n`, 0 for none. */
export function breakLength(text: string, at: number): number {
	const ch = text[at];
	if (ch === "\n") return 1;
	if (ch !== "\r") return 0;
	return text[at + 1] === "\n" ? 2 : 1;
}

/**
 * The offset of the first line break (`\r` or `\n`) at or after `from`, or -1. Looks no further than
 * the line's end: walking a note line by line stays linear (an `indexOf("\r")` would run to the end
 * of a note that has none, once per line).
 */
export function nextBreak(text: string, from: number): number {
	const lf = text.indexOf("\n", from);
	const end = lf < 0 ? text.length : lf;
	for (let i = from; i < end; i++) if (text.charCodeAt(i) === 13) return i;
	return lf;
}

/** The offset just after the line that starts at `start` and its line break (`text.length` on the last line). */
export function nextLineStart(text: string, start: number): number {
	const at = nextBreak(text, start);
	return at < 0 ? text.length : at + breakLength(text, at);
}

/** The offset where line `n` (0-based) starts, or -1 when the text has fewer lines. */
export function lineStart(text: string, n: number): number {
	let start = 0;
	for (let i = 0; i < n; i++) {
		const at = nextBreak(text, start);
		if (at < 0) return -1;
		start = at + breakLength(text, at);
	}
	return start;
}

/** The offset where the line starting at `start` ends, its line break excluded. */
export function lineEnd(text: string, start: number): number {
	const at = nextBreak(text, start);
	return at < 0 ? text.length : at;
}

/** The line break at `at` as written (`""` at the end of the text). */
export function breakAt(text: string, at: number): "" | LineEnding {
	const n = breakLength(text, at);
	return n === 0 ? "" : n === 2 ? "\r\n" : text[at] === "\r" ? "\r" : "\n";
}

/**
 * The line break to write at offset `at`: the one that ends the line `at` is on, else (on a last line
 * without one) the last one before it, else the note's (`lineEndingOf`). A note whose parts differ
 * (a CRLF frontmatter from a Windows template over an LF body) gets new lines that match their
 * neighbours, and an insertion never turns an LF line into a CRLF one.
 */
export function lineEndingNear(text: string, at: number): LineEnding {
	const next = nextBreak(text, Math.min(at, text.length));
	if (next >= 0) return breakAt(text, next) || "\n";
	for (let i = Math.min(at, text.length) - 1; i >= 0; i--) {
		const ch = text.charCodeAt(i);
		if (ch === 10) return text.charCodeAt(i - 1) === 13 ? "\r\n" : "\n";
		if (ch === 13) return "\r";
	}
	return lineEndingOf(text);
}

/**
 * The line break a file writes: CRLF when it has one, a lone CR for a file of lone CRs, LF otherwise;
 * a file that mixes lone CRs and LFs writes the kind of its first line break.
 */
export function lineEndingOf(text: string): LineEnding {
	if (!text.includes("\r")) return "\n";
	if (text.includes("\r\n")) return "\r\n";
	if (!text.includes("\n")) return "\r";
	return text.indexOf("\r") < text.indexOf("\n") ? "\r" : "\n";
}

/** Whether the text ends with a line break of any kind. */
export function endsWithBreak(text: string): boolean {
	const last = text[text.length - 1];
	return last === "\n" || last === "\r";
}
