import { describe, expect, it } from "vitest";
import { isICalendar, readCalendar } from "../../../src/core/calendar/read-ics";

/**
 * A file of events alone, with no `BEGIN:VCALENDAR` around them (as some mail clients attach an
 * invitation, or an "add to calendar" link saves one): read as a calendar of those events, as ical.js
 * reads a lone component. Made-up events, own text.
 */

const event = (uid: string, start: string, summary: string): string[] => [
	"BEGIN:VEVENT",
	`UID:${uid}@example.org`,
	"DTSTAMP:20261120T090000Z",
	`DTSTART:${start}`,
	`SUMMARY:${summary}`,
	"ATTENDEE;CN=Anna Rossi:mailto:anna@example.org",
	"END:VEVENT",
];
const options = { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: [] };
const read = (lines: string[], eol = "\r\n") => readCalendar(lines.join(eol), options);

describe("a file of events without a calendar around them", () => {
	// Each failed on the old code: the file was no calendar (readCalendar gave null; the CLI read it as contacts and refused it).
	it("is a calendar file, read as one of its event", () => {
		const lines = [...event("sync-1", "20261125T100000Z", "Sync with Anna"), ""];
		expect(isICalendar(lines.join("\r\n"))).toBe(true);
		expect(read(lines)?.occurrences.map((o) => [o.title, o.day, o.time, o.attendees.map((a) => a.name)])).toEqual([["Sync with Anna", "2026-11-25", "11:00", ["Anna Rossi"]]]);
	});

	it("reads each of several events, with LF line ends, a BOM and blank lines before, and no break at the end", () => {
		const text = "\uFEFF\n" + [...event("a", "20261103T080000Z", "First"), ...event("b", "20261110T080000Z", "Second")].join("\n");
		expect(readCalendar(text, options)?.occurrences.map((o) => o.title)).toEqual(["First", "Second"]);
	});

	it("counts its lines as in the file when it is cut short", () => {
		const lines = [...event("a", "20261103T080000Z", "First"), ...event("b", "20261110T080000Z", "Second").slice(0, 4)];
		const result = read(lines);
		expect(result?.occurrences.map((o) => o.title)).toEqual(["First"]);
		expect(result?.cutShortAfterLine).toBe(7);
	});
});

describe("a text that is no calendar", () => {
	// Guards: these pass on the old code too.
	it.each([
		["BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Rossi\r\nEND:VCARD\r\n", "a vCard"],
		["Notes\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n", "text before an event"],
		["BEGIN:VEVENTS\r\n", "another word"],
	])("is not read as one: %j (%s)", (text) => {
		expect(isICalendar(text)).toBe(false);
		expect(readCalendar(text, options)).toBeNull();
	});
});
