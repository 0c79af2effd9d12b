import { DateTime } from "luxon";
import { monthNumber, monthNumberAfterDay } from "./month-names";

/**
 * A calendar day as `YYYY-MM-DD`. `2026-12-01` is the same day in every timezone.
 *
 * Arithmetic works on epoch days (days since 1970-01-01) with integer calendar math, never on
 * instants: no day is 23 or 25 hours long, and the index can do it a million times a second.
 * luxon handles what needs a zone or a locale: today's date, names of months and weekdays.
 */
export type CalendarDay = string;

/** `2026-11-27`, then the end, a time (`T09:30`, ` 09:30`) or a comma before one (`2026-11-27, 09:30`, as the Templates plugin's `{{date}}, {{time}}` writes it). */
const DAY_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s,])/;

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
	return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

export function isValidDate(year: number, month: number, day: number): boolean {
	return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function epochDay(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The `YYYY-MM-DD` of an epoch day. */
export function dayFromEpoch(n: number): CalendarDay {
	const [year, month, day] = civilFromEpoch(n);
	return formatDay(year, month, day);
}

/** Year, month and day of an epoch day (Howard Hinnant's civil_from_days). */
export function civilFromEpoch(n: number): [number, number, number] {
	const civil = packedCivilFromEpoch(n);
	const year = Math.floor(civil / 512);
	const rest = civil - year * 512;
	return [year, rest >> 5, rest & 31];
}

/**
 * Year, month and day of an epoch day in one number, (year × 16 + month) × 32 + day, for loops over
 * many people that should make no array per person (`civilFromEpoch` unpacks it).
 */
function packedCivilFromEpoch(n: number): number {
	const z = n + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
	return year * 512 + month * 32 + day;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => (i < 10 ? "0" : "") + String(i));

export function formatDay(year: number, month: number, day: number): CalendarDay {
	const y = year >= 1000 && year < 10000 ? String(year) : String(year).padStart(4, "0");
	return `${y}-${TWO_DIGITS[month] ?? month}-${TWO_DIGITS[day] ?? day}`;
}

function digit(text: string, i: number): number {
	return text.charCodeAt(i) - 48;
}

/** Year, month and day of a calendar day (no validation). */
export function partsOf(day: CalendarDay): [number, number, number] {
	return [yearOf(day), digit(day, 5) * 10 + digit(day, 6), digit(day, 8) * 10 + digit(day, 9)];
}

function yearOf(day: CalendarDay): number {
	return digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD`. */
export function toEpoch(day: CalendarDay): number {
	return epochDay(yearOf(day), digit(day, 5) * 10 + digit(day, 6), digit(day, 8) * 10 + digit(day, 9));
}

const interned = new Map<string, CalendarDay>();

/** One string per distinct day, so that a vault's thousands of equal dates share memory. */
function intern(day: CalendarDay): CalendarDay {
	const known = interned.get(day);
	if (known !== undefined) return known;
	if (interned.size < 200000) interned.set(day, day);
	return day;
}

export function isCalendarDay(text: string): boolean {
	return text.length === 10 && parseDay(text) === text;
}

/**
 * Reads the day out of a frontmatter or task date: `2026-12-01`, `2026-12-01 14:30`,
 * `2026-12-01T14:30:00`, a Date some YAML engine produced (taken in UTC), or a day written out with
 * its month's name in English or Italian (`March 10, 2026`, `Tuesday, March 10th 2026`,
 * `10 marzo 2026`, `martedì 10 marzo 2026`), or after the day in German, Spanish or French
 * (`23. November 2026`, `23 de noviembre de 2026`, `1er décembre 2026`), as templates and people write them. Null when it isn't one.
 */
export function parseDay(value: unknown): CalendarDay | null {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		const iso = value.toISOString().slice(0, 10);
		return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? intern(iso) : null;
	}
	if (typeof value !== "string") return null;
	const text = value.length > 10 ? value.trim() : value;
	const m = DAY_PREFIX.exec(text);
	if (!m) return text.length <= 40 ? (dottedDay(text.trim()) ?? dayBeforeItsTime(text.trim())) : null;
	if (!isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
	return intern(text.length === 10 ? text : text.slice(0, 10));
}

/**
 * `27.11.2026`: dots between day, month and year, which only day-first writers use (German, Italian),
 * with the time after it when one is written (`03.12.2024 14:30`, `03.12.2024, 14:30`, `14.30 Uhr`).
 */
const DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?[ \t]+(\d{1,2})[:.](\d{2})(?::\d{2})?(?:[ \t]*(?:Uhr|h))?)?$/;

/** A day written with dots, day first under any key: unlike `05/12/2026`, `05.12.2026` is never month first. */
function dottedDay(text: string): CalendarDay | null {
	const m = DOTTED_DAY.exec(text);
	if (!m) return null;
	const [year, month, day] = [Number(m[3]), Number(m[2]), Number(m[1])];
	if (m[4] !== undefined && dottedTime(m) === null) return null;
	return isValidDate(year, month, day) ? formatDay(year, month, day) : null;
}

/** The `HH:mm` of a dotted date's match, or null when it has none or its hour or minute is out of range. */
function dottedTime(m: RegExpExecArray): string | null {
	const [h, min] = [m[4], m[5]];
	if (h === undefined || min === undefined || Number(h) > 23 || Number(min) > 59) return null;
	return `${h.padStart(2, "0")}:${min}`;
}

/**
 * A time after a day written out or year first, as US and European templates and importers write it:
 * ` 10:00 AM`, `, 2:30 pm`, ` at 14:30`, Italian ` alle 14:30`, ` ore 9.15`, German ` um 14:30 Uhr`,
 * Spanish ` a las 14:30`, French ` à 14h30`.
 */
const TRAILING_TIME = /,?[ \t]+(?:(?:at|alle|ore|um|a las|à)[ \t]+)?(\d{1,2})[:.h](\d{2})(?::\d{2})?(?:[ \t]*([ap])\.?m\.?)?(?:[ \t]*(?:Uhr|h))?$/i;

/** `HH:mm` of an hour and minute, on a 12-hour clock when `meridiem` (`a` or `p`) says so; null when out of range. */
function clockTime(hour: string, minute: string, meridiem: string | undefined): string | null {
	let h = Number(hour);
	if (Number(minute) > 59) return null;
	if (meridiem !== undefined) {
		if (h < 1 || h > 12) return null;
		h = (h % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
	}
	return h > 23 ? null : `${h < 10 ? "0" : ""}${h}:${minute}`;
}

/** A time on a 12-hour clock alone (`2:30 PM`, `9.15 a.m.`) as `HH:mm`; null for any other text. */
export function parseClock(text: string): string | null {
	const m = /^(\d{1,2})[:.](\d{2})[ \t]*([ap])\.?m\.?$/i.exec(text.trim());
	return m ? clockTime(m[1] ?? "", m[2] ?? "", m[3]) : null;
}

/** The text before a trailing time and the time itself (`March 10, 2026 2:30 PM`); the time is null when none is written, and the whole is null when the time is no time (`25:00`). */
function splitTrailingTime(text: string): { day: string; time: string | null } | null {
	const m = TRAILING_TIME.exec(text);
	if (!m) return { day: text, time: null };
	const time = clockTime(m[1] ?? "", m[2] ?? "", m[3]);
	return time === null ? null : { day: text.slice(0, m.index), time };
}

/** A day written out (`November 15, 2026`) or year first with dots or slashes (`2026. 11. 19.`, `2026/11/19`), with or without a time after it. */
function dayBeforeItsTime(text: string): CalendarDay | null {
	const split = splitTrailingTime(text);
	return split === null ? null : (yearFirstDottedDay(split.day) ?? writtenOutDay(split.day));
}

/** `11/20/2026`, `20/11/2026`: a day with slashes and the year last, month or day first. */
const SLASHED_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A day with slashes that only one reading makes a day: `11/20/2026` (as US templates write `{{date:MM/DD/YYYY}}`)
 * and `20/11/2026` are 20 November; `05/12/2026`, either 5 December or 12 May, stays unread and is reported. A meeting's
 * date only (see `meetingDay`): other keys keep `parseDay`'s rules. With a time after it or not (`11/20/2026 2:00 PM`).
 */
export function slashedDayOfOneReading(value: unknown): CalendarDay | null {
	return slashedDayAndTime(value)?.day ?? null;
}

/** `slashedDayOfOneReading`'s day and the time written after it (`11/20/2026 2:00 PM`: 14:00), or null. */
export function slashedDayAndTime(value: unknown): { day: CalendarDay; time: string | null } | null {
	if (typeof value !== "string" || value.length > 40) return null;
	const split = splitTrailingTime(value.trim());
	const m = split === null ? null : SLASHED_DAY.exec(split.day.trim());
	if (!m || split === null) return null;
	const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const dayFirst = isValidDate(year, second, first) ? formatDay(year, second, first) : null;
	const monthFirst = isValidDate(year, first, second) ? formatDay(year, first, second) : null;
	const day = dayFirst !== null && monthFirst !== null && dayFirst !== monthFirst ? null : (dayFirst ?? monthFirst);
	return day === null ? null : { day: intern(day), time: split.time };
}

/**
 * `2026. 11. 19.` (as Hungarian writes a date) or `2026.11.19`: year, month and day with dots, never ambiguous;
 * and with slashes, `2026/11/19` or `2026/3/9`, as Chinese and Japanese writers date a note.
 */
const YEAR_FIRST_DOTTED = /^(\d{4})(?:\.[ \t]?(\d{1,2})\.[ \t]?(\d{1,2})\.?|\/(\d{1,2})\/(\d{1,2}))$/;

function yearFirstDottedDay(text: string): CalendarDay | null {
	const m = YEAR_FIRST_DOTTED.exec(text);
	if (!m) return null;
	const [year, month, day] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
	return isValidDate(year, month, day) ? intern(formatDay(year, month, day)) : null;
}

/** `20/11/2026`, `20.11.2026`, `20-11-2026`: a day written day first, as Italians write it. */
const DAY_FIRST_NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A day written day first (`20/11/2026`), as Italian notes write dates, with the time after it or not (`20/11/2026 10:00`).
 * Only for keys that are Italian (`data`, `compleanno`): elsewhere `05/12/2026` could be either day, and stays unread.
 */
export function parseDayFirst(value: unknown): CalendarDay | null {
	if (typeof value !== "string" || value.length > 40) return null;
	const split = value.length > 12 ? splitTrailingTime(value.trim()) : { day: value };
	const m = split === null ? null : DAY_FIRST_NUMERIC.exec(split.day.trim());
	if (!m) return null;
	const [year, month, day] = [Number(m[3]), Number(m[2]), Number(m[1])];
	return isValidDate(year, month, day) ? formatDay(year, month, day) : null;
}

/** `March 10, 2026`, `Mar 10th 2026`, `Tuesday, March 10th, 2026`: an optional weekday, the month, the day, the year. */
const MONTH_FIRST = /^(?:\p{L}+\.?,?\s+)?(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/iu;
/**
 * `10 March 2026`, `10th of March, 2026`, `1° marzo 2026`, `martedì 10 marzo 2026`; German `Montag, 23. November 2026`,
 * `3. Dez. 2026`, Spanish `23 de noviembre de 2026` (`del 2026`), French `1er décembre 2026`.
 */
const DAY_FIRST = /^(?:\p{L}+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th|er|°|º|\.)?\s+(?:of\s+|de\s+)?(\p{L}+)\.?,?\s+(?:del?\s+)?(\d{4})$/iu;

/** A day written with its month's name (English or Italian; German, Spanish or French after the day), else null. */
function writtenOutDay(text: string): CalendarDay | null {
	let year: number, month: number | undefined, day: number;
	const monthFirst = MONTH_FIRST.exec(text);
	if (monthFirst) {
		month = monthNumber(monthFirst[1] ?? "");
		day = Number(monthFirst[2]);
		year = Number(monthFirst[3]);
	} else {
		const dayFirst = DAY_FIRST.exec(text);
		if (!dayFirst) return null;
		day = Number(dayFirst[1]);
		month = monthNumberAfterDay(dayFirst[2] ?? "");
		year = Number(dayFirst[3]);
	}
	if (month === undefined || !isValidDate(year, month, day)) return null;
	return intern(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/** An ISO day's time: `2026-11-27 9:05`, `2026-11-27T13:00:00`, and on a 12-hour clock `2026-11-27 2:30 PM`. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T\s]|,[ \t]*)(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:[ \t]*([ap])\.?m\.?(?![\p{L}\d]))?/iu;

/** The `HH:mm` of a date-time value, when it has one (a 12-hour clock's `2:30 PM` is 14:30). */
export function parseTime(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const text = value.trim();
	const m = ISO_TIME.exec(text);
	if (m?.[1] && m[2]) return m[3] === undefined ? `${m[1].padStart(2, "0")}:${m[2]}` : clockTime(m[1], m[2], m[3]);
	if (value.length > 40) return null;
	const dotted = DOTTED_DAY.exec(text);
	if (dotted) return dottedTime(dotted);
	const split = splitTrailingTime(text);
	return split !== null && split.time !== null && (dayBeforeItsTime(text) !== null || parseDayFirst(text) !== null) ? split.time : null;
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
	return dayFromEpoch(toEpoch(day) + days);
}

export interface CalendarDuration {
	days?: number;
	weeks?: number;
	months?: number;
	years?: number;
}

/** `addDuration` on epoch days, for loops over many people that only compare the results. */
export function addDurationToEpoch(epoch: number, duration: CalendarDuration): number {
	return addMonthsAndDaysToEpoch(epoch, monthsOf(duration), daysOf(duration));
}

/** `addDurationToEpoch` with the duration as two numbers (`monthsOf`, `daysOf`), for loops that keep them in flat arrays. */
export function addMonthsAndDaysToEpoch(epoch: number, months: number, days: number): number {
	let result = epoch;
	if (months !== 0) {
		// One packed number, not an array: the agenda asks this of every person.
		const civil = packedCivilFromEpoch(epoch);
		const fromYear = Math.floor(civil / 512);
		const rest = civil - fromYear * 512;
		const total = fromYear * 12 + ((rest >> 5) - 1) + months;
		const year = Math.floor(total / 12);
		const month = total - year * 12 + 1;
		result = epochDay(year, month, Math.min(rest & 31, daysInMonth(year, month)));
	}
	return result + days;
}

/** The months of a duration, as `addMonthsAndDaysToEpoch` takes them. */
export function monthsOf(duration: CalendarDuration): number {
	return (duration.years ?? 0) * 12 + (duration.months ?? 0);
}

/** The days of a duration (weeks included), as `addMonthsAndDaysToEpoch` takes them. */
export function daysOf(duration: CalendarDuration): number {
	return (duration.weeks ?? 0) * 7 + (duration.days ?? 0);
}

/** Adds a duration the way a calendar does: one month after 31 January is 28 (or 29) February. */
export function addDuration(day: CalendarDay, duration: CalendarDuration): CalendarDay {
	let [y, m, d] = partsOf(day);
	const months = (duration.years ?? 0) * 12 + (duration.months ?? 0);
	if (months !== 0) {
		const total = y * 12 + (m - 1) + months;
		y = Math.floor(total / 12);
		m = total - y * 12 + 1;
		d = Math.min(d, daysInMonth(y, m));
	}
	const days = (duration.weeks ?? 0) * 7 + (duration.days ?? 0);
	if (days === 0) return formatDay(y, m, d);
	return dayFromEpoch(epochDay(y, m, d) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
	return toEpoch(to) - toEpoch(from);
}

/**
 * Today as the user's own calendar day, in the given IANA zone or the system's. The system's day is
 * read from the clock's local calendar fields, as luxon's local zone reads them: without a zone no
 * luxon object is made, whose first use looks up the system locale (about 30 ms per CLI run).
 */
export function today(zone?: string): CalendarDay {
	if (zone) return DateTime.now().setZone(zone).toISODate() ?? new Date().toISOString().slice(0, 10);
	const now = new Date();
	return formatDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The time of day on the system's clock, `HH:mm:ss` (`09:05:42`), as Logseq writes it in a task's logbook (its clocks to the second). */
export function nowClock(): string {
	const now = new Date();
	return [now.getHours(), now.getMinutes(), now.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
}

export function maxDay(a: CalendarDay | null, b: CalendarDay | null): CalendarDay | null {
	if (a === null) return b;
	if (b === null) return a;
	return a >= b ? a : b;
}

/** Finds the first `YYYY-MM-DD` in a file name. */
export function dayInName(name: string): CalendarDay | null {
	const m = /(\d{4}-\d{2}-\d{2})/.exec(name);
	return m?.[1] ? parseDay(m[1]) : null;
}
