import { type CalendarDay, daysInMonth, isValidDate } from "../dates/dates";
import { monthNumber } from "../dates/month-names";

/**
 * A death as a note writes it: a day (`2024-03-01`), or a year or a month when the day is not known (`1987`,
 * `1987-03`), as family trees and genealogy templates write a death of long ago. A year or a month is a death from
 * its first day on: `died: 1987` is a death on every day from 1987-01-01, `died: 2099` no death yet. A day without
 * its year (`--04-15`, as a vCard's `DEATHDATE:--0415` writes it, RFC 6350 §4.3.1) is a death on every day, as
 * `deceased: true` is, whose day of the year is known.
 *
 * At run time it is that text; to the compiler it is no string, so it cannot be passed where a `CalendarDay` is
 * expected: `deathFirstDay`/`deathLastDay` give its days, `deathDateText` the text as written.
 */
export type DeathDate = { readonly [DEATH_DATE]: "death date" };

declare const DEATH_DATE: unique symbol;

/** The text of a death as written (`1987`, `1987-03`, `2024-03-01`, `--04-15`): to show or store it. */
export function deathDateText(died: DeathDate): string {
	return died as unknown as string;
}

/** A death on a known day. */
export function deathOnDay(day: CalendarDay): DeathDate {
	return day as unknown as DeathDate;
}

/** A death from the text `deathDateText` gave of it (the note store keeps that text): not checked again. */
export function deathDateFromText(text: string): DeathDate {
	return text as unknown as DeathDate;
}

/** `1987` alone, as YAML reads `died: 1987` (a number) or a quoted `"1987"`. */
const YEAR = /^(\d{4})$/;
/** `1987-03`, `1987/03`: the year, then the month. */
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
/** `03/1987`, `3.1987`: the month, then the year. */
const MONTH_YEAR = /^(\d{1,2})[/.](\d{4})$/;
/** `March 1987`, `Mar. 1987`, `marzo 1987`, `March, 1987`. */
const NAMED_MONTH_YEAR = /^(\p{L}+)\.?,?\s+(\d{4})$/u;
/** `--04-15`, `--0415`: a month and a day without the year (RFC 6350 §4.3.1), as a birthday without one is written. */
const NO_YEAR = /^--(\d{2})-?(\d{2})$/;

function year(text: string): number | null {
	const y = Number(text);
	return y >= 1000 ? y : null;
}

function month(y: number | null, m: number | undefined): string | null {
	return y === null || m === undefined || m < 1 || m > 12 ? null : `${y}-${String(m).padStart(2, "0")}`;
}

/**
 * The year or month a death value gives when it gives no day (`1987`, `1987-03`, `03/1987`, `marzo 1987`), or the day
 * without its year (`--04-15`, `--0415` → `--04-15`), else null.
 */
export function deathPeriodOf(value: unknown): DeathDate | null {
	if (typeof value === "number") return Number.isInteger(value) && value >= 1000 && value <= 9999 ? period(String(value)) : null;
	if (typeof value !== "string" || value.length > 20) return null;
	const text = value.trim();
	let m = YEAR.exec(text);
	if (m) return year(m[1] as string) === null ? null : period(text);
	m = YEAR_MONTH.exec(text);
	if (m) return period(month(year(m[1] as string), Number(m[2])));
	m = MONTH_YEAR.exec(text);
	if (m) return period(month(year(m[2] as string), Number(m[1])));
	m = NO_YEAR.exec(text);
	if (m) return isValidDate(2000, Number(m[1]), Number(m[2])) ? period(`--${m[1]}-${m[2]}`) : null;
	m = NAMED_MONTH_YEAR.exec(text);
	return m ? period(month(year(m[2] as string), monthNumber(m[1] as string))) : null;
}

/** A year (`1987`), a month (`1987-03`) or a day without its year (`--04-15`) as a death date. */
function period(text: string): DeathDate;
function period(text: string | null): DeathDate | null;
function period(text: string | null): DeathDate | null {
	return text as unknown as DeathDate | null;
}

/** Whether a death is a day without its year (`--04-15`). */
export function isDeathWithoutYear(died: DeathDate): boolean {
	return deathDateText(died).startsWith("--");
}

/** Whether a death is written as a year or a month (`1987`, `1987-03`) rather than a day (with its year or not). */
export function isDeathPeriod(died: DeathDate): boolean {
	return deathDateText(died).length < 10 && !isDeathWithoutYear(died);
}

/**
 * The first day of a death (`1987` → `1987-01-01`, `1987-03` → `1987-03-01`; a day is its own): the day the person is
 * dead from; before every day for a day without its year (`--04-15` → `0000-04-15`), a death on every day.
 */
export function deathFirstDay(death: DeathDate): CalendarDay {
	const died = deathDateText(death);
	if (isDeathWithoutYear(death)) return `0000${died.slice(1)}`;
	return died.length === 4 ? `${died}-01-01` : died.length === 7 ? `${died}-01` : died;
}

/** The last day a death may have fallen on (`1987` → `1987-12-31`, `1987-03` → `1987-03-31`; a day is its own; any year's for `--04-15`). */
export function deathLastDay(death: DeathDate): CalendarDay {
	const died = deathDateText(death);
	if (isDeathWithoutYear(death)) return `9999${died.slice(1)}`;
	if (died.length === 4) return `${died}-12-31`;
	if (died.length !== 7) return died;
	return `${died}-${String(daysInMonth(Number(died.slice(0, 4)), Number(died.slice(5, 7))))}`;
}
