import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CalendarRead, readCalendar } from "../../../src/core/calendar/read-ics";
import { syncLiveCalendar } from "../../../src/core/calendar/live";
import { planCalendarImport } from "../../../src/core/calendar/plan";
import { buildVault, person } from "../../builders";

/** A booking site's export: no UID on its events, floating times meant in its X-WR-TIMEZONE (Lisbon). */
const text = (): string => readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "booking-site.ics"), "utf8");

function read(zone: string, calendar = text()): CalendarRead {
	const r = readCalendar(calendar, { from: "2026-11-01", to: "2026-11-30", zone, myEmails: ["prenotazioni@studio-moretti.example"] });
	if (!r) throw new Error("not read");
	return r;
}

const options = { window: { from: "2026-11-01", to: "2026-11-30", today: "2026-11-30" }, meetingsFolder: "Meetings", peopleFolder: "People", attendeeField: "attendees", template: null, takenPaths: new Set<string>() };

describe("a booking site's calendar whose events have no UID", () => {
	it("gives every event a key of its own, none of them empty", () => {
		const keys = read("Europe/Lisbon").occurrences.map((o) => o.key);
		expect(keys).toHaveLength(3);
		expect(new Set(keys).size).toBe(3);
		for (const key of keys) expect(key).toMatch(/^no-uid-[0-9a-f]{16}$/);
	});

	it("gives every event the same key when the file is exported again later (another DTSTAMP)", () => {
		const again = text().replace(/DTSTAMP:\d{8}T\d{6}Z/g, "DTSTAMP:20261129T080000Z");
		expect(read("Europe/Lisbon", again).occurrences.map((o) => o.key)).toEqual(read("Europe/Lisbon").occurrences.map((o) => o.key));
	});

	it("plans a meeting note for each of its three events, the two of one title included", () => {
		const plan = planCalendarImport(read("Europe/Lisbon"), [], [], options);
		expect(plan.creates.map((c) => c.path)).toEqual(["Meetings/2026-11-05 Consulenza iniziale.md", "Meetings/2026-11-06 Consulenza iniziale.md", "Meetings/2026-11-09 Secondo incontro.md"]);
	});

	it("plans nothing new when imported again: each note is found by its key", () => {
		const first = planCalendarImport(read("Europe/Lisbon"), [], [], options);
		const imported = first.creates.map((c) => ({ path: c.path, frontmatter: { calendar_uid: c.key, date: c.time ? `${c.day}T${c.time}` : c.day, attendees: c.attendees } }));
		const again = planCalendarImport(read("Europe/Lisbon"), [], imported, { ...options, takenPaths: new Set(imported.map((m) => m.path)) });
		expect(again.creates).toEqual([]);
		expect(again.unchanged).toBe(3);
	});
});

describe("a booking site's calendar without UIDs kept as a live calendar", () => {
	it("counts each of its events, none of them put over another", () => {
		const vault = buildVault({ "People/Irene Valli.md": person({ email: "irene.valli@example.org" }), "People/Pietro Sanna.md": person({ email: "pietro.sanna@example.org" }) });
		expect(syncLiveCalendar(vault.index, "Calendars/studio.ics", { text: text() }, { today: "2026-11-10", zone: "Europe/Lisbon", myEmails: ["prenotazioni@studio-moretti.example"] })).toBe(3);
		expect(vault.index.interactions("People/Irene Valli.md")).toHaveLength(2);
		expect(vault.index.interactions("People/Pietro Sanna.md")).toHaveLength(1);
	});
});

describe("a calendar whose times carry no zone, and whose X-WR-TIMEZONE names one", () => {
	const when = (r: CalendarRead): string[] => r.occurrences.map((o) => `${o.day} ${o.time ?? "all day"}`);

	it("reads its times in that zone (Lisbon), for a user in Rome an hour later", () => {
		expect(when(read("Europe/Rome"))).toEqual(["2026-11-05 10:30", "2026-11-06 16:00", "2026-11-09 12:00"]);
	});

	it("reads them on the user's clock when X-WR-TIMEZONE is missing or names no zone", () => {
		for (const calendar of [text().replace(/X-WR-TIMEZONE:.*\r\n/, ""), text().replace("X-WR-TIMEZONE:Europe/Lisbon", "X-WR-TIMEZONE:Studio time")]) {
			expect(when(read("Europe/Rome", calendar))).toEqual(["2026-11-05 09:30", "2026-11-06 15:00", "2026-11-09 11:00"]);
		}
	});
});

describe("a group class a booking site exports as one event per person, without UIDs", () => {
	/** Three seats of one Saturday class: the same start and title, each with its own guest. */
	const group = (): string => readFileSync(join(__dirname, "..", "..", "fixtures", "calendar", "group-class-per-person.ics"), "utf8");
	const readGroup = (calendar = group()): CalendarRead => {
		const r = readCalendar(calendar, { from: "2026-11-01", to: "2026-11-30", zone: "Europe/Rome", myEmails: ["corsi@bottega-aurora.example"] });
		if (!r) throw new Error("not read");
		return r;
	};

	it("gives each seat a key of its own, so no guest is dropped", () => {
		const r = readGroup();
		expect(new Set(r.occurrences.map((o) => o.key)).size).toBe(3);
		expect(r.occurrences.flatMap((o) => o.attendees.map((a) => a.email)).sort()).toEqual(["elena.conti@example.org", "giulia.ferri@example.org", "tommaso.riva@example.org"]);
	});

	it("keeps each key when the file is exported again with its guests in another case or order and another DTSTAMP", () => {
		const again = group().replace(/DTSTAMP:\d{8}T\d{6}Z/g, "DTSTAMP:20261120T080000Z").replace("mailto:Elena.Conti@example.org", "mailto:elena.conti@EXAMPLE.org");
		expect(readGroup(again).occurrences.map((o) => o.key).sort()).toEqual(readGroup().occurrences.map((o) => o.key).sort());
	});

	it("plans nothing new when imported again", () => {
		const first = planCalendarImport(readGroup(), [], [], options);
		expect(first.creates).toHaveLength(3);
		const imported = first.creates.map((c) => ({ path: c.path, frontmatter: { calendar_uid: c.key, date: c.time ? `${c.day}T${c.time}` : c.day, attendees: c.attendees } }));
		const again = planCalendarImport(readGroup(), [], imported, { ...options, takenPaths: new Set(imported.map((m) => m.path)) });
		expect(again.creates).toEqual([]);
		expect(again.unchanged).toBe(3);
	});
});
