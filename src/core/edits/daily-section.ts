import { SECTION_START } from "../notes/markdown";
import { lineEndingNear } from "../shared/line-ends";
import { findSection, type SectionProblem, sectionSpans } from "./section-markers";

export type SectionEdit = { ok: true; text: string } | { ok: false; problem: SectionProblem };

/**
 * Puts `section` (lines, markers included) into a note's text: replaces the existing Rapport section
 * in place, or appends one. Every other byte stays as it was: BOM, line endings, trailing newline.
 * Returns the text unchanged when the section is already up to date, and a problem (the note left
 * alone) when its markers do not make exactly one section: see `findSection`.
 */
export function upsertSection(text: string, section: readonly string[]): SectionEdit {
	const found = findSection(text);
	if (found.kind === "problem") return { ok: false, problem: found.problem };
	// The line break of the section's own lines, or of the note's end where a new one goes.
	const eol = lineEndingNear(text, found.kind === "found" ? found.span.from : text.length);
	const block = section.join(eol);
	if (found.kind === "found") return { ok: true, text: text.slice(0, found.span.from) + block + text.slice(found.span.to) };
	return { ok: true, text: appendBlock(text, block, eol) };
}

// A line break is `\r\n`, `\n` or a lone `\r` (one not followed by `\n`), as the editor reads them.
const BREAK = String.raw`(?:\r\n|\r(?!\n)|\n)`;
const BREAK_AT_END = new RegExp(`${BREAK}$`);
const TWO_BREAKS_AT_END = new RegExp(`${BREAK}${BREAK}$`);
const UP_TO_TWO_BREAKS_AT_END = new RegExp(`${BREAK}{0,2}$`);

function appendBlock(text: string, block: string, eol: string): string {
	// A blank note: the section starts its own line (a marker after spaces would not be Rapport's).
	if (text.replace(/^\uFEFF/, "").trim() === "") return /[^\r\n\uFEFF]$/.test(text) ? text + eol + block + eol : text + block + eol;
	if (TWO_BREAKS_AT_END.test(text)) return text + block + eol;
	if (BREAK_AT_END.test(text)) return text + eol + block + eol;
	return text + eol + eol + block;
}

/**
 * A note merged by a sync service from two devices that both wrote it can hold the Rapport section
 * twice. Keeps the first section and removes every later one (with the blank line before it);
 * the user's own text is left as it was. Returns the text unchanged when it has one section or none.
 */
export function collapseDuplicateSections(text: string): string {
	// Only complete, repeated sections are folded into one; any other marker trouble leaves the note as it is.
	const found = findSection(text);
	if (found.kind !== "problem" || found.problem.code !== "section-repeated") return text;
	// The sections as the note reader sees them: a marker in a code block (an example) is the user's text, and stays.
	const spans = sectionSpans(text);
	if (!spans || spans.length < 2) return text;
	let out = "";
	let copied = 0;
	for (const span of spans.slice(1)) {
		out += text.slice(copied, span.from).replace(UP_TO_TWO_BREAKS_AT_END, "");
		copied = span.to;
	}
	out += text.slice(copied);
	return findSection(out).kind === "found" ? out : text;
}

/** Whether a note holds more than one Rapport section. */
export function hasDuplicateSections(text: string): boolean {
	const first = text.indexOf(SECTION_START);
	return first >= 0 && text.indexOf(SECTION_START, first + SECTION_START.length) >= 0;
}
