import { describe, expect, it } from "vitest";
import { type ExistingPerson, planImport } from "../../../src/core/contacts/plan";
import { readContacts } from "../../../src/core/contacts/read-contacts";
import { importPlanSections } from "../../../src/core/render/import-plan";
import { translator } from "../../../src/i18n";

/** A vCard 3.0 card as phones and Google Contacts export it: FN, N, then the fields given. */
const card = (fn: string, n: string, ...lines: string[]): string => ["BEGIN:VCARD", "VERSION:3.0", `FN:${fn}`, `N:${n}`, ...lines, "END:VCARD", ""].join("\r\n");
const note = (path: string, frontmatter: Record<string, unknown>): ExistingPerson => ({ path, frontmatter: { type: "person", ...frontmatter } });

function updateLines(vcf: string, existing: ExistingPerson[], language: "en" | "it"): string[] | undefined {
	const file = readContacts(vcf);
	if (!file) throw new Error("not read as contacts");
	const plan = planImport(file, existing, { folder: "People", takenPaths: new Set(existing.map((e) => e.path)) });
	return importPlanSections(plan, translator(language), { written: false, withLines: false }).find((s) => s.id === "updates")?.items;
}

describe("the import preview names the contact that completes a note of another name", () => {
	const existing = [note("People/Anna Maria Rossi.md", { email: "anna@lumen.example", first_name: "Anna Maria", last_name: "Rossi" })];

	it("says in English which card completes Anna Maria Rossi.md when the card is Rossi Anna, found by her email", () => {
		expect(updateLines(card("Rossi Anna", "Rossi;Anna;;;", "EMAIL:anna@lumen.example", "TITLE:Designer"), existing, "en")).toEqual(["People/Anna Maria Rossi.md, from Rossi Anna: role"]);
	});

	it("says it in Italian", () => {
		expect(updateLines(card("Rossi Anna", "Rossi;Anna;;;", "EMAIL:anna@lumen.example", "TITLE:Designer"), existing, "it")).toEqual(["People/Anna Maria Rossi.md, da Rossi Anna: role"]);
	});

	it("names the card found by name in another spelling (Juergen Mueller for Jürgen Müller.md)", () => {
		expect(updateLines(card("Juergen Mueller", "Mueller;Juergen;;;", "TITLE:Engineer"), [note("People/Jürgen Müller.md", {})], "en")).toEqual(["People/Jürgen Müller.md, from Juergen Mueller: first_name, last_name, role"]);
	});

	it("still gives the note and its fields alone when the card writes the note's name (case aside)", () => {
		expect(updateLines(card("ANNA MARIA ROSSI", "Rossi;Anna Maria;;;", "EMAIL:anna@lumen.example", "TITLE:Designer"), existing, "en")).toEqual(["People/Anna Maria Rossi.md: role"]);
	});
});
