import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { setFrontmatterEntries } from "../../../src/core/calendar/frontmatter-set";
import { planCalendarImport, updatedMeetingText } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";
import type { ExistingPerson } from "../../../src/core/contacts/plan";

/**
 * A meeting note imported from the calendar, whose attendee list the user edited by hand (a comment
 * between the items, a blank line, a flow list over two lines): the next import appends the guest the
 * calendar added, once, and changes no other byte; the import after that changes nothing.
 */

const WINDOW = importWindow("2026-11-20", "2026-08-22", 0);
const PEOPLE: ExistingPerson[] = ["Anna Rossi", "Marco Bianchi", "Carla Verdi"].map((name) => ({ path: `People/${name}.md`, frontmatter: { type: "person", email: `${name.toLowerCase().replace(" ", ".")}@example.com` } }));

/** A Google Calendar export of one meeting with Anna, Marco and (added later) Carla. */
const ICS = [
	"BEGIN:VCALENDAR",
	"PRODID:-//Google Inc//Google Calendar 70.9054//EN",
	"VERSION:2.0",
	"BEGIN:VEVENT",
	"DTSTART:20261110T090000Z",
	"DTEND:20261110T100000Z",
	"DTSTAMP:20261118T080000Z",
	"ORGANIZER;CN=Giulia Bianchi:mailto:giulia.bianchi@example.com",
	"UID:4vq9budget0review@google.com",
	...PEOPLE.map((p) => `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=${p.path.slice(7, -3)}:mailto:${String(p.frontmatter.email)}`),
	"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Giulia Bianchi:mailto:giulia.bianchi@example.com",
	"SUMMARY:Budget review",
	"STATUS:CONFIRMED",
	"END:VEVENT",
	"END:VCALENDAR",
	"",
].join("\r\n");

const PATH = "Meetings/2026-11-10 Budget review.md";

