import { afterEach, describe, expect, it, vi } from "vitest";
import { inFolder } from "../../../src/core/notes/folder-names";
import { readFrontmatterLines } from "../../../src/core/notes/frontmatter-lines";
import { buildNoteRecord } from "../../../src/core/notes/note-record";
import { typeMatches } from "../../../src/core/notes/type-match";
import { foldWord } from "../../../src/core/notes/fold-word";

afterEach(() => vi.restoreAllMocks());

const wanted = (...words: string[]): Set<string> => new Set(words.map(foldWord));

describe("a note's type", () => {
	it("matches by the whole value, one of its words or a plugin's prefix, and not by a word inside another", () => {
		const meetings = wanted("meeting", "call");
		expect([["Meeting"], ["customer meeting"], ["crm/call"], ["ux-meetings-board"], ["person"], ["person", "Team Call"]].map((types) => typeMatches(types, meetings))).toEqual([true, true, true, false, false, true]);
	});

	it("asked again for the same words is not split or folded anew: zero calls of split", () => {
		const people = wanted("person");
		expect(typeMatches(["weekly team meeting"], people)).toBe(false);
		const split = vi.spyOn(String.prototype, "split");
		expect(typeMatches(["weekly team meeting"], people)).toBe(false);
		expect(split).not.toHaveBeenCalled();
	});
});

describe("whether a note sits in a folder", () => {
	it("reads every folder above the note, by its name, its last words and without its number, never the note's own name", () => {
		const meetings = wanted("meetings");
		expect(["Meetings/2025-01/a.md", "Work/Team Meetings/a.md", "02 - Meetings/a.md", "Meetings.md", "People/Meetings guide/a.md"].map((p) => inFolder(p, meetings))).toEqual([true, true, true, false, false]);
	});

	it("for a second note of the same folder is not split anew: zero calls of split", () => {
		const people = wanted("people");
		expect(inFolder("Archive/2025/People/Anna.md", people)).toBe(true);
		const split = vi.spyOn(String.prototype, "split");
		expect(inFolder("Archive/2025/People/Marco.md", people)).toBe(true);
		expect(split).not.toHaveBeenCalled();
	});
});

describe("the line of a frontmatter value", () => {
	const lines = ["---", "type: meeting", "Attendees:", '  - "[[Anna \\"Nan\\" Rossi]]"', "  - '[[Dana O''Neil]]'", '  - "[[Marco Bianchi]]"', "---", "# Sync"];

	it("is found as written plain, in double quotes with escapes and in single quotes, the key in any case", () => {
		const fm = readFrontmatterLines(lines, 7);
		expect([fm.valueLine("attendees", '[[Anna "Nan" Rossi]]'), fm.valueLine("attendees", "[[Dana O'Neil]]"), fm.valueLine("attendees", "[[Marco Bianchi]]"), fm.keyLine("TYPE"), fm.keyLine("Attendees")]).toEqual([3, 4, 5, 1, 2]);
	});

	it("of a value JSON writes as it is, under a key written as asked, stringifies and lower-cases nothing", () => {
		const fm = readFrontmatterLines(lines, 7);
		const stringify = vi.spyOn(JSON, "stringify");
		const lower = vi.spyOn(String.prototype, "toLowerCase");
		expect(fm.valueLine("Attendees", "[[Marco Bianchi]]")).toBe(5);
		expect(stringify).not.toHaveBeenCalled();
		expect(lower).not.toHaveBeenCalled();
	});
});

describe("a note's keys written in two spellings", () => {
	const record = (fm: Record<string, unknown>, lines: string[]) => {
		const problems: { code: string }[] = [];
		buildNoteRecord("a.md", fm, readFrontmatterLines(lines, lines.length), [], problems as never);
		return problems.map((p) => p.code);
	};

	it("are still named as a conflict (lastContact beside last_contact), and one spelling alone is none", () => {
		expect(record({ last_contact: "2026-11-20", lastContact: "2026-10-01" }, ["---", "last_contact: 2026-11-20", "lastContact: 2026-10-01", "---"])).toEqual(["key-spelling-conflict"]);
		expect(record({ lastContact: "2026-10-01" }, ["---", "lastContact: 2026-10-01", "---"])).toEqual([]);
	});

	it("are read into words once per key: a second note with the same keys calls replace zero times", () => {
		const lines = ["---", "nextContact: 2026-12-01", "type: person", "---"];
		record({ nextContact: "2026-12-01", type: "person" }, lines);
		const replace = vi.spyOn(String.prototype, "replace");
		record({ nextContact: "2026-12-02", type: "person" }, lines);
		expect(replace).not.toHaveBeenCalled();
	});
});
