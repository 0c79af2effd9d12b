import { addDays, addDuration, type CalendarDay, type CalendarDuration, parseDay, toEpoch } from "../dates/dates";
import { isLogseqDateLine } from "../notes/logseq-tasks";
import type { TaskLineMatch } from "../notes/tasks";
import { logseqWeekday } from "./logseq-edits";

/**
 * A Logseq task that repeats: a repeater in its `SCHEDULED:` or `DEADLINE:` stamp (`<2026-11-30 Mon .+1w>`,
 * `<2026-11-30 Mon 10:00 ++1m>`). Marked done, Logseq keeps it open and moves each repeating stamp on,
 * as org-mode does: `+1w` one week from its day, `++1w` by weeks until after now, `.+1w` one week
 * from today (a stamp still ahead of now stays), to the minute when the stamp has a time; an hour
 * repeater (`++4h`) moves its time, and its day with it. It logs the completion in the block's `:LOGBOOK:`.
 */

type RepeatKind = "+" | "++" | ".+";

interface Repeater {
	kind: RepeatKind;
	/** Days, weeks, months or years; null for an hour repeater. */
	step: CalendarDuration | null;
	/** An hour repeater's step, in minutes (0 for the others). */
	stepMinutes: number;
}

const REPEATER = /^(\.\+|\+\+|\+)(\d{1,4})([hdwmy])$/;
const UNITS = { d: "days", w: "weeks", m: "months", y: "years" } as const;

/** `.+1w` → every week from the day it is done, `++4h` every four hours; null for anything else. */
function repeaterOf(word: string): Repeater | null {
	const m = REPEATER.exec(word);
	if (!m || Number(m[2]) === 0) return null;
	const n = Number(m[2]);
	const kind = m[1] as RepeatKind;
	if (m[3] === "h") return { kind, step: null, stepMinutes: n * 60 };
	return { kind, step: { [UNITS[m[3] as keyof typeof UNITS]]: n }, stepMinutes: 0 };
}

const MINUTES_PER_DAY = 1440;

/**
 * Where an hour repeater moves a stamp of `day` at `minutes`, as Logseq adds hours: `+` one step from
 * it, `++` steps until after now, `.+` one step from now unless it is still ahead (a day and minutes into it).
 */
function nextMoment(day: CalendarDay, minutes: number, kind: RepeatKind, step: number, now: Moment): Moment {
	const at = toEpoch(day) * MINUTES_PER_DAY + minutes;
	const current = toEpoch(now.day) * MINUTES_PER_DAY + now.minutes;
	let next: number;
	if (kind === "+") next = at + step;
	else if (kind === ".+") next = at > current ? at : current + step;
	else next = at + Math.max(1, Math.floor((current - at) / step) + 1) * step;
	const days = Math.floor(next / MINUTES_PER_DAY);
	return { day: addDays(day, days - toEpoch(day)), minutes: next - days * MINUTES_PER_DAY };
}

