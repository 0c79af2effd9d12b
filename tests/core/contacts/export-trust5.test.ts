import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarFor } from "../../../src/core/contacts/export";
import { translator } from "../../../src/i18n";
import { buildVault, meeting, person } from "../../builders";

/** The events of an exported calendar as ical.js (what calendar apps use) reads them. */
function eventsOf(ics: string): { uid: string; day: string; summary: string; description: string }[] {
	return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent").map((e) => ({
		uid: String(e.getFirstPropertyValue("uid")),
		day: String(e.getFirstPropertyValue("dtstart")),
		summary: String(e.getFirstPropertyValue("summary")),
		description: String(e.getFirstPropertyValue("description") ?? ""),
	}));
}

const vault = (): ReturnType<typeof buildVault> =>
	buildVault({
		"People/Anna Rossi.md": person({}),
		// A meeting note where the same follow-up is due twice, as people write a reminder and its second try.
		"Meetings/2026-11-20 Coffee.md": meeting("2026-11-20", ["[[Anna Rossi]]"], "## Follow-ups", "- [ ] Call back [[Anna Rossi]] 📅 2026-12-01", "- [ ] Call back [[Anna Rossi]] 📅 2026-12-08"),
	});

describe("exported follow-ups, as a calendar app reads them", () => {
	it("two follow-ups with the same text in one note are two events with two UIDs, so a calendar keeps both", () => {
		const t = translator("en");
		const events = eventsOf(calendarFor(vault().index, (p) => p.slice(7, -3), "2026-11-27", (path, line) => t("export.followUpLine", { path, line })) ?? "");
		expect(events.map((e) => e.day)).toEqual(["2026-12-01", "2026-12-08"]);
		expect(new Set(events.map((e) => e.uid)).size).toBe(2);
	});

	it("the first of them keeps the UID it always had, so calendars that imported it before update it", () => {
		const v = vault();
		const lineOf = (path: string, line: number): string => `${path}:${line}`;
		const before = eventsOf(calendarFor(v.index, (p) => p, "2026-11-27", lineOf) ?? "");
		v.write("Meetings/2026-11-20 Coffee.md", meeting("2026-11-20", ["[[Anna Rossi]]"], "## Follow-ups", "- [ ] Call back [[Anna Rossi]] 📅 2026-12-03"));
		const after = eventsOf(calendarFor(v.index, (p) => p, "2026-11-28", lineOf) ?? "");
		expect(after.map((e) => e.uid)).toEqual([before[0]?.uid]);
	});

	it("an Italian user reads where the follow-up comes from in Italian in the event's description", () => {
		const t = translator("it");
		const events = eventsOf(calendarFor(vault().index, (p) => p, "2026-11-27", (path, line) => t("export.followUpLine", { path, line })) ?? "");
		expect(events[0]?.description).toBe("Meetings/2026-11-20 Coffee.md, riga 7");
	});
});
