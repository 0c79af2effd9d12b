import { RRule } from "rrule";
import { type CalendarDay, addDays, daysBetween, formatDay, isCalendarDay, partsOf } from "../dates/dates";
import { isSpace } from "../shared/scan";

/**
 * The next occurrence of a recurring task as the Tasks plugin computes it when Tasks itself is not
 * there to ask (its `Recurrence` and `Occurrence`): the rule is read by rrule's `parseText`, the
 * reference date is due, else scheduled, else start; "when done" counts from the day it is done;
 * every other date keeps its distance from the reference; a monthly or yearly rule that would skip
 * a short month or a leap day falls back to the last day that exists. A rule that has no occurrence
 * left (its `until` day is past), or whose next dates would fall after 9999-12-31, gives none.
 */

export interface OccurrenceDates {
	start: CalendarDay | null;
	scheduled: CalendarDay | null;
	due: CalendarDay | null;
}

export interface ParsedRule {
	/** The rule as Tasks writes it back (rrule's `toText`, plus "when done"). */
	text: string;
	/** The dates of the next occurrence; null when there is none (the rule ended, or the days would pass 9999-12-31). */
	next(dates: OccurrenceDates, today: CalendarDay): OccurrenceDates | null;
}

const RULE = /^([a-zA-Z0-9, !]+?)( when done)?$/i;

export function parseRule(ruleText: string): ParsedRule | null {
	const m = RULE.exec(ruleText.trim());
	if (!m?.[1]) return null;
	const whenDone = m[2] !== undefined;
	let options: Partial<ReturnType<typeof RRule.parseText>>;
	try {
		options = RRule.parseText(m[1].trim());
	} catch {
		return null;
	}
	if (!options || options.freq === undefined) return null;
	const base = withUntilDay(options);
	const text = new RRule(base).toText() + (whenDone ? " when done" : "");
	return {
		text,
		next(dates, today) {
			const reference = dates.due ?? dates.scheduled ?? dates.start;
			const from = whenDone || reference === null ? today : reference;
			const nextDay = nextAfterAnyYear(base, from, text);
			if (nextDay === null) return null;
			const shift = (d: CalendarDay | null): CalendarDay | null => (d === null || reference === null ? null : addDays(nextDay, daysBetween(reference, d)));
			const next = { start: shift(dates.start), scheduled: shift(dates.scheduled), due: shift(dates.due) };
			return [next.start, next.scheduled, next.due].every((d) => d === null || isCalendarDay(d)) ? next : null;
		},
	};
}

/**
 * rrule's `parseText` reads `until January 5, 2026` as that day's midnight in the machine's zone, while
 * occurrences are counted in UTC days: east of UTC (Kiritimati, UTC+14) the until day itself was left out.
 * The until day, as written, counts whole.
 */
function withUntilDay(options: Partial<ReturnType<typeof RRule.parseText>>): Partial<ReturnType<typeof RRule.parseText>> {
	const until = options.until;
	if (!(until instanceof Date) || Number.isNaN(until.getTime())) return options;
	const end = new Date(Date.UTC(2000, 0, 1, 23, 59, 59, 999));
	end.setUTCFullYear(until.getFullYear(), until.getMonth(), until.getDate());
	return { ...options, until: end };
}

/** The day's start (or its last millisecond) in UTC; the year set on its own, as `Date.UTC` reads years 0 to 99 as 1900 to 1999. */
function utc(day: CalendarDay, endOfDay = false): Date {
	const [y, m, d] = partsOf(day);
	const date = new Date(Date.UTC(2000, 0, 1, endOfDay ? 23 : 0, endOfDay ? 59 : 0, endOfDay ? 59 : 0, endOfDay ? 999 : 0));
	date.setUTCFullYear(y, m - 1, d);
	return date;
}

