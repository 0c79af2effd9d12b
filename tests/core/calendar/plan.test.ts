import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { setFrontmatterEntries } from "../../../src/core/calendar/frontmatter-set";
import { type CalendarPlan, type CalendarPlanOptions, type ImportedMeeting, nameFromEmail, planCalendarImport, updatedMeetingText } from "../../../src/core/calendar/plan";
import { readCalendar } from "../../../src/core/calendar/read-ics";
import { importWindow } from "../../../src/core/calendar/window";
import type { ExistingPerson } from "../../../src/core/contacts/plan";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "calendar");
const WINDOW = importWindow("2026-11-20", "2026-08-22", 0);
const PEOPLE: ExistingPerson[] = [
	{ path: "People/Anna Rossi.md", frontmatter: { type: "person", email: "anna.rossi@example.com" } },
	{ path: "People/Marco Verdi.md", frontmatter: { type: "person", aliases: ["Marco"] } },
];

function options(over: Partial<CalendarPlanOptions> = {}): CalendarPlanOptions {
	return { window: WINDOW, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set(PEOPLE.map((p) => p.path)), ...over };
}

function plan(name: string, imported: ImportedMeeting[] = [], over: Partial<CalendarPlanOptions> = {}, window = WINDOW): CalendarPlan {
	const read = readCalendar(readFileSync(join(FIXTURES, name), "utf8"), { from: window.from, to: window.to, zone: "Europe/Rome", myEmails: ["giulia.bianchi@example.com"] });
	if (!read) throw new Error("unread");
	return planCalendarImport(read, PEOPLE, imported, options({ window, ...over }));
}

describe("planning a calendar import", () => {
	it("skips declined, cancelled, attendee-less all-day and out-of-window events, each with its reason", () => {
		expect(plan("google.ics").skipped.map((s) => `${s.title}: ${s.reason}`)).toEqual(["Kickoff: outside-window", "Company offsite: all-day-without-attendees", "Product pitch: declined", "Lunch: cancelled"]);
		expect(plan("outlook.ics").skipped.map((s) => `${s.title}: ${s.reason}`)).toEqual(["Focus time: no-other-attendee"]);
	});

	it("creates one meeting note per kept occurrence, named by day and title, with type, date and time, attendees and calendar_uid", () => {
		const p = plan("google.ics");
		expect(p.creates.map((c) => c.path)).toEqual([
			"Meetings/2026-10-15 Design review.md",
			"Meetings/2026-10-22 Design review.md",
			"Meetings/2026-11-06 Design review (moved to Friday).md",
			"Meetings/2026-11-11 Late call with New York.md",
			"Meetings/2026-11-12 Design review.md",
			"Meetings/2026-11-19 Design review.md",
		]);
		expect(p.creates[3]?.text).toBe('---\ntype: meeting\ndate: 2026-11-11T05:30\nattendees:\n  - "[[Anna Rossi]]"\ncalendar_uid: "3late0call0ny@google.com"\n---\n\n## Notes\n\n## Follow-ups\n');
		expect(p.creates[0]?.text).toContain('calendar_uid: "7kq2m0design0review@google.com#20261015T140000Z"');
	});

	it("matches attendees by email, then by name; lists the others with name and email as people to create", () => {
		const outlook = plan("outlook.ics");
		expect(outlook.creates[1]?.attendees).toEqual(["[[Marco Verdi]]", "[[Sara Conti]]"]);
		expect(outlook.people.map((p) => [p.name, p.email, p.note.path])).toEqual([["Sara Conti", "sara.conti@example.net", "People/Sara Conti.md"]]);
		expect(plan("google.ics").people.map((p) => [p.name, p.email])).toEqual([["Luca Neri", "luca.neri@example.org"]]);
	});

	it("fills the meeting template and sets the fields in its frontmatter, keeping the template's own", () => {
		const p = plan("outlook.ics", [], { template: "---\ntags: [meeting]\nattendees:\n---\n# {{title}}\n\n## Agenda\n" });
		expect(p.creates[0]?.text).toBe('---\ntags: [meeting]\nattendees:\n  - "[[Marco Verdi]]"\ntype: meeting\ndate: 2026-10-07T09:30\ncalendar_uid: "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6D701000000000000000010000000F1E2D3C4B5A69788"\n---\n# 2026-10-07 1 1 Marco\n\n## Agenda\n');
	});

	it("names the meeting's weekday and month in the template in Italian for an Italian user (2026-10-07 is a Wednesday)", () => {
		const template = "---\n---\n# {{date:dddd D MMMM}}\n";
		expect(plan("outlook.ics", [], { template, locale: "it" }).creates[0]?.text).toContain("\n# mercoledì 7 ottobre\n");
		expect(plan("outlook.ics", [], { template }).creates[0]?.text).toContain("\n# Wednesday 7 October\n");
	});

	it("creates nothing twice: a meeting already imported with the same date and attendees is up to date", () => {
		const first = plan("google.ics");
		const imported = first.creates.map((c) => ({ path: c.path, frontmatter: { calendar_uid: c.key, date: c.time ? `${c.day}T${c.time}` : c.day, attendees: c.attendees } }));
		const again = plan("google.ics", imported);
		expect(again.creates).toEqual([]);
		expect(again.updates).toEqual([]);
		expect(again.unchanged).toBe(6);
	});

	it("updates only the date of a meeting whose event moved", () => {
		const imported = [{ path: "Meetings/Call.md", frontmatter: { calendar_uid: "3late0call0ny@google.com", date: "2026-11-10T23:30", attendees: ["[[Anna Rossi]]"] } }];
		expect(plan("google.ics", imported).updates).toEqual([{ path: "Meetings/Call.md", key: "3late0call0ny@google.com", title: "Late call with New York", set: [["date", { plain: "2026-11-11T05:30" }]] }]);
	});

	it("marks meetings after today as planned when days ahead are imported", () => {
		const ahead = plan("apple.ics", [], {}, importWindow("2026-11-20", "2026-08-22", 7));
		expect(ahead.creates.filter((c) => c.upcoming).map((c) => c.path)).toEqual(["Meetings/2026-11-25 Anna's birthday dinner.md"]);
	});

	it("never creates a meeting over an existing file: a note of the event's day and title that no import made is the user's note of it, and the event is skipped", () => {
		const p = plan("outlook.ics", [], { takenPaths: new Set(["Meetings/2026-10-16 Team day.md"]) });
		expect(p.creates.map((c) => c.path).filter((path) => path.includes("Team day"))).toEqual([]);
		expect(p.skipped.filter((s) => s.title === "Team day").map((s) => s.reason)).toEqual(["already-noted"]);
	});

	it("gives an event a numbered note when its name is taken by a note another event's import made", () => {
		const p = plan("outlook.ics", [{ path: "Meetings/2026-10-16 Team day.md", frontmatter: { calendar_uid: "another-event", date: "2026-10-16" } }], { takenPaths: new Set(["Meetings/2026-10-16 Team day.md"]) });
		expect(p.creates.map((c) => c.path)).toContain("Meetings/2026-10-16 Team day 2.md");
	});
});

