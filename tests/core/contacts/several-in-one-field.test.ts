import { describe, expect, it } from "vitest";
import { card, note, plan } from "./cards";

const anna = (line: string): string => card("Anna Rossi", "Rossi;Anna;;;", line, "TITLE:Architect");

describe("a note that writes its emails or phones in one field, as the meetings' attendees read them", () => {
	const emails: [string, string][] = [
		["anna@lumen.example, anna@home.example", "two addresses separated by a comma"],
		["anna@lumen.example anna@home.example", "two addresses separated by a space"],
		["mailto:Anna@Home.example", "a mailto: address in capitals"],
		["Anna Rossi <anna@home.example>", "an address as a mail program copies it"],
	];
	for (const [email, what] of emails) {
		it(`completes Anna Rossi.md (email: ${what}) from her card with anna@home.example, instead of a second note Anna Rossi (anna@home.example).md`, () => {
			const p = plan(anna("EMAIL:anna@home.example"), [note("People/Anna Rossi.md", { email })]);
			expect(p.creates).toEqual([]);
			expect(p.distinct).toEqual([]);
			expect(p.updates.map((u) => u.path)).toEqual(["People/Anna Rossi.md"]);
		});
	}

	const phones: [string, string][] = [
		["+39 333 1234567, +39 02 7654321", "two numbers separated by a comma"],
		["+39 333 1234567; 02 7654321", "two numbers separated by a semicolon"],
		["333 1234567 / 02 7654321", "two numbers separated by a slash between spaces"],
	];
	for (const [phone, what] of phones) {
		it(`completes Anna Rossi.md (phone: ${what}) from her card with +39 02 7654321`, () => {
			const p = plan(anna("TEL:+39 02 7654321"), [note("People/Anna Rossi.md", { phone })]);
			expect(p.creates).toEqual([]);
			expect(p.updates.map((u) => u.path)).toEqual(["People/Anna Rossi.md"]);
		});
	}

	it("names no conflict when the note already holds the card's address or number among others, or the number written nationally", () => {
		const email = plan(anna("EMAIL:anna@home.example"), [note("People/Anna Rossi.md", { email: "anna@lumen.example, anna@home.example" })]);
		const phone = plan(anna("TEL:+39 02 7654321"), [note("People/Anna Rossi.md", { phone: "+39 333 1234567, +39 02 7654321" })]);
		const national = plan(anna("TEL:02 7654321"), [note("People/Anna Rossi.md", { phone: "+39 02 7654321" })]);
		expect([email.conflicts, phone.conflicts, national.conflicts]).toEqual([[], [], []]);
		expect(national.updates.map((u) => u.add.map(([key]) => key))).toEqual([["first_name", "last_name", "role"]]);
	});

	it("still keeps a namesake apart whose note gives only another address, and reads 030/1234567 as one Berlin number", () => {
		const other = plan(anna("EMAIL:anna@home.example"), [note("People/Anna Rossi.md", { email: "anna@lumen.example, a.rossi@lumen.example" })]);
		expect(other.distinct.map((d) => d.reason)).toEqual(["email"]);
		const berlin = plan(anna("TEL:+49 40 1234567"), [note("People/Anna Rossi.md", { phone: "030/1234567" })]);
		expect(berlin.distinct.map((d) => d.reason)).toEqual(["phone"]);
	});
});

describe("an office number with its extension", () => {
	const extensions = ["+39 02 7654321 int. 12", "+39 02 7654321 ext. 12", "+39 02 7654321 x12", "+39 02 7654321 interno 12"];
	for (const phone of extensions) {
		it(`completes Anna Rossi.md (phone: ${phone}) from her card with +39 02 7654321, instead of a second note`, () => {
			const p = plan(anna("TEL:+39 02 7654321"), [note("People/Anna Rossi.md", { phone })]);
			expect(p.creates).toEqual([]);
			expect(p.updates.map((u) => u.path)).toEqual(["People/Anna Rossi.md"]);
		});
	}
});
