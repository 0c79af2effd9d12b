import { describe, expect, it } from "vitest";
import { type CalendarPlan, planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { MAX_MEETINGS_PER_SERIES } from "../../../src/core/calendar/series-limits";
import { importWindow } from "../../../src/core/calendar/window";
import { cappedSeriesLines } from "../../../src/core/render/capped-series";
import { translator } from "../../../src/i18n";

/*
 * A daily standup imported over two years of days: more meetings than one import creates from a series
 * (`MAX_MEETINGS_PER_SERIES`), so its last months are left out. The organiser moved one of those late standups
 * (a RECURRENCE-ID exception, as Google and Outlook write a single meeting moved or renamed): that meeting is
 * a real one the user changed on purpose, as is one of next year's the organiser brought forward into these days.
 */
const text = [
	"BEGIN:VCALENDAR",
	"VERSION:2.0",
	"PRODID:-//Google Inc//Google Calendar 70.9054//EN",
	"BEGIN:VEVENT",
	"UID:standup@example.com",
	"DTSTAMP:20250101T000000Z",
	"SUMMARY:Standup",
	"DTSTART:20250101T090000Z",
	"DTEND:20250101T091500Z",
	"RRULE:FREQ=DAILY",
	"ATTENDEE;CN=Anna Rossi:mailto:anna.rossi@example.com",
	"END:VEVENT",
	"BEGIN:VEVENT",
	"UID:standup@example.com",
	"DTSTAMP:20260901T000000Z",
	"RECURRENCE-ID:20260910T090000Z",
	"SUMMARY:Standup with the auditors",
	"DTSTART:20260910T143000Z",
	"DTEND:20260910T150000Z",
	"ATTENDEE;CN=Anna Rossi:mailto:anna.rossi@example.com",
	"END:VEVENT",
	"BEGIN:VEVENT",
	"UID:standup@example.com",
	"DTSTAMP:20260901T000000Z",
	"RECURRENCE-ID:20261001T090000Z",
	"SUMMARY:Standup",
	"DTSTART:20270115T090000Z",
	"DTEND:20270115T091500Z",
	"ATTENDEE;CN=Anna Rossi:mailto:anna.rossi@example.com",
	"END:VEVENT",
	"BEGIN:VEVENT",
	"UID:standup@example.com",
	"DTSTAMP:20260901T000000Z",
	"RECURRENCE-ID:20270301T090000Z",
	"SUMMARY:Standup brought forward",
	"DTSTART:20261120T160000Z",
	"DTEND:20261120T161500Z",
	"ATTENDEE;CN=Anna Rossi:mailto:anna.rossi@example.com",
	"END:VEVENT",
	"END:VCALENDAR",
	"",
].join("\r\n");

function plan(from: string, to: string): CalendarPlan {
	const read = readCalendar(text, { from, to, zone: "UTC", myEmails: ["me@example.com"] });
	if (!read) throw new Error("not read");
	return planCalendarImport(read, [], [], { window: importWindow(to, from, 0), meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set() });
}

describe("a meeting moved alone, in a series past the meetings one import creates", () => {
	const years = plan("2025-01-01", "2026-11-30");

	it("gets its note, on the day and with the title it was moved to, besides the series' first meetings", () => {
		expect(years.creates.filter((c) => c.title === "Standup")).toHaveLength(MAX_MEETINGS_PER_SERIES);
		expect(years.creates.filter((c) => c.title !== "Standup").map((c) => [c.path, c.time])).toEqual([
			["Meetings/2026-09-10 Standup with the auditors.md", "14:30"],
			["Meetings/2026-11-20 Standup brought forward.md", "16:00"],
		]);
	});

	it("is not counted as left out, nor is a meeting moved out of the days imported", () => {
		// 699 days from 2025-01-01 to 2026-11-30: 500 imported, the two moved ones kept, the one moved to next year in neither.
		expect(years.capped).toEqual([{ uid: "standup@example.com", title: "Standup", kept: 502, leftOut: 197, atLeast: false }]);
		expect(cappedSeriesLines(years.capped, translator("en"))).toEqual(["Standup: 502 meetings imported, 197 more in these days left out (at most 500 per recurring event)"]);
	});
});
