import { type CalendarDay, parseDay, toEpoch } from "../dates/dates";
import { drawerEdge } from "../notes/logseq-tasks";
import { logseqWeekday } from "./logseq-edits";

/**
 * Logseq's time tracking: a task set to `NOW` or `DOING` gets a running clock in its logbook,
 * `CLOCK: [2026-11-30 Mon 09:00:00]`, and done it is stopped (clock-out, frontend/util/file_based/clock.cljs):
 * `CLOCK: [2026-11-30 Mon 09:00:00]--[2026-11-30 Mon 10:15:23] =>  01:15:23`. Logseq stops only the
 * logbook's last line, and only a clock written to the second (as its time tracking writes them).
 */

const LOGBOOK_START = /^\s*:LOGBOOK:\s*$/i;
/** A running clock: `CLOCK: [day Wkd HH:mm:ss]` and nothing after it. */
const RUNNING = /^(\s*)(CLOCK: \[(\d{4}-\d{2}-\d{2})(?: [^\]\d]+)? (\d{2}):(\d{2}):(\d{2})\])\s*$/;

const pad = (n: number): string => String(n).padStart(2, "0");

/** Seconds into the day of `HH:mm` or `HH:mm:ss`, or null. */
function secondsOf(time: string): number | null {
	const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time);
	return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : null;
}

/**
 * The block (its task line first) with the running clock its logbook ends with stopped at `today`
 * `time` (`10:15:23`; `10:15` is `10:15:00`), as Logseq stops it when the task is done. The block as
 * it is when the logbook ends otherwise, or the clock started after that moment.
 */
export function clockOutLogseqBlock(block: readonly string[], today: CalendarDay, time: string): readonly string[] {
	const start = block.findIndex((l, i) => i > 0 && LOGBOOK_START.test(l));
	const end = start > 0 ? block.findIndex((l, i) => i > start && drawerEdge(l) === "end") : -1;
	const last = end - 1;
	const m = end > start + 1 ? RUNNING.exec(block[last] ?? "") : null;
	const now = secondsOf(time);
	const day = m ? parseDay(m[3] ?? "") : null;
	if (!m || day === null || now === null) return block;
	const began = Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6]);
	const ran = (toEpoch(today) - toEpoch(day)) * 86400 + now - began;
	if (ran < 0) return block;
	const stopped = `[${today} ${logseqWeekday(today)} ${pad(Math.floor(now / 3600))}:${pad(Math.floor(now / 60) % 60)}:${pad(now % 60)}]`;
	const span = `${pad(Math.floor(ran / 3600))}:${pad(Math.floor(ran / 60) % 60)}:${pad(ran % 60)}`;
	const lines = [...block];
	lines[last] = `${m[1] ?? ""}${m[2] ?? ""}--${stopped} =>  ${span}`;
	return lines;
}