/** What YAML reads in a note's frontmatter. */
function properties(text: string): Record<string, unknown> {
	const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	return (yaml.load(m?.[1] ?? "", { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
}

/** The note after one calendar import (the note unchanged when the import has nothing to update). */
function imported(text: string): string {
	const read = readCalendar(ICS, { from: WINDOW.from, to: WINDOW.to, zone: "Europe/Rome", myEmails: ["giulia.bianchi@example.com"] });
	if (!read) throw new Error("calendar unread");
	const plan = planCalendarImport(read, PEOPLE, [{ path: PATH, frontmatter: properties(text) }], { window: WINDOW, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set([PATH, ...PEOPLE.map((p) => p.path)]) });
	expect(plan.creates).toEqual([]);
	const update = plan.updates.find((u) => u.path === PATH);
	return update ? updatedMeetingText(text, update) : text;
}

const note = (attendees: string, eol = "\n"): string => ["---", "type: meeting", "date: 2026-11-10T10:00", attendees, 'calendar_uid: "4vq9budget0review@google.com"', "---", "## Notes", "Budget for Q1.", ""].join("\n").replace(/\n/g, eol);

const EVERYONE = ["[[Anna Rossi]]", "[[Marco Bianchi]]", "[[Carla Verdi]]"];

describe("a calendar import into a meeting note whose attendee list the user edited", () => {
	const cases: [string, string, string][] = [
		["a comment at the margin between two items", 'attendees:\n  - "[[Anna Rossi]]"\n# added by hand\n  - "[[Marco Bianchi]]"', 'attendees:\n  - "[[Anna Rossi]]"\n# added by hand\n  - "[[Marco Bianchi]]"\n  - "[[Carla Verdi]]"'],
		["an indented comment between two items", 'attendees:\n  - "[[Anna Rossi]]"\n  # added by hand\n  - "[[Marco Bianchi]]"', 'attendees:\n  - "[[Anna Rossi]]"\n  # added by hand\n  - "[[Marco Bianchi]]"\n  - "[[Carla Verdi]]"'],
		["a blank line between two items", 'attendees:\n  - "[[Anna Rossi]]"\n\n  - "[[Marco Bianchi]]"', 'attendees:\n  - "[[Anna Rossi]]"\n\n  - "[[Marco Bianchi]]"\n  - "[[Carla Verdi]]"'],
		["a comment between the key and its first item, items at the margin", 'attendees:\n# from the invite\n- "[[Anna Rossi]]"\n- "[[Marco Bianchi]]"', 'attendees:\n# from the invite\n- "[[Anna Rossi]]"\n- "[[Marco Bianchi]]"\n- "[[Carla Verdi]]"'],
		["a comment after the last item", 'attendees:\n  - "[[Anna Rossi]]"\n  - "[[Marco Bianchi]]"\n# Carla joins from Rome', 'attendees:\n  - "[[Anna Rossi]]"\n  - "[[Marco Bianchi]]"\n  - "[[Carla Verdi]]"\n# Carla joins from Rome'],
		["a flow list over two lines with a comment", 'attendees: ["[[Anna Rossi]]", # host\n  "[[Marco Bianchi]]"]', 'attendees: ["[[Anna Rossi]]", # host\n  "[[Marco Bianchi]]", "[[Carla Verdi]]"]'],
		["a flow list with a comment after its last item", 'attendees: [\n  "[[Anna Rossi]]",\n  "[[Marco Bianchi]]" # came late\n]', 'attendees: [\n  "[[Anna Rossi]]",\n  "[[Marco Bianchi]]", "[[Carla Verdi]]" # came late\n]'],
	];

	for (const [shape, before, after] of cases) {
		for (const eol of ["\n", "\r\n"]) {
			it(`${shape} (${eol === "\n" ? "LF" : "CRLF"}): Carla is appended once, every other byte stays, and the next import changes nothing`, () => {
				const text = note(before, eol);
				const once = imported(text);
				expect(once).toBe(note(after, eol));
				expect(properties(once).attendees).toEqual(EVERYONE);
				expect(imported(once)).toBe(once);
			});
		}
	}

	it("appends to a plain flow list without quotes, with a comment between its items", () => {
		const text = "---\nattendees: [Anna, # x\n Marco]\n---\n";
		expect(setFrontmatterEntries(text, [["attendees", ["Anna", "Marco", "[[Carla Verdi]]"]]])).toBe('---\nattendees: [Anna, # x\n Marco, "[[Carla Verdi]]"]\n---\n');
	});
});

describe("a calendar update keeps what the user wrote around the values it sets", () => {
	it("an empty item the template left in the list stays, and Carla is appended after it", () => {
		const before = note('attendees:\n  - "[[Anna Rossi]]"\n  - "[[Marco Bianchi]]"\n  -\n  # who else?');
		const once = imported(before);
		expect(once).toBe(note('attendees:\n  - "[[Anna Rossi]]"\n  - "[[Marco Bianchi]]"\n  -\n  - "[[Carla Verdi]]"\n  # who else?'));
		expect(imported(once)).toBe(once);
	});

	it("the comment after a moved meeting's date stays on its line", () => {
		const text = "---\ntype: meeting\ndate: 2026-11-09T10:00   # moved twice already\ncalendar_uid: x\n---\n";
		expect(setFrontmatterEntries(text, [["date", { plain: "2026-11-10T10:00" }]])).toBe("---\ntype: meeting\ndate: 2026-11-10T10:00   # moved twice already\ncalendar_uid: x\n---\n");
	});
});

describe("the comment on a date line the calendar update rewrites", () => {
	it("stays after an empty value, and a # inside a quoted value is not a comment", () => {
		expect(setFrontmatterEntries("---\ndate:   # to be fixed\n---\n", [["date", { plain: "2026-11-10" }]])).toBe("---\ndate: 2026-11-10   # to be fixed\n---\n");
		expect(setFrontmatterEntries('---\ndate: "2026-11-09 #1"\n---\n', [["date", { plain: "2026-11-10" }]])).toBe("---\ndate: 2026-11-10\n---\n");
		expect(setFrontmatterEntries('---\ndate: "2026-11-09" # first\n---\n', [["date", { plain: "2026-11-10" }]])).toBe("---\ndate: 2026-11-10 # first\n---\n");
	});
});
