import { describe, expect, it } from "vitest";
import { type ExistingPerson, planImport } from "../../../src/core/contacts/plan";
import { readContacts } from "../../../src/core/contacts/read-contacts";

/** A vCard 3.0 card as phones export it: FN, N, then the fields given. */
const card = (fn: string, n: string, ...lines: string[]): string => ["BEGIN:VCARD", "VERSION:3.0", `FN:${fn}`, `N:${n}`, ...lines, "END:VCARD", ""].join("\r\n");
const note = (path: string, frontmatter: Record<string, unknown> = {}): ExistingPerson => ({ path, frontmatter: { type: "person", ...frontmatter } });

function plan(vcf: string, existing: ExistingPerson[]) {
	const file = readContacts(vcf);
	if (!file) throw new Error("not read as contacts");
	return planImport(file, existing, { folder: "People", takenPaths: new Set(existing.map((e) => e.path)) });
}

describe("two people whose names fold alike, both with a note", () => {
	const both = [note("People/Jan Strauß.md"), note("People/Jan Strauss.md")];

	it("completes the note spelled as the card writes the name (Jan Strauss), instead of listing the card as ambiguous", () => {
		const p = plan(card("Jan Strauss", "Strauss;Jan;;;", "TITLE:Engineer"), both);
		expect(p.ambiguous).toEqual([]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Jan Strauss.md"]);
	});

	it("completes Jan Strauß.md from a Jan Strauß card", () => {
		const p = plan(card("Jan Strauß", "Strauß;Jan;;;", "TITLE:Architect"), both);
		expect(p.ambiguous).toEqual([]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Jan Strauß.md"]);
	});

	it("reads a card written in capitals (JAN STRAUSS) as Jan Strauss: case is no spelling", () => {
		const p = plan(card("JAN STRAUSS", "STRAUSS;JAN;;;", "TITLE:Engineer"), both);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Jan Strauss.md"]);
	});
});
