import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/** A calendar whose VTIMEZONE `tzid` (one hour ahead of UTC in winter) starts summer time by `daylightRule`, and one meeting at 9:00 in it on 20 November 2026. */
const calendar = (daylightRule: string, tzid: string): string =>
	[
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
		"BEGIN:VTIMEZONE", `TZID:${tzid}`,
		"BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:16010325T020000", `RRULE:${daylightRule}`, "END:DAYLIGHT",
		"BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
		"END:VTIMEZONE",
		"BEGIN:VEVENT", "UID:review", `DTSTART;TZID=${tzid}:20261120T090000`, "SUMMARY:Review", "ATTENDEE;CN=Anna Rossi:mailto:anna@lumen.example", "END:VEVENT",
		"END:VCALENDAR", "",
	].join("\r\n");
/** Read on a clock in UTC, where 9:00 in a zone one hour ahead is 8:00. */
const read = (daylightRule: string, tzid = "Europe/Rome") => readCalendar(calendar(daylightRule, tzid), { from: "2026-11-01", to: "2026-11-30", zone: "UTC", myEmails: [] })?.occurrences.map((o) => `${o.day} ${o.time} ${o.title}`);

/*
 * ical.js walks a zone's rule from its DTSTART (1601 here) to the meeting: a rule changing the offset
 * every second never ended, nor did a yearly one stepping 10^20 years. On the code before, these tests
 * ran until they were stopped; now such a zone is taken as broken and its times read by its name.
 */
describe("a VTIMEZONE whose rules change the offset as no zone does", () => {
	for (const rule of ["FREQ=SECONDLY", "FREQ=DAILY;INTERVAL=100000000000000000000", "FREQ=MINUTELY;BYSECOND=0,10,20,30,40,50"]) {
		it(`reads the meeting at its time in the zone its name gives (${rule})`, () => {
			expect(read(rule)).toEqual(["2026-11-20 08:00 Review"]);
		});
	}

	it("still reads the offsets of a zone that changes yearly, whatever its name", () => {
		expect(read("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "Custom Office Time")).toEqual(["2026-11-20 08:00 Review"]);
	});
});
