import { readFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarOccurrence, isICalendar, readCalendar } from "../../../src/core/calendar/read-ics";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "calendar");
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), "utf8");
const ME = ["Giulia.Bianchi@example.com"];

function read(name: string, zone = "Europe/Rome", from = "2026-08-22", to = "2026-11-20"): { occurrences: CalendarOccurrence[]; outside: CalendarOccurrence[] } {
	const r = readCalendar(fixture(name), { from, to, zone, myEmails: ME });
	if (!r) throw new Error(`${name} was not read`);
	return r;
}

const when = (o: CalendarOccurrence): string => `${o.day} ${o.time ?? "all day"} ${o.title}`;

describe("reading a Google Calendar export", () => {
	const { occurrences, outside } = read("google.ics");

	it("expands the weekly series without the EXDATE occurrence and with the moved one on its new day, in the user's zone", () => {
		expect(occurrences.filter((o) => o.key.startsWith("7kq2m0design0review@google.com")).map(when)).toEqual([
			"2026-10-15 16:00 Design review",
			"2026-10-22 16:00 Design review",
			"2026-11-06 20:30 Design review (moved to Friday)",
			"2026-11-12 16:00 Design review",
			"2026-11-19 16:00 Design review",
		]);
	});

	it("keys each occurrence by UID and its recurrence id in UTC, the moved one by the day it replaced", () => {
		expect(occurrences.filter((o) => o.title.startsWith("Design review")).map((o) => o.key.split("#")[1])).toEqual(["20261015T140000Z", "20261022T140000Z", "20261105T150000Z", "20261112T150000Z", "20261119T150000Z"]);
	});

	it("puts a call at 23:30 in New York on the next day for a user in Rome, and on its own day for a user in New York", () => {
		const inRome = occurrences.find((o) => o.title === "Late call with New York");
		expect(inRome && when(inRome)).toBe("2026-11-11 05:30 Late call with New York");
		const inNewYork = read("google.ics", "America/New_York").occurrences.find((o) => o.title === "Late call with New York");
		expect(inNewYork && when(inNewYork)).toBe("2026-11-10 23:30 Late call with New York");
	});

	it("lists attendees without the user and without rooms; a CN that is only the email gives no name", () => {
		expect(occurrences[0]?.attendees).toEqual([
			{ email: "anna.rossi@example.com", name: "Anna Rossi" },
			{ email: "luca.neri@example.org", name: "" },
		]);
	});

	it("marks the event the user declined and the cancelled one", () => {
		expect(occurrences.filter((o) => o.declined).map((o) => o.title)).toEqual(["Product pitch"]);
		expect(occurrences.filter((o) => o.cancelled).map((o) => o.title)).toEqual(["Lunch"]);
	});

	it("reads an all-day event on its own date, without a time", () => {
		const offsite = occurrences.find((o) => o.title === "Company offsite");
		expect(offsite).toMatchObject({ day: "2026-11-02", time: null, allDay: true, attendees: [] });
	});

	it("says which events fall outside the days read", () => {
		expect(outside.map(when)).toEqual(["2025-03-10 15:00 Kickoff"]);
	});
});

describe("reading an Outlook export", () => {
	it("reads times in a Windows zone name through the file's VTIMEZONE (CRLF lines, quoted TZID)", () => {
		const rome = read("outlook.ics").occurrences.map(when);
		expect(rome).toEqual(["2026-10-07 09:30 1:1 Marco", "2026-10-16 all day Team day", "2026-10-19 12:00 Focus time"]);
		expect(read("outlook.ics", "America/New_York").occurrences.map(when)[0]).toBe("2026-10-07 03:30 1:1 Marco");
	});

	it("knows the user in an attendee written in capitals, and keeps quoted CNs", () => {
		const teamDay = read("outlook.ics").occurrences.find((o) => o.title === "Team day");
		expect(teamDay?.attendees).toEqual([
			{ email: "marco@verdi.example", name: "Marco Verdi" },
			{ email: "sara.conti@example.net", name: "Sara Conti" },
		]);
	});
});

