import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attendeeName, type CalendarPlan, type ImportedMeeting, planCalendarImport } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";
import type { ExistingPerson } from "../../../src/core/contacts/plan";

const WINDOW = importWindow("2026-11-20", "2026-08-22", 0);
const PEOPLE: ExistingPerson[] = [
	{ path: "People/Anna Rossi.md", frontmatter: { type: "person", email: "anna.rossi@example.com" } },
	{ path: "People/Luca Neri.md", frontmatter: { type: "person" } },
];
/** The Google fixture's late call from New York (23:30 there is 05:30 the next morning in Rome), invited: Anna Rossi. */
const LATE_CALL = "3late0call0ny@google.com";

function reimport(attendees: string[]): CalendarPlan {
	const read = readCalendar(readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "google.ics"), "utf8"), { from: WINDOW.from, to: WINDOW.to, zone: "Europe/Rome", myEmails: ["giulia.bianchi@example.com"] });
	if (!read) throw new Error("unread");
	const imported: ImportedMeeting[] = [{ path: "Meetings/2026-11-11 Late call.md", frontmatter: { type: "meeting", calendar_uid: LATE_CALL, date: "2026-11-11T05:30", attendees } }];
	return planCalendarImport(read, PEOPLE, imported, { window: WINDOW, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set(PEOPLE.map((p) => p.path)) });
}

const updateOf = (p: CalendarPlan): unknown => p.updates.find((u) => u.key === LATE_CALL)?.set ?? null;

describe("importing a calendar again into meetings the user has edited", () => {
	it("a person the user added by hand to an imported meeting stays among its attendees", () => {
		expect(updateOf(reimport(["[[Anna Rossi]]", "[[Luca Neri]]"]))).toBeNull();
	});

	it("an attendee link the user rewrote with a folder or an alias is the same attendee and is not rewritten", () => {
		expect(updateOf(reimport(["[[People/Anna Rossi|Anna]]"]))).toBeNull();
		expect(updateOf(reimport(["[[Anna Rossi#Notes]]"]))).toBeNull();
	});

	it("someone the calendar invites and the note does not name is appended after the note's own attendees", () => {
		expect(updateOf(reimport(["[[Luca Neri]]"]))).toEqual([["attendees", ["[[Luca Neri]]", "[[Anna Rossi]]"]]]);
	});
});

/** An Exchange invitation as Outlook exports it: people shown as "Family, Given" by the company directory. */
const EXCHANGE = [
	"BEGIN:VCALENDAR",
	"PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
	"VERSION:2.0",
	"BEGIN:VEVENT",
	'ORGANIZER;CN="Bianchi, Giulia":mailto:giulia.bianchi@example.com',
	'ATTENDEE;CN="Esposito, Marco";RSVP=TRUE:mailto:marco.esposito@corp.example',
	'ATTENDEE;CN="Acme, Inc. - Sales";RSVP=TRUE:mailto:sales@acme.example',
	"DTSTART:20261105T090000Z",
	"DTEND:20261105T093000Z",
	"SUMMARY:Budget review",
	"UID:exchange-budget-1",
	"END:VEVENT",
	"END:VCALENDAR",
	"",
].join("\r\n");

describe("people an Exchange calendar names as \"Family, Given\"", () => {
	it("get a person note named Given Family, with first and last name, and the meeting links to it", () => {
		const read = readCalendar(EXCHANGE, { from: WINDOW.from, to: WINDOW.to, zone: "Europe/Rome", myEmails: ["giulia.bianchi@example.com"] });
		if (!read) throw new Error("unread");
		const p = planCalendarImport(read, PEOPLE, [], { window: WINDOW, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set() });
		expect(p.people.map((n) => `${n.name} → ${n.note.path}`)).toEqual(["Marco Esposito → People/Marco Esposito.md", "Acme, Inc. - Sales → People/Acme, Inc. - Sales.md"]);
		expect(Object.fromEntries(p.people[0]?.note.fields ?? [])).toMatchObject({ first_name: "Marco", last_name: "Esposito" });
		expect(p.creates[0]?.attendees).toEqual(["[[Marco Esposito]]", "[[Acme, Inc. - Sales]]"]);
	});

	it("a name with no comma, several commas, or a part that is not a name stays as the calendar wrote it", () => {
		expect(attendeeName("Marco Esposito").name).toBe("Marco Esposito");
		expect(attendeeName("Rossi, Anna, Dr.").name).toBe("Rossi, Anna, Dr.");
		expect(attendeeName("Team 42, Milano").name).toBe("Team 42, Milano");
		expect(attendeeName("De Luca, Maria Chiara")).toEqual({ name: "Maria Chiara De Luca", first: "Maria Chiara", last: "De Luca" });
	});
});

