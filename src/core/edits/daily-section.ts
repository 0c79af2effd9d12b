import { SECTION_END, SECTION_START } from "../notes/markdown";

/**
 * Puts `section` (lines, markers included) into a note's text: replaces the existing Rapport section
 * in place, or appends one. Every other byte stays as it was: BOM, line endings, trailing newline.
 * Returns the text unchanged when the section is already up to date.
 */
export function upsertSection(text: string, section: readonly string[]): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const block = section.join(eol);
	const start = text.indexOf(SECTION_START);
	const end = start >= 0 ? text.indexOf(SECTION_END, start) : -1;
	if (start >= 0 && end >= 0) {
		return text.slice(0, start) + block + text.slice(end + SECTION_END.length);
	}
	if (text.replace(/^\uFEFF/, "").trim() === "") return text + block + eol;
	if (/\r?\n\r?\n$/.test(text)) return text + block + eol;
	if (/\r?\n$/.test(text)) return text + eol + block + eol;
	return text + eol + eol + block;
}
