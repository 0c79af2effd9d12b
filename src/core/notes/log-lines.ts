import { type CalendarDay, parseDay } from "../dates/dates";

/**
 * A log line: a list item, a heading or a table row (a contact log table, `| 2026-11-21 | call |`) that
 * starts with a day (bold or italic too: `- **2026-11-21** lunch`), or with a link to a journal day written out as Logseq names them (`[[Nov 20th, 2026]]`).
 */
const LOG_LINE = /^[ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+|\|[ \t]*)(?:(?:\*{1,2}|_{1,2})?(?:\[\[)?(\d{4}-\d{2}-\d{2})(?:\b|(?=_))|\[\[(\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4})\]\])/u;

/** The day a log line starts with, or null. */
export function logLineDay(line: string): CalendarDay | null {
	const log = LOG_LINE.exec(line);
	const text = log?.[1] ?? log?.[2];
	return text ? parseDay(text) : null;
}
