import { frontmatterEnd } from "../notes/markdown";
import { endsWithBreak, lineEnd, lineEndingNear, lineStart } from "../shared/line-ends";
import { splitLines } from "../shared/text";
import { hiddenAfter, hiddenTailStart, isVisible, VISIBLE } from "./hidden-lines";

/**
 * Appends `lines` to a note as a paragraph of their own (a blank line before them, unless the note is
 * empty or already ends with one), with the note's line endings and a final line break. A note that
 * ends inside a code block, comment or Rapport section never closed gets them just before where that
 * opens: written inside, they would be hidden. Every other byte stays as it was.
 */
export function appendParagraph(text: string, lines: readonly string[]): string {
	const all = splitLines(text);
	const hidden = hiddenTailStart(all, frontmatterEnd(all));
	if (hidden !== null) {
		let at = Math.max(0, lineStart(text, hidden));
		if (hidden === 0 && text.startsWith("\uFEFF")) at = 1;
		const eol = lineEndingNear(text, at);
		const block = lines.join(eol) + eol;
		const before = text.slice(0, at);
		const lead = before.replace(/^\uFEFF/, "") === "" || endsWithBlankLine(before) ? "" : eol;
		return before + lead + block + eol + text.slice(at);
	}
	const eol = lineEndingNear(text, text.length);
	const block = lines.join(eol) + eol;
	const lead = text.replace(/^\uFEFF/, "") === "" || endsWithBlankLine(text) ? "" : endsWithBreak(text) ? eol : eol + eol;
	return text + lead + block;
}

/**
 * `lines` under line `at` (the editor's cursor), with the note's line ending, a blank line after them:
 * when that line is in the note's body and the reader sees what follows it. A cursor in the
 * frontmatter (where a note just opened has it), a code block, a comment or Rapport's section would
 * break the note's properties or hide the lines: they are appended as `appendParagraph` does instead.
 */
export function insertParagraphAfter(text: string, at: number, lines: readonly string[]): string {
	const all = splitLines(text);
	const body = frontmatterEnd(all);
	if (at < body || at >= all.length) return appendParagraph(text, lines);
	let state = VISIBLE;
	for (let i = body; i <= at; i++) state = hiddenAfter(all[i] ?? "", state);
	if (!isVisible(state)) return appendParagraph(text, lines);
	const end = lineEnd(text, lineStart(text, at));
	const eol = lineEndingNear(text, end);
	return text.slice(0, end) + eol + lines.join(eol) + eol + text.slice(end);
}

/** Whether the text ends with a blank line (whitespace aside), whatever its line breaks: `\n\n`, `\r\n\r\n`, `\r\r`. */
function endsWithBlankLine(text: string): boolean {
	if (!endsWithBreak(text)) return false;
	let end = text.endsWith("\r\n") ? text.length - 2 : text.length - 1;
	while (end > 0 && /[^\S\r\n]/.test(text[end - 1] ?? "")) end--;
	return text[end - 1] === "\n" || text[end - 1] === "\r";
}
