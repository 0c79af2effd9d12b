import { frontmatterEnd } from "../notes/markdown";
import { splitLines } from "../shared/text";
import { hiddenTailStart } from "./hidden-lines";

/**
 * Appends `lines` to a note as a paragraph of their own (a blank line before them, unless the note is
 * empty or already ends with one), with the note's line endings and a final line break. A note that
 * ends inside a code block, comment or Rapport section never closed gets them just before where that
 * opens: written inside, they would be hidden. Every other byte stays as it was.
 */
export function appendParagraph(text: string, lines: readonly string[]): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const block = lines.join(eol) + eol;
	const all = splitLines(text);
	const hidden = hiddenTailStart(all, frontmatterEnd(all));
	if (hidden !== null) {
		let at = 0;
		for (let i = 0; i < hidden; i++) at = text.indexOf("\n", at) + 1;
		if (hidden === 0 && text.startsWith("\uFEFF")) at = 1;
		const before = text.slice(0, at);
		const lead = before.replace(/^\uFEFF/, "") === "" || /\n\s*\n$/.test(before) ? "" : eol;
		return before + lead + block + eol + text.slice(at);
	}
	const lead = text.replace(/^\uFEFF/, "") === "" || /\n\s*\n$/.test(text) ? "" : /\n$/.test(text) ? eol : eol + eol;
	return text + lead + block;
}
