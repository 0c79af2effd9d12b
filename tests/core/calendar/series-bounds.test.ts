import ICAL from "ical.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type CalendarPlan, planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { MAX_MEETINGS_PER_SERIES } from "../../../src/core/calendar/series-limits";
import { importWindow } from "../../../src/core/calendar/window";
import { cappedSeriesLines } from "../../../src/core/render/capped-series";
import { translator } from "../../../src/i18n";

/** One event of a calendar as Google or Outlook exports it, with the lines given. */
function calendar(...lines: string[]): string {
	return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "BEGIN:VEVENT", "UID:series@example.com", "DTSTAMP:20261101T000000Z", ...lines, "ATTENDEE;CN=Anna Rossi:mailto:anna.rossi@example.com", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
}

function plan(text: string, from: string, to: string): CalendarPlan {
	const read = readCalendar(text, { from, to, zone: "UTC", myEmails: ["me@example.com"] });
	if (!read) throw new Error("not read");
	return planCalendarImport(read, [], [], { window: importWindow(to, from, 0), meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set() });
}

describe("a recurring event that repeats every minute, with no end", () => {
	const pings = calendar("SUMMARY:Server ping", "DTSTART:20261101T000000Z", "RRULE:FREQ=MINUTELY");

	it("creates as many notes for one day as for a month: the series' first meetings, the rest counted", () => {
		const day = plan(pings, "2026-11-01", "2026-11-01");
		const month = plan(pings, "2026-11-01", "2026-11-30");
		expect(day.creates).toHaveLength(MAX_MEETINGS_PER_SERIES);
		expect(month.creates).toHaveLength(MAX_MEETINGS_PER_SERIES);
		// A day has 1,440 minutes: 500 imported, 940 left out; a month more than the walk counts.
		expect(day.capped).toEqual([{ uid: "series@example.com", title: "Server ping", kept: 500, leftOut: 940, atLeast: false }]);
		expect(month.capped[0]?.atLeast).toBe(true);
	});

	it("says in the preview how many meetings were left out, in English and Italian", () => {
		const day = plan(pings, "2026-11-01", "2026-11-01");
		expect(cappedSeriesLines(day.capped, translator("en"))).toEqual(["Server ping: 500 meetings imported, 940 more in these days left out (at most 500 per recurring event)"]);
		expect(cappedSeriesLines(day.capped, translator("it"))).toEqual(["Server ping: 500 incontri importati, altri 940 in questi giorni tralasciati (al massimo 500 per evento ricorrente)"]);
	});

	it("counts as imported only the meetings the plan keeps: none of a series the user declined", () => {
		const declined = calendar("SUMMARY:Server ping", "DTSTART:20261101T000000Z", "RRULE:FREQ=MINUTELY", "ATTENDEE;PARTSTAT=DECLINED:mailto:me@example.com");
		const day = plan(declined, "2026-11-01", "2026-11-01");
		expect(day.creates).toEqual([]);
		expect(day.skipped.filter((s) => s.reason === "declined")).toHaveLength(MAX_MEETINGS_PER_SERIES);
		expect(cappedSeriesLines(day.capped, translator("en"))).toEqual(["Server ping: 0 meetings imported, 940 more in these days left out (at most 500 per recurring event)"]);
		expect(cappedSeriesLines(day.capped, translator("it"))).toEqual(["Server ping: 0 incontri importati, altri 940 in questi giorni tralasciati (al massimo 500 per evento ricorrente)"]);
	});

	it("leaves a daily meeting of the days imported whole", () => {
		const standup = plan(calendar("SUMMARY:Standup", "DTSTART:20260801T090000Z", "RRULE:FREQ=DAILY"), "2026-08-01", "2026-11-30");
		expect(standup.creates).toHaveLength(122);
		expect(standup.capped).toEqual([]);
	});
});

/** `YYYYMMDD` of the `n`th day after 2013-01-01. */
const dayAfter = (n: number): string => new Date(Date.UTC(2013, 0, 1) + n * 86400000).toISOString().slice(0, 10).replaceAll("-", "");

/**
 * A daily meeting of years whose every day so far was taken out (`EXDATE`, as a calendar that keeps each cancelled
 * occurrence writes them) and moved to the afternoon (`RDATE`): `n` of each.
 */
function movedSeries(n: number): string {
	const excluded = Array.from({ length: n }, (_, i) => `EXDATE:${dayAfter(i)}T090000Z`);
	const moved = Array.from({ length: n }, (_, i) => `RDATE:${dayAfter(n + i)}T150000Z`);
	return calendar("SUMMARY:Standup", "DTSTART:20130101T090000Z", "RRULE:FREQ=DAILY", ...excluded, ...moved);
}

describe("a series with thousands of dates taken out and added", () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it("is read: its meetings of the days imported are planned, none listed as not read", () => {
		// Day 5,000 after 2013-01-01 is 2026-09-09: the morning meeting and the afternoon one from then on.
		const p = plan(movedSeries(5000), "2026-11-01", "2026-11-03");
		expect(p.unreadable).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual([
			"Meetings/2026-11-01 Standup.md",
			"Meetings/2026-11-01 Standup 2.md",
			"Meetings/2026-11-02 Standup.md",
			"Meetings/2026-11-02 Standup 2.md",
			"Meetings/2026-11-03 Standup.md",
			"Meetings/2026-11-03 Standup 2.md",
		]);
	});

	it("is read with work that grows with its dates, not with their square", () => {
		const compares = (n: number): number => {
			const spy = vi.spyOn(ICAL.Time.prototype, "compare");
			const read = readCalendar(movedSeries(n), { from: "2026-11-01", to: "2026-11-03", zone: "UTC", myEmails: [] });
			const count = spy.mock.calls.length;
			spy.mockRestore();
			expect(read?.unreadable).toEqual([]);
			expect(read?.occurrences.length).toBeGreaterThan(0);
			return count;
		};
		const small = compares(1000);
		const large = compares(4000);
		// Four times the dates, less than eight times the comparisons (sorting them is n log n).
		expect(large).toBeLessThan(8 * small);
	});
});

describe("a series that repeats every hour since long before the days imported", () => {
	// From 2024-01-01, an hourly check-in has more than 25,000 meetings before November 2026: more than the walk takes.
	const hourly = calendar("SUMMARY:Shift check-in", "DTSTART:20240101T000000Z", "RRULE:FREQ=HOURLY");

	it("is listed as not read, not skipped as outside the days imported by its first meeting of 2024", () => {
		const november = plan(hourly, "2026-11-01", "2026-11-02");
		expect(november.unreadable).toEqual(["Shift check-in"]);
		expect(november.skipped).toEqual([]);
	});

	it("is still skipped as outside the days imported when its rule ended before them", () => {
		const ended = plan(calendar("SUMMARY:Shift check-in", "DTSTART:20200101T000000Z", "RRULE:FREQ=HOURLY;UNTIL=20250101T000000Z"), "2026-11-01", "2026-11-02");
		expect(ended.unreadable).toEqual([]);
		expect(ended.skipped.map((s) => [s.day, s.reason])).toEqual([["2020-01-01", "outside-window"]]);
	});
});
