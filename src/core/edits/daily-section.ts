import { findSection, type SectionProblem } from "./section-markers";

export type SectionEdit = { ok: true; text: string } | { ok: false; problem: SectionProblem };

/**
 * Puts `section` (lines, markers included) into a note's text: replaces the existing Rapport section
 * in place, or appends one. Every other byte stays as it was: BOM, line endings, trailing newline.
 * Returns the text unchanged when the section is already up to date, and a problem (the note left
 * alone) when its markers do not make exactly one section: see `findSection`.
 */
export function upsertSection(text: string, section: readonly string[]): SectionEdit {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const block = section.join(eol);
	const found = findSection(text);
	if (found.kind === "problem") return { ok: false, problem: found.problem };
	if (found.kind === "found") return { ok: true, text: text.slice(0, found.span.from) + block + text.slice(found.span.to) };
	return { ok: true, text: appendBlock(text, block, eol) };
}

function appendBlock(text: string, block: string, eol: string): string {
	if (text.replace(/^\uFEFF/, "").trim() === "") return text + block + eol;
	if (/\r?\n\r?\n$/.test(text)) return text + block + eol;
	if (/\r?\n$/.test(text)) return text + eol + block + eol;
	return text + eol + eol + block;
}