// review5: two people share a name; a "Family, Given" pattern that is a name and its suffix.
describe("importing a calendar again when two people share the invited person's name", () => {
	const TWO_ANNAS: ExistingPerson[] = [...PEOPLE, { path: "Clients/Anna Rossi.md", frontmatter: { type: "person", email: "anna@client.example" } }];
	function reimportAmong(attendees: string[]): CalendarPlan {
		const read = readCalendar(readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "google.ics"), "utf8"), { from: WINDOW.from, to: WINDOW.to, zone: "Europe/Rome", myEmails: ["giulia.bianchi@example.com"] });
		if (!read) throw new Error("unread");
		const imported: ImportedMeeting[] = [{ path: "Meetings/2026-11-11 Late call.md", frontmatter: { type: "meeting", calendar_uid: LATE_CALL, date: "2026-11-11T05:30", attendees } }];
		return planCalendarImport(read, TWO_ANNAS, imported, { window: WINDOW, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set(TWO_ANNAS.map((p) => p.path)) });
	}

	it("appends the invited Anna Rossi by path when the note names only the other Anna Rossi, added by hand", () => {
		expect(updateOf(reimportAmong(["[[Clients/Anna Rossi]]"]))).toEqual([["attendees", ["[[Clients/Anna Rossi]]", "[[People/Anna Rossi]]"]]]);
	});

	it("leaves the note alone when it links the invited Anna Rossi by the same path, with an alias", () => {
		expect(updateOf(reimportAmong(["[[Clients/Anna Rossi]]", "[[People/Anna Rossi|Anna]]"]))).toBeNull();
	});
});

describe("a calendar name with a comma that is not \"Family, Given\"", () => {
	it("stays as written when what follows the comma is a suffix such as Jr., PhD or Inc.", () => {
		expect(attendeeName("Sammy Davis, Jr.").name).toBe("Sammy Davis, Jr.");
		expect(attendeeName("Anna Rossi, PhD").name).toBe("Anna Rossi, PhD");
		expect(attendeeName("Lumen, Inc.").name).toBe("Lumen, Inc.");
		expect(attendeeName("Rossi, Marco").name).toBe("Marco Rossi");
	});
});

describe("a \"Family, Given\" name with the directory's tag after it", () => {
	it("is the person, without the tag: Exchange shows people as `Rossi, Marco (IT)` or `Weber, Lena [EXT]`", () => {
		expect(attendeeName("Rossi, Marco (IT)")).toEqual({ name: "Marco Rossi", first: "Marco", last: "Rossi" });
		expect(attendeeName("Weber, Lena [EXT]")).toEqual({ name: "Lena Weber", first: "Lena", last: "Weber" });
		expect(attendeeName("De Luca, Maria Chiara (Contractor)").name).toBe("Maria Chiara De Luca");
	});

	it("leaves a tagged name that is not \"Family, Given\" as written", () => {
		expect(attendeeName("Marco Rossi (IT)").name).toBe("Marco Rossi (IT)");
		expect(attendeeName("Acme, Inc. (Sales)").name).toBe("Acme, Inc. (Sales)");
		expect(attendeeName("Team 42, Milano (Sede)").name).toBe("Team 42, Milano (Sede)");
		expect(attendeeName("Sala riunioni (4 posti)").name).toBe("Sala riunioni (4 posti)");
	});
});

describe("importing a calendar again into a meeting whose attendees are unquoted links", () => {
	it("keeps them links (YAML reads `- [[Luca Neri]]` as a list in a list) when it appends the invited person", () => {
		expect(updateOf(reimport([[["Luca Neri"]]] as unknown as string[]))).toEqual([["attendees", ["[[Luca Neri]]", "[[Anna Rossi]]"]]]);
		expect(updateOf(reimport([["Luca Neri"]] as unknown as string[]))).toEqual([["attendees", ["[[Luca Neri]]", "[[Anna Rossi]]"]]]);
	});
});
