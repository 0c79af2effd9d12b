import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

const calendar = (...events: string[][]): string => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", ...events.flat(), "END:VCALENDAR", ""].join("\r\n");
const event = (uid: string, rule: string, summary: string): string[] => ["BEGIN:VEVENT", `UID:${uid}`, "DTSTART:20261102T090000Z", rule, `SUMMARY:${summary}`, "ATTENDEE;CN=Anna Rossi:mailto:anna@lumen.example", "END:VEVENT"];
const read = (...events: string[][]) => readCalendar(calendar(...events), { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] });

/*
 * ical.js steps a rule by adding its INTERVAL to the day and carrying month by month: a step of
 * 10^20 days never ended (10^8 days took 40 s), so one line of a shared calendar froze the import.
 * Whatever the interval, these tests end: on the code before, they ran until the test timed out.
 */
describe("a recurring rule whose interval reaches past the year 9999", () => {
	for (const freq of ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"]) {
		it(`reads a ${freq} rule with an interval of 10^20 as its first meeting alone, and the other events`, () => {
			const huge = event("huge", `RRULE:FREQ=${freq};INTERVAL=100000000000000000000`, "Once in forever");
			const weekly = event("weekly", "RRULE:FREQ=WEEKLY;COUNT=2", "Standup");
			expect(read(huge, weekly)?.occurrences.map((o) => `${o.day} ${o.title}`)).toEqual(["2026-11-02 Once in forever", "2026-11-02 Standup", "2026-11-09 Standup"]);
		});
	}

	it("takes out of a series only its first time when an exclusion rule's interval reaches past the year 9999", () => {
		const daily = event("daily", "RRULE:FREQ=DAILY;COUNT=3", "Standup");
		daily.splice(4, 0, "EXRULE:FREQ=DAILY;INTERVAL=100000000000000000000");
		expect(read(daily)?.occurrences.map((o) => o.day)).toEqual(["2026-11-03", "2026-11-04"]);
	});

	it("keeps a long interval that stays within the calendar (every 100 years) as written", () => {
		const rare = event("rare", "RRULE:FREQ=YEARLY;INTERVAL=100", "Centennial");
		expect(read(rare)?.occurrences.map((o) => o.day)).toEqual(["2026-11-02"]);
		const daily = event("daily", "RRULE:FREQ=DAILY;INTERVAL=7;COUNT=3", "Weekly by days");
		expect(read(daily)?.occurrences.map((o) => o.day)).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"]);
	});
});
