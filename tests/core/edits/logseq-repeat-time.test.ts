import { describe, expect, it } from "vitest";
import { completeTaskBlock } from "../../../src/core/edits/task-edits";

/**
 * A repeating Logseq stamp with a time of day (`<2026-11-30 Mon 18:00 ++1d>`) is moved on as Logseq
 * moves it (frontend/handler/repeated.cljs): `++` to the first step after now, `.+` not at all while
 * it is still ahead of now, both to the minute, not to the day. 2026-11-30 is a Monday; made-up people.
 */

const TODAY = "2026-11-30";
const dayLine = (stamp: string, time = "10:15") => completeTaskBlock(["- TODO Walk with [[Ugo Pini]]", `  SCHEDULED: <${stamp}>`], TODAY, time)?.lines[1];

describe("a repeating Logseq stamp with a time of day, done in the morning", () => {
	it("++ moves to this evening's time when yesterday's was done, not to tomorrow's", () => {
		expect(dayLine("2026-11-29 Sun 18:00 ++1d")).toBe("  SCHEDULED: <2026-11-30 Mon 18:00 ++1d>");
		expect(dayLine("2026-10-30 Fri 18:00 ++1m")).toBe("  SCHEDULED: <2026-11-30 Mon 18:00 ++1m>");
		expect(dayLine("2026-11-16 Mon 18:00 ++1w")).toBe("  SCHEDULED: <2026-11-30 Mon 18:00 ++1w>");
	});

	it(".+ stays on this evening's time, still ahead", () => {
		expect(dayLine("2026-11-30 Mon 18:00 .+1d")).toBe("  SCHEDULED: <2026-11-30 Mon 18:00 .+1d>");
	});

	it("moves past a time already gone today, and past today for a stamp without a time, as before", () => {
		expect(dayLine("2026-11-29 Sun 09:00 ++1d")).toBe("  SCHEDULED: <2026-12-01 Tue 09:00 ++1d>");
		expect(dayLine("2026-11-30 Mon 10:15 ++1d")).toBe("  SCHEDULED: <2026-12-01 Tue 10:15 ++1d>");
		expect(dayLine("2026-11-30 Mon 09:00 .+1d")).toBe("  SCHEDULED: <2026-12-01 Tue 09:00 .+1d>");
		expect(dayLine("2026-11-29 Sun ++1d")).toBe("  SCHEDULED: <2026-12-01 Tue ++1d>");
		expect(dayLine("2026-11-30 Mon .+1d")).toBe("  SCHEDULED: <2026-12-01 Tue .+1d>");
		expect(dayLine("2026-11-29 Sun 18:00 +1d")).toBe("  SCHEDULED: <2026-11-30 Mon 18:00 +1d>");
		expect(dayLine("2026-11-29 Sun 18:00-19:00 ++1d")).toBe("  SCHEDULED: <2026-11-30 Mon 18:00-19:00 ++1d>");
	});
});

describe("a Logseq stamp that repeats by hours, done at 10:15", () => {
	// Failed on the old code: the task was marked DONE, and its repetition ended, where Logseq keeps it open.
	it("stays open, its time moved as Logseq adds hours: + from its time, ++ until after now, .+ from now", () => {
		const result = completeTaskBlock(["- TODO Stretch", "  SCHEDULED: <2026-11-30 Mon 08:00 +4h>"], TODAY, "10:15");
		expect(result).toEqual({ lines: ["- TODO Stretch", "  SCHEDULED: <2026-11-30 Mon 12:00 +4h>", "  :LOGBOOK:", '  * State "DONE" from "TODO" [2026-11-30 Mon 10:15]', "  :END:"], next: { kind: "moved", day: TODAY } });
		expect(dayLine("2026-11-30 Mon 22:00 +4h")).toBe("  SCHEDULED: <2026-12-01 Tue 02:00 +4h>");
		expect(dayLine("2026-11-29 Sun 08:00 ++4h")).toBe("  SCHEDULED: <2026-11-30 Mon 12:00 ++4h>");
		expect(dayLine("2026-11-30 Mon 08:00 .+4h")).toBe("  SCHEDULED: <2026-11-30 Mon 14:15 .+4h>");
		expect(dayLine("2026-11-30 Mon 18:00 .+4h")).toBe("  SCHEDULED: <2026-11-30 Mon 18:00 .+4h>");
		expect(dayLine("2026-11-30 Mon 08:00-08:30 +12h")).toBe("  SCHEDULED: <2026-11-30 Mon 20:00-20:30 +12h>");
	});

	it("without a time, keeps none and moves its day only when the hours carry past midnight", () => {
		expect(dayLine("2026-11-29 Sun .+4h")).toBe("  SCHEDULED: <2026-11-30 Mon .+4h>");
		expect(dayLine("2026-11-29 Sun ++36h")).toBe("  SCHEDULED: <2026-11-30 Mon ++36h>");
		expect(dayLine("2026-11-30 Mon +36h")).toBe("  SCHEDULED: <2026-12-01 Tue +36h>");
	});
});