const pad = (n: number): string => String(n).padStart(2, "0");
const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** A stamp's time word (`18:00`, `18:00-19:00`) moved by `delta` minutes, the range's end with it. */
function movedTime(word: string, delta: number): string {
	return word.replace(/\d{1,2}:\d{2}/g, (t) => {
		const [h = 0, m = 0] = t.split(":").map(Number);
		return clock((((h * 60 + m + delta) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY);
	});
}

/**
 * The moment a stamp is at, and now, each as a day and the minutes into it; a stamp without a time is
 * at the start of its day (as Logseq reads it), so it is ahead of now only on a later day.
 */
interface Moment {
	day: CalendarDay;
	minutes: number;
}

/** Whether a stamp on `day` at `minutes` is after `now`, to the minute, as Logseq compares them. */
function after(day: CalendarDay, minutes: number, now: Moment): boolean {
	const days = toEpoch(day) - toEpoch(now.day);
	return days > 0 || (days === 0 && minutes > now.minutes);
}

/** The day a repeating stamp of `day` (at `minutes` into it) moves to when its task is done at `now`. */
function nextDay(day: CalendarDay, minutes: number, repeater: Repeater & { step: CalendarDuration }, now: Moment): CalendarDay {
	if (repeater.kind === "+") return addDuration(day, repeater.step);
	if (repeater.kind === ".+") return after(day, minutes, now) ? day : addDuration(now.day, repeater.step);
	const { days = 0, weeks = 0 } = repeater.step;
	const fixedDays = days + weeks * 7;
	if (fixedDays > 0) {
		// Days and weeks at once: the first step after now, however long ago the day was.
		const behind = toEpoch(now.day) - toEpoch(day);
		if (behind < 0) return addDays(day, fixedDays);
		const steps = Math.floor(behind / fixedDays);
		// A step that lands on today, at a time still ahead (this evening's walk), is the next one.
		return steps > 0 && behind % fixedDays === 0 && minutes > now.minutes ? now.day : addDays(day, (steps + 1) * fixedDays);
	}
	// Months and years one step at a time, each from the last, as Logseq adds them (31 January, 28 February, 28 March).
	let next = addDuration(day, repeater.step);
	while (!after(next, minutes, now)) next = addDuration(next, repeater.step);
	return next;
}

/** Minutes into the day of `HH:mm` (a range's start, `18:00-19:00`), or null when the word is no time. */
function minutesOf(word: string | undefined): number | null {
	const m = /^(\d{1,2}):(\d{2})(?:-\d{1,2}:\d{2})?$/.exec(word ?? "");
	return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A stamp's inside (`2026-11-30 Mon 10:00 .+1w`) moved on, its weekday rewritten, time and repeater kept; null without a repeater. */
function nextStamp(inside: string, now: Moment): string | null {
	const words = inside.trim().split(/\s+/);
	const day = parseDay(words[0] ?? "");
	const repeater = repeaterOf(words[words.length - 1] ?? "");
	if (day === null || repeater === null || words.length < 2) return null;
	const rest = words.slice(1).filter((w, i) => !(i === 0 && /^[A-Za-z]{2,3}\.?$/.test(w)));
	const time = minutesOf(rest[0]);
	const { step } = repeater;
	if (step !== null) {
		const next = nextDay(day, time ?? 0, { ...repeater, step }, now);
		return [next, logseqWeekday(next), ...rest].join(" ");
	}
	// Hours: the time moves with the day; a stamp without a time keeps none, as Logseq writes it.
	const next = nextMoment(day, time ?? 0, repeater.kind, repeater.stepMinutes, now);
	const moved = time === null ? rest : [movedTime(rest[0] ?? "", next.minutes - time), ...rest.slice(1)];
	return [next.day, logseqWeekday(next.day), ...moved].join(" ");
}

const STAMP = /<([^<>]{1,80})>/g;

/** A day line with each repeating stamp moved on; null when it has none. */
function movedDayLine(line: string, now: Moment): string | null {
	let moved = false;
	const next = line.replace(STAMP, (whole, inside: string) => {
		const stamp = nextStamp(inside, now);
		if (stamp === null) return whole;
		moved = true;
		return `<${stamp}>`;
	});
	return moved ? next : null;
}

/** The marker a repeating task goes back to: in progress is open again, as Logseq writes it. */
const REOPENED: Readonly<Record<string, string>> = { DOING: "TODO", NOW: "LATER" };

const LOGBOOK_START = /^\s*:LOGBOOK:\s*$/i;
const DRAWER_END = /^\s*:END:\s*$/i;
const PROPERTY = /^\s*[\w-]+::/;

/**
 * The block of a Logseq task marked done on `today` at `time` (`10:15`) when one of its stamps repeats:
 * the task stays open (`NOW` is `LATER` again, `DOING` is `TODO`), each repeating stamp moves on, and
 * `* State "DONE" from "TODO" [2026-11-30 Mon 10:15]` goes into its `:LOGBOOK:` (a new one after its
 * properties and day lines when it has none). Null when no stamp repeats: the task is simply done.
 */
export function completeRepeatingLogseqBlock(block: readonly string[], task: TaskLineMatch & { marker: string }, today: CalendarDay, time: string): { lines: string[]; next: CalendarDay } | null {
	const lines = [...block];
	const now = { day: today, minutes: minutesOf(time) ?? 0 };
	let next: CalendarDay | null = null;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (!isLogseqDateLine(line)) continue;
		const moved = movedDayLine(line, now);
		if (moved === null) continue;
		lines[i] = moved;
		const day = /<(\d{4}-\d{2}-\d{2})/.exec(moved)?.[1] ?? null;
		if (day !== null && (next === null || toEpoch(day) < toEpoch(next))) next = day;
	}
	if (next === null) return null;
	const first = lines[0] ?? "";
	const marker = REOPENED[task.marker] ?? task.marker;
	lines[0] = first.slice(0, task.statusOffset) + marker + first.slice(task.statusOffset + task.marker.length);
	const entry = `* State "DONE" from "${task.marker}" [${today} ${logseqWeekday(today)} ${time}]`;
	const start = lines.findIndex((l, i) => i > 0 && LOGBOOK_START.test(l));
	const end = start > 0 ? lines.findIndex((l, i) => i > start && DRAWER_END.test(l)) : -1;
	if (start > 0 && end > start) {
		const indent = /^[\s>]*/.exec(lines[start] ?? "")?.[0] ?? "";
		lines.splice(end, 0, `${indent}${entry}`);
		return { lines, next };
	}
	const indent = lines[1] !== undefined ? (/^[\s>]*/.exec(lines[1])?.[0] ?? "") : task.prefix + " ".repeat(Math.max(0, task.statusOffset - task.prefix.length));
	let at = 1;
	while (at < lines.length && (isLogseqDateLine(lines[at] ?? "") || PROPERTY.test(lines[at] ?? ""))) at++;
	lines.splice(at, 0, `${indent}:LOGBOOK:`, `${indent}${entry}`, `${indent}:END:`);
	return { lines, next };
}
