import { describe, expect, it } from "vitest";
import { completeTaskLines, editTaskBlock, snoozeTaskBlock } from "../../../src/core/edits/task-edits";

/** Marking done and snoozing a Logseq task (`- TODO …`, its days on `SCHEDULED:`/`DEADLINE:` lines under it), as Logseq writes them. */
describe("marking a Logseq task done", () => {
	it("writes DONE in place of its marker and changes nothing else on the line", () => {
		expect(completeTaskLines("- TODO Call [[Anna Rossi]]", "2026-11-27")).toEqual(["- DONE Call [[Anna Rossi]]"]);
		expect(completeTaskLines("\t- LATER [#A] Send [[Marco]] the deck", "2026-11-27")).toEqual(["\t- DONE [#A] Send [[Marco]] the deck"]);
		expect(completeTaskLines("- NOW Draft the intro", "2026-11-27")).toEqual(["- DONE Draft the intro"]);
	});

	it("leaves a task already done alone", () => {
		expect(completeTaskLines("- DONE Call [[Anna Rossi]]", "2026-11-27")).toBeNull();
	});
});

describe("snoozing a Logseq task", () => {
	const note = (...lines: string[]): string => lines.join("\r\n") + "\r\n";
	const snooze = (text: string, line: number, taskText: string, until: string) => editTaskBlock(text, { line, text: taskText }, (block) => snoozeTaskBlock(block, until));

	it("moves its DEADLINE, weekday included, keeping the time and every other line and line ending", () => {
		const text = note("- TODO Call [[Anna Rossi]]", "  id:: 6571c0de-0000-4000-8000-000000000001", "  SCHEDULED: <2026-11-18 Wed>", "  DEADLINE: <2026-11-20 Fri 10:00>", "- Other block");
		expect(snooze(text, 0, "Call [[Anna Rossi]]", "2026-11-27")).toEqual({
			ok: true,
			line: 0,
			text: note("- TODO Call [[Anna Rossi]]", "  id:: 6571c0de-0000-4000-8000-000000000001", "  SCHEDULED: <2026-11-18 Wed>", "  DEADLINE: <2026-11-27 Fri 10:00>", "- Other block"),
		});
	});

	it("moves its SCHEDULED day when it has no deadline, its repeater kept", () => {
		const text = note("- Trip", "\t- LATER Ask [[Marco]] about the trip", "\t  SCHEDULED: <2026-11-20 Fri .+1w>");
		const result = snooze(text, 1, "Ask [[Marco]] about the trip", "2026-12-01");
		expect(result.ok && result.text).toBe(note("- Trip", "\t- LATER Ask [[Marco]] about the trip", "\t  SCHEDULED: <2026-12-01 Tue .+1w>"));
	});

	it("adds a SCHEDULED line under a task that has no day, indented as the task's text", () => {
		const text = note("- TODO Call [[Anna Rossi]]", "- TODO Call [[Ugo Pini]]");
		const result = snooze(text, 0, "Call [[Anna Rossi]]", "2026-11-27");
		expect(result.ok && result.text).toBe(note("- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-11-27 Fri>", "- TODO Call [[Ugo Pini]]"));
	});

	it("does not take the next block's SCHEDULED line for the task's", () => {
		const text = note("- TODO Call [[Anna Rossi]]", "- Coffee", "  SCHEDULED: <2026-11-20 Fri>");
		const result = snooze(text, 0, "Call [[Anna Rossi]]", "2026-11-27");
		expect(result.ok && result.text).toBe(note("- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-11-27 Fri>", "- Coffee", "  SCHEDULED: <2026-11-20 Fri>"));
	});

	it("still snoozes a Markdown task on its own line", () => {
		const result = snooze("- [ ] Call [[Anna]] 📅 2026-11-20\n", 0, "Call [[Anna]]", "2026-11-27");
		expect(result.ok && result.text).toBe("- [ ] Call [[Anna]] 📅 2026-11-27\n");
	});
});
