import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

const calendar = (...events: string[][]): string => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", ...events.flat(), "END:VCALENDAR", ""].join("\r\n");
const event = (summary: string, start: string, ...lines: string[]): string[] => ["BEGIN:VEVENT", `UID:${summary}`, `DTSTART:${start}T090000Z`, ...lines, `SUMMARY:${summary}`, "ATTENDEE;CN=Anna Rossi:mailto:anna@lumen.example", "END:VEVENT"];
const days = (...events: string[][]): string[] => readCalendar(calendar(...events), { from: "2026-01-01", to: "2028-12-31", zone: "Europe/Rome", myEmails: [] })?.occurrences.map((o) => `${o.day} ${o.title}`) ?? [];

/* RFC 5545 3.3.10: a rule's day that does not exist (30 February, 29 February in 2027) is ignored. ical.js carried it into March. */
describe("a yearly meeting on a day some years lack", () => {
	it("meets on 29 February in leap years only, never on 1 March", () => {
		expect(days(event("Leap review", "20240229", "RRULE:FREQ=YEARLY"))).toEqual(["2028-02-29 Leap review"]);
	});

	it("never meets on a day no February has, nor on the 31 April a start on the 31st asks for", () => {
		expect(days(event("Never", "20260131", "RRULE:FREQ=YEARLY;BYMONTH=2,4"), event("Nor this", "20260115", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"))).toEqual([]);
	});

	it("keeps its other days, the last day of February, and an extra date on any day", () => {
		expect(days(event("Month ends", "20260131", "RRULE:FREQ=YEARLY;BYMONTH=1,3;BYMONTHDAY=31"), event("Last of February", "20260228", "RRULE:FREQ=YEARLY;BYMONTHDAY=-1;COUNT=2"), event("Moved", "20240229", "RRULE:FREQ=YEARLY;COUNT=4", "RDATE:20270305T090000Z"))).toEqual([
			"2026-01-31 Month ends",
			"2026-02-28 Last of February",
			"2026-03-31 Month ends",
			"2027-01-31 Month ends",
			"2027-02-28 Last of February",
			"2027-03-05 Moved",
			"2027-03-31 Month ends",
			"2028-01-31 Month ends",
			"2028-03-31 Month ends",
		]);
	});
});
