import { describe, expect, it } from "vitest";
import { setFrontmatterEntries } from "../../../src/core/calendar/frontmatter-set";
import { planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";

/*
 * A meeting note or a meeting template whose first line `---` is a horizontal rule (prose under it, no `---` line
 * closing it): Obsidian reads no properties there, so the meeting's go in a block above the rule.
 */
describe("setting a meeting's properties in a note that starts with a horizontal rule", () => {
	it("puts them in a block above the rule, the rest of the note as it was", () => {
		const note = "---\r\nCall notes from the phone, typed up later.\r\n";
		expect(setFrontmatterEntries(note, [["date", { plain: "2026-11-04T15:00" }]])).toBe(`---\r\ndate: 2026-11-04T15:00\r\n---\r\n${note}`);
	});

	it("leaves a note whose first line `---` has `key:` lines under it and nothing closing them as it is", () => {
		const note = "---\ndate: 2026-11-01\n# Call\n";
		expect(setFrontmatterEntries(note, [["date", { plain: "2026-11-04T15:00" }]])).toBe(note);
	});
});

describe("a calendar import with a meeting template that starts with a horizontal rule", () => {
	const text = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "BEGIN:VEVENT", "UID:tea@example.com", "DTSTAMP:20261101T000000Z", "SUMMARY:Tea", "DTSTART:20261104T150000Z", "ATTENDEE;CN=Anna Rossi:mailto:anna@example.com", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
	const window = importWindow("2026-11-30", "2026-11-01", 0);
	const read = readCalendar(text, { from: window.from, to: window.to, zone: "UTC", myEmails: [] });
	const plan = read ? planCalendarImport(read, [], [], { window, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: "---\n\n## Agenda\n\n## Notes\n", takenPaths: new Set() }) : null;

	it("makes the meeting's properties a block above the template's rule", () => {
		expect(plan?.creates[0]?.text).toBe('---\ntype: meeting\ndate: 2026-11-04T15:00\nattendees:\n  - "[[Anna Rossi]]"\ncalendar_uid: tea@example.com\n---\n---\n\n## Agenda\n\n## Notes\n');
	});
});
