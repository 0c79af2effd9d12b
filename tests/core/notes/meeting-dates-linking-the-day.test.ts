import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * Templates that link a meeting's `date` to its daily note write the time after the link
 * (`date: "[[2026-11-20]] 10:00"`), or the link with its own text (`[[2026-11-20|Nov 20]]`).
 */
describe("a meeting whose date links its daily note", () => {
	const people = { "People/Anna Rossi.md": person() };

	it.each([
		["[[2026-11-20]] 10:00", "10:00"],
		["[[2026-11-20]], 09:30", "09:30"],
		["[[2026-11-20|Nov 20]] 2:30 PM", "14:30"],
		// Daily notes named day first (`DD/MM/YYYY`, Italian vaults) or month first (US `MM/DD/YYYY`).
		["[[20/11/2026]] 10:00", "10:00"],
		["[[11/20/2026]] 2:30 PM", "14:30"],
	])("reads day 2026-11-20 and its time from date: %s, and reports no bad date", (date, time) => {
		const v = buildVault({ ...people, "Meetings/Sync.md": md({ type: "meeting", date, attendees: ["[[Anna Rossi]]"] }) });
		expect(v.index.note("Meetings/Sync.md")).toMatchObject({ date: "2026-11-20", time });
		expect(v.index.lastInteraction("People/Anna Rossi.md")).toMatchObject({ day: "2026-11-20", kind: "meeting" });
		expect(v.index.problems()).toEqual([]);
	});

	it("reads the day of a link with its own text, and of a link left unquoted (a list in YAML)", () => {
		const v = buildVault({
			...people,
			"Meetings/Aliased.md": md({ type: "meeting", date: "[[2026-11-20|Nov 20]]" }),
			"Meetings/Unquoted.md": "---\ntype: meeting\ndate: [[2026-11-21]]\n---\n",
		});
		expect(v.index.note("Meetings/Aliased.md")?.date).toBe("2026-11-20");
		expect(v.index.note("Meetings/Unquoted.md")?.date).toBe("2026-11-21");
		expect(v.index.problems()).toEqual([]);
	});

	it("makes a meeting of an untyped note with people and a linked day and time, as it does with a plain day", () => {
		const v = buildVault({ ...people, "Notes/Coffee.md": md({ date: "[[2026-11-20]] 10:00", attendees: ["[[Anna Rossi]]"] }) });
		expect(v.index.note("Notes/Coffee.md")).toMatchObject({ kind: "meeting", date: "2026-11-20", time: "10:00" });
	});

	it("reads the day and time of a body label that links the daily note: **Date:** [[2026-11-20]] 10:00", () => {
		const v = buildVault({ ...people, "Meetings/Review.md": md({ type: "meeting" }, "**Date:** [[2026-11-20]] 10:00", "**Attendees:** [[Anna Rossi]]") });
		expect(v.index.note("Meetings/Review.md")).toMatchObject({ date: "2026-11-20", time: "10:00" });
	});

	it("reads the day of a body label linking a daily note named day first: **Data:** [[20/11/2026]] 10:00", () => {
		const v = buildVault({ ...people, "Riunioni/Revisione.md": md({ type: "meeting" }, "**Data:** [[20/11/2026]] 10:00", "**Partecipanti:** [[Anna Rossi]]") });
		expect(v.index.note("Riunioni/Revisione.md")).toMatchObject({ date: "2026-11-20", time: "10:00" });
	});

	it("reads an Italian data: that links a day written day first, with its time: [[05/12/2026]] 10:00 is 5 December", () => {
		const v = buildVault({ ...people, "Riunioni/Pranzo.md": md({ type: "meeting", data: "[[05/12/2026]] 10:00", partecipanti: ["[[Anna Rossi]]"] }) });
		expect(v.index.note("Riunioni/Pranzo.md")).toMatchObject({ date: "2026-12-05", time: "10:00" });
		expect(v.index.problems()).toEqual([]);
	});

	it("reports a linked day that reads either way, with a time after it ([[05/12/2026]] 10:00)", () => {
		const v = buildVault({ ...people, "Meetings/Either.md": md({ type: "meeting", date: "[[05/12/2026]] 10:00" }) });
		expect(v.index.note("Meetings/Either.md")?.date).toBeNull();
		expect(v.index.problems().map((p) => p.code)).toContain("bad-date");
	});

	it("still reports a link to a note that is no day, with a time after it", () => {
		const v = buildVault({ ...people, "Meetings/Odd.md": md({ type: "meeting", date: "[[Sprint 4]] 10:00" }) });
		expect(v.index.problems().map((p) => p.code)).toContain("bad-date");
	});
});
