import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

const calendar = (...events: string[][]): string => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", ...events.flat(), "END:VCALENDAR", ""].join("\r\n");
const event = (uid: string, rule: string, summary: string): string[] => ["BEGIN:VEVENT", `UID:${uid}`, "DTSTART:20261102T090000Z", `RRULE:${rule}`, `SUMMARY:${summary}`, "ATTENDEE;CN=Anna Rossi:mailto:anna@lumen.example", "END:VEVENT"];
const list = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => i + from).join(",");

describe("a calendar with a recurring rule built to expand without end", () => {
	it("reports that event as unreadable and reads the others, instead of running for minutes", () => {
		const bomb = event("bomb", `FREQ=DAILY;BYSETPOS=${list(10, 1)};BYHOUR=${list(23, 1)};BYMINUTE=${list(60)};BYSECOND=${list(60)}`, "Expanding rule");
		const weekly = event("weekly", "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=3", "Standup");
		const read = readCalendar(calendar(bomb, weekly), { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] });
		expect(read?.unreadable).toEqual(["Expanding rule"]);
		expect(read?.occurrences.map((o) => `${o.day} ${o.title}`)).toEqual(["2026-11-02 Standup", "2026-11-04 Standup", "2026-11-06 Standup"]);
	});
});
