import { describe, expect, it } from "vitest";
import { card, note, plan } from "./cards";

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
