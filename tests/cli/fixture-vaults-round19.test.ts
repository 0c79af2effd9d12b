import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadVault } from "../../src/cli/load-vault";
import { buildAgenda } from "../../src/core/agenda/agenda";
import { personRows } from "../../src/core/index/people";

/**
 * A vault written by hand in the styles of the notes tried in round 19 (tests/fixtures/vaults/real-vaults-round19; own
 * text, made-up people): people templates in German, Spanish and French (`geburtstag`, `cumpleaños`, `anniversaire`…), rdegges/pkms's day folders (`Meetings/<domain>/YYYY/MM/DD/` holding `daily-brief.md` typed
 * `daily-brief` and a `pre-brief.md` beside the day's `HHMM - Title.md` meetings), a daily review and a daily note kept
 * in the meetings folder (`type: daily-review`, `type: daily`, the second with who came), 1:1 notes named only by their
 * title (`1-1 Anna Rossi`, `title: "1:1 with Marco"`, a heading `# Dana <> me`, `title: "Anna / Marco sync"`, Italian
 * `Incontro con Anna`, `Call con Marco`), and a meeting an importer wrote twice, as MeetingMind's Otter import is kept
 * by some: the summary note and, beside it, `… - Transcript`, and a page of a Notion meetings database exported to Markdown
 * (`Meetings <id>/Title <id>.md`, its properties as lines under its title: `Date: November 25, 2026 2:00 PM (GMT+1)`), and a meeting
 * adamjgmiller/fireflies-to-obsidian writes (`Fireflies/YYYY-MM-DD-HH-MM-Title.md`, attendees as addresses, `- **Name** (address)` under
 * `## Attendees`, `**Date:** Fri Nov 27 2026` under the title); read as the CLI reads it.
 */
const TODAY = "2026-11-30";
const v = await loadVault(join(__dirname, "..", "fixtures", "vaults", "real-vaults-round19"), { cacheRoot: null });

const anna = "People/Anna Rossi.md";
const marco = "People/Marco Bianchi.md";
const dana = "People/Dana Evans.md";
const kofi = "People/Kofi Mensah.md";
const day = "Meetings/Acme/2026/11/24";
const ones = "Meetings/One-on-ones";

function meetings(): (string | null | string[])[][] {
	return [...v.index.allNotes()]
		.filter((n) => n.kind === "meeting")
		.map((n) => [n.path, n.date, [...v.index.attendeesOf(n.path)].sort()])
		.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
}