describe("reading an Apple Calendar export with two calendars in one file", () => {
	const { occurrences, outside } = read("apple.ics");

	it("reads both calendars, and adds the RDATE occurrence to the monthly series", () => {
		expect(occurrences.map(when)).toEqual(["2026-09-07 09:00 Monthly catch-up", "2026-10-05 09:00 Monthly catch-up", "2026-10-20 09:00 Monthly catch-up", "2026-11-02 09:00 Monthly catch-up", "2026-11-14 20:00 Dinner at Marco's"]);
		expect(outside.map(when)).toEqual(["2026-11-25 all day Anna's birthday dinner"]);
	});

	it("takes the email of an attendee written as urn:uuid from its EMAIL parameter", () => {
		expect(occurrences[0]?.attendees).toEqual([{ email: "paolo.ferri@example.com", name: "" }]);
	});

	it("shows the next days' events when the window reaches them", () => {
		expect(read("apple.ics", "Europe/Rome", "2026-08-22", "2026-11-30").occurrences.map(when)).toContain("2026-11-25 all day Anna's birthday dinner");
	});
});

const CUSTOM_ZONE = [
	"BEGIN:VCALENDAR",
	"VERSION:2.0",
	"PRODID:-//Rapport tests//EN",
	"BEGIN:VTIMEZONE",
	"TZID:Rapport Test Time",
	"BEGIN:STANDARD",
	"DTSTART:19700101T000000",
	"TZOFFSETFROM:+0530",
	"TZOFFSETTO:+0530",
	"END:STANDARD",
	"END:VTIMEZONE",
	"BEGIN:VEVENT",
	"UID:custom-zone",
	"DTSTART;TZID=Rapport Test Time:20261110T020000",
	"SUMMARY:Early sync",
	"ATTENDEE;CN=Anna Rossi:mailto:anna.rossi@example.com",
	"END:VEVENT",
	"END:VCALENDAR",
	"",
].join("\r\n");

describe("time zones", () => {
	it("uses a VTIMEZONE that no IANA name describes, and leaves ical.js's TimezoneService as it found it", () => {
		const r = readCalendar(CUSTOM_ZONE, { from: "2026-11-01", to: "2026-11-20", zone: "Europe/Rome", myEmails: [] });
		// 02:00 at +05:30 is 20:30 UTC the day before, 21:30 in Rome.
		expect(r?.occurrences.map(when)).toEqual(["2026-11-09 21:30 Early sync"]);
		expect(ICAL.TimezoneService.has("Rapport Test Time")).toBe(false);
	});

	it("reads an IANA TZID that has no VTIMEZONE by its name", () => {
		const text = CUSTOM_ZONE.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, "").replace("TZID=Rapport Test Time", "TZID=Asia/Tokyo");
		expect(readCalendar(text, { from: "2026-11-01", to: "2026-11-20", zone: "Europe/Rome", myEmails: [] })?.occurrences.map(when)).toEqual(["2026-11-09 18:00 Early sync"]);
	});

	it("gives the same days whatever the machine's TZ, since the user's zone is passed in", () => {
		const r = readCalendar(fixture("google.ics"), { from: "2026-11-10", to: "2026-11-11", zone: "Europe/Rome", myEmails: ME });
		expect(r?.occurrences.map(when)).toEqual(["2026-11-11 05:30 Late call with New York"]);
	});
});

describe("detecting iCalendar", () => {
	it("knows a calendar by its content, not its name, and refuses other text", () => {
		expect(isICalendar(fixture("outlook.ics"))).toBe(true);
		expect(isICalendar("\uFEFFBEGIN:VCALENDAR\nEND:VCALENDAR\n")).toBe(true);
		expect(isICalendar("BEGIN:VCARD\nFN:Anna\nEND:VCARD\n")).toBe(false);
		expect(readCalendar("First Name,Last Name\nAnna,Rossi\n", { from: "2026-01-01", to: "2026-12-31", myEmails: [] })).toBeNull();
	});
});
