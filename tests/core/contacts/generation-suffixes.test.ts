import { describe, expect, it } from "vitest";
import { card, note, plan } from "./cards";

describe("a father and a son of one name, told apart by Sr. and Jr.", () => {
	it("makes Marco Bianchi Jr. a note of his own instead of completing Marco Bianchi Sr.md, and says why", () => {
		const p = plan(card("Marco Bianchi Jr.", "Bianchi;Marco;;;Jr.", "TITLE:Student"), [note("People/Marco Bianchi Sr.md", {})]);
		expect(p.updates).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi Jr.md"]);
		expect(p.distinct.map((d) => [d.path, d.other, d.reason])).toEqual([["People/Marco Bianchi Jr.md", "People/Marco Bianchi Sr.md", "generation"]]);
	});

	it("keeps them apart when the note gives the suffix in `name` only (Junior against Senior)", () => {
		const p = plan(card("Marco Bianchi Junior", "Bianchi;Marco;;;", "TITLE:Student"), [note("People/Marco Bianchi.md", { name: "Marco Bianchi Senior" })]);
		expect(p.updates).toEqual([]);
		expect(p.distinct.map((d) => [d.other, d.reason])).toEqual([["People/Marco Bianchi.md", "generation"]]);
	});

	it("does not write the son's card into the father's note when they share the family email: it is listed as ambiguous", () => {
		const p = plan(card("Marco Bianchi Jr.", "Bianchi;Marco;;;Jr.", "EMAIL:famiglia.bianchi@example.com", "TITLE:Student"), [note("People/Marco Bianchi Sr.md", { email: "famiglia.bianchi@example.com" })]);
		expect(p.updates).toEqual([]);
		expect(p.ambiguous.map((a) => a.candidates)).toEqual([["People/Marco Bianchi Sr.md"]]);
	});

	it("makes two notes of a file that holds both Marco Bianchi Sr. and Marco Bianchi Jr., and says why", () => {
		const p = plan(card("Marco Bianchi Sr.", "Bianchi;Marco;;;Sr.", "TITLE:Engineer") + card("Marco Bianchi Jr.", "Bianchi;Marco;;;Jr.", "TITLE:Student"), []);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi Sr.md", "People/Marco Bianchi Jr.md"]);
		expect(p.distinct.map((d) => [d.otherLine, d.reason])).toEqual([[1, "generation"]]);
	});

	it("tells Marco Bianchi II from Marco Bianchi III", () => {
		const p = plan(card("Marco Bianchi III", "Bianchi;Marco;;;III", "TITLE:Student"), [note("People/Marco Bianchi II.md", {})]);
		expect(p.updates).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi III.md"]);
	});

	it("still completes Marco Bianchi Jr.md from a card of Marco Bianchi Jr (no dot)", () => {
		const same = plan(card("Marco Bianchi Jr", "Bianchi;Marco;;;Jr", "TITLE:Student"), [note("People/Marco Bianchi Jr..md", { name: "Marco Bianchi Jr." })]);
		expect(same.updates.map((u) => u.path)).toEqual(["People/Marco Bianchi Jr..md"]);
	});

	it.each([
		["Marco Bianchi Jr.", "Jr.", "People/Marco Bianchi Jr.md"],
		["Marco Bianchi Sr.", "Sr.", "People/Marco Bianchi Sr.md"],
	])("makes %s a note of his own instead of completing the plain Marco Bianchi.md, and says why", (name, suffix, path) => {
		const p = plan(card(name, `Bianchi;Marco;;;${suffix}`, "TITLE:Student"), [note("People/Marco Bianchi.md", {})]);
		expect(p.updates).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual([path]);
		expect(p.distinct.map((d) => [d.path, d.other, d.reason])).toEqual([[path, "People/Marco Bianchi.md", "generation"]]);
	});

	it("still completes the plain Marco Bianchi.md from a card of Marco Bianchi Jr. when the note gives the suffix in its aliases", () => {
		const p = plan(card("Marco Bianchi Jr.", "Bianchi;Marco;;;Jr.", "TITLE:Student"), [note("People/Marco Bianchi.md", { aliases: ["Marco Bianchi Jr."] })]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Marco Bianchi.md"]);
	});

	it("does not write Marco Bianchi Jr.'s card into the plain Marco Bianchi.md when they share the family email: it is listed as ambiguous", () => {
		const p = plan(card("Marco Bianchi Jr.", "Bianchi;Marco;;;Jr.", "EMAIL:famiglia.bianchi@example.com", "TITLE:Student"), [note("People/Marco Bianchi.md", { email: "famiglia.bianchi@example.com" })]);
		expect(p.updates).toEqual([]);
		expect(p.ambiguous.map((a) => a.candidates)).toEqual([["People/Marco Bianchi.md"]]);
	});

	it("makes two notes of a file that holds both Marco Bianchi and Marco Bianchi Jr., and says why", () => {
		const p = plan(card("Marco Bianchi", "Bianchi;Marco;;;", "TITLE:Engineer") + card("Marco Bianchi Jr.", "Bianchi;Marco;;;Jr.", "TITLE:Student"), []);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi.md", "People/Marco Bianchi Jr.md"]);
		expect(p.distinct.map((d) => [d.otherLine, d.reason])).toEqual([[1, "generation"]]);
	});
});

describe("a vCard that gives the generation in N's suffix only (FN without it, or no FN at all)", () => {
	const plain = [note("People/Marco Bianchi.md", {})];

	it("makes a card of FN:Marco Bianchi and N:Bianchi;Marco;;;Jr. a note of its own, Marco Bianchi Jr., instead of completing the plain Marco Bianchi.md", () => {
		const p = plan(card("Marco Bianchi", "Bianchi;Marco;;;Jr.", "TITLE:Student"), plain);
		expect(p.updates).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi Jr.md"]);
		expect(p.distinct.map((d) => [d.other, d.reason])).toEqual([["People/Marco Bianchi.md", "generation"]]);
	});

	it("makes a vCard 2.1 card with no FN and N:Bianchi;Marco;;;Jr. a note of its own, Marco Bianchi Jr.", () => {
		const vcf = ["BEGIN:VCARD", "VERSION:2.1", "N:Bianchi;Marco;;;Jr.", "TITLE:Student", "END:VCARD", ""].join("\r\n");
		const p = plan(vcf, plain);
		expect(p.updates).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi Jr.md"]);
	});

	it("still completes the plain Marco Bianchi.md from a card whose N suffix is a degree, not a generation (N:Bianchi;Marco;;;PhD)", () => {
		const p = plan(card("Marco Bianchi", "Bianchi;Marco;;;PhD", "TITLE:Student"), plain);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Marco Bianchi.md"]);
	});

	it("writes the name once when FN already gives the generation (FN:Marco Bianchi Jr., N:Bianchi;Marco;;;Jr.)", () => {
		const p = plan(card("Marco Bianchi Jr.", "Bianchi;Marco;;;Jr.", "TITLE:Student"), []);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi Jr.md"]);
	});
});

describe("the British and ordinal spellings of a generation (Jnr, Snr, 2nd, 3rd)", () => {
	it.each([
		["Marco Bianchi Jnr", "Jnr"],
		["Marco Bianchi Snr", "Snr"],
		["Marco Bianchi 2nd", "2nd"],
	])("makes %s a note of his own instead of completing the plain Marco Bianchi.md, and says why", (name, suffix) => {
		const p = plan(card(name, `Bianchi;Marco;;;${suffix}`, "TITLE:Student"), [note("People/Marco Bianchi.md", {})]);
		expect(p.updates).toEqual([]);
		expect(p.distinct.map((d) => [d.other, d.reason])).toEqual([["People/Marco Bianchi.md", "generation"]]);
	});

	it("tells Marco Bianchi Snr from Marco Bianchi Jnr.md as another generation", () => {
		const p = plan(card("Marco Bianchi Snr", "Bianchi;Marco;;;Snr", "TITLE:Engineer"), [note("People/Marco Bianchi Jnr.md", {})]);
		expect(p.updates).toEqual([]);
		expect(p.distinct.map((d) => [d.other, d.reason])).toEqual([["People/Marco Bianchi Jnr.md", "generation"]]);
	});

	it("completes Marco Bianchi Jr.md from a card of Marco Bianchi Jnr", () => {
		const p = plan(card("Marco Bianchi Jnr", "Bianchi;Marco;;;Jnr", "TITLE:Student"), [note("People/Marco Bianchi Jr.md", {})]);
		expect(p.updates.map((u) => u.path)).toEqual(["People/Marco Bianchi Jr.md"]);
	});
});

describe("the file name of a son's note beside his father's (the generation already tells them apart)", () => {
	it("names the note Marco Bianchi Jr.md, without the family email, when a file holds both Marco Bianchi and Marco Bianchi Jr. with one email", () => {
		const p = plan(card("Marco Bianchi", "Bianchi;Marco;;;", "EMAIL:fam@example.com", "TITLE:Engineer") + card("Marco Bianchi Jr.", "Bianchi;Marco;;;Jr.", "EMAIL:fam@example.com", "TITLE:Student"), []);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi.md", "People/Marco Bianchi Jr.md"]);
	});

	it("names the note Marco Bianchi Jr.md, without his organisation, beside Marco Bianchi Sr.md", () => {
		const p = plan(card("Marco Bianchi Jr.", "Bianchi;Marco;;;Jr.", "ORG:Lumen", "TITLE:Student"), [note("People/Marco Bianchi Sr.md", {})]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi Jr.md"]);
	});

	it("still adds the organisation when the generation's own file name is taken", () => {
		const p = plan(card("Marco Bianchi Jr.", "Bianchi;Marco;;;Jr.", "ORG:Lumen", "EMAIL:marco@lumen.example", "TITLE:Student"), [note("People/Marco Bianchi Sr.md", {}), note("People/Marco Bianchi Jr.md", { email: "other@example.com" })]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi Jr. (Lumen).md"]);
	});
});

describe("the suffix column of a CSV export (Outlook's Suffix, Google's Name Suffix)", () => {
	const father = [note("People/Marco Bianchi Sr.md", {})];

	it("makes Marco Bianchi Jr. of an Outlook export a note of his own, named with his suffix, instead of completing Marco Bianchi Sr.md", () => {
		const p = plan('First Name,Middle Name,Last Name,Suffix,E-mail Address,Job Title\nMarco,,Bianchi,Jr.,,Student\n', father);
		expect(p.updates).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi Jr.md"]);
		expect(p.distinct.map((d) => d.reason)).toEqual(["generation"]);
	});

	it("reads the suffix of an Italian Outlook export (Titolo straniero)", () => {
		const p = plan("Nome;Secondo nome;Cognome;Titolo straniero;Indirizzo posta elettronica;Posizione\nMarco;;Bianchi;Jr.;;Studente\n", father);
		expect(p.updates).toEqual([]);
		expect(p.distinct.map((d) => [d.other, d.reason])).toEqual([["People/Marco Bianchi Sr.md", "generation"]]);
	});

	it("makes Marco Bianchi Jr. of an older Google Contacts export whose Name column leaves out the Name Suffix a note of his own, instead of completing the plain Marco Bianchi.md", () => {
		const p = plan("Name,Given Name,Family Name,Name Suffix,E-mail 1 - Value\nMarco Bianchi,Marco,Bianchi,Jr.,\n", [note("People/Marco Bianchi.md", {})]);
		expect(p.updates).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Marco Bianchi Jr.md"]);
	});

	it("makes Marco Bianchi Jr. of a Google Contacts export (Name Suffix, no Name column) a note of his own", () => {
		const p = plan("First Name,Middle Name,Last Name,Name Suffix,E-mail 1 - Value,Organization Title\nMarco,,Bianchi,Jr.,,Student\n", father);
		expect(p.updates).toEqual([]);
		expect(p.distinct.map((d) => d.reason)).toEqual(["generation"]);
	});
});
