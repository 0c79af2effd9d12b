import { type CalendarDay, parseDay, slashedDayOfOneReading } from "../dates/dates";

/**
 * A log line: a list item, a heading or a table row (a contact log table, `| 2026-11-21 | call |`) that
 * starts with a day (bold or italic too: `- **2026-11-21** lunch`), or with a link to a journal day written out as Logseq names them (`[[Nov 20th, 2026]]`).
 */
const LOG_LINE = /^[ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+|\|[ \t]*)(?:(?:\*{1,2}|_{1,2})?(?:\[\[)?(\d{4}-\d{2}-\d{2})(?:\b|(?=_))|\[\[(\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4})\]\])/u;

/** What opens a log line before its day: the list marker, heading or cell, then bold, italics or a link's brackets. */
const LOG_LINE_OPENING = /^[ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+|\|[ \t]*)(?:\*{1,2}|_{1,2})?(?:\[\[)?/u;

/** Longer than any day written out with its weekday: the rest of the line is what happened. */
const LONGEST_DAY = 48;

/**
 * A day written with numbers in another order than ISO: day first with dots (`23.11.2026`, always day first), with
 * slashes (`23/11/2026`, `11/23/2026`: read only when one reading alone is a day), or year first with dots or slashes
 * (`2026.11.23`, `2026/11/23`); not inside a longer run of numbers (`3.5.2026.1`, a version).
 */
const NUMERIC_DAY = /^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\/\d{1,2}\/\d{4}|\d{4}[./]\d{1,2}[./]\d{1,2})(?![\d./]*\d)/u;

/** A weekday before a day written out (`Monday, November 23rd 2026`, `lunedì 23 novembre 2026`, `Mo., 23. November 2026`). */
const WEEKDAY =
	"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday" +
	"|lun|mar|mer|gio|ven|sab|dom|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica" +
	"|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag" +
	"|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";

/**
 * A day written with its month's name, the weekday before it or not: month first (`Nov 23, 2026`, `November 23rd 2026`)
 * or day first (`23 novembre 2026`, `23rd of November, 2026`, `23. November 2026`, `23 de noviembre de 2026`). Which
 * words are months `parseDay` decides.
 */
const WRITTEN_DAY = new RegExp(
	`^(?:${WEEKDAY}\\.?,?[ \\t]+)?(?:\\p{L}{3,10}\\.?[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th|er|°|º|\\.)?[ \\t]+(?:of[ \\t]+|de[ \\t]+)?\\p{L}{3,10}\\.?,?)[ \\t]+(?:del?[ \\t]+)?\\d{4}(?!\\d)`,
	"iu",
);

/** The day a log line starts with, or null. */
export function logLineDay(line: string): CalendarDay | null {
	const log = LOG_LINE.exec(line);
	const text = log?.[1] ?? log?.[2];
	return text ? parseDay(text) : otherDayOpening(line);
}

/**
 * The day a log line starts with when written otherwise than ISO, as templates and languages write a day
 * (`### Monday, November 23rd 2026`, `## 23 novembre 2026`, `- 23.11.2026`, `- 23/11/2026`), or null.
 */
function otherDayOpening(line: string): CalendarDay | null {
	const opening = LOG_LINE_OPENING.exec(line);
	if (!opening) return null;
	const rest = line.slice(opening[0].length, opening[0].length + LONGEST_DAY);
	const numeric = NUMERIC_DAY.exec(rest);
	if (numeric) return parseDay(numeric[0]) ?? slashedDayOfOneReading(numeric[0]);
	const written = WRITTEN_DAY.exec(rest);
	return written ? parseDay(written[0].replace(/,$/u, "")) : null;
}
