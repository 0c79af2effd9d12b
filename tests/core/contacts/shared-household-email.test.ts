import { describe, expect, it } from "vitest";
import { card, note, plan } from "./cards";

/** Anna and Marco Rossi, who both give the family's address; Anna has her own too. */
const household = [note("People/Anna Rossi.md", { email: ["anna@rossi.example", "famiglia@rossi.example"] }), note("People/Marco Rossi.md", { email: "famiglia@rossi.example" })];

describe("an email two people of the vault share (the family's, the office's)", () => {
	it("completes Anna Rossi's note from her card with her own address and the family's, instead of listing it as ambiguous", () => {
		const p = plan(card("Anna Rossi", "Rossi;Anna;;;", "EMAIL:anna@rossi.example", "EMAIL:famiglia@rossi.example", "TITLE:Architect"), household);
		expect(p.ambiguous).toEqual([]);
		expect(p.updates.map((u) => [u.path, u.add])).toEqual([["People/Anna Rossi.md", [["first_name", "Anna"], ["last_name", "Rossi"], ["role", "Architect"]]]]);
	});

	it("completes Marco Rossi's note from his card with the family's address alone: only his name is the card's", () => {
		const p = plan(card("Marco Rossi", "Rossi;Marco;;;", "EMAIL:famiglia@rossi.example", "TITLE:Teacher"), household);
		expect(p.ambiguous).toEqual([]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Marco Rossi.md"]);
	});

	it("still lists as ambiguous a card of a third name with the family's address, and one with no full name", () => {
		const giulia = plan(card("Giulia Rossi", "Rossi;Giulia;;;", "EMAIL:famiglia@rossi.example", "TITLE:Student"), household);
		expect(giulia.updates).toEqual([]);
		expect(giulia.ambiguous.map((a) => a.candidates)).toEqual([["People/Anna Rossi.md", "People/Marco Rossi.md"]]);
		const bare = plan(card("Rossi", "Rossi;;;;", "EMAIL:famiglia@rossi.example", "TITLE:Student"), household);
		expect(bare.updates).toEqual([]);
		expect(bare.ambiguous.map((a) => a.candidates)).toEqual([["People/Anna Rossi.md", "People/Marco Rossi.md"]]);
	});
});

describe("one address book whose family members share the home landline or the family's email", () => {
	it("makes a note for each of Anna, Marco and Giulia Rossi, instead of listing Marco and Giulia as ambiguous with Anna's note-to-be", () => {
		const vcf = ["Anna", "Marco", "Giulia"].map((given) => card(`${given} Rossi`, `Rossi;${given};;;`, "TEL;TYPE=HOME:+39 02 1234567", "EMAIL:famiglia@rossi.example")).join("");
		const p = plan(vcf, []);
		expect(p.ambiguous).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Anna Rossi.md", "People/Marco Rossi.md", "People/Giulia Rossi.md"]);
		expect(p.creates.map((c) => c.fields.find(([key]) => key === "phone")?.[1])).toEqual(["+39 02 1234567", "+39 02 1234567", "+39 02 1234567"]);
	});

	it("still merges a card repeated in the file under the same name with the landline", () => {
		const p = plan(card("Anna Rossi", "Rossi;Anna;;;", "TEL;TYPE=HOME:+39 02 1234567") + card("Rossi Anna", "Rossi;Anna;;;", "TEL:02 1234567", "TITLE:Architect"), []);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Anna Rossi.md"]);
		expect(p.repeats.map((r) => [r.line, r.firstLine])).toEqual([[7, 1]]);
	});
});
