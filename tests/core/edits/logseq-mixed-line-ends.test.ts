import { describe, expect, it } from "vitest";
import { completeTaskBlock, editTaskBlock, snoozeTaskBlock } from "../../../src/core/edits/task-edits";

/**
 * A Logseq block whose lines end in CRLF and LF mixed (a page edited on Windows and on a phone): each
 * rewrite of the block (done with a repeater, done with a running clock, snoozed) changes only the bytes
 * it means to change; a line it adds takes the break of the line above it. 2026-11-30 is a Monday.
 */

const TODAY = "2026-11-30";
const target = { line: 0, text: "Call [[Anna Rossi]]" };
const done = (note: string) => editTaskBlock(note, target, (block) => completeTaskBlock(block, TODAY, "10:15:00")?.lines ?? null);
const textOf = (r: ReturnType<typeof editTaskBlock>) => (r.ok ? r.text : null);

describe("a Logseq block of mixed line ends, rewritten", () => {
	// Failed on the old editTaskBlock: every break of the block became the task line's CRLF.
	it("done with a repeater: the moved day and the logbook entry change, every other break stays as written", () => {
		const note = "- TODO Call [[Anna Rossi]]\r\n  SCHEDULED: <2026-11-27 Fri .+1w>\n  :LOGBOOK:\r\n  CLOCK: [2026-11-23 Mon 09:00:00]--[2026-11-23 Mon 09:10:00] =>  00:10:00\n  :END:\r\n  notes\n- TODO Other\r\n";
		expect(textOf(done(note))).toBe(
			"- TODO Call [[Anna Rossi]]\r\n  SCHEDULED: <2026-12-07 Mon .+1w>\n  :LOGBOOK:\r\n  CLOCK: [2026-11-23 Mon 09:00:00]--[2026-11-23 Mon 09:10:00] =>  00:10:00\n" +
				'  * State "DONE" from "TODO" [2026-11-30 Mon 10:15]\n  :END:\r\n  notes\n- TODO Other\r\n',
		);
	});

	it("done with a repeater and no logbook: the new logbook's lines take the break of the day line above them", () => {
		const note = "- TODO Call [[Anna Rossi]]\r\n  SCHEDULED: <2026-11-27 Fri .+1w>\n  notes\r\n";
		expect(textOf(done(note))).toBe('- TODO Call [[Anna Rossi]]\r\n  SCHEDULED: <2026-12-07 Mon .+1w>\n  :LOGBOOK:\n  * State "DONE" from "TODO" [2026-11-30 Mon 10:15]\n  :END:\n  notes\r\n');
	});

	it("done with a running clock: the marker and the clock line change, the breaks do not", () => {
		const note = "- NOW Call [[Anna Rossi]]\n  :LOGBOOK:\r\n  CLOCK: [2026-11-30 Mon 09:00:00]\n  :END:\r\n- TODO Other\n";
		expect(textOf(editTaskBlock(note, target, (block) => completeTaskBlock(block, TODAY, "10:15:00")?.lines ?? null))).toBe(
			"- DONE Call [[Anna Rossi]]\n  :LOGBOOK:\r\n  CLOCK: [2026-11-30 Mon 09:00:00]--[2026-11-30 Mon 10:15:00] =>  01:15:00\n  :END:\r\n- TODO Other\n",
		);
	});

	it("snoozed: the new SCHEDULED line takes the task line's break, the block's other lines keep theirs", () => {
		const note = "- TODO Call [[Anna Rossi]]\n  id:: 6571c0de-0000-4000-8000-000000000001\r\n  notes\n";
		expect(textOf(editTaskBlock(note, target, (block) => snoozeTaskBlock(block, "2026-12-04")))).toBe(
			"- TODO Call [[Anna Rossi]]\n  SCHEDULED: <2026-12-04 Fri>\n  id:: 6571c0de-0000-4000-8000-000000000001\r\n  notes\n",
		);
		const dated = "- TODO Call [[Anna Rossi]]\n  DEADLINE: <2026-11-27 Fri>\r\n  notes\n";
		expect(textOf(editTaskBlock(dated, target, (block) => snoozeTaskBlock(block, "2026-12-04")))).toBe("- TODO Call [[Anna Rossi]]\n  DEADLINE: <2026-12-04 Fri>\r\n  notes\n");
	});

	it("at the end of a note without a last break: lines added after the last take the break above it, and none is added at the end", () => {
		const note = "- TODO Call [[Anna Rossi]]\r\n  SCHEDULED: <2026-11-27 Fri .+1w>";
		expect(textOf(done(note))).toBe('- TODO Call [[Anna Rossi]]\r\n  SCHEDULED: <2026-12-07 Mon .+1w>\r\n  :LOGBOOK:\r\n  * State "DONE" from "TODO" [2026-11-30 Mon 10:15]\r\n  :END:');
	});
});