/** The `YYYY-MM-DD` of a date; null past 9999-12-31 (or before year 0), which no such day writes. */
function dayOf(date: Date): CalendarDay | null {
	const year = date.getUTCFullYear();
	return year >= 0 && year <= 9999 ? formatDay(year, date.getUTCMonth() + 1, date.getUTCDate()) : null;
}

/** The rule's first day after `day`; null when it has none (it ended) or that day is past 9999-12-31. */
function occurrenceAfter(options: Partial<ReturnType<typeof RRule.parseText>>, day: CalendarDay): CalendarDay | null {
	const rule = new RRule({ ...options, dtstart: utc(day) });
	const next = rule.after(utc(day, true));
	return next ? dayOf(next) : null;
}

/** Days in 400 Gregorian years: the calendar, weekdays included, repeats after them. */
const GREGORIAN_CYCLE_DAYS = 146097;

/**
 * `nextAfter`, for a day of the years 0 to 99 too: rrule reads those years as 1900 to 1999 (JavaScript's
 * two-digit years), so the day is moved 400 years on, where the calendar is the same, and the answer back.
 */
function nextAfterAnyYear(options: Partial<ReturnType<typeof RRule.parseText>>, from: CalendarDay, text: string): CalendarDay | null {
	if (partsOf(from)[0] >= 100) return nextAfter(options, from, text);
	const next = nextAfter(options, addDays(from, GREGORIAN_CYCLE_DAYS), text);
	return next === null ? null : addDays(next, -GREGORIAN_CYCLE_DAYS);
}

/** How many days a monthly or yearly rule's reference is moved back to find a month or year it does not skip: a short month needs three. */
const MOST_DAYS_BACK = 31;

function nextAfter(options: Partial<ReturnType<typeof RRule.parseText>>, from: CalendarDay, text: string): CalendarDay | null {
	let next = occurrenceAfter(options, from);
	if (next === null) return null;
	const month = /every( \d+)? month(s)?/.exec(text);
	const year = /every( \d+)? year(s)?/.exec(text);
	if (month && !text.includes(" on ")) next = withoutSkipping(options, from, next, month[1] ? Number(month[1].trim()) : 1, monthsBetween);
	if (year) next = withoutSkipping(options, from, next, year[1] ? Number(year[1].trim()) : 1, (a, b) => partsOf(b)[0] - partsOf(a)[0]);
	return next;
}

/**
 * The occurrence after `from` that skips no more than `skip` months or years (`gap`): while `next` is further, the
 * reference is moved back a day at a time (at most `MOST_DAYS_BACK`), so a rule on the 31st falls on a short month's last day.
 */
function withoutSkipping(options: Partial<ReturnType<typeof RRule.parseText>>, from: CalendarDay, next: CalendarDay, skip: number, gap: (after: CalendarDay, next: CalendarDay) => number): CalendarDay {
	let after = from;
	let found = next;
	for (let earlier: CalendarDay | null = next, back = 0; earlier !== null && gap(after, earlier) > skip && back < MOST_DAYS_BACK; back++) {
		after = addDays(after, -1);
		earlier = occurrenceAfter(options, after);
		if (earlier !== null) found = earlier;
	}
	return found;
}

function monthsBetween(a: CalendarDay, b: CalendarDay): number {
	const [ay, am] = partsOf(a);
	const [by, bm] = partsOf(b);
	return (by - ay) * 12 + (bm - am);
}

/** A task line's parts as the Tasks plugin reads them: fields are taken from the end of the line. */
export interface TasksLine {
	description: string;
	priority: string;
	recurrence: string;
	onCompletion: string;
	created: CalendarDay | null;
	start: CalendarDay | null;
	scheduled: CalendarDay | null;
	due: CalendarDay | null;
	blockLink: string;
}

