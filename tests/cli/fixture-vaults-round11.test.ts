import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault, type LoadedVault } from "../../src/cli/load-vault";
import { buildAgenda } from "../../src/core/agenda/agenda";

/**
 * Vaults written by hand in the styles of vaults whose owners write in German or Hungarian, of the
 * Metadata Menu plugin's `fileClass`, and of simple meeting templates and a Notion export
 * (tests/fixtures/vaults), read as the CLI reads them.
 */
const FIXTURES = join(__dirname, "..", "fixtures", "vaults");
const TODAY = "2026-11-30";

const [german, hungarian, metadataMenu, simple] = await Promise.all([vault("german-team"), vault("hungarian-team"), vault("metadata-menu"), vault("simple-templates")]);

function vault(name: string): Promise<LoadedVault> {
	return loadVault(join(FIXTURES, name), { cacheRoot: null });
}

function meetings(v: LoadedVault): [string, string | null, string[]][] {
	return [...v.index.allNotes()]
		.filter((n) => n.kind === "meeting")
		.map((n): [string, string | null, string[]] => [n.path, n.date, v.index.attendeesOf(n.path).sort()])
		.sort((a, b) => a[0].localeCompare(b[0]));
}

describe("a German team vault: Personen, Kontakte, Besprechungen, Typ, Teilnehmer and Datum", () => {
	const v = german;
	const jonas = "Personen/Jonas Weber.md";
	const lea = "Personen/Lea Schmitt.md";
	const frank = "Kontakte/Dr. Frank Oster.md";

	it("finds the three people (Typ: Person, the Personen and Kontakte folders), not the folder's overview note", () => {
		expect(v.index.personNotes().map((n) => n.path).sort()).toEqual([frank, jonas, lea]);
	});

	it("dates each meeting by its Datum, dotted day first, and credits the Teilnehmer in a list, under a heading and after a label joined by und", () => {
		expect(meetings(v)).toEqual([
			["Besprechungen/2026/Datenschutz-Termin.md", "2026-11-19", [frank, lea]],
			["Besprechungen/2026/Kurzabstimmung.md", "2026-11-27", [jonas, lea]],
			["Besprechungen/2026/Sprint-Planung 24.11.md", "2026-11-24", [jonas, lea]],
		]);
		expect(v.index.note("Besprechungen/2026/Sprint-Planung 24.11.md")?.time).toBe("10:00");
	});

	it("reads neither a book note with a Teilnehmer heading nor the template in Vorlagen as a meeting, and asks for no person note for Alle or Vorname Nachname", () => {
		expect(v.index.note("Notizen/Buchnotiz Teamführung.md")?.kind).toBe("other");
		expect(v.index.note("Vorlagen/Besprechung.md")?.kind).toBe("other");
		expect(v.index.problems().filter((p) => p.code !== "meeting-without-follow-up").map((p) => [p.path, p.code])).toEqual([]);
	});

	it("gives the agenda the follow-up of the Sprint-Planung to Jonas", () => {
		const items = buildAgenda(v.index, TODAY, v.settings).items.filter((i) => i.kind === "followup");
		expect(items.map((i) => [i.text, i.people])).toEqual([["[[Jonas Weber]] prüft die Schnittstelle", [jonas]]]);
	});
});

describe("a Hungarian team vault: Emberek, Megbeszélések, típus, résztvevők and dátum", () => {
	const v = hungarian;
	const peter = "Emberek/Kovács Péter.md";
	const eszter = "Emberek/Nagy Eszter.md";
	const anna = "Jegyzetek/Szabó Anna.md";

	it("finds the three people (típus: személy and the Emberek folder), each once", () => {
		expect(v.index.personNotes().map((n) => n.path).sort()).toEqual([peter, eszter, anna]);
	});

	it("dates each meeting by its dátum written year first with dots, and credits the résztvevők, in a property and under a Résztvevők heading joined by és", () => {
		expect(meetings(v)).toEqual([
			["Megbeszélések/Heti egyeztetés.md", "2026-11-26", [peter, eszter]],
			["Megbeszélések/Kávé Annával.md", "2026-11-12", []],
			["Megbeszélések/Tervezés.md", "2026-11-19", [peter, eszter]],
		]);
		expect(v.index.note("Megbeszélések/Tervezés.md")?.time).toBe("14:00");
		expect(v.index.lastInteraction(anna, TODAY)?.day).toBe("2026-11-12");
	});

	it("reads neither a book note with a Résztvevők heading nor the template in Sablonok as a meeting, and reports nothing else", () => {
		expect(v.index.note("Jegyzetek/Könyv.md")?.kind).toBe("other");
		expect(v.index.note("Sablonok/Megbeszélés sablon.md")?.kind).toBe("other");
		expect(v.index.problems().filter((p) => p.code !== "meeting-without-follow-up").map((p) => [p.path, p.code])).toEqual([]);
	});
});

describe("a flat vault classed by the Metadata Menu plugin's fileClass", () => {
	const v = metadataMenu;

	it("finds the people whose fileClass is Person, alone or among other classes, and not the class definitions", () => {
		expect(v.index.personNotes().map((n) => n.path).sort()).toEqual(["Notes/Owen Hart.md", "Notes/Priya Raman.md"]);
	});

	it("reads the note whose fileClass is Meeting as a meeting with its day, time and attendees, and no book or project note as one", () => {
		expect(meetings(v)).toEqual([["Notes/Pipeline review.md", "2026-11-24", ["Notes/Owen Hart.md", "Notes/Priya Raman.md"]]]);
		expect(v.index.note("Notes/Pipeline review.md")?.time).toBe("15:30");
		expect(v.index.lastInteraction("Notes/Priya Raman.md", TODAY)?.day).toBe("2026-11-24");
	});
});

describe("simple meeting templates and a Notion export: body labels, a table of details, Team Meetings", () => {
	const v = simple;
	const ada = "People/Ada Park.md";
	const ben = "People/Ben Cho.md";
	const rui = "People/Rui Santos.md";

	it("finds every meeting with its day, time and attendees, and no MOC, template, daily note or invoice among them", () => {
		const timed = [...v.index.allNotes()].filter((n) => n.kind === "meeting").map((n) => [n.path, n.time]);
		expect(meetings(v)).toEqual([
			["Meeting Minutes/Ops sync.md", "2026-11-27", [ben, rui]],
			["Meeting Minutes/Quarterly review.md", "2026-11-20", [ada, rui]],
			["Notion/Team Meetings/Weekly standup.md", "2026-11-23", [ada, rui]],
			["Timestamps/Meetings/2026-11-25 Vendor call.md", "2026-11-25", [ada, ben]],
		]);
		expect(Object.fromEntries(timed)).toMatchObject({ "Meeting Minutes/Quarterly review.md": "14:00", "Notion/Team Meetings/Weekly standup.md": "09:15" });
		expect(v.index.personNotes().map((n) => n.path).sort()).toEqual([ada, ben, rui]);
	});

	it("dates everyone's last contact by those meetings, and doctor asks for nothing but a follow-up", () => {
		expect([ada, ben, rui].map((p) => v.index.lastInteraction(p, TODAY)?.day)).toEqual(["2026-11-25", "2026-11-27", "2026-11-27"]);
		expect(v.index.problems().filter((p) => p.code !== "meeting-without-follow-up").map((p) => [p.path, p.code])).toEqual([]);
	});
});
