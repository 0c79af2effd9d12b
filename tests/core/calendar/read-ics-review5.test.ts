import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

const calendar = (...events: string[][]): string => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", ...events.flat(), "END:VCALENDAR", ""].join("\r\n");
/** Starting on a day the rule gives (RFC 5545 leaves a start the rule does not give undefined). */
const event = (uid: string, rule: string, start: string): string[] => ["BEGIN:VEVENT", `UID:${uid}`, `DTSTART:${start}T090000Z`, `RRULE:${rule}`, `SUMMARY:${uid}`, "ATTENDEE;CN=Anna Rossi:mailto:anna@lumen.example", "END:VEVENT"];

/** Rules real calendars write (most are RFC 5545's own examples): BY lists, BYMONTHDAY, BYSETPOS, hourly and minutely rules. */
const ORDINARY: [string, string, string, number][] = [
	["weekdays", "20261102", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 21],
	["1st and 15th", "20261015", "FREQ=MONTHLY;BYMONTHDAY=1,15", 2],
	["last weekday of the month", "20261030", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", 1],
	["first Saturday after the first Sunday", "20261010", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", 1],
	["every 20 minutes, 9 to 16:40", "20261102", "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40;COUNT=30", 30],
	["every other hour on weekdays", "20261102", "FREQ=HOURLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,11,13,15,17;COUNT=10", 10],
	["every half hour on Monday morning", "20261102", "FREQ=MINUTELY;INTERVAL=30;BYHOUR=9,10,11;BYDAY=MO;COUNT=6", 6],
];

describe("recurring meetings of the kinds real calendars write", () => {
	for (const [name, start, rule, count] of ORDINARY) {
		it(`reads "${name}" (${rule}) with its occurrences, not as unreadable`, () => {
			const read = readCalendar(calendar(event(name, rule, start)), { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] });
			expect(read?.unreadable).toEqual([]);
			expect(read?.occurrences.length).toBe(count);
		});
	}
});
