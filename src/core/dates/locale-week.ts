import { epochDay, isLeapYear, partsOf } from "./dates";

/**
 * Weeks as moment.js counts them for a locale (the `w`, `ww`, `gggg` and `e` tokens of a daily note's
 * name or a template): the weekday a week starts on (0 Sunday) and the day of January that week 1
 * always holds (moment's `dow` and `doy`). English counts from Sunday with week 1 holding January 1st;
 * Italian, like most of Europe, follows ISO 8601 (from Monday, week 1 holding January 4th).
 */
export interface WeekRule {
	dow: number;
	doy: number;
}

export const US_WEEKS: WeekRule = { dow: 0, doy: 6 };
export const ISO_WEEKS: WeekRule = { dow: 1, doy: 4 };

/** The week rule of a moment locale: `en` (moment's default) and `en-us` count US weeks, the others ISO weeks. */
export function weekRuleOf(locale: string): WeekRule {
	return /^en(?:-us)?$/i.test(locale) ? US_WEEKS : ISO_WEEKS;
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
	// 1970-01-01 was a Thursday.
	return (((epochDay(year, month, day) + 4) % 7) + 7) % 7;
}

/** The day of the week in the locale's order: 0 is the week's first day. */
export function localeWeekday(day: string, rule: WeekRule): number {
	const [y, m, d] = partsOf(day);
	return (weekdayOf(y, m, d) - rule.dow + 7) % 7;
}

/** How many days of `year` come before its week 1 starts (negative: week 1 starts in December). */
export function firstWeekOffset(year: number, rule: WeekRule): number {
	const alwaysInWeekOne = 7 + rule.dow - rule.doy;
	const itsWeekday = (7 + weekdayOf(year, 1, alwaysInWeekOne) - rule.dow) % 7;
	return alwaysInWeekOne - itsWeekday - 1;
}

export function weeksInYear(year: number, rule: WeekRule): number {
	const days = isLeapYear(year) ? 366 : 365;
	return (days - firstWeekOffset(year, rule) + firstWeekOffset(year + 1, rule)) / 7;
}

/** The locale's week of `day` and the year that week belongs to (late December may be week 1 of the next year). */
export function localeWeek(day: string, rule: WeekRule): { week: number; year: number } {
	const [y, m, d] = partsOf(day);
	const dayOfYear = epochDay(y, m, d) - epochDay(y, 1, 1) + 1;
	const week = Math.floor((dayOfYear - firstWeekOffset(y, rule) - 1) / 7) + 1;
	if (week < 1) return { week: week + weeksInYear(y - 1, rule), year: y - 1 };
	if (week > weeksInYear(y, rule)) return { week: week - weeksInYear(y, rule), year: y + 1 };
	return { week, year: y };
}