describe("updating an imported meeting's frontmatter", () => {
	it("replaces the date and attendee list in place and keeps every other byte, body included (CRLF, BOM, other keys)", () => {
		const before = '\uFEFF---\r\ntype: meeting\r\ndate: 2026-11-10T23:30\r\nattendees:\r\n  - "[[Anna Rossi]]"\r\nmood: good\r\ncalendar_uid: x\r\n---\r\nMy notes\r\n- [ ] follow up [[Anna Rossi]]\r\n';
		const after = updatedMeetingText(before, { path: "m.md", key: "x", title: "t", set: [["date", { plain: "2026-11-11T05:30" }], ["attendees", ["[[Anna Rossi]]", "[[Luca Neri]]"]]] });
		expect(after).toBe('\uFEFF---\r\ntype: meeting\r\ndate: 2026-11-11T05:30\r\nattendees:\r\n  - "[[Anna Rossi]]"\r\n  - "[[Luca Neri]]"\r\nmood: good\r\ncalendar_uid: x\r\n---\r\nMy notes\r\n- [ ] follow up [[Anna Rossi]]\r\n');
	});

	it("replaces a list written at the margin and an inline one, and adds a missing key before the closing line", () => {
		expect(setFrontmatterEntries("---\nattendees:\n- a\n- b\nx: 1\n---\nbody", [["attendees", ["c"]]])).toBe("---\nattendees:\n  - c\nx: 1\n---\nbody");
		expect(setFrontmatterEntries("---\nattendees: [a, b]\n---\n", [["attendees", []]])).toBe("---\nattendees: []\n---\n");
		expect(setFrontmatterEntries("---\nx: 1\n---\n", [["date", { plain: "2026-01-02" }]])).toBe("---\nx: 1\ndate: 2026-01-02\n---\n");
	});
});

describe("names for attendees known only by email", () => {
	it("makes a name from the address's words", () => {
		expect(nameFromEmail("luca.neri@example.org")).toBe("Luca Neri");
		expect(nameFromEmail("j_smith-2@example.org")).toBe("J Smith");
	});
});
