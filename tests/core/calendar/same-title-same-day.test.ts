import { describe, expect, it } from "vitest";
import { planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";

const WINDOW = importWindow("2026-11-20", "2026-08-22", 0);
const event = (uid: string, start: string, end: string, title: string, guest: string) =>
	["BEGIN:VEVENT", `UID:${uid}`, `DTSTART;TZID=Europe/Rome:${start}`, `DTEND;TZID=Europe/Rome:${end}`, `SUMMARY:${title}`, "ORGANIZER;CN=Giulia Bianchi:mailto:giulia.bianchi@example.com", `ATTENDEE;CN=${guest};PARTSTAT=ACCEPTED:mailto:${guest.toLowerCase().replace(" ", ".")}@example.org`, "ATTENDEE;CN=Giulia Bianchi;PARTSTAT=ACCEPTED:mailto:giulia.bianchi@example.com", "END:VEVENT"];
const ICS = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", ...event("a1@google.com", "20261118T090000", "20261118T100000", "Interview", "Luca Neri"), ...event("a2@google.com", "20261118T140000", "20261118T150000", "Interview", "Sara Conti"), ...event("a3@google.com", "20261118T170000", "20261118T180000", "Interview", "Pietro Galli"), "END:VCALENDAR", ""].join("\r\n");

describe("calendar import beside the user's own meeting note of that day and title", () => {
	it("skips one event as already noted and gives the other interviews of the day their own notes (all three were skipped)", () => {
		const read = readCalendar(ICS, { from: WINDOW.from, to: WINDOW.to, zone: "Europe/Rome", myEmails: ["giulia.bianchi@example.com"] });
		if (!read) throw new Error("unread");
		const p = planCalendarImport(read, [], [], { window: WINDOW, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set(["Meetings/2026-11-18 Interview.md"]) });
		expect(p.skipped.map((s) => [s.title, s.reason])).toEqual([["Interview", "already-noted"]]);
		expect(p.creates.map((c) => c.path)).toEqual(["Meetings/2026-11-18 Interview 2.md", "Meetings/2026-11-18 Interview 3.md"]);
	});
});
