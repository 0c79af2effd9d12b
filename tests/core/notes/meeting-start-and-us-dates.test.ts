import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * A meeting's day as calendar imports and US templates write it (made-up people): `start: 2026-11-20T10:00` or
 * `when:` instead of `date`, and `date: 11/20/2026` as `{{date:MM/DD/YYYY}}` fills it.
 */
describe("a meeting dated by start, when, or month first with slashes", () => {
	const vault = (fm: Record<string, unknown>) => buildVault({ "People/Anna Rossi.md": person(), "Meetings/Kickoff.md": md({ type: "meeting", attendees: ["Anna Rossi"], ...fm }) });
	const when = (fm: Record<string, unknown>) => {
		const v = vault(fm);
		const note = v.index.note("Meetings/Kickoff.md");
		return { date: note?.date, time: note?.time, problems: v.index.problems().map((p) => p.code) };
	};

	it("reads the day and time of start, startDate and when", () => {
		expect(when({ start: "2026-11-20T10:00", end: "2026-11-20T11:00" })).toEqual({ date: "2026-11-20", time: "10:00", problems: [] });
		expect(when({ startDate: "2026-11-20" })).toMatchObject({ date: "2026-11-20", problems: [] });
		expect(when({ when: "[[2026-11-20]]" })).toMatchObject({ date: "2026-11-20", problems: [] });
	});

	it("keeps date before start, and reads a start that holds no day as nothing", () => {
		expect(when({ date: "2026-11-21", start: "2026-11-20" }).date).toBe("2026-11-21");
		expect(when({ start: "10:00", day: "Monday" })).toEqual({ date: null, time: null, problems: ["meeting-without-date"] });
	});

	it("reads a slashed date that only one reading makes a day, US month first too, with its time", () => {
		expect(when({ date: "11/20/2026" })).toMatchObject({ date: "2026-11-20", problems: [] });
		expect(when({ date: "11/20/2026 2:00 PM" })).toEqual({ date: "2026-11-20", time: "14:00", problems: [] });
		expect(when({ date: "20/11/2026" })).toMatchObject({ date: "2026-11-20", problems: [] });
	});

	it("still reports a slashed date that could be either day", () => {
		const read = when({ date: "05/12/2026" });
		expect(read.date).toBeNull();
		expect(read.problems).toContain("bad-date");
	});
});

describe("a US date after a Date label in the body", () => {
	it("dates the meeting by it", () => {
		const v = buildVault({ "Meetings/Kickoff.md": md({ type: "meeting" }, "**Date:** 11/20/2026", "**Attendees:** [[Anna Rossi]]") });
		expect(v.index.note("Meetings/Kickoff.md")?.date).toBe("2026-11-20");
	});
});
