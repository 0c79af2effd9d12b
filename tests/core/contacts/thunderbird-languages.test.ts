import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContactFile } from "../../../src/core/contacts/contact";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/**
 * Thunderbird writes its CSV header in the language of its build (the address book field names of its
 * `importMsgs.properties`), and a CSV cut down to its first columns is still its layout.
 */
const read = (name: string): ContactFile | null => readContactBytes(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", name))));

describe("a Thunderbird address book CSV from an Italian build", () => {
	const file = read("thunderbird-italiano.csv");

	it("is read as Thunderbird's, its Italian columns read: names, both emails, mobile then work phone (the fax left out), organisation, title, web page, birthday, note", () => {
		expect(file?.source).toBe("thunderbird");
		expect(file?.contacts[0]).toMatchObject({
			name: "Niccolò Ferraresi",
			firstName: "Niccolò",
			lastName: "Ferraresi",
			emails: ["niccolo@liuteria-ferraresi.example", "nico.ferraresi@example.it"],
			phones: ["+39 349 555 0430", "+39 0522 555 041"],
			org: "Liuteria Ferraresi",
			role: "Liutaio",
			websites: ["https://liuteria-ferraresi.example"],
			birthday: "1981-09-14",
			note: "Ripara la viola di Sara.",
		});
	});

	it("names a row without a display name from its first and last name, and reports an impossible birthday under the Italian column names", () => {
		expect(file?.contacts[1]).toMatchObject({ name: "Agnese Pellizzari", phones: ["+39 0444 555 044"], birthday: null });
		expect(file?.problems).toEqual([{ line: 3, code: "badDate", params: { field: "Anno di nascita/Mese di nascita/Giorno di nascita", value: "/4/31" } }]);
	});
});

describe("a Thunderbird address book CSV from a German build, in Windows-1252", () => {
	it("reads its German columns; Geburtstag is the day of the month there, the LinkedIn profile found in Webseite 2", () => {
		const file = read("thunderbird-deutsch.csv");
		expect(file?.source).toBe("thunderbird");
		expect(file?.contacts).toMatchObject([
			{ name: "Jürgen Weiß", emails: ["juergen.weiss@mühle.example"], phones: ["+49 170 5550 120", "+49 30 5550 1201"], org: "Mühlenwerk Weiß", role: "Müller", birthday: "--12-24", linkedin: "https://www.linkedin.com/in/juergen-weiss", note: "Trifft man dienstags im Café." },
		]);
		expect(file?.problems).toEqual([]);
	});
});

describe("a Thunderbird address book CSV from a French build", () => {
	it("reads its French columns, `Tél. professionnel ` with its trailing space included", () => {
		const file = read("thunderbird-francais.csv");
		expect(file?.source).toBe("thunderbird");
		expect(file?.contacts).toMatchObject([{ name: "Amélie Roux", phones: ["+33 6 55 55 03 12", "+33 4 55 55 03 10"], org: "Fromagerie Roux", role: "Affineuse", birthday: null }]);
		expect(file?.problems).toEqual([{ line: 2, code: "badDate", params: { field: "Année de naissance/Mois/Jour", value: "1990/2/29" } }]);
	});
});

describe("a Thunderbird CSV of its first four columns only", () => {
	it("is read as Thunderbird's, not refused as no contacts file", () => {
		const file = read("thunderbird-four-columns.csv");
		expect(file?.source).toBe("thunderbird");
		expect(file?.contacts.map((c) => [c.name, c.emails])).toEqual([
			["Mireille Dufour", ["mireille@dufour.example"]],
			["Atelier Brun", ["contact@atelier-brun.example"]],
		]);
		expect(file?.problems).toEqual([]);
	});
});
