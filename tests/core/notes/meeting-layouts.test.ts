import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { dayInFileName, dayInFolders } from "../../../src/core/notes/meeting-fields";
import { DEFAULT_SETTINGS, migrateSettings } from "../../../src/core/config/settings";

const kindOf = (path: string, text = "Notes from the call.\n") => buildVault({ [path]: text }).index.note(path)?.kind;

describe("meetings in the layouts people use", () => {
	it.each(["Meeting Notes", "MeetingNotes", "meeting-notes", "meeting_notes", "1-1", "1-1s", "1on1s", "One on ones", "one-on-ones", "Calls", "Riunioni", "Incontri", "work/Meetings"])(
		"knows a meeting by the folder %s",
		(folder) => {
			expect(kindOf(`${folder}/2026-11-20 Sync.md`)).toBe("meeting");
		},
	);

	it("does not take a day folder named 11 for the 1-1 folder", () => {
		expect(kindOf("Archive/2026/11/20.md")).toBe("other");
	});

	it.each(["customer meeting", "Team Call", "1:1", "121", "one-on-one", "One on one", "riunione di progetto"])("knows a meeting by the type %s", (type) => {
		expect(kindOf("Notes/Sync.md", md({ type, date: "2026-11-20" }))).toBe("meeting");
	});

	it("knows a meeting by a #type/meeting tag, as templates tag notes by kind", () => {
		expect(kindOf("Notes/Sync.md", md({ tags: "type/meeting", date: "2026-11-20" }))).toBe("meeting");
	});

	it.each([
		["Attendees", "## Attendees"],
		["Participants", "### Participants:"],
		["People", "## People"],
		["With", "## With"],
		["Partecipanti", "## Partecipanti"],
		["Presenti", "## **Presenti**"],
	])("reads the links under a heading named %s, up to the next heading", (_label, heading) => {
		const v = buildVault({
			"People/Anna.md": person(),
			"People/Marco.md": person(),
			"People/Zoe.md": person(),
			"Meetings/2026-11-20 Sync.md": ["# Sync", "Agenda drafted with [[Zoe]]", heading, "- [[Anna]]", "- [[Marco|Marco R.]]", "", "## Notes", "- Ask [[Zoe]] later"].join("\n"),
		});
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync.md")).toEqual(["People/Anna.md", "People/Marco.md"]);
	});

	it("reads an **Attendees:** label line as templates write it", () => {
		const v = buildVault({ "People/Anna.md": person(), "People/Marco.md": person(), "Meetings/2026-11-20 Sync.md": "**Attendees:** [[Anna]], [[Marco]]\n\nSee [[Anna]]'s notes.\n" });
		expect(v.index.note("Meetings/2026-11-20 Sync.md")?.attendees.map((r) => [r.target, r.line])).toEqual([
			["Anna", 0],
			["Marco", 0],
		]);
	});
});

