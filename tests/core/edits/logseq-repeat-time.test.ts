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
