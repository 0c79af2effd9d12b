import { describe, expect, it } from "vitest";
import { completeTaskBlock } from "../../../src/core/edits/task-edits";

/**
 * A Logseq task in progress (`NOW`, `DOING`) has a running clock in its logbook, `CLOCK: [2026-11-30
 * Mon 09:00:00]`, that Logseq's time tracking started. Marked done, Logseq stops it (clock-out in
 * frontend/util/file_based/clock.cljs): `CLOCK: [start]--[end] =>  01:15:23`. Left running, Logseq's
 * summary of the block's time counts the open line as no time at all, and the next NOW starts a
 * second clock beside it. 2026-11-30 is a Monday; made-up people.
 */

const TODAY = "2026-11-30";
const done = (time: string, ...block: string[]) => completeTaskBlock(block, TODAY, time)?.lines;

describe("a Logseq task with a running clock, marked done", () => {
	it("stops the clock at the time it is done, with how long it ran, as Logseq writes it", () => {
		expect(done("10:15:23", "- NOW Draft the intro for [[Ugo Pini]]", "  :LOGBOOK:", "  CLOCK: [2026-11-30 Mon 09:00:00]", "  :END:", "  Notes")).toEqual([
			"- DONE Draft the intro for [[Ugo Pini]]",
			"  :LOGBOOK:",
			"  CLOCK: [2026-11-30 Mon 09:00:00]--[2026-11-30 Mon 10:15:23] =>  01:15:23",
			"  :END:",
			"  Notes",
		]);
	});

	it("stops it across midnight, and before the completion a repeating task logs", () => {
		expect(done("00:10:05", "\t- DOING Call [[Anna Rossi]]", "\t  SCHEDULED: <2026-11-29 Sun .+1w>", "\t  :LOGBOOK:", "\t  CLOCK: [2026-11-29 Sun 23:30:00]", "\t  :END:")).toEqual([
			"\t- TODO Call [[Anna Rossi]]",
			"\t  SCHEDULED: <2026-12-07 Mon .+1w>",
			"\t  :LOGBOOK:",
			"\t  CLOCK: [2026-11-29 Sun 23:30:00]--[2026-11-30 Mon 00:10:05] =>  00:40:05",
			'\t  * State "DONE" from "DOING" [2026-11-30 Mon 00:10]',
			"\t  :END:",
		]);
	});

	it("leaves a stopped clock, a clock that is not the logbook's last line, and one in the future alone", () => {
		const stopped = ["- DOING Review", "  :LOGBOOK:", "  CLOCK: [2026-11-30 Mon 09:00:00]--[2026-11-30 Mon 09:10:00] =>  00:10:00", "  :END:"];
		expect(done("10:15:23", ...stopped)?.slice(1)).toEqual(stopped.slice(1));
		const notLast = ["- DOING Review", "  :LOGBOOK:", "  CLOCK: [2026-11-30 Mon 09:00:00]", '  * State "DONE" from "TODO" [2026-11-23 Mon 10:00]', "  :END:"];
		expect(done("10:15:23", ...notLast)?.slice(1)).toEqual(notLast.slice(1));
		const ahead = ["- DOING Review", "  :LOGBOOK:", "  CLOCK: [2026-11-30 Mon 11:00:00]", "  :END:"];
		expect(done("10:15:23", ...ahead)?.slice(1)).toEqual(ahead.slice(1));
	});
});
