import { parseDay } from "../dates/dates";
import { parseOutlookDate } from "./csv-outlook";
import { parseBirthdayText } from "./csv-sources";

/** Which number of a date like `4/7/1985` is the day: told by the file, or unknown (null). */
export type DayOrder = "dayFirst" | "monthFirst" | null;

/** Day, month and year as numbers with slashes, dots or dashes between them (`4/7/1985`, `14.05.79`). */
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{2}|\d{4})(?:\s|$)/;

/**
 * The order a column's dates are written in, when some of them tell it and none says the other:
 * `14/5/1979` is day first, `5/14/1979` month first. Null when no date tells it, or they disagree.
 */
export function dayOrderOfColumn(values: readonly string[]): DayOrder {
	let dayFirst = false;
	let monthFirst = false;
	for (const value of values) {
		const m = NUMERIC_DATE.exec(value.trim());
		if (!m) continue;
		const [first, second] = [Number(m[1]), Number(m[2])];
		if (first > 12 && second <= 12) dayFirst = true;
		if (second > 12 && first <= 12) monthFirst = true;
	}
	if (dayFirst === monthFirst) return null;
	return dayFirst ? "dayFirst" : "monthFirst";
}

/**
 * A birthday as a spreadsheet or a CRM writes it: ISO or year first (`1985-04-07`, `1985/4/7`),
 * without a year (`--04-07`), with its month's name (`April 7, 1985`, `7 aprile 1985`), with dots
 * (`07.04.1985`, day first), or day and month as numbers read in `order`; without an order only when
 * both readings give one day (`14/5/1979`, `7/7/1985`). `"none"` for an empty cell, null for a date
 * that cannot be read or could be two days (`4/7/1985` with no order): never a guessed birthday.
 */
export function readBirthdayCell(text: string, order: DayOrder): { day: string } | "none" | null {
	const t = text.trim();
	if (t === "") return "none";
	const known = parseBirthdayText(t) ?? parseDay(t);
	if (known !== null) return { day: known };
	const monthFirst = parseOutlookDate(t, false);
	const dayFirst = parseOutlookDate(t, true);
	if (order === "dayFirst") return dayFirst;
	if (order === "monthFirst") return monthFirst;
	if (monthFirst === "none" || dayFirst === "none") return "none";
	return monthFirst !== null && dayFirst !== null && monthFirst.day === dayFirst.day ? monthFirst : null;
}
