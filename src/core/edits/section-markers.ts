import { frontmatterEnd, SECTION_END, SECTION_START } from "../notes/markdown";
import { lineEnd, nextLineStart } from "../shared/line-ends";
import { blockAfter } from "../shared/scan";
import { splitLines } from "../shared/text";

/**
 * Finds Rapport's own section in a note: the one pair of `<!-- rapport:start -->` and
 * `<!-- rapport:end -->` lines that stands outside code blocks, inline code and comments (HTML
 * `<!-- -->` and Obsidian `%% %%`). Anything else (a marker without its partner, two sections, a
 * section inside another, a marker in the middle of a line of text) is not Rapport's to touch: the
 * caller leaves the note as it is and reports the problem.
 */

export type SectionProblemCode = "section-unclosed" | "section-unopened" | "section-repeated" | "section-marker-in-text" | "section-in-open-block";

export interface SectionProblem {
	code: SectionProblemCode;
	/** 0-based line of the marker that makes the section ambiguous. */
	line: number;
}

/** Where the section is: from the start marker's first character to just after the end marker. */
export interface SectionSpan {
	from: number;
	to: number;
}

export type SectionLookup = { kind: "none" } | { kind: "found"; span: SectionSpan } | { kind: "problem"; problem: SectionProblem };

interface Marker {
	kind: "start" | "end";
	line: number;
	/** Offset in the whole text. */
	offset: number;
	/** Whether the marker is alone on its line (spaces aside), as Rapport writes it. */
	alone: boolean;
}

type Comment = null | "html" | "obsidian";

/** Runs of backticks on a line: where each starts and how long it is. */
function backtickRuns(line: string): { at: number; length: number }[] {
	const runs: { at: number; length: number }[] = [];
	for (let i = 0; i < line.length; i++) {
		if (line[i] !== "`") continue;
		let j = i;
		while (line[j] === "`") j++;
		runs.push({ at: i, length: j - i });
		i = j - 1;
	}
	return runs;
}

/**
 * Replaces inline code spans with spaces, so that what they contain is not read as markup. A span
 * opens with a run of backticks and closes at the next run of the same length (CommonMark); linear time.
 */
function blankInlineCode(line: string): string {
	if (!line.includes("`")) return line;
	const runs = backtickRuns(line);
	const closer = new Array<number>(runs.length).fill(-1);
	const nextOfLength = new Map<number, number>();
	for (let r = runs.length - 1; r >= 0; r--) {
		const run = runs[r];
		if (!run) continue;
		closer[r] = nextOfLength.get(run.length) ?? -1;
		nextOfLength.set(run.length, r);
	}
	let out = "";
	let copied = 0;
	for (let r = 0; r < runs.length; r++) {
		const open = runs[r];
		const close = runs[closer[r] ?? -1];
		if (!open || !close) continue;
		out += line.slice(copied, open.at) + " ".repeat(close.at + close.length - open.at);
		copied = close.at + close.length;
		r = closer[r] ?? r;
	}
	return out + line.slice(copied);
}

/** The markers on one line outside comments; `comment` is the comment state at the line's start, returned updated. */
function markersOnLine(line: string, comment: Comment): { found: { kind: "start" | "end"; at: number }[]; comment: Comment } {
	const found: { kind: "start" | "end"; at: number }[] = [];
	const text = blankInlineCode(line);
	let i = 0;
	while (i < text.length) {
		if (comment === "html") {
			const close = text.indexOf("-->", i);
			if (close < 0) return { found, comment };
			comment = null;
			i = close + 3;
		} else if (comment === "obsidian") {
			const close = text.indexOf("%%", i);
			if (close < 0) return { found, comment };
			comment = null;
			i = close + 2;
		} else if (text.startsWith(SECTION_START, i)) {
			found.push({ kind: "start", at: i });
			i += SECTION_START.length;
		} else if (text.startsWith(SECTION_END, i)) {
			found.push({ kind: "end", at: i });
			i += SECTION_END.length;
		} else if (text.startsWith("<!--", i)) {
			comment = "html";
			i += 4;
		} else if (text.startsWith("%%", i) && text[i - 1] !== "\\") {
			comment = "obsidian";
			i += 2;
		} else {
			i++;
		}
	}
	return { found, comment };
}

