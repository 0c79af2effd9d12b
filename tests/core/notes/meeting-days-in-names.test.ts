import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * A meeting dated only by its file name, named as people and tools name notes beyond ISO: day first with
 * dots or dashes (Italian and German writers), year first with underscores (Logseq's journals), the month's
 * name (`Nov 30, 2026`, `30 novembre 2026`). Before, each was "a meeting with no date" and never counted.
 */
const body = "---\ntype: meeting\nattendees: [\"[[Anna Rossi]]\"]\n---\n";
const anna = { "People/Anna Rossi.md": "---\ntype: person\n---\n" };

function dayOf(name: string, text = body): string | null {
	const path = `Meetings/${name}.md`;
	const v = buildVault({ ...anna, [path]: text });
	return v.index.note(path)?.date ?? null;
}

describe("a meeting's day in its file name", () => {
	it.each([
		["30-11-2026 Riunione", "2026-11-30"],
		["30.11.2026 Riunione", "2026-11-30"],
		["Riunione 01.12.2026", "2026-12-01"],
		["Standup 11-30-2026", "2026-11-30"],
		["30_11_2026 Call", "2026-11-30"],
		["Standup 2026_11_30", "2026-11-30"],
		["Nov 30, 2026 Standup", "2026-11-30"],
		["Standup November 30th 2026", "2026-11-30"],
		["Standup 30 Nov 2026", "2026-11-30"],
		["Riunione 30 novembre 2026", "2026-11-30"],
		["1° dicembre 2026 Riunione", "2026-12-01"],
	])("%s is on %s, with Anna there", (name, day) => {
		const path = `Meetings/${name}.md`;
		const v = buildVault({ ...anna, [path]: body });
		expect(v.index.note(path)?.date).toBe(day);
		expect(v.index.lastInteraction("People/Anna Rossi.md")?.day).toBe(day);
		expect(v.index.problems().filter((p) => p.code === "meeting-without-date")).toEqual([]);
	});
});

describe("names that hold no one day", () => {
	it("a day first or month first with dashes that could be either stays unread, and doctor asks for the date", () => {
		const v = buildVault({ ...anna, "Meetings/05-12-2026 Riunione.md": body });
		expect(v.index.note("Meetings/05-12-2026 Riunione.md")?.date).toBeNull();
		expect(v.index.problems().map((p) => p.code)).toContain("meeting-without-date");
	});

	it.each(["Release 1.2.2026.1 notes", "Budget 2026_2027", "Call 45-11-2026", "Sprint 30 Movember 2026", "Q4 2026 planning"])("%s has no day", (name) => {
		expect(dayOf(name)).toBeNull();
	});

	it("a date property wins over the name, and an ISO day in the name is read as before", () => {
		expect(dayOf("30-11-2026 Riunione", "---\ntype: meeting\ndate: 2026-11-28\n---\n")).toBe("2026-11-28");
		expect(dayOf("2026-11-27 Sync 30.11.2026")).toBe("2026-11-27");
	});
});
