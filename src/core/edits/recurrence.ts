import { RRule } from "rrule";
import { type CalendarDay, addDays, daysBetween, formatDay, partsOf } from "../dates/dates";
import { isSpace } from "../shared/scan";

/**
 * The next occurrence of a recurring task as the Tasks plugin computes it when Tasks itself is not
 * there to ask (its `Recurrence` and `Occurrence`): the rule is read by rrule's `parseText`, the
 * reference date is due, else scheduled, else start; "when done" counts from the day it is done;
 * every other date keeps its distance from the reference; a monthly or yearly rule that would skip
 * a short month or a leap day falls back to the last day that exists.
 */

export interface OccurrenceDates {
	start: CalendarDay | null;
	scheduled: CalendarDay | null;
	due: CalendarDay | null;
}

export interface ParsedRule {
	/** The rule as Tasks writes it back (rrule's `toText`, plus "when done"). */
	text: string;
	next(dates: OccurrenceDates, today: CalendarDay): OccurrenceDates;
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
	const base = options;
	const text = new RRule(base).toText() + (whenDone ? " when done" : "");
	return {
		text,
		next(dates, today) {
			const reference = dates.due ?? dates.scheduled ?? dates.start;
			const from = whenDone || reference === null ? today : reference;
			const nextDay = nextAfter(base, from, text);
			const shift = (d: CalendarDay | null): CalendarDay | null => (d === null || reference === null ? null : addDays(nextDay, daysBetween(reference, d)));
			return { start: shift(dates.start), scheduled: shift(dates.scheduled), due: shift(dates.due) };
		},
	};
}

function utc(day: CalendarDay, endOfDay = false): Date {
	const [y, m, d] = partsOf(day);
	return new Date(Date.UTC(y, m - 1, d, endOfDay ? 23 : 0, endOfDay ? 59 : 0, endOfDay ? 59 : 0, endOfDay ? 999 : 0));
}

function dayOf(date: Date): CalendarDay {
	return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function occurrenceAfter(options: Partial<ReturnType<typeof RRule.parseText>>, day: CalendarDay): CalendarDay {
	const rule = new RRule({ ...options, dtstart: utc(day) });
	const next = rule.after(utc(day, true));
	return next ? dayOf(next) : addDays(day, 1);
}

function nextAfter(options: Partial<ReturnType<typeof RRule.parseText>>, from: CalendarDay, text: string): CalendarDay {
	let next = occurrenceAfter(options, from);
	const month = /every( \d+)? month(s)?/.exec(text);
	const year = /every( \d+)? year(s)?/.exec(text);
	if (month && !text.includes(" on ")) {
		const skip = month[1] ? Number(month[1].trim()) : 1;
		let after = from;
		while (monthsBetween(after, next) > skip) {
			after = addDays(after, -1);
			next = occurrenceAfter(options, after);
		}
	}
	if (year) {
		const skip = year[1] ? Number(year[1].trim()) : 1;
		let after = from;
		while (partsOf(next)[0] - partsOf(after)[0] > skip) {
			after = addDays(after, -1);
			next = occurrenceAfter(options, after);
		}
	}
	return next;
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
