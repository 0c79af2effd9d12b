import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CalendarPlan, type ImportedMeeting, planCalendarImport } from "../../../src/core/calendar/plan";
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
