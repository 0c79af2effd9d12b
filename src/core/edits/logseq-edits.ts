import { type CalendarDay, toEpoch } from "../dates/dates";
import { drawerEdge, isLogseqDateLine, logbookDoneDay } from "../notes/logseq-tasks";
import type { TaskLineMatch } from "../notes/tasks";

/**
 * Edits of a Logseq task as Logseq itself makes them: done is the marker `DONE` (Logseq keeps no done
 * date on the line), and a task's day lives on a `SCHEDULED:` or `DEADLINE:` line of its block.
 */

/** `- TODO Call Anna` → `- DONE Call Anna`: only the marker changes. */
export function completeLogseqLine(line: string, task: TaskLineMatch & { marker: string }): string {
	return line.slice(0, task.statusOffset) + "DONE" + line.slice(task.statusOffset + task.marker.length);
}

const WEEKDAYS = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

/** The weekday Logseq writes after a day (`Fri`): 1970-01-01, epoch day 0, was a Thursday. */
export function logseqWeekday(day: CalendarDay): string {
	const n = toEpoch(day) % 7;
	return WEEKDAYS[n < 0 ? n + 7 : n] ?? "";
}

/**
 * How many lines after the task line (at 0) belong to its block: indented further than its bullet, and
 * no list item or heading, but for the lines of a drawer (`:LOGBOOK:` … `:END:`, whose `* State "DONE"`
 * lines are no list items), as the reader takes them.
 */
export function logseqBlockLength(lines: readonly string[], task: TaskLineMatch): number {
	let n = 1;
	let inDrawer = false;
	for (; n < lines.length; n++) {
		const line = lines[n] ?? "";
		const indent = /^[\s>]*/.exec(line)?.[0].length ?? 0;
		if (line.trim() === "" || indent <= task.prefix.length) break;
		const edge = drawerEdge(line);
		if (edge !== null) inDrawer = edge === "start";
		else if (inDrawer && logbookDoneDay(line) !== null) continue;
		else if (/^[-*+#]|^\d+[.)]/.test(line.slice(indent))) break;
	}
	return n;
}

const DAY_IN_STAMP = /<\d{4}-\d{2}-\d{2}(?: [A-Za-z]{2,3}\.?)?/;

/**
 * The block of a Logseq task (its line first) with its day moved to `due`: the `DEADLINE:` when it has
 * one, else the `SCHEDULED:`, the weekday rewritten and a time or repeater kept; a task with neither
 * gets `SCHEDULED: <day Wkd>` under it, indented as the task's text.
 */
export function snoozeLogseqBlock(block: readonly string[], task: TaskLineMatch, due: CalendarDay): string[] {
	const stamp = `<${due} ${logseqWeekday(due)}`;
	const dated = (word: string): number => block.findIndex((line, i) => i > 0 && isLogseqDateLine(line) && line.includes(`${word}:`));
	const at = dated("DEADLINE") >= 0 ? dated("DEADLINE") : dated("SCHEDULED");
	if (at > 0) return block.map((line, i) => (i === at ? line.replace(new RegExp(`((?:DEADLINE|SCHEDULED):[ \\t]*)${DAY_IN_STAMP.source}`), `$1${stamp}`) : line));
	const indent = task.prefix + " ".repeat(Math.max(0, task.statusOffset - task.prefix.length));
	return [block[0] ?? "", `${indent}SCHEDULED: ${stamp}>`, ...block.slice(1)];
}
