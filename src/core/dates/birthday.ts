import { type CalendarDay, civilFromEpoch, daysBetween, epochDay, formatDay, isLeapYear, isValidDate, parseDay } from "./dates";
import { monthNumber } from "./month-names";

export interface Birthday {
	month: number;
	day: number;
	/** The birth year when known. */
	year: number | null;
}

/** vCard's basic format: `19901204` (YAML reads it as a number), or `--1204` without the year. */
const VCARD_BASIC = /^(?:(\d{4})|--)(\d{2})(\d{2})$/;

/**
 * Reads `1990-04-12`, `--04-12`, `04-12`, vCard's `19900412` and `--0412`, a month's name in English
 * or Italian with or without the year (`25 dicembre`, `December 25`, `Dec 25th, 1990`), and a day
 * written first where it can be no other day (`25/12`, `25.12.1990`: `05/12` stays unread, it could be
 * either). Null when it isn't a real day of the year.
 */
export function parseBirthday(value: unknown): Birthday | null {
	const text = value instanceof Date ? (parseDay(value) ?? "") : typeof value === "string" ? value.trim() : typeof value === "number" && Number.isInteger(value) ? String(value) : "";
	// A time after the day (`1990-12-02T00:00:00.000Z`, as contact-sync tools write birthdays) is dropped: the day is the birthday.
	const m = /^(?:(\d{4})-|--)?(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text) ?? VCARD_BASIC.exec(text);
	if (!m?.[2] || !m[3]) return text.length <= 40 ? writtenOutBirthday(text) : null;
	return birthdayOf(m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3]));
}

function birthdayOf(year: number | null, month: number, day: number): Birthday | null {
	// Check against a leap year so that 29 February without a year is valid.
	return isValidDate(year ?? 2000, month, day) ? { month, day, year } : null;
}

const ISO_START = /^\d{4}-/;
/** `1990/12/25`, `1990.12.25`: the year first, which can be read only one way. */
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
/** `December 25`, `Dec 25th`: the month's name, then the day. */
const MONTH_THEN_DAY = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?$/iu;
/** `25 dicembre`, `1° maggio`, `25th of December`: the day, then the month's name. */
const DAY_THEN_MONTH = /^(\d{1,2})(?:st|nd|rd|th|°|º)?\s+(?:of\s+)?(\p{L}+)\.?$/iu;
/** `25/12`, `25.12.1990`: day first, read only when the day is past 12 (else it could be month first). */
const SURE_DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?$/;

function writtenOutBirthday(text: string): Birthday | null {
	// An ISO day followed by anything but a time (`1990-12-02Tnoon`) was refused above: not read here again.
	const withYear = ISO_START.test(text) ? null : parseDay(text);
	if (withYear) return birthdayOf(Number(withYear.slice(0, 4)), Number(withYear.slice(5, 7)), Number(withYear.slice(8, 10)));
	const monthFirst = MONTH_THEN_DAY.exec(text);
	if (monthFirst) return byName(monthFirst[1], monthFirst[2]);
	const dayFirst = DAY_THEN_MONTH.exec(text);
	if (dayFirst) return byName(dayFirst[2], dayFirst[1]);
	const yearFirst = YEAR_FIRST.exec(text);
	if (yearFirst) return birthdayOf(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
	const numeric = SURE_DAY_FIRST.exec(text);
	if (!numeric || Number(numeric[1]) <= 12) return null;
	return birthdayOf(numeric[3] ? Number(numeric[3]) : null, Number(numeric[2]), Number(numeric[1]));
}

function byName(monthName: string | undefined, day: string | undefined): Birthday | null {
	const month = monthNumber(monthName ?? "");
	return month === undefined ? null : birthdayOf(null, month, Number(day));
}

/** The day the birthday falls on in `year`; 29 February becomes 28 February in other years. */
export function birthdayIn(b: Birthday, year: number): CalendarDay {
	const day = b.month === 2 && b.day === 29 && !isValidDate(year, 2, 29) ? 28 : b.day;
	return formatDay(year, b.month, day);
}

export interface UpcomingBirthday {
	date: CalendarDay;
	/** Days from `from` to the birthday (0 = that day). */
	inDays: number;
	/** The age turned on that day, when the birth year is known. */
	age: number | null;
}

/** The next birthday on or after `from`. */
export function nextBirthday(b: Birthday, from: CalendarDay): UpcomingBirthday {
	const fromYear = Number(from.slice(0, 4));
	let date = birthdayIn(b, fromYear);
	if (date < from) date = birthdayIn(b, fromYear + 1);
	const year = Number(date.slice(0, 4));
	return { date, inDays: daysBetween(from, date), age: ageTurned(b.year, year) };
}

/** The oldest age Rapport announces: a birth year further back is a placeholder (Apple's 1604 for no year, 0001), not an age. */
const OLDEST_AGE = 130;

/**
 * The age turned on a birthday in `year`, for a birth year `born` (null or NaN when unknown): null when
 * it is no age to announce, a birth year in that year or after it (a typo, a placeholder) or one no
 * one living has.
 */
export function ageTurned(born: number | null, year: number): number | null {
	if (born === null || Number.isNaN(born)) return null;
	const age = year - born;
	return age > 0 && age <= OLDEST_AGE ? age : null;
}

/**
 * Days from the epoch day `from` to the next birthday, without building strings: the agenda asks
 * this of every person and builds the item only for the few in the window (`fromYear`, the year of
 * `from`, when the caller knows it).
 */
export function daysToBirthday(b: Birthday, from: number, fromYear: number = civilFromEpoch(from)[0]): number {
	return daysToMonthDay(b.month, b.day, from, fromYear);
}

/** `daysToBirthday` for a birthday given as its month and day, for loops that keep them in flat arrays. */
export function daysToMonthDay(month: number, day: number, from: number, fromYear: number): number {
	const thisYear = birthdayEpoch(month, day, fromYear);
	return thisYear >= from ? thisYear - from : birthdayEpoch(month, day, fromYear + 1) - from;
}

/** The epoch day a birthday falls on in `year` (29 February on 28 February in other years). */
function birthdayEpoch(month: number, day: number, year: number): number {
	return epochDay(year, month, month === 2 && day === 29 && !isLeapYear(year) ? 28 : day);
}

export function formatBirthday(b: Birthday): string {
	const mm = String(b.month).padStart(2, "0");
	const dd = String(b.day).padStart(2, "0");
	return b.year === null ? `--${mm}-${dd}` : `${b.year}-${mm}-${dd}`;
}
