import { addDays, addDuration, type CalendarDay, type CalendarDuration, parseDay, toEpoch } from "../dates/dates";
import { isLogseqDateLine } from "../notes/logseq-tasks";
import type { TaskLineMatch } from "../notes/tasks";
import { logseqWeekday } from "./logseq-edits";

/**
 * A Logseq task that repeats: a repeater in its `SCHEDULED:` or `DEADLINE:` stamp (`<2026-11-30 Mon .+1w>`,
 * `<2026-11-30 Mon 10:00 ++1m>`). Marked done, Logseq keeps it open and moves each repeating stamp on,
 * as org-mode does: `+1w` one week from its day, `++1w` by weeks until after today, `.+1w` one week
 * from today (a stamp still ahead stays); it logs the completion in the block's `:LOGBOOK:`.
 */

type RepeatKind = "+" | "++" | ".+";

interface Repeater {
	kind: RepeatKind;
	step: CalendarDuration;
}

const REPEATER = /^(\.\+|\+\+|\+)(\d{1,4})([dwmy])$/;
const UNITS = { d: "days", w: "weeks", m: "months", y: "years" } as const;

/** `.+1w` → every week from the day it is done; null for anything else (an hour repeater `+1h` too: Rapport keeps days). */
function repeaterOf(word: string): Repeater | null {
	const m = REPEATER.exec(word);
	if (!m || Number(m[2]) === 0) return null;
	return { kind: m[1] as RepeatKind, step: { [UNITS[m[3] as keyof typeof UNITS]]: Number(m[2]) } };
}

/** The day a repeating stamp of `day` moves to when its task is done on `today`. */
function nextDay(day: CalendarDay, repeater: Repeater, today: CalendarDay): CalendarDay {
	if (repeater.kind === "+") return addDuration(day, repeater.step);
	if (repeater.kind === ".+") return toEpoch(day) > toEpoch(today) ? day : addDuration(today, repeater.step);
	const { days = 0, weeks = 0 } = repeater.step;
	const fixedDays = days + weeks * 7;
	if (fixedDays > 0) {
		// Days and weeks at once: the first step after today, however long ago the day was.
		const behind = toEpoch(today) - toEpoch(day);
		return behind < 0 ? addDays(day, fixedDays) : addDays(day, (Math.floor(behind / fixedDays) + 1) * fixedDays);
	}
	// Months and years one step at a time, each from the last, as Logseq adds them (31 January, 28 February, 28 March).
	let next = addDuration(day, repeater.step);
	while (toEpoch(next) <= toEpoch(today)) next = addDuration(next, repeater.step);
	return next;
}

/** A stamp's inside (`2026-11-30 Mon 10:00 .+1w`) moved on, its weekday rewritten, time and repeater kept; null without a repeater. */
function nextStamp(inside: string, today: CalendarDay): string | null {
	const words = inside.trim().split(/\s+/);
	const day = parseDay(words[0] ?? "");
	const repeater = repeaterOf(words[words.length - 1] ?? "");
	if (day === null || repeater === null || words.length < 2) return null;
	const next = nextDay(day, repeater, today);
	const rest = words.slice(1).filter((w, i) => !(i === 0 && /^[A-Za-z]{2,3}\.?$/.test(w)));
	return [next, logseqWeekday(next), ...rest].join(" ");
}

const STAMP = /<([^<>]{1,80})>/g;

/** A day line with each repeating stamp moved on; null when it has none. */
function movedDayLine(line: string, today: CalendarDay): string | null {
	let moved = false;
	const next = line.replace(STAMP, (whole, inside: string) => {
		const stamp = nextStamp(inside, today);
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
	let next: CalendarDay | null = null;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (!isLogseqDateLine(line)) continue;
		const moved = movedDayLine(line, today);
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