describe("a meeting's date, in order", () => {
	const dateOf = (path: string, fm: Record<string, unknown> | null) => buildVault({ [path]: md(fm, "text") }).index.note(path);

	it("takes date first, then a day in the file name, then date_created, created and created_at, then dated folders", () => {
		expect(dateOf("Meetings/2026/11/27/2026-11-25 Sync.md", { date: "2026-11-20", created: "2026-11-19" })?.date).toBe("2026-11-20");
		expect(dateOf("Meetings/2026/11/27/2026-11-25 Sync.md", { created: "2026-11-19T10:30" })).toMatchObject({ date: "2026-11-25", time: null });
		expect(dateOf("Meetings/2026/11/27/Sync.md", { date_created: "2026-11-18", created: "2026-11-19" })?.date).toBe("2026-11-18");
		expect(dateOf("Meetings/2026/11/27/Sync.md", { created: "2026-11-19T10:30" })).toMatchObject({ date: "2026-11-19", time: "10:30" });
		expect(dateOf("Meetings/2026/11/27/Sync.md", { created_at: "2026-11-17" })?.date).toBe("2026-11-17");
		expect(dateOf("Meetings/2026/11/27/2026-11-25 Sync.md", null)?.date).toBe("2026-11-25");
		expect(dateOf("Meetings/2026/11/27/Sync.md", null)?.date).toBe("2026-11-27");
	});

	it("takes the time of a `created` written on the day the file name shows", () => {
		expect(dateOf("Meetings/2026-11-25 Sync.md", { created: "2026-11-25T09:40" })).toMatchObject({ date: "2026-11-25", time: "09:40" });
		expect(dateOf("Meetings/2026-11-25_1400 Sync.md", { created: "2026-11-25T09:40" })).toMatchObject({ date: "2026-11-25", time: "14:00" });
	});

	it("dates a meeting named by a zettel id by its `created` first, as both say when the note was written", () => {
		expect(dateOf("Meetings/202206071051 Call with Sam.md", { created: "2022-06-08" })?.date).toBe("2022-06-08");
	});

	it("reads days and times in file names: ISO, ISO with a compact time, and zettel ids", () => {
		expect(dayInFileName("2026-11-27 Coffee")).toEqual({ day: "2026-11-27", time: null });
		expect(dayInFileName("2022-10-10_0937 Standup")).toEqual({ day: "2022-10-10", time: "09:37" });
		expect(dayInFileName("202206071051 Call with Sam")).toEqual({ day: "2022-06-07", time: "10:51" });
		expect(dayInFileName("20220607105130")).toEqual({ day: "2022-06-07", time: "10:51" });
		expect(dayInFileName("Call 2022-13-45")).toBeNull();
		expect(dayInFileName("Release 1234567")).toBeNull();
	});

	it("reads dated parent folders: year/month/day, month folders with names, and a folder named by the day", () => {
		expect(dayInFolders("Meetings/2026/11/27/Retro.md")).toBe("2026-11-27");
		expect(dayInFolders("Meetings/2026/11-November/05 Thursday/Retro.md")).toBe("2026-11-05");
		expect(dayInFolders("Meetings/2026-11-27/Retro.md")).toBe("2026-11-27");
		expect(dayInFolders("Meetings/2026/11/Retro.md")).toBeNull();
	});

	it("dates a meeting whose date is written out (March 10, 2026; 10 marzo 2026), without a problem", () => {
		for (const date of ["March 10, 2026", "10 marzo 2026"]) {
			const note = dateOf("Meetings/Sync.md", { type: "meeting", date });
			expect(note?.date).toBe("2026-03-10");
			expect(note?.problems).toEqual([]);
		}
	});

	it("keeps the day of a meeting's file name when its date cannot be read, and reports the date", () => {
		const note = dateOf("Meetings/2026-03-10 Sync.md", { date: "the tenth" });
		expect(note?.date).toBe("2026-03-10");
		expect(note?.problems.map((p) => [p.code, p.params])).toEqual([["bad-date", { field: "date", value: '"the tenth"' }]]);
		expect(dateOf("Meetings/Sync.md", { date: "the tenth", created: "2026-03-09" })?.date).toBe("2026-03-09");
	});

	it("reports a meeting without any date once, and a bad date without a second problem", () => {
		expect(dateOf("Meetings/Sync.md", null)?.problems.map((p) => p.code)).toEqual(["meeting-without-date"]);
		expect(dateOf("Meetings/Sync.md", { date: "soon" })?.problems.map((p) => p.code)).toEqual(["bad-date"]);
	});
});

describe("the owner and unknown attendees", () => {
	const meetingsWith = (n: number, name: string) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`Meetings/2026-10-${String(i + 1).padStart(2, "0")} Sync.md`, md({ type: "meeting", attendees: [`[[${name}]]`, "[[Anna]]"] })]));

	it("groups an unknown attendee by name across meetings, with the count, at the first meeting", () => {
		const v = buildVault({ "People/Anna.md": person(), ...meetingsWith(23, "Mario Verdi") });
		expect(v.index.problems()).toEqual([{ path: "Meetings/2026-10-01 Sync.md", line: 2, code: "unknown-attendee", params: { name: "Mario Verdi", n: 23 } }]);
		expect(v.index.counts().problems).toBe(1);
	});

	it("never reports the owner (the me setting, a name or a link) as an unknown attendee", () => {
		for (const me of ["Mario Verdi", "[[Mario Verdi]]", "People/Mario Verdi.md"]) {
			const v = buildVault({ "People/Anna.md": person(), ...meetingsWith(3, "Mario Verdi") }, { settings: { me } });
			expect(v.index.problems()).toEqual([]);
			expect(v.index.counts().problems).toBe(0);
		}
	});

	it("never reports 'me' or 'io' written as an attendee", () => {
		const v = buildVault({ "People/Anna.md": person(), "Meetings/2026-11-02 Sync.md": md({ type: "meeting", attendees: ["me", "[[Anna]]"] }), "Riunioni/2026-11-03 Pranzo.md": md({ partecipanti: "io, [[Anna]]" }) });
		expect(v.index.problems()).toEqual([]);
	});

	it("drops the problem when the person note appears, and brings it back when it goes", () => {
		const v = buildVault({ "People/Anna.md": person(), ...meetingsWith(2, "Mario Verdi") });
		v.write("People/Mario Verdi.md", person());
		expect(v.index.problems()).toEqual([]);
		v.remove("People/Mario Verdi.md");
		expect(v.index.problems().map((p) => p.params)).toEqual([{ name: "Mario Verdi", n: 2 }]);
	});
});

describe("settings saved before these meeting layouts were known", () => {
	it("follow the new defaults when they were never edited, and stay as edited otherwise", () => {
		const saved = { version: 2, meetings: { types: ["meeting", "meetings", "riunione", "incontro", "call", "1:1", "event", "events", "conference", "evento", "conferenza"], tags: ["meeting"], folders: ["Meetings", "Riunioni", "Events", "Eventi"] } };
		const s = migrateSettings(saved);
		expect(s.meetings.folders).toEqual(DEFAULT_SETTINGS.meetings.folders);
		expect(s.meetings.types).toEqual(DEFAULT_SETTINGS.meetings.types);
		expect(s.meetings.tags).toEqual(["meeting"]);
	});
});
