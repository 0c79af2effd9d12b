import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

const calendar = (...events: string[][]): string => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", ...events.flat(), "END:VCALENDAR", ""].join("\r\n");
const event = (summary: string, start: string, rule: string): string[] => ["BEGIN:VEVENT", `UID:${summary}`, `DTSTART:${start}T090000Z`, `RRULE:${rule}`, `SUMMARY:${summary}`, "ATTENDEE;CN=Anna Rossi:mailto:anna@lumen.example", "END:VEVENT"];
const read = (...events: string[][]) => readCalendar(calendar(...events), { from: "2026-03-01", to: "2026-04-30", zone: "Europe/Rome", myEmails: [] });

/*
 * ical.js keeps BYSETPOS only for the days of one month: elsewhere it gave every candidate of the rule,
 * and "the last of the 28th to 31st" made four meeting notes a month.
 */
describe("a recurring rule that picks its occurrences by position (BYSETPOS)", () => {
	it("lists the last of the 28th to 31st of each month as unreadable, not as four meetings a month", () => {
		const read1 = read(event("Month close", "20260331", "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"));
		expect(read1?.unreadable).toEqual(["Month close"]);
		expect(read1?.occurrences).toEqual([]);
	});

	it("lists the first and last weekday of each week as unreadable, not as every weekday", () => {
		expect(read(event("Week edges", "20260302", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1"))?.unreadable).toEqual(["Week edges"]);
	});

	it("still reads the last weekday of the month and the last Sunday of March on their days", () => {
		const read2 = read(event("Last weekday", "20260331", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"), event("Last Sunday", "20260329", "FREQ=YEARLY;BYMONTH=3;BYDAY=SU;BYSETPOS=-1"));
		expect(read2?.unreadable).toEqual([]);
		expect(read2?.occurrences.map((o) => `${o.day} ${o.title}`)).toEqual(["2026-03-29 Last Sunday", "2026-03-31 Last weekday", "2026-04-30 Last weekday"]);
	});
});
