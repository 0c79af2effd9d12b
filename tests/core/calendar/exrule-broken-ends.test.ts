import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCalendar } from "../../../src/core/calendar/read-ics";

/**
 * An old groupware export (Lotus Notes style, a Windows zone name as TZID): RFC 2445's `EXRULE`, and
 * ends that are broken (before the start, unreadable, `DTEND` and `DURATION` both).
 */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "lotus-exrule-broken-ends.ics"), "utf8");
const read = (zone = "Europe/Rome") => readCalendar(text, { from: "2026-11-01", to: "2026-11-30", zone, myEmails: ["marta.fabbri@example.com"] });
const days = (title: string, zone?: string): string[] => (read(zone)?.occurrences ?? []).filter((o) => o.title.startsWith(title)).map((o) => `${o.day} ${o.time ?? "all day"}`);

describe("EXRULE takes its times out of a series", () => {
	it("a daily call except weekends (EXRULE:FREQ=WEEKLY;BYDAY=SA,SU) is on weekdays only", () => {
		expect(days("Giro di telefonate")).toEqual(["2026-11-02 08:30", "2026-11-03 08:30", "2026-11-04 08:30", "2026-11-05 08:30", "2026-11-06 08:30", "2026-11-09 08:30", "2026-11-10 08:30", "2026-11-11 08:30", "2026-11-12 08:30", "2026-11-13 08:30"]);
	});

	it("an exclusion rule with a count and an interval takes out only its own times, the first one included when it matches", () => {
		expect(days("Corso di sketch")).toEqual(["2026-11-10 17:00"]);
	});

	it("excludes the same times wherever the user is", () => {
		expect(days("Giro di telefonate", "Pacific/Kiritimati")).toHaveLength(10);
		expect(days("Giro di telefonate", "Pacific/Pago_Pago")).toEqual(["2026-11-01 20:30", "2026-11-02 20:30", "2026-11-03 20:30", "2026-11-04 20:30", "2026-11-05 20:30", "2026-11-08 20:30", "2026-11-09 20:30", "2026-11-10 20:30", "2026-11-11 20:30", "2026-11-12 20:30"]);
	});
});

describe("an event whose end is broken is still read, once, at its start", () => {
	it("an end before the start, an unreadable DTEND, and DTEND with DURATION: each event once, none unreadable", () => {
		expect(days("Revisione contratto")).toEqual(["2026-11-04 15:00"]);
		expect(days("Colazione con Ivo")).toEqual(["2026-11-05 10:00"]);
		expect(days("Workshop fornitori")).toEqual(["2026-11-06 11:00"]);
		expect(read()?.unreadable).toEqual([]);
		expect(read()?.unparsed).toEqual([]);
	});

	it("a weekly series with DURATION:1H (no PT) is not lost, and its moved occurrence with DTEND:tbd is placed on its new day", () => {
		expect(days("Pranzo del venerdì")).toEqual(["2026-11-06 13:00", "2026-11-12 13:00", "2026-11-20 13:00"]);
	});
});

describe("a recurring event whose end is of the wrong kind", () => {
	it("DTEND written as a period (VALUE=PERIOD) loses none of the series", () => {
		const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hand made//EN", "BEGIN:VEVENT", "UID:period-end@example.org", "DTSTART:20261105T090000Z", "DTEND;VALUE=PERIOD:20261105T100000Z/PT1H", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Colazione di lavoro", "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
		const read = readCalendar(ics, { from: "2026-11-01", to: "2026-11-30", zone: "UTC", myEmails: [] });
		expect(read?.unreadable).toEqual([]);
		expect(read?.occurrences.map((o) => o.day)).toEqual(["2026-11-05", "2026-11-12", "2026-11-19"]);
	});
});

describe("vCalendar 1.0's EXRULE (a .vcs file, as Palm Desktop and old phones write it)", () => {
	it("takes the weekends out of a daily rule, instead of the whole series being unreadable", () => {
		const vcs = readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "palm-vcalendar-exrule.vcs"), "utf8");
		const read = readCalendar(vcs, { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] });
		expect(read?.unreadable).toEqual([]);
		expect(read?.occurrences.map((o) => `${o.day} ${o.time ?? "all day"}`)).toEqual(["2026-11-02 09:00", "2026-11-03 09:00", "2026-11-04 09:00", "2026-11-05 09:00", "2026-11-06 09:00", "2026-11-09 09:00", "2026-11-10 09:00", "2026-11-11 09:00", "2026-11-12 09:00", "2026-11-13 09:00"]);
	});
});
