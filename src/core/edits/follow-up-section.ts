import { frontmatterEnd, SECTION_START } from "../notes/markdown";
import { lineEnd, lineEndingNear, lineStart } from "../shared/line-ends";
import { isSpace } from "../shared/scan";
import { splitLines } from "../shared/text";
import { closerOf, hiddenAfter, isVisible, VISIBLE } from "./hidden-lines";

/** Where to insert text into a note: a position (0-based line and column) and the text, so an editor can apply it as one undoable change. */
export interface Insertion {
	line: number;
	ch: number;
	text: string;
}

/** Names a "Follow-ups" heading may have. */
const FOLLOW_UP_HEADINGS = ["follow-ups", "follow ups", "followups", "follow-up", "follow up", "seguiti", "da fare"];

/** `## Title ##`: the level and the title without closing hashes; one pass over the line. */
function headingOf(line: string): { level: number; title: string } | null {
	let level = 0;
	while (line[level] === "#") level++;
	if (level < 1 || level > 6 || !isSpace(line[level])) return null;
	let end = line.length;
	while (end > level && isSpace(line[end - 1])) end--;
	while (end > level && line[end - 1] === "#") end--;
	const title = line.slice(level, end).trim();
	return /[\n\r\u2028\u2029]/.test(title) ? null : { level, title };
}

/** A heading's title as the names above are written: lower case, without emphasis marks or a colon at the end (`## **Follow-ups:**`). */
function headingKey(title: string): string {
	let start = 0;
	let end = title.length;
	const isMark = (c: string | undefined): boolean => c === "*" || c === "_" || isSpace(c);
	while (start < end && isMark(title[start])) start++;
	while (end > start && isMark(title[end - 1])) end--;
	if (title[end - 1] === ":") end--;
	while (end > start && isMark(title[end - 1])) end--;
	return title.slice(start, end).toLowerCase();
}

/** The level of the heading a line makes when it underlines a paragraph line (`===` 1, `---` 2), or 0. */
function setextLevel(line: string): number {
	const m = /^ {0,3}(=+|-+)[ \t]*$/.exec(line);
	return m ? (m[1]?.startsWith("=") ? 1 : 2) : 0;
}

/** Whether a line is a paragraph's text, which an underline below makes a heading: not blank, a list item, a quote, a table row or indented code. */
function isParagraphText(line: string): boolean {
	return line.trim() !== "" && !/^ {0,3}(?:[-*+][ \t]|[-*+]$|\d{1,9}[.)](?:[ \t]|$)|>|\||[ \t])/.test(line) && !/^ {4}|^\t/.test(line);
}

/**
 * Where follow-up lines go in a meeting note: at the end of its "Follow-ups" section (after the last
 * non-blank line before the next heading of the same or a higher level), or in a new `## heading`
 * section at the end of the note. Headings inside code blocks and comments are not headings, and
 * nothing is written where a code block or comment would hide it. Keeps the note's line endings;
 * never touches other lines.
 */
export function followUpInsertion(text: string, heading: string, lines: readonly string[]): Insertion {
	const all = splitLines(text);
	const wanted = new Set([...FOLLOW_UP_HEADINGS, heading.trim().toLowerCase()]);
	let start = -1;
	let level = 0;
	let state = VISIBLE;
	let opening = "";
	// The frontmatter's values are not the body: a `%%` or ``` there opens nothing.
	for (let i = frontmatterEnd(all); i < all.length; i++) {
		const line = all[i] ?? "";
		const before = state;
		state = hiddenAfter(line, state);
		if (isVisible(before) && !isVisible(state)) opening = line;
		const h = isVisible(before) && isVisible(state) ? headingOf(line) : null;
		if (h && wanted.has(headingKey(h.title))) {
			start = i;
			level = h.level;
			break;
		}
	}
	if (start >= 0) {
		// The section's last non-blank line after which nothing is left open: a `# comment` in a code block or a
		// heading in a comment is not the next heading, and a block or comment never closed hides all that follows.
		let end = start;
		let inside = VISIBLE;
		// The section's end before the line above, and whether that line is a paragraph's (a setext underline makes it a heading).
		let endBeforeAbove = start;
		let aboveIsText = false;
		for (let i = start + 1; i < all.length; i++) {
			const line = all[i] ?? "";
			const visible = isVisible(inside);
			const h = visible ? headingOf(line) : null;
			// Rapport's own section ends the user's (a group plan written into an event note): what is written inside it is replaced on its next write.
			if ((h && h.level <= level) || (visible && line.trim() === SECTION_START)) break;
			const setext = visible && aboveIsText ? setextLevel(line) : 0;
			if (setext > 0 && setext <= level) {
				end = endBeforeAbove;
				break;
			}
			endBeforeAbove = end;
			aboveIsText = visible && !h && isParagraphText(line);
			inside = hiddenAfter(line, inside);
			if (line.trim() !== "" && isVisible(inside)) end = i;
		}
		const after = all[end] ?? "";
		// After the section's last line: a line break (that line's own), then the tasks; the break that was there stays after them.
		const eol = lineEndingNear(text, lineEnd(text, lineStart(text, end)));
		return { line: end, ch: after.length, text: eol + lines.join(eol) };
	}
	const eol = lineEndingNear(text, text.length);
	const body = lines.join(eol);
	const lastLine = all.length - 1;
	const last = all[lastLine] ?? "";
	const endsWithNewline = last === "";
	const nonEmpty = all.some((l) => l.replace(/^\uFEFF/, "").trim() !== "");
	// A code block or comment left open runs to the end of the note: it is closed first (it ends there all the same), so the new section is not hidden.
	const closer = closerOf(state, opening);
	const closing = closer !== "" ? `${endsWithNewline ? "" : eol}${closer}${eol}` : "";
	const lead = !nonEmpty ? "" : closing !== "" ? `${closing}${eol}` : endsWithNewline ? (all[lastLine - 1] === "" ? "" : eol) : eol + eol;
	return { line: lastLine, ch: last.length, text: `${lead}## ${heading}${eol}${eol}${body}${endsWithNewline ? eol : ""}` };
}

/** Applies an insertion to the text; its line is counted as the editor counts lines (`\r\n`, `\n`, a lone `\r`). */
export function applyInsertion(text: string, at: Insertion): string {
	let line = at.line;
	let offset = lineStart(text, line);
	// Past the last line: the insertion goes on the last one, as before.
	while (offset < 0 && line > 0) offset = lineStart(text, --line);
	offset = Math.max(0, offset);
	return text.slice(0, offset + at.ch) + at.text + text.slice(offset + at.ch);
}
