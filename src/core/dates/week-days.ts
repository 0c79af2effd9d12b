import { type CalendarDay, dayFromEpoch, epochDay } from "./dates";
import { firstWeekOffset, ISO_WEEKS, US_WEEKS, weeksInYear, type WeekRule } from "./locale-week";

/*
 * The day a name written in a week-based moment format stands for, as moment reads it when the name gives no month and no
 * day of the month: Periodic Notes' and the Calendar plugin's `GGGG-[W]WW-E` (ISO weeks, Monday 1 to Sunday 7), `gggg-[W]ww-e`
 * (the locale's weeks: `e` 0 is the week's first day) and `YYYY-[W]ww-d` (`d` 0 for Sunday; `YYYY` the week's year).
 */

/** What a week-based name gives: the year of its weeks, the week, and the day in it, as read from the name's digits. */
export interface WeekParts {
	isoYear?: string;
	isoWeek?: string;
	isoWeekday?: string;
	weekYear?: string;
	week?: string;
	localeWeekday?: string;
	weekday?: string;
	year?: string;
}

/** The day of a week-based name, or null when it names no week (or a week or day its year has not); `rule`: the locale's weeks. */
export function dayOfWeekParts(g: WeekParts, rule: WeekRule = US_WEEKS): CalendarDay | null {
	// moment reads ISO weeks when a name has any ISO week token, the locale's otherwise; a plain `YYYY` is the weeks' year.
	const iso = g.isoYear !== undefined || g.isoWeek !== undefined || g.isoWeekday !== undefined;
	const weeks = iso ? ISO_WEEKS : rule;
	const year = Number((iso ? g.isoYear : g.weekYear) ?? g.year);
	const week = Number((iso ? g.isoWeek : g.week) ?? NaN);
	if (!Number.isInteger(year) || !Number.isInteger(week) || week < 1 || week > weeksInYear(year, weeks)) return null;
	// The day in the week, from the week's first day: ISO `E` 1 is Monday, the locale's `e` 0 its first day, `d` 0 Sunday.
	const into = iso ? isoDayIntoWeek(g) : localeDayIntoWeek(g, weeks);
	if (into === null) return null;
	return dayFromEpoch(epochDay(year, 1, 1) + firstWeekOffset(year, weeks) + (week - 1) * 7 + into);
}

/**
 * How many days after its Monday an ISO week's day is: `E` (1 to 7), else Monday, as moment defaults; moment reads no ISO
 * week's day from `d`, and a `d` that is not that Monday (1) makes the name no day.
 */
function isoDayIntoWeek(g: WeekParts): number | null {
	if (g.isoWeekday !== undefined) return inRange(Number(g.isoWeekday) - 1);
	return g.weekday === undefined || Number(g.weekday) === 1 ? 0 : null;
}

/** How many days after the locale week's first day a day is: `e` (0 to 6), else `d` (0 Sunday), else its first day. */
function localeDayIntoWeek(g: WeekParts, rule: WeekRule): number | null {
	if (g.localeWeekday !== undefined) return inRange(Number(g.localeWeekday));
	if (g.weekday !== undefined) return inRange((Number(g.weekday) - rule.dow + 7) % 7, Number(g.weekday));
	return 0;
}

/** `n` when it and `written` (the digit as the name has it) are days of a week (0 to 6), else null. */
function inRange(n: number, written = n): number | null {
	return n >= 0 && n <= 6 && written >= 0 && written <= 6 ? n : null;
}
