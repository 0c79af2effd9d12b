import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContactBytes, readContacts } from "../../../src/core/contacts/read-contacts";

/** Thunderbird's address book exported as "Comma Separated" on Windows: its system code page (Windows-1252), its header ending in `Notes,`. */
const bytes = (): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", "thunderbird-address-book.csv")));
const text = (): string => new TextDecoder("windows-1252").decode(bytes());

describe("a Thunderbird address book CSV", () => {
	it("is read as Thunderbird's, not refused as no contacts file", () => {
		expect(readContactBytes(bytes())?.source).toBe("thunderbird");
	});

	it("reads names, both emails, phones (mobile first), organisation, job title, web page, LinkedIn profile, birthday and a note of two lines, accents intact", () => {
		const [renee] = readContactBytes(bytes())?.contacts ?? [];
		expect(renee).toMatchObject({
			name: "Renée Lefèvre",
			firstName: "Renée",
			lastName: "Lefèvre",
			emails: ["renee.lefevre@atelier.example", "renee@casa.example"],
			phones: ["+33 6 12 34 56 78", "+33 1 23 45 67 89"],
			org: "Atelier Lefèvre",
			role: "Restauratrice",
			websites: ["https://atelier.example"],
			linkedin: "https://www.linkedin.com/in/renee-lefevre",
			birthday: "1984-03-17",
			note: "Conosciuta alla fiera di Lione.\nPreferisce essere chiamata la mattina.",
		});
	});

	it("reads a birthday without a year as day and month, and names a row with only an organisation after it", () => {
		const contacts = readContactBytes(bytes())?.contacts ?? [];
		expect(contacts.map((c) => [c.name, c.birthday])).toEqual([
			["Renée Lefèvre", "1984-03-17"],
			["Gianni Orsi", "--11-02"],
			["Cartiera Nord", null],
			["Emma Brandt", null],
		]);
	});

	it("reports an impossible birthday with its line, and still reads the person", () => {
		expect(readContactBytes(bytes())?.problems).toEqual([{ line: 6, code: "badDate", params: { field: "Birth Year/Month/Day", value: "1979/2/30" } }]);
	});

	it("reads the UK build's header (Organisation, County, Post Code) and rows saved again without the trailing comma", () => {
		const uk = text().replace("Home State,Home ZipCode", "Home County,Home Post Code").replace("Work State,Work ZipCode", "Work County,Work Post Code").replace(",Organization,", ",Organisation,").replace(/,\r\n/g, "\r\n").replace("Notes\r\n", "Notes,\r\n");
		const read = readContacts(uk);
		expect(read?.problems.filter((p) => p.code === "rowWidth")).toEqual([]);
		expect(read?.contacts.map((c) => c.org)).toEqual(["Atelier Lefèvre", null, "Cartiera Nord", null]);
	});
});
