import { type CalendarDay, parseDay, slashedDayOfOneReading } from "../dates/dates";

/*
 * The day a meeting's title heading starts with, as meeting plugins write the day into it rather than into a
 * property or the file's name: `# 24.11.2026 Topic` (TimHi/obsidian-meeting-notes fills `# {{Date}} Topic` with the
 * system's own way of writing a day), `# 2026-11-24 Sprint review`, `# 11/25/2026 Budget`.
 */

/** A level-one heading's text. */
const TITLE_HEADING = /^#[ \t]+(.*)$/;
const LETTER = /\p{L}/u;
/** Longer than a day and its time: the rest of a heading is its subject. */
const LONGEST_DAY = 40;

/**
 * The day the note's first line with text starts with when that line is a level-one heading (`# 24.11.2026 Topic`),
 * written as a day is read elsewhere: ISO, day first with dots, or with slashes when only one reading is a day
 * (`11/25/2026`; `05/11/2026` could be either and is none). Null for any other first line.
 */
export function titleHeadingDay(lines: readonly string[], bodyStart: number): CalendarDay | null {
	for (let i = bodyStart; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (line.trim() === "") continue;
		const text = TITLE_HEADING.exec(line.slice(0, LONGEST_DAY * 2))?.[1];
		if (text === undefined) return null;
		const letter = text.search(LETTER);
		const day = (letter < 0 ? text : text.slice(0, letter)).trim().replace(/[\s\-–—:|,]+$/u, "");
		return day.length > LONGEST_DAY ? null : (parseDay(day) ?? slashedDayOfOneReading(day));
	}
	return null;
}
