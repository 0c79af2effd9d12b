import { describe, expect, it } from "vitest";
import { syncLiveCalendar } from "../../../src/core/calendar/live";
import { planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";
import { buildVault, person } from "../../builders";

/**
 * A calendar the user imported once and also keeps as a live calendar: an event that already has
 * its note (the import's) must count once, whatever its title made of the note's name.
 */

const LONG = `Quarterly planning with the whole partnership team ${"and everyone else who joins ".repeat(8)}`.trim();

function event(uid: string, day: string, summary: string | null): string {
	return ["BEGIN:VEVENT", `UID:${uid}`, `DTSTART:${day}T090000Z`, `DTEND:${day}T100000Z`, ...(summary === null ? [] : [`SUMMARY:${summary}`]), "ORGANIZER;CN=Giulia:mailto:giulia@example.com", "ATTENDEE;CN=Marco Verdi:mailto:marco@verdi.example", "END:VEVENT"].join("\r\n");
}

const ICS = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", event("a", "20261009", null), event("b", "20261012", LONG), event("c", "20261014", "Q3: plan/review?"), "END:VCALENDAR", ""].join("\r\n");

describe("a live calendar whose events were also imported as notes", () => {
	it("counts each imported event once: no title, a title too long for a file name, a title with characters no file name has", () => {
		const vault = buildVault({ "People/Marco Verdi.md": person({ email: "marco@verdi.example" }) });
		const read = readCalendar(ICS, { from: "2026-10-01", to: "2026-10-31", myEmails: ["giulia@example.com"] });
		if (!read) throw new Error("not read");
		const plan = planCalendarImport(read, [{ path: "People/Marco Verdi.md", frontmatter: { email: "marco@verdi.example" } }], [], {
			window: importWindow("2026-10-31", "2026-10-01"),
			meetingsFolder: "Meetings",
			peopleFolder: "People",
			attendeeField: "attendees",
			template: null,
			takenPaths: new Set(),
		});
		expect(plan.creates).toHaveLength(3);
		for (const create of plan.creates) vault.write(create.path, create.text);
		expect(vault.index.interactions("People/Marco Verdi.md")).toHaveLength(3);

		expect(syncLiveCalendar(vault.index, "Calendars/work.ics", { text: ICS }, { today: "2026-10-31", myEmails: ["giulia@example.com"] })).toBe(0);
		expect(vault.index.interactions("People/Marco Verdi.md").map((i) => i.source).sort()).toEqual(plan.creates.map((c) => c.path).sort());
	});
});
