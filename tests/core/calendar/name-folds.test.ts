import { describe, expect, it } from "vitest";
import { type CalendarPlan, planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";
import type { ExistingPerson } from "../../../src/core/contacts/plan";

/*
 * Guests' names folded across two lines. A writer folding by width (RFC 5545: 75 octets) cuts anywhere, mid-word
 * too, and unfolding joins the pieces; a writer folding at words, as mail headers are folded, puts the break in place
 * of a space, and plain unfolding runs the two words together (`John` + ` Smith` → `JohnSmith`).
 */
const window = importWindow("2026-11-30", "2026-11-01", 0);

function plan(attendee: string, people: ExistingPerson[] = []): CalendarPlan {
	const text = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example Corp//Mail Gateway//EN", "BEGIN:VEVENT", "UID:review@example.com", "DTSTAMP:20261101T000000Z", "SUMMARY:Review", "DTSTART:20261104T150000Z", attendee, "END:VEVENT", "END:VCALENDAR", ""].join("\r\n");
	const read = readCalendar(text, { from: window.from, to: window.to, zone: "UTC", myEmails: [] });
	if (!read) throw new Error("not read");
	return planCalendarImport(read, people, [], { window, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set(people.map((p) => p.path)) });
}

/** An ATTENDEE line whose first line, up to the fold, is exactly `octets` long (padded in its ROLE-less parameters with an X-parameter). */
function foldedAt(octets: number, before: string, after: string): string {
	const head = `ATTENDEE;PARTSTAT=ACCEPTED;X-NUM-GUESTS=0;CN="`;
	const pad = octets - head.length - before.length - ";X-P=".length;
	return `ATTENDEE;PARTSTAT=ACCEPTED;X-NUM-GUESTS=0;X-P=${"x".repeat(pad)};CN="${before}\r\n ${after}`;
}

describe("a guest's name folded at its space by a writer that folds at words", () => {
	it("keeps the space, in the preview and in her note's file name", () => {
		const p = plan('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="John\r\n Smith":mailto:jsmith@example.com');
		expect(p.people.map((x) => [x.name, x.note.path])).toEqual([["John Smith", "People/John Smith.md"]]);
	});

	it("keeps it for a name of several words folded at its last space, unquoted", () => {
		const p = plan("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Maria del Carmen\r\n Ortega;PARTSTAT=ACCEPTED:mailto:mcortega@example.com");
		expect(p.people.map((x) => x.name)).toEqual(["Maria del Carmen Ortega"]);
	});
});

describe("a guest's name folded by width, as RFC 5545 folds", () => {
	it("joins a name cut mid-word at a lower-case letter, as written", () => {
		expect(plan('ATTENDEE;PARTSTAT=ACCEPTED;CN="Anna Ro\r\n ssi":mailto:arossi@example.com').people.map((x) => x.name)).toEqual(["Anna Rossi"]);
	});

	it("joins a name cut at the width between a small and a capital letter (Mc|Donald at octet 75)", () => {
		const line = foldedAt(75, "Ewan Mc", 'Donald":mailto:ewan@example.com');
		expect(line.split("\r\n")[0]).toHaveLength(75);
		expect(plan(line).people.map((x) => x.name)).toEqual(["Ewan McDonald"]);
	});
});

describe("a guest's name run together by a writer that folded at the width and lost the space", () => {
	const line = foldedAt(75, "John", 'Smith":mailto:john.smith@lumen.example');
	const john: ExistingPerson = { path: "People/John Smith.md", frontmatter: { type: "person" } };

	it("is linked to the person note of the spaced name, and no new person is made", () => {
		const p = plan(line, [john]);
		expect(p.people).toEqual([]);
		expect(p.creates[0]?.attendees).toEqual(["[[John Smith]]"]);
	});

	it("is not linked to a note of that name with another address: that is another John Smith", () => {
		const other: ExistingPerson = { path: "People/John Smith.md", frontmatter: { type: "person", email: "john@other.example" } };
		expect(plan(line, [other]).people.map((x) => x.name)).toEqual(["JohnSmith"]);
	});
});

describe("a guest's name of one word that no fold ran together", () => {
	const annaMaria: ExistingPerson = { path: "People/Anna Maria.md", frontmatter: { type: "person" } };

	it.each([
		['ATTENDEE;PARTSTAT=ACCEPTED;CN="Annamaria":urn:uuid:0c8a5f2e', "unfolded, with no address"],
		['ATTENDEE;PARTSTAT=ACCEPTED;CN="Annamaria":mailto:annamaria@lumen.example', "unfolded, with an address"],
		[foldedAt(75, "Annam", 'aria":urn:uuid:0c8a5f2e'), "folded by width inside a word, between two small letters"],
	])("is not linked to the person note of a spaced name that runs together so (Anna Maria): a new person is made: %s (%s)", (line) => {
		const p = plan(line, [annaMaria]);
		expect(p.people.map((x) => x.name)).toEqual(["Annamaria"]);
		expect(p.creates[0]?.attendees).toEqual(["[[Annamaria]]"]);
	});

	it("is linked to it when folded by width between a small letter and a capital (Anna|Maria at octet 75, no address)", () => {
		const p = plan(foldedAt(75, "Anna", 'Maria":urn:uuid:0c8a5f2e'), [annaMaria]);
		expect(p.people).toEqual([]);
		expect(p.creates[0]?.attendees).toEqual(["[[Anna Maria]]"]);
	});
});
