import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFor } from "../../../src/core/contacts/export";
import { buildVault, person } from "../../builders";

/** The first day on or after `from` that the exported birthday falls on, as a calendar app expands it. */
function nextOccurrence(birthday: string, from: string): string | null {
	const v = buildVault({ "People/Anna.md": person({ birthday }) });
	const ics = calendarFor(v.index, () => "Anna", "2026-11-27", () => "") ?? "";
	const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent("vevent");
	if (!vevent) return null;
	const it = new ICAL.Event(vevent).iterator();
	for (let next = it.next(); next; next = it.next()) {
		const day = next.toString().slice(0, 10);
		if (day >= from) return day;
	}
	return null;
}

describe("a birthday exported to a calendar", () => {
	it("repeats from the birth day when its year is one", () => {
		expect(nextOccurrence("1990-12-02", "2026-11-27")).toBe("2026-12-02");
		expect(nextOccurrence("2026-03-02", "2026-01-01")).toBe("2026-03-02");
	});

	it("is in this year's calendar when its year is after it (a typo) or a placeholder", () => {
		// 2030 for 2003: the series started in 2030 and showed nothing for four years. Apple writes 1604 for no year.
		for (const birthday of ["2030-12-02", "2027-12-02", "1604-12-02", "0001-12-02"]) expect(nextOccurrence(birthday, "2026-11-27"), birthday).toBe("2026-12-02");
	});
});

describe("a follow-up exported for the last day there is", () => {
	it("is an event of that day, as calendar apps read it: its end was the day '100000101'", () => {
		const v = buildVault({ "People/Anna.md": person({}, "- [ ] Someday call Anna 📅 9999-12-31", "- [ ] Call Anna 📅 2026-12-01") });
		const ics = calendarFor(v.index, () => "Anna", "2026-11-27", () => "") ?? "";
		expect(ics).not.toContain("100000101");
		const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
		expect(events.map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual([
			["2026-12-01", "2026-12-02"],
			["9999-12-31", "10000-01-01"],
		]);
	});
});
