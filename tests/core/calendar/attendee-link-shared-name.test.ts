import { describe, expect, it } from "vitest";
import { planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";
import type { ExistingPerson } from "../../../src/core/contacts/plan";
import { buildVault } from "../../builders";

const WINDOW = importWindow("2026-11-30", "2026-11-01", 0);
const ICS = [
	"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
	"BEGIN:VEVENT", "UID:lunch-1", "DTSTART:20261120T120000Z", "SUMMARY:Lunch",
	"ATTENDEE;CN=Paris Hilton:mailto:paris@lumen.example", "ATTENDEE;CN=Milano:mailto:milano@lumen.example",
	"END:VEVENT", "END:VCALENDAR", "",
].join("\r\n");

/**
 * A vault with a note of a trip (`Trips/Milano.md`, no person) and a person of the same file name in
 * a longer folder path, and a trip note named as the attendee to create (`Trips/Paris Hilton.md`).
 */
const OTHERS = { "Trips/Milano.md": "# Milano\n", "Trips/Paris Hilton.md": "# Paris Hilton (the hotel)\n" };
const PEOPLE: ExistingPerson[] = [{ path: "People/Contacts/Milano.md", frontmatter: { type: "person", email: "milano@lumen.example" } }];

/*
 * Obsidian opens `[[Milano]]` on the shortest path of that name (`Trips/Milano.md`), so a meeting note
 * that links its attendee so names a trip, and the person's last contact is never counted.
 */
describe("an attendee whose note's name another note of the vault has", () => {
	it("is linked by the path of the person's note, so the meeting names that person and no other note", () => {
		const read = readCalendar(ICS, { from: WINDOW.from, to: WINDOW.to, zone: "UTC", myEmails: [] });
		if (!read) throw new Error("unread");
		const taken = new Set([...Object.keys(OTHERS), ...PEOPLE.map((p) => p.path)]);
		const plan = planCalendarImport(read, PEOPLE, [], { window: WINDOW, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: taken });
		const meeting = plan.creates[0];
		const newPerson = plan.people[0]?.note;
		if (!meeting || !newPerson) throw new Error("nothing planned");
		expect(meeting.attendees).toEqual(["[[People/Paris Hilton]]", "[[People/Contacts/Milano]]"]);
		const vault = buildVault({ ...OTHERS, "People/Contacts/Milano.md": "---\ntype: person\n---\n", [newPerson.path]: "---\ntype: person\n---\n", [meeting.path]: meeting.text });
		expect(vault.index.attendeesOf(meeting.path)).toEqual(["People/Paris Hilton.md", "People/Contacts/Milano.md"]);
	});
});
