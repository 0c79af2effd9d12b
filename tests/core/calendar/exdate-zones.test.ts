import { describe, expect, it } from "vitest";
import { planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";

/*
 * Feeds from web calendars and booking tools often leave out the VTIMEZONE (RFC 5545 asks for one): a series written
 * in its city's zone (`DTSTART;TZID=America/Chicago`) whose cancelled meetings (`EXDATE`) are written in UTC, or in
 * another zone. Rapport places such a series in the zone named, and took out none of those dates: every cancelled
 * meeting got a meeting note, and counted as a contact that never happened.
 */
function feed(...lines: string[]): string {
	return [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		"PRODID:-//Parish Office//Events Feed 2.0//EN",
		"BEGIN:VEVENT",
		"UID:study-group-15@parish.example",
		"DTSTAMP:20261101T000000Z",
		"SUMMARY:Study group",
		...lines,
		"ATTENDEE;CN=Marta Lee:mailto:marta.lee@example.com",
		"END:VEVENT",
		"END:VCALENDAR",
		"",
	].join("\r\n");
}

function meetingDays(text: string, zone: string): string[] {
	const read = readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone, myEmails: ["me@example.com"] });
	if (!read) throw new Error("not read");
	const plan = planCalendarImport(read, [], [], { window: importWindow("2026-11-30", "2026-11-01", 0), meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set() });
	return plan.creates.map((c) => c.path.slice("Meetings/".length, "Meetings/".length + 10));
}

describe("a weekly series in a named zone without VTIMEZONE, its cancelled meetings written in another zone", () => {
	it("leaves out a meeting cancelled by an EXDATE in UTC (Wednesday 19:00 in Chicago is Thursday 01:00 UTC)", () => {
		const text = feed("DTSTART;TZID=America/Chicago:20261104T190000", "DTEND;TZID=America/Chicago:20261104T210000", "RRULE:FREQ=WEEKLY;BYDAY=WE", "EXDATE:20261112T010000Z");
		expect(meetingDays(text, "America/Chicago")).toEqual(["2026-11-04", "2026-11-18", "2026-11-25"]);
	});

	it("leaves out a meeting cancelled by an EXDATE written in another zone (TZID=Europe/Rome)", () => {
		const text = feed("DTSTART;TZID=America/Chicago:20261104T190000", "RRULE:FREQ=WEEKLY;BYDAY=WE", "EXDATE;TZID=Europe/Rome:20261119T020000");
		expect(meetingDays(text, "Europe/Rome")).toEqual(["2026-11-05", "2026-11-12", "2026-11-26"]);
	});

	it("leaves out a meeting of a series in UTC cancelled by an EXDATE in its city's zone", () => {
		const text = feed("DTSTART:20261105T010000Z", "RRULE:FREQ=WEEKLY", "EXDATE;TZID=America/Chicago:20261118T190000");
		expect(meetingDays(text, "America/Chicago")).toEqual(["2026-11-04", "2026-11-11", "2026-11-25"]);
	});

	it("still leaves out an EXDATE written as the series writes its start", () => {
		const text = feed("DTSTART;TZID=America/Chicago:20261104T190000", "RRULE:FREQ=WEEKLY;BYDAY=WE", "EXDATE;TZID=America/Chicago:20261111T190000", "EXDATE:20261118T190000");
		expect(meetingDays(text, "America/Chicago")).toEqual(["2026-11-04", "2026-11-25"]);
	});
});
