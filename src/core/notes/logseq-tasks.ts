import { isAsciiLetter, isBlankInLine, skipBlanksInLine } from "../shared/scan";

/**
 * Logseq's tasks, as a Logseq graph opened as a vault writes them: a marker word after the bullet
 * (`- TODO Call [[Anna]]`, `- LATER`, `- NOW`, `- DONE`), an optional priority (`[#A]`), and the task's
 * days on lines of their own under it (`SCHEDULED: <2026-11-20 Fri>`, `DEADLINE: <2026-11-24 Tue 10:00>`).
 */

/** Each marker Logseq writes and the Markdown status it stands for: open, in progress, done, cancelled. */
const MARKERS: ReadonlyMap<string, string> = new Map([
	["TODO", " "],
	["LATER", " "],
	["WAIT", " "],
	["WAITING", " "],
	["NOW", "/"],
	["DOING", "/"],
	["IN-PROGRESS", "/"],
	["STARTED", "/"],
	["DONE", "x"],
	["CANCELED", "-"],
	["CANCELLED", "-"],
]);

export interface LogseqMarker {
	/** The word as written (`TODO`). */
	marker: string;
	/** The Markdown status it stands for: `" "`, `"/"`, `"x"` or `"-"`. */
	status: string;
	/** Where the task's text starts, after the marker and a priority. */
	bodyStart: number;
}

/** The Logseq marker at `at` (right after a bullet and its space), in capitals and followed by a space or the line's end; else null. */
export function logseqMarkerAt(line: string, at: number): LogseqMarker | null {
	let end = at;
	while (end < line.length && (isAsciiLetter(line[end]) || line[end] === "-")) end++;
	const marker = line.slice(at, end);
	const status = MARKERS.get(marker);
	if (status === undefined || (end < line.length && !isBlankInLine(line[end]))) return null;
	let bodyStart = skipBlanksInLine(line, end);
	const priority = /^\[#[A-Za-z]\]/.exec(line.slice(bodyStart, bodyStart + 4));
	if (priority) bodyStart = skipBlanksInLine(line, bodyStart + priority[0].length);
	return { marker, status, bodyStart };
}

export type LogseqDateKey = "scheduled" | "due";

/** `SCHEDULED: <2026-11-20 Fri 10:00 .+1w>`: the day is the stamp's first word (the split before the rest is fixed, so no backtracking). */
const DATE_LINE = /(SCHEDULED|DEADLINE):[ \t]*<([^>\s]*)(?:\s[^>]*)?>/g;
/** Logseq writes a day line in a few dozen characters; a longer line is text, not read for days. */
const LONGEST_DATE_LINE = 200;

/** Whether a line (its indent and `>` aside) starts with `SCHEDULED:` or `DEADLINE:`. */
export function isLogseqDateLine(line: string): boolean {
	const text = line.trimStart();
	return text.startsWith("SCHEDULED:") || text.startsWith("DEADLINE:");
}

/** A stamp's repeater at its end (`<2026-11-30 Mon .+1w>`, `<… 10:00 ++1m>`): `+`, `++` or `.+`, a number and a unit. */
const REPEATER_IN_STAMP = /\s((?:\.\+|\+\+|\+)\d{1,4}[hdwmy])>/;

/** The repeater of a `SCHEDULED:` / `DEADLINE:` line (`.+1w`), as written; null when its task does not repeat. */
export function logseqRepeater(line: string): string | null {
	if (line.length > LONGEST_DATE_LINE || !isLogseqDateLine(line)) return null;
	return REPEATER_IN_STAMP.exec(line)?.[1] ?? null;
}

/** The days of a `SCHEDULED: <2026-11-20 Fri>` / `DEADLINE: <…>` line, as written: DEADLINE is the due day. */
export function logseqDates(line: string): { key: LogseqDateKey; value: string }[] {
	if (line.length > LONGEST_DATE_LINE || !isLogseqDateLine(line)) return [];
	return [...line.matchAll(DATE_LINE)].map((m) => ({ key: m[1] === "DEADLINE" ? "due" : "scheduled", value: m[2] ?? "" }));
}

/** A drawer's first or last line in a Logseq block (`:LOGBOOK:`, `:END:`), its indent aside; null for any other line. */
export function drawerEdge(line: string): "start" | "end" | null {
	const text = line.trim();
	if (!text.startsWith(":") || !text.endsWith(":") || text.length < 3) return null;
	if (text.toUpperCase() === ":END:") return "end";
	return /^:[A-Za-z][\w-]*:$/.test(text) ? "start" : null;
}

/** `* State "DONE" from "TODO" [2026-11-30 Mon 10:15]`: Logseq's record, in a repeating task's logbook, of a day it was done. */
const STATE_DONE = /^\s*[*-] State "DONE" from "[A-Z-]*" \[(\d{4}-\d{2}-\d{2})[ \]]/;

/** The day a logbook line records the task done on, or null. */
export function logbookDoneDay(line: string): string | null {
	return line.length > LONGEST_DATE_LINE ? null : (STATE_DONE.exec(line)?.[1] ?? null);
}
