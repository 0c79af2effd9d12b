import { type CalendarDay, civilFromEpoch, daysBetween, epochDay, formatDay, isLeapYear, isValidDate, parseDay } from "./dates";

export interface Birthday {
	month: number;
	day: number;
	/** The birth year when known. */
	year: number | null;
}

/** vCard's basic format: `19901204` (YAML reads it as a number), or `--1204` without the year. */
const VCARD_BASIC = /^(?:(\d{4})|--)(\d{2})(\d{2})$/;

/** Reads `1990-04-12`, `--04-12`, `04-12`, or vCard's `19900412` and `--0412`. Null when it isn't a real day of the year. */
export function parseBirthday(value: unknown): Birthday | null {
	const text = value instanceof Date ? (parseDay(value) ?? "") : typeof value === "string" ? value.trim() : typeof value === "number" && Number.isInteger(value) ? String(value) : "";
	// A time after the day (`1990-12-02T00:00:00.000Z`, as contact-sync tools write birthdays) is dropped: the day is the birthday.
	const m = /^(?:(\d{4})-|--)?(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text) ?? VCARD_BASIC.exec(text);
	if (!m?.[2] || !m[3]) return null;
	const year = m[1] ? Number(m[1]) : null;
	const month = Number(m[2]);
	const day = Number(m[3]);
	// Check against a leap year so that 29 February without a year is valid.
	if (!isValidDate(year ?? 2000, month, day)) return null;
	return { month, day, year };
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
	return { date, inDays: daysBetween(from, date), age: b.year === null ? null : year - b.year };
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
