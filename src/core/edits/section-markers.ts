import { SECTION_END, SECTION_START } from "../notes/markdown";

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

const FENCE = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})/;

/** Replaces inline code spans with spaces, so that what they contain is not read as markup. */
function blankInlineCode(line: string): string {
	return line.replace(/(`+)(?:(?!\1)[^`]|`(?!\1))*?\1/g, (code) => " ".repeat(code.length));
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

/** Every marker of the note outside code and comments, in order, and the line of a code block or comment still open at the end. */
function findMarkers(text: string): { markers: Marker[]; openAtEnd: number | null } {
	const markers: Marker[] = [];
	let openedAt = 0;
	let fence: string | null = null;
	let comment: Comment = null;
	let offset = 0;
	let line = 0;
	while (offset <= text.length) {
		const nl = text.indexOf("\n", offset);
		const end = nl < 0 ? text.length : nl;
		const raw = text.slice(offset, end).replace(/\r$/, "");
		const fenceMatch = comment === null ? FENCE.exec(raw) : null;
		if (fence !== null) {
			if (fenceMatch?.[1] && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && raw.trim().replace(/^(?:>\s?)*/, "").trim() === fenceMatch[1]) fence = null;
		} else if (fenceMatch?.[1]) {
			fence = fenceMatch[1];
			openedAt = line;
		} else {
			const result = markersOnLine(raw, comment);
			if (comment === null && result.comment !== null) openedAt = line;
			comment = result.comment;
			const bare = raw.replace(/^\uFEFF/, "").trim();
			for (const m of result.found) markers.push({ kind: m.kind, line, offset: offset + m.at, alone: bare === SECTION_START || bare === SECTION_END });
		}
		if (nl < 0) break;
		offset = nl + 1;
		line++;
	}
	return { markers, openAtEnd: fence !== null || comment !== null ? openedAt : null };
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