/**
 * Every marker of the note outside code and comments, in order, and the line of a code block or
 * comment still open at the end. Lines, the frontmatter and code fences are read with the note
 * reader's own rules (`splitLines`, `frontmatterEnd`, `blockAfter`): a marker the reader sees as
 * code or as a property value is never Rapport's section.
 */
function findMarkers(text: string): { markers: Marker[]; openAtEnd: number | null } {
	const markers: Marker[] = [];
	const lines = splitLines(text);
	let openedAt = 0;
	let fence: string | null = null;
	let comment: Comment = null;
	const first = frontmatterEnd(lines);
	let offset = 0;
	for (let line = 0; line < first; line++) offset = nextLineStart(text, offset);
	for (let line = first; line < lines.length; line++, offset = nextLineStart(text, offset)) {
		const raw = text.slice(offset, lineEnd(text, offset));
		if (fence !== null) {
			fence = blockAfter(raw, fence);
			continue;
		}
		const opened = comment === null ? blockAfter(raw, null) : null;
		if (opened !== null) {
			fence = opened;
			openedAt = line;
			continue;
		}
		const result = markersOnLine(raw, comment);
		if (comment === null && result.comment !== null) openedAt = line;
		comment = result.comment;
		const unmarked = raw.replace(/^\uFEFF/, "");
		const bare = unmarked.trim();
		// Rapport writes its markers at the start of a line; an indented one is the user's (indented code, an example).
		if (!/^\s/.test(unmarked)) for (const m of result.found) markers.push({ kind: m.kind, line, offset: offset + m.at, alone: bare === SECTION_START || bare === SECTION_END });
	}
	return { markers, openAtEnd: fence !== null || comment !== null ? openedAt : null };
}

/**
 * Every complete Rapport section of the note, in order: a start marker then an end marker, each alone
 * on its line, outside code and comments (as `findSection` reads them). Null when the markers make
 * anything else (a marker in text, one without its partner, a section inside another).
 */
export function sectionSpans(text: string): SectionSpan[] | null {
	const { markers } = findMarkers(text);
	if (markers.length % 2 !== 0 || markers.some((m) => !m.alone)) return null;
	const spans: SectionSpan[] = [];
	for (let i = 0; i < markers.length; i += 2) {
		const start = markers[i];
		const end = markers[i + 1];
		if (start?.kind !== "start" || end?.kind !== "end") return null;
		spans.push({ from: start.offset, to: end.offset + SECTION_END.length });
	}
	return spans;
}

export function findSection(text: string): SectionLookup {
	const { markers, openAtEnd } = findMarkers(text);
	if (markers.length === 0) {
		// A section appended after a code block or comment that never closes would be swallowed by it (and appended again on every run).
		return openAtEnd === null ? { kind: "none" } : { kind: "problem", problem: { code: "section-in-open-block", line: openAtEnd } };
	}
	const inText = markers.find((m) => !m.alone);
	if (inText) return { kind: "problem", problem: { code: "section-marker-in-text", line: inText.line } };
	const [first, second, third] = markers;
	if (!first || first.kind === "end") return { kind: "problem", problem: { code: "section-unopened", line: first?.line ?? 0 } };
	if (!second) return { kind: "problem", problem: { code: "section-unclosed", line: first.line } };
	if (second.kind === "start" || third) return { kind: "problem", problem: { code: "section-repeated", line: (second.kind === "start" ? second : (third ?? second)).line } };
	return { kind: "found", span: { from: first.offset, to: second.offset + SECTION_END.length } };
}
