import { describe, expect, it } from "vitest";
import { vcardsFor } from "../../../src/core/contacts/export";
import { planImport, plannedNoteText } from "../../../src/core/contacts/plan";
import { readContactBytes, readContacts } from "../../../src/core/contacts/read-contacts";
import { deathDateFromText } from "../../../src/core/notes/death-period";
import { buildVault } from "../../builders";

/*
 * RFC 6474 §2.3 adds DEATHDATE to vCard 4.0: a date-and-or-time (`19960415`, with the reduced accuracy of RFC 6350
 * §4.3.1: `1987-03`, `1987`, `--0415` without the year), or text (`DEATHDATE;VALUE=text:circa 1800`). Cards in that
 * style, as a genealogy or contacts app that keeps the property writes them.
 */
const bytes = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join("\r\n") + "\r\n");
const card = (name: string, ...lines: string[]): string[] => ["BEGIN:VCARD", "VERSION:4.0", `FN:${name}`, ...lines, "END:VCARD"];

describe("a vCard's DEATHDATE on import", () => {
	const file = readContactBytes(
		bytes([
			...card("Marie Curie", "BDAY:18671107", "DEATHDATE:19340704"),
			...card("Nonno Piero", "DEATHDATE:1987"),
			...card("Zia Lina", "DEATHDATE:1987-03"),
			...card("Bisnonno Carlo", "DEATHDATE;VALUE=text:circa 1800"),
			...card("Prozia Ada", "DEATHDATE:--0415"),
			...card("Zio Ugo", "DEATHDATE:19961345"),
		]),
	);

	it("is read as the note writes a death: the day, the month, the year, or the card's text", () => {
		expect(file?.contacts.map((c) => [c.name, c.died])).toEqual([
			["Marie Curie", "1934-07-04"],
			["Nonno Piero", "1987"],
			["Zia Lina", "1987-03"],
			["Bisnonno Carlo", "circa 1800"],
			["Prozia Ada", "--04-15"],
			["Zio Ugo", null],
		]);
		expect(file?.problems).toEqual([{ line: 30, code: "badDate", params: { field: "DEATHDATE", value: "19961345" } }]);
		expect(file?.notKept).toEqual([]);
	});

	it("is written as `died` in the new note, which Rapport then reads as her death", () => {
		const plan = file ? planImport(file, [], { folder: "People", takenPaths: new Set() }) : null;
		const curie = plan?.creates.find((n) => n.path === "People/Marie Curie.md");
		const text = curie ? plannedNoteText(curie) : "";
		expect(text).toBe("---\ntype: person\nbirthday: \"1867-11-07\"\ndied: \"1934-07-04\"\n---\n");
		expect(buildVault({}).parse("People/Marie Curie.md", text).person?.died).toBe("1934-07-04");
	});

	it("adds no `died` to a note that says the death under another key", () => {
		const one = readContactBytes(bytes(card("Nonno Piero", "EMAIL:piero@example.org", "DEATHDATE:1987")));
		const existing = [{ path: "People/Nonno Piero.md", frontmatter: { type: "person", email: "piero@example.org", morto: 1987 } }];
		const plan = one ? planImport(one, existing, { folder: "People", takenPaths: new Set(["People/Nonno Piero.md"]) }) : null;
		expect(plan?.updates).toEqual([]);
		expect(plan?.unchanged).toBe(1);
	});
});

