import { describe, expect, it } from "vitest";
import { planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";

/*
 * A title and guests' names with line breaks in them: `\n` escaped in SUMMARY (a description pasted into the title),
 * in a quoted CN, and RFC 6868's `^n` in a CN (as calendar servers that follow it write a break in a parameter).
 */
const text = [
	"BEGIN:VCALENDAR",
	"VERSION:2.0",
	"PRODID:-//Example Corp//Calendar Server//EN",
	"BEGIN:VEVENT",
	"UID:budget@example.com",
	"DTSTAMP:20261101T000000Z",
	"SUMMARY:Budget review\\nRoom 4",
	"DTSTART:20261102T090000Z",
	'ATTENDEE;CN="Anna\\nRossi":mailto:anna@example.com',
	"ATTENDEE;CN=Marco^nVerdi:mailto:marco@example.com",
	"END:VEVENT",
	"BEGIN:VEVENT",
	"UID:broken@example.com",
	"DTSTAMP:20261101T000000Z",
	"SUMMARY:Offsite\\nday two",
	"DTSTART:20261103T090000Z",
	"RRULE:FREQ=DAILY;BYSECOND=" + Array.from({ length: 60 }, (_, i) => i).join(",") + ";BYMINUTE=" + Array.from({ length: 60 }, (_, i) => i).join(","),
	"END:VEVENT",
	"END:VCALENDAR",
	"",
].join("\r\n");

const window = importWindow("2026-11-30", "2026-11-01", 0);
const read = readCalendar(text, { from: window.from, to: window.to, zone: "UTC", myEmails: [] });
const plan = read ? planCalendarImport(read, [], [], { window, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set() }) : null;

describe("names and titles with line breaks in a calendar", () => {
	it("name the meeting note on one line", () => {
		expect(plan?.creates.map((c) => [c.path, c.title])).toEqual([["Meetings/2026-11-02 Budget review Room 4.md", "Budget review Room 4"]]);
	});

	it("name each new person on one line, in the preview and in her note's file name", () => {
		expect(plan?.people.map((p) => [p.name, p.note.path])).toEqual([
			["Anna Rossi", "People/Anna Rossi.md"],
			["Marco Verdi", "People/Marco Verdi.md"],
		]);
	});

	it("list an event that could not be read on one line", () => {
		expect(plan?.unreadable).toEqual(["Offsite day two"]);
	});
});

describe("an event that could not be read whose title holds a backslash before an n", () => {
	// `\\nas\share`, a Windows share, escaped as RFC 5545 asks (`\\` for each backslash), in an event whose rule no one knows.
	const broken = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example Corp//Calendar Server//EN", "BEGIN:VEVENT", "UID:backup@example.com", "DTSTAMP:20261101T000000Z", "SUMMARY:Copy files to \\\\\\\\nas\\\\share\\, then check", "DTSTART:20261103T090000Z", "RRULE:FREQ=FORTNIGHTLY", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
	const unread = readCalendar(broken, { from: window.from, to: window.to, zone: "UTC", myEmails: [] });

	it("is listed with its title as written, the backslashes kept and no line break made of them", () => {
		expect(unread?.unparsed?.map((u) => u.title)).toEqual(["Copy files to \\\\nas\\share, then check"]);
	});
});

describe("a guest whose name (CN) is an invisible mark only, as a name pasted from a right-to-left chat leaves it", () => {
	const invite = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "BEGIN:VEVENT", "UID:tea@example.com", "DTSTAMP:20261101T000000Z", "SUMMARY:Tea", "DTSTART:20261104T150000Z", "ATTENDEE;CN=\u200F;PARTSTAT=ACCEPTED:mailto:hana.k@example.com", "ATTENDEE;CN=\u00AD;PARTSTAT=ACCEPTED:mailto:omar.s@example.com", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
	const tea = readCalendar(invite, { from: window.from, to: window.to, zone: "UTC", myEmails: [] });
	const teaPlan = tea ? planCalendarImport(tea, [], [], { window, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set() }) : null;

	it("is named by her address, as a guest without a name is, and her note gets no invisible name", () => {
		expect(teaPlan?.people.map((p) => [p.name, p.note.path, p.note.fields.some(([key]) => key === "name")])).toEqual([
			["Hana K", "People/Hana K.md", false],
			["Omar S", "People/Omar S.md", false],
		]);
	});
});
