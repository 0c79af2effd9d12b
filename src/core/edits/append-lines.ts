import { frontmatterEnd } from "../notes/markdown";
import { endsWithBreak, lineEndingOf, lineStart } from "../shared/line-ends";
import { splitLines } from "../shared/text";
import { hiddenTailStart } from "./hidden-lines";

/**
 * Appends `lines` to a note as a paragraph of their own (a blank line before them, unless the note is
 * empty or already ends with one), with the note's line endings and a final line break. A note that
 * ends inside a code block, comment or Rapport section never closed gets them just before where that
 * opens: written inside, they would be hidden. Every other byte stays as it was.
 */
export function appendParagraph(text: string, lines: readonly string[]): string {
	const eol = lineEndingOf(text);
	const block = lines.join(eol) + eol;
	const all = splitLines(text);
	const hidden = hiddenTailStart(all, frontmatterEnd(all));
	if (hidden !== null) {
		let at = Math.max(0, lineStart(text, hidden));
		if (hidden === 0 && text.startsWith("\uFEFF")) at = 1;
		const before = text.slice(0, at);
		const lead = before.replace(/^\uFEFF/, "") === "" || endsWithBlankLine(before) ? "" : eol;
		return before + lead + block + eol + text.slice(at);
	}
	const lead = text.replace(/^\uFEFF/, "") === "" || endsWithBlankLine(text) ? "" : endsWithBreak(text) ? eol : eol + eol;
	return text + lead + block;
}

/** Whether the text ends with a blank line (whitespace aside), whatever its line breaks: `\n\n`, `\r\n\r\n`, `\r\r`. */
function endsWithBlankLine(text: string): boolean {
	if (!endsWithBreak(text)) return false;
	let end = text.endsWith("\r\n") ? text.length - 2 : text.length - 1;
	while (end > 0 && /[^\S\r\n]/.test(text[end - 1] ?? "")) end--;
	return text[end - 1] === "\n" || text[end - 1] === "\r";
}
