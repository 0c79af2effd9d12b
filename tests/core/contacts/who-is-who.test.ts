import { describe, expect, it } from "vitest";
import { card, note, plan } from "./cards";

describe("a card whose email or phone is another person's", () => {
	it("does not write Anna Rossi's name into Marco Bianchi's note when her card carries the firm's email he has: it is listed as ambiguous", () => {
		const p = plan(card("Anna Rossi", "Rossi;Anna;;;", "EMAIL;TYPE=WORK:info@lumen.example"), [note("People/Marco Bianchi.md", { email: "info@lumen.example" })]);
		expect(p.updates).toEqual([]);
		expect(p.creates).toEqual([]);
		expect(p.ambiguous).toEqual([{ line: 1, name: "Anna Rossi", candidates: ["People/Marco Bianchi.md"] }]);
	});

	it("names both notes when the email is Marco's and the name is Anna Rossi's, and changes neither", () => {
		const p = plan(card("Anna Rossi", "Rossi;Anna;;;", "EMAIL:marco@lumen.example"), [note("People/Marco Bianchi.md", { email: "marco@lumen.example" }), note("People/Anna Rossi.md", {})]);
		expect(p.unchanged).toBe(0);
		expect(p.updates).toEqual([]);
		expect(p.ambiguous).toEqual([{ line: 1, name: "Anna Rossi", candidates: ["People/Anna Rossi.md", "People/Marco Bianchi.md"] }]);
	});

	it("keeps Giulia Verdi out of Paolo Verdi's note when they share the home landline", () => {
		const p = plan(card("Giulia Verdi", "Verdi;Giulia;;;", "TEL;TYPE=HOME:+39 02 1234567", "BDAY:1980-05-04"), [note("People/Paolo Verdi.md", { phone: "+39 02 1234567" })]);
		expect(p.updates).toEqual([]);
		expect(p.ambiguous.map((a) => a.candidates)).toEqual([["People/Paolo Verdi.md"]]);
	});

	it("still completes the same person found by email when the card leaves out her middle name or writes the surname first", () => {
		const existing = [note("People/Anna Maria Rossi.md", { email: "anna@lumen.example" })];
		const short = plan(card("Anna Rossi", "Rossi;Anna;;;", "EMAIL:anna@lumen.example", "TITLE:Designer"), existing);
		expect(short.updates.map((u) => u.path)).toEqual(["People/Anna Maria Rossi.md"]);
		const reversed = plan(card("Rossi Anna Maria", "Rossi;Anna Maria;;;", "EMAIL:anna@lumen.example", "TITLE:Designer"), existing);
		expect(reversed.updates.map((u) => u.path)).toEqual(["People/Anna Maria Rossi.md"]);
	});

	it("still completes a note named by a given name alone (Marco.md) found by LinkedIn profile", () => {
		const p = plan(card("Marco Bianchi", "Bianchi;Marco;;;", "URL:https://www.linkedin.com/in/marcobianchi", "TITLE:CTO"), [note("People/Marco.md", { linkedin: "https://linkedin.com/in/marcobianchi/" })]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Marco.md"]);
	});
});

describe("the same person written twice in one file", () => {
	it("merges Nicolò Ferri and NICOLO FERRI into one new note with both the phone and the email", () => {
		const p = plan(card("Nicolò Ferri", "Ferri;Nicolò;;;", "TEL:+39 333 1111111") + card("NICOLO FERRI", "FERRI;NICOLO;;;", "EMAIL:nico@ferri.example"), []);
		expect(p.creates.map((c) => [c.path, c.fields])).toEqual([["People/Nicolò Ferri.md", [["type", "person"], ["first_name", "Nicolò"], ["last_name", "Ferri"], ["phone", "+39 333 1111111"], ["email", "nico@ferri.example"]]]]);
	});

	it("matches Luca D’Amico, written with a typographic apostrophe, to the note Luca D'Amico.md", () => {
		const p = plan(card("Luca D’Amico", "D’Amico;Luca;;;", "EMAIL:luca@damico.example"), [note("People/Luca D'Amico.md", {})]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Luca D'Amico.md"]);
		expect(p.creates).toEqual([]);
	});
});

describe("letters typed without their stroke", () => {
	it("completes the note Lukasz Nowak.md from the card of Łukasz Nowak instead of making a second note", () => {
		const p = plan(card("Łukasz Nowak", "Nowak;Łukasz;;;", "EMAIL:lukasz@nowak.example"), [note("People/Lukasz Nowak.md", {})]);
		expect(p.creates).toEqual([]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Lukasz Nowak.md"]);
	});
});