describe("the vCard export of someone who died", () => {
	const people = [
		{ path: "People/Marie Curie.md", frontmatter: { type: "person" }, died: deathDateFromText("1934-07-04") },
		{ path: "People/Nonno Piero.md", frontmatter: { type: "person" }, died: deathDateFromText("1987") },
		{ path: "People/Zia Lina.md", frontmatter: { type: "person" }, died: deathDateFromText("1987-03") },
		{ path: "People/Zia Rosa.md", frontmatter: { type: "person" }, died: true as const },
		{ path: "People/Anna.md", frontmatter: { type: "person" } },
	];

	it("writes DEATHDATE as a full date, a year and month, or a year alone, and as text for a death without a date", () => {
		const text = vcardsFor(people) ?? "";
		const deaths = text.split("END:VCARD").map((c) => [/FN:(.*)/.exec(c)?.[1], /(DEATHDATE[;:].*)/.exec(c)?.[1]]).filter(([fn]) => fn !== undefined);
		expect(deaths).toEqual([
			["Anna", undefined],
			["Marie Curie", "DEATHDATE:19340704"],
			["Nonno Piero", "DEATHDATE:1987"],
			["Zia Lina", "DEATHDATE:1987-03"],
			["Zia Rosa", "DEATHDATE;VALUE=text:unknown"],
		]);
	});

	it("reads back as the death it wrote", () => {
		expect(readContacts(vcardsFor(people) ?? "")?.contacts.map((c) => [c.name, c.died])).toEqual([
			["Anna", null],
			["Marie Curie", "1934-07-04"],
			["Nonno Piero", "1987"],
			["Zia Lina", "1987-03"],
			["Zia Rosa", "unknown"],
		]);
	});

	it("keeps a death without a date through export and import: the new note says she died", () => {
		const file = readContacts(vcardsFor([{ path: "People/Zia Rosa.md", frontmatter: { type: "person", deceased: true }, died: true }]) ?? "");
		const plan = file ? planImport(file, [], { folder: "People", takenPaths: new Set() }) : null;
		const text = plan?.creates[0] ? plannedNoteText(plan.creates[0]) : "";
		expect(text).toContain("died: unknown\n");
		expect(buildVault({}).parse("People/Zia Rosa.md", text).person?.died).toBe(true);
	});
});

describe("a death day without its year (`DEATHDATE:--0415`, RFC 6350 §4.3.1)", () => {
	const prozia = readContactBytes(bytes(card("Prozia Ada", "DEATHDATE:--04-15")));
	const plan = prozia ? planImport(prozia, [], { folder: "People", takenPaths: new Set() }) : null;
	const text = plan?.creates[0] ? plannedNoteText(plan.creates[0]) : "";

	it("is read back from the new note as that day without a year, not as a death without a day", () => {
		expect(text).toContain('died: "--04-15"\n');
		expect(buildVault({}).parse("People/Prozia Ada.md", text).person?.died).toBe("--04-15");
	});

	it("is exported as the card wrote it and imported again as the same day", () => {
		const card = vcardsFor([{ path: "People/Prozia Ada.md", frontmatter: { type: "person" }, died: deathDateFromText("--04-15") }]) ?? "";
		expect(card).toContain("DEATHDATE:--0415\r\n");
		expect(readContacts(card)?.contacts.map((c) => c.died)).toEqual(["--04-15"]);
	});
});

describe("a death a card gives in words (`DEATHDATE;VALUE=text:circa 1800`)", () => {
	const file = readContactBytes(bytes(card("Bisnonno Carlo", "DEATHDATE;VALUE=text:circa 1800\\, Napoli")));
	const plan = file ? planImport(file, [], { folder: "People", takenPaths: new Set() }) : null;
	const text = plan?.creates[0] ? plannedNoteText(plan.creates[0]) : "";

	it("is written in the note without the card's escape (`\\,`)", () => {
		expect(text).toContain('died: "circa 1800, Napoli"\n');
		expect(buildVault({}).parse("People/Bisnonno Carlo.md", text).person?.died).toBe(true);
	});

	it("is exported again in those words, not as 'unknown', and imported again as the same words", () => {
		const exported = vcardsFor([{ path: "People/Bisnonno Carlo.md", frontmatter: { type: "person", died: "circa 1800, Napoli" }, died: true }]) ?? "";
		expect(exported).toContain("DEATHDATE;VALUE=text:circa 1800\\, Napoli\r\n");
		expect(readContacts(exported)?.contacts.map((c) => c.died)).toEqual(["circa 1800, Napoli"]);
	});

	it("is 'unknown' for a note that only says yes (deceased: true, died: yes)", () => {
		const cards = vcardsFor([
			{ path: "People/Zia Rosa.md", frontmatter: { type: "person", deceased: true }, died: true },
			{ path: "People/Zio Ugo.md", frontmatter: { type: "person", died: "yes" }, died: true },
		]);
		expect(cards?.match(/DEATHDATE.*/g)).toEqual(["DEATHDATE;VALUE=text:unknown", "DEATHDATE;VALUE=text:unknown"]);
	});
});