const DATE_FIELDS: [RegExp, "created" | "start" | "scheduled" | "due" | null][] = [
	[/✅\uFE0F? *(\d{4}-\d{2}-\d{2})$/, null],
	[/❌\uFE0F? *(\d{4}-\d{2}-\d{2})$/, null],
	[/(?:📅|📆|🗓)\uFE0F? *(\d{4}-\d{2}-\d{2})$/, "due"],
	[/(?:⏳|⌛)\uFE0F? *(\d{4}-\d{2}-\d{2})$/, "scheduled"],
	[/🛫\uFE0F? *(\d{4}-\d{2}-\d{2})$/, "start"],
	[/➕\uFE0F? *(\d{4}-\d{2}-\d{2})$/, "created"],
];
const PRIORITY = /(🔺|⏫|🔼|🔽|⏬)\uFE0F?$/;
const REPEAT = /🔁\uFE0F? *([a-zA-Z0-9, !]+)$/;
const ON_COMPLETION = /🏁\uFE0F? *([a-zA-Z]+)$/;
// Tasks' dependency fields (`🆔 abc123`, `⛔ a1, b2`): read so the fields before them are found; a next occurrence has neither, as Tasks writes it.
const ID = /🆔\uFE0F? *([a-zA-Z0-9_-]+)$/;
const DEPENDS_ON = /⛔\uFE0F? *([a-zA-Z0-9_-]+(?: *, *[a-zA-Z0-9_-]+)*) *$/;
const BLOCK_LINK = / \^[a-zA-Z0-9-]+$/;
const TAG_AT_END = /(^|\s)#[^ !@#$%^&*(),.?":{}|<>]+$/;

/** Reads the body after `- [ ]` from its end, field by field, as Tasks' DefaultTaskSerializer does. */
export function readTasksLine(body: string): TasksLine {
	const out: TasksLine = { description: "", priority: "", recurrence: "", onCompletion: "", created: null, start: null, scheduled: null, due: null, blockLink: "" };
	let line = body;
	const block = BLOCK_LINK.exec(line);
	if (block) {
		out.blockLink = block[0];
		line = line.slice(0, block.index);
	}
	line = trimEnd(line);
	let trailingTags = "";
	for (let runs = 0; runs <= 20; runs++) {
		const before = line;
		line = take(line, PRIORITY, (m) => (out.priority = m));
		for (const [re, key] of DATE_FIELDS) line = take(line, re, (m) => key && (out[key] = m));
		line = take(line, REPEAT, (m) => (out.recurrence = m.trim()));
		line = take(line, ON_COMPLETION, (m) => (out.onCompletion = m));
		line = take(line, ID, () => undefined);
		line = take(line, DEPENDS_ON, () => undefined);
		const tag = TAG_AT_END.exec(line);
		if (tag) {
			const name = tag[0].trim();
			trailingTags = trailingTags ? `${name} ${trailingTags}` : name;
			line = trimEnd(line.slice(0, tag.index));
		}
		if (line === before) break;
	}
	out.description = trailingTags ? `${line}${line ? " " : ""}${trailingTags}` : line;
	return out;
}

function take(line: string, re: RegExp, set: (value: string) => unknown): string {
	const m = re.exec(line);
	if (!m) return line;
	set(m[1] ?? "");
	return trimEnd(line.slice(0, m.index));
}

function trimEnd(text: string): string {
	let end = text.length;
	while (end > 0 && isSpace(text[end - 1])) end--;
	return text.slice(0, end);
}

/** The body of the next occurrence, in the order Tasks writes fields (no created date, done date or block link). */
export function writeTasksBody(t: TasksLine, rule: string, dates: OccurrenceDates): string {
	let body = t.description;
	if (t.priority) body += ` ${t.priority}`;
	body += ` 🔁 ${rule}`;
	if (t.onCompletion) body += ` 🏁 ${t.onCompletion}`;
	if (dates.start) body += ` 🛫 ${dates.start}`;
	if (dates.scheduled) body += ` ⏳ ${dates.scheduled}`;
	if (dates.due) body += ` 📅 ${dates.due}`;
	return body;
}