describe("notes in the styles of the vaults tried in round 19", () => {
	it("keeps a day's brief, a pre-brief and a daily review out of the meetings, and reads the brief and the review as the daily notes of their day", () => {
		expect([`${day}/daily-brief.md`, `${day}/pre-brief.md`, "Meetings/2026-11-25 Daily review.md"].map((p) => [p, v.index.note(p)?.kind, v.index.note(p)?.date])).toEqual([
			[`${day}/daily-brief.md`, "daily", "2026-11-24"],
			[`${day}/pre-brief.md`, "other", null],
			["Meetings/2026-11-25 Daily review.md", "daily", "2026-11-25"],
		]);
	});

	it("keeps as a meeting a daily note that says who came, with them", () => {
		expect(v.index.note("Meetings/2026-11-26 Daily.md")?.kind).toBe("meeting");
		expect(v.index.attendeesOf("Meetings/2026-11-26 Daily.md")).toEqual([kofi]);
	});

	it("takes a 1:1's people from its file name, its title property or its title heading, only those with a person note", () => {
		expect(meetings()).toEqual([
			["Fireflies/2026-11-27-15-00-Mirror budget.md", "2026-11-27", [anna, marco]],
			["Meetings 8f2c1a7e9b3d4c5fa1e2b3c4d5e6f7a8/Quarterly planning 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.md", "2026-11-25", [anna, marco]],
			["Meetings/2026-11-19 Sync with marketing.md", "2026-11-19", []],
			["Meetings/2026-11-26 Daily.md", "2026-11-26", [kofi]],
			[`${day}/1000 - Registry roadmap.md`, "2026-11-24", [anna]],
			[`${ones}/1-1 Anna Rossi.md`, "2026-11-17", [anna]],
			[`${ones}/1-1 Giulia Neri.md`, "2026-11-16", []],
			[`${ones}/2026-11-19 Dana sync.md`, "2026-11-19", [dana]],
			[`${ones}/2026-11-20 Anna and Marco.md`, "2026-11-20", [anna, marco]],
			[`${ones}/Weekly with M.md`, "2026-11-18", [marco]],
			["Meetings/Otter/2026-11-23 Quota rollout.md", "2026-11-23", [anna, kofi]],
			["Riunioni/Call con Marco.md", "2026-11-13", [marco]],
			["Riunioni/Incontro con Anna.md", "2026-11-12", [anna]],
		]);
	});

	it("gives each 1:1's unnamed follow-up to the people its title names, and the brief's carried-over task to no one", () => {
		const items = buildAgenda(v.index, TODAY, v.settings).items.filter((i) => i.kind === "followup");
		const of = (text: string) => [...(items.find((i) => i.text === text)?.people ?? [])].sort();
		expect(of("Share the interview rubric")).toEqual([anna]);
		expect(of("Ask finance about the mirror budget")).toEqual([marco]);
		expect(of("Review Dana's promotion packet")).toEqual([dana]);
		expect(of("Write up the shared quota")).toEqual([anna, marco]);
		expect(of("Mandare il riepilogo")).toEqual([anna]);
		expect(of("Preparare il preventivo")).toEqual([marco]);
		expect(items.map((i) => i.text)).not.toContain("Review the quota proposal");
		expect(items.map((i) => i.text)).not.toContain("Print the quota chart");
	});

	it("reads an importer's transcript beside its summary as a record of that one meeting, and lists its follow-up once", () => {
		expect(v.index.note("Meetings/Otter/2026-11-23 Quota rollout - Transcript.md")?.kind).toBe("other");
		expect(v.index.meetingsOn("2026-11-23").map((n) => n.path)).toEqual(["Meetings/Otter/2026-11-23 Quota rollout.md"]);
		const items = buildAgenda(v.index, TODAY, v.settings).items.filter((i) => i.kind === "followup" && i.text.startsWith("Draft the tenant list"));
		expect(items.map((i) => [i.source.path, [...i.people]])).toEqual([["Meetings/Otter/2026-11-23 Quota rollout.md", [kofi]]]);
	});

	it("dates each person's last contact by the meetings only (a brief names no one met), and asks doctor for no one", () => {
		expect(personRows(v.index, TODAY).filter((r) => r.path.startsWith("People/") && !r.path.includes("Claire")).map((r) => [r.path, r.lastContact])).toEqual([
			[anna, "2026-11-27"],
			[dana, "2026-11-19"],
			[kofi, "2026-11-26"],
			[marco, "2026-11-27"],
		]);
		const asked = v.index.problems().filter((p) => ["unknown-attendee", "ambiguous-attendee", "numbered-copy", "meeting-without-date", "bad-date"].includes(p.code));
		expect(asked).toEqual([]);
		expect(v.index.problems().filter((p) => p.path.endsWith("- Transcript.md"))).toEqual([]);
	});
});

describe("people templates in German, Spanish and French", () => {
	const jonas = "Personen/Jonas Weber.md";
	const lucia = "Contactos/Lucía Gómez.md";
	const claire = "People/Claire Martin.md";

	it("reads the birthday, the organisation, the phone and the email under the template's own words, days written day first", () => {
		const person = (path: string) => v.index.person(path)?.person;
		expect([jonas, lucia, claire].map((p) => [person(p)?.birthday, person(p)?.org, person(p)?.phone, person(p)?.email])).toEqual([
			[{ year: 1984, month: 6, day: 2 }, "Acme GmbH", "+49 30 5550 1234", "jonas@acme.example"],
			[{ year: 1991, month: 9, day: 14 }, "Lumen", "+34 91 555 0199", "lucia@lumen.example"],
			[{ year: 1988, month: 2, day: 20 }, "Lumen", "+33 1 55 50 12 34", "claire@lumen.example"],
		]);
	});

	it("dates each one's last contact by the template's own key", () => {
		expect([jonas, lucia, claire].map((p) => v.index.lastInteraction(p)?.day)).toEqual(["2026-11-10", "2026-11-15", "2026-11-05"]);
		expect(v.index.problems().filter((p) => [jonas, lucia, claire].includes(p.path))).toEqual([]);
	});
});

describe("a page of a Notion meetings database exported to Markdown", () => {
	it("is dated by its Date line and credits the people of its Attendees line", () => {
		const path = "Meetings 8f2c1a7e9b3d4c5fa1e2b3c4d5e6f7a8/Quarterly planning 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.md";
		expect([v.index.note(path)?.kind, v.index.note(path)?.date, [...v.index.attendeesOf(path)].sort()]).toEqual(["meeting", "2026-11-25", [anna, marco]]);
		expect(v.index.problems().filter((p) => p.path === path)).toEqual([]);
	});
});

describe("a meeting Fireflies synced (fireflies-to-obsidian: emails as attendees, names beside them in the body)", () => {
	const path = "Fireflies/2026-11-27-15-00-Mirror budget.md";

	it("credits each person once, by the address in her note or by the name written beside the address, and asks for no note for an address so named", () => {
		expect([v.index.note(path)?.date, [...v.index.attendeesOf(path)].sort()]).toEqual(["2026-11-27", [anna, marco]]);
		expect(v.index.problems().filter((p) => p.path === path).map((p) => p.code)).toEqual([]);
	});
});
