import { describe, expect, it } from "vitest";
import { type CalendarPlan, planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";

/*
 * Guests' names (CN) with writing-direction marks and zero-width characters around them, as a name copied from a
 * right-to-left chat or a directory that wraps names in isolates carries them: the marks are invisible, so a note
 * named with them looks right and is another person's name to every search.
 */
const window = importWindow("2026-11-30", "2026-11-01", 0);

function plan(...attendees: string[]): CalendarPlan {
	const text = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "BEGIN:VEVENT", "UID:tea@example.com", "DTSTAMP:20261101T000000Z", "SUMMARY:Tea", "DTSTART:20261104T150000Z", ...attendees, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
	const read = readCalendar(text, { from: window.from, to: window.to, zone: "UTC", myEmails: [] });
	if (!read) throw new Error("not read");
	return planCalendarImport(read, [], [], { window, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set() });
}

describe("a guest whose name has invisible marks at its start or end", () => {
	const tea = plan(
		"ATTENDEE;CN=\u200FHana Kareem\u200E;PARTSTAT=ACCEPTED:mailto:hana.k@example.com",
		"ATTENDEE;CN=\u2067Omar Saleh\u2069;PARTSTAT=ACCEPTED:mailto:omar.s@example.com",
		"ATTENDEE;CN=\u202BLina Haddad\u202C:mailto:lina@example.com",
		"ATTENDEE;CN=\u061CSami Nasser:mailto:sami@example.com",
		'ATTENDEE;CN="\uFEFFZoe Park\u200B ":mailto:zoe@example.com',
	);

	it("gets a note named by the name alone, with no `name:` of marks beside its file name", () => {
		expect(tea.people.map((p) => [p.name, p.note.path, p.note.fields.map(([key]) => key)])).toEqual([
			["Hana Kareem", "People/Hana Kareem.md", ["type", "email"]],
			["Omar Saleh", "People/Omar Saleh.md", ["type", "email"]],
			["Lina Haddad", "People/Lina Haddad.md", ["type", "email"]],
			["Sami Nasser", "People/Sami Nasser.md", ["type", "email"]],
			["Zoe Park", "People/Zoe Park.md", ["type", "email"]],
		]);
	});

	it("keeps a mark inside the name, where it is part of its spelling (a Persian name's zero-width non-joiner)", () => {
		expect(plan("ATTENDEE;CN=\u200FMehdi Mohammad\u200Cpour:mailto:mehdi@example.com").people.map((p) => p.name)).toEqual(["Mehdi Mohammad\u200Cpour"]);
	});
});

describe("a guest whose name is marks only and who has no address", () => {
	const tea = plan("ATTENDEE;CN=\u200F\u200B\u2066\u2069:urn:uuid:6f1c2e7a-0000-4000-8000-000000000001");

	it("gets no note, and the meeting with no one else is skipped as such", () => {
		expect(tea.people).toEqual([]);
		expect(tea.skipped.map((s) => s.reason)).toEqual(["no-other-attendee"]);
	});
});
