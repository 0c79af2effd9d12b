import { describe, expect, it } from "vitest";
import { type ExistingPerson, planImport } from "../../../src/core/contacts/plan";
import { readContacts } from "../../../src/core/contacts/read-contacts";

/** A vCard 3.0 card as phones and Google Contacts export it: FN, N, then the fields given. */
const card = (fn: string, n: string, ...lines: string[]): string => ["BEGIN:VCARD", "VERSION:3.0", `FN:${fn}`, `N:${n}`, ...lines, "END:VCARD", ""].join("\r\n");
const note = (path: string, frontmatter: Record<string, unknown>): ExistingPerson => ({ path, frontmatter: { type: "person", ...frontmatter } });

function plan(vcf: string, existing: ExistingPerson[]) {
	const file = readContacts(vcf);
	if (!file) throw new Error("not read as contacts");
	return planImport(file, existing, { folder: "People", takenPaths: new Set(existing.map((e) => e.path)) });
}

describe("German umlauts written out (ü as ue), as a keyboard or an old system without them writes them", () => {
	it("completes Jürgen Müller.md from a card of Juergen Mueller instead of making a second note", () => {
		const p = plan(card("Juergen Mueller", "Mueller;Juergen;;;", "TITLE:Engineer"), [note("People/Jürgen Müller.md", {})]);
		expect(p.creates).toEqual([]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Jürgen Müller.md"]);
	});

	it("completes Joerg Schroeder.md from a card of Jörg Schröder", () => {
		const p = plan(card("Jörg Schröder", "Schröder;Jörg;;;", "TITLE:Engineer"), [note("People/Joerg Schroeder.md", {})]);
		expect(p.creates).toEqual([]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Joerg Schroeder.md"]);
	});

	it("completes Jürgen Müller.md found by his email from a card that writes Juergen Mueller, instead of listing it as ambiguous", () => {
		const p = plan(card("Juergen Mueller", "Mueller;Juergen;;;", "EMAIL:jm@example.de", "TITLE:Engineer"), [note("People/Jürgen Müller.md", { email: "jm@example.de" })]);
		expect(p.ambiguous).toEqual([]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Jürgen Müller.md"]);
	});

	it("merges Jürgen Müller and Juergen Mueller written twice in one file into one note", () => {
		const p = plan(card("Jürgen Müller", "Müller;Jürgen;;;", "TEL:+49 30 1234567") + card("Juergen Mueller", "Mueller;Juergen;;;", "EMAIL:jm@example.de"), []);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Jürgen Müller.md"]);
		expect(p.repeats.map((r) => r.firstLine)).toEqual([1]);
	});

	it("still keeps Manuel Rossi and Manul Rossi apart: only a written umlaut has a second spelling", () => {
		const p = plan(card("Manul Rossi", "Rossi;Manul;;;", "TITLE:Engineer"), [note("People/Manuel Rossi.md", {})]);
		expect(p.updates).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Manul Rossi.md"]);
	});
});
