import { parseDay } from "../dates/dates";
import type { BodyTask } from "./markdown";
import { drawerEdge, logbookDoneDay, logseqDates, logseqRepeater } from "./logseq-tasks";
import { setDate } from "./tasks";

/** `SCHEDULED: <2026-11-20 Fri .+1w>`, `DEADLINE: <…>` under a Logseq task: its scheduled and due days, and its repeater (`.+1w`). */
export function readLogseqDates(line: string, task: BodyTask): void {
	for (const { key, value } of logseqDates(line)) setDate(task, key, value);
	task.recurrence ??= logseqRepeater(line);
}

/**
 * A line of a drawer in a Logseq task's block (`:LOGBOOK:`, its `CLOCK:` and `* State "DONE"` lines,
 * `:END:`): hidden, as Logseq shows it, a completion of a repeating task kept as a done day. False for a
 * line outside a drawer. `state.inDrawer`: inside such a drawer, kept from line to line.
 */
export function readDrawerLine(line: string, task: BodyTask, state: { inDrawer: boolean }): boolean {
	const edge = drawerEdge(line);
	if (!state.inDrawer) {
		if (edge !== "start") return false;
		state.inDrawer = true;
		return true;
	}
	if (edge === "end") state.inDrawer = false;
	const done = logbookDoneDay(line);
	const day = done === null ? null : parseDay(done);
	if (day) (task.doneDays ??= []).push(day);
	else if (/^[ \t>]*(?:[-*+#]|\d)/.test(line)) {
		// A drawer never closed ends at the next list item or heading, which is the next block's.
		state.inDrawer = false;
		return false;
	}
	return true;
}
