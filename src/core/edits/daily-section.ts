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
		const rest = text.slice(end + SECTION_END.length);
		return text.slice(0, start) + block + withoutSections(rest);
	}
	if (text.replace(/^\uFEFF/, "").trim() === "") return text + block + eol;
	if (/\r?\n\r?\n$/.test(text)) return text + block + eol;
	if (/\r?\n$/.test(text)) return text + eol + block + eol;
	return text + eol + eol + block;
}

/**
 * A note merged by a sync service from two devices that both wrote it can hold the Rapport section
 * twice. Keeps the first section and removes every later one (with the blank line before it);
 * the user's own text is left as it was. Returns the text unchanged when it has one section or none.
 */
export function collapseDuplicateSections(text: string): string {
	const start = text.indexOf(SECTION_START);
	const end = start >= 0 ? text.indexOf(SECTION_END, start) : -1;
	if (end < 0) return text;
	const head = text.slice(0, end + SECTION_END.length);
	return head + withoutSections(text.slice(head.length));
}

/** Whether a note holds more than one Rapport section. */
export function hasDuplicateSections(text: string): boolean {
	const first = text.indexOf(SECTION_START);
	return first >= 0 && text.indexOf(SECTION_START, first + SECTION_START.length) >= 0;
}

/** `text` without any complete Rapport section, each taken out with the line break and blank line before it. */
function withoutSections(text: string): string {
	let out = text;
	for (;;) {
		const start = out.indexOf(SECTION_START);
		const end = start >= 0 ? out.indexOf(SECTION_END, start) : -1;
		if (end < 0) return out;
		const before = out.slice(0, start).replace(/(\r?\n){0,2}$/, "");
		out = before + out.slice(end + SECTION_END.length);
	}
}
