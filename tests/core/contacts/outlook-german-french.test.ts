import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";
import { decodeWholeFile } from "../../../src/core/contacts/decode";

/**
 * Outlook for Windows in German and in French names its export's columns in its own language
 * (`Vorname`, `E-Mail-Adresse`, `Mobiltelefon`; `Prénom`, `Adresse de messagerie`, `Tél. mobile`),
 * separates cells with semicolons, writes Windows-1252 and dates day first. Made-up people.
 */
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", name)));

describe("a German Outlook contacts export", () => {
	it("reads every contact from the German column names, with umlauts, ß and the € sign", () => {
		const file = readContactBytes(fixture("outlook-deutsch.csv"));
		expect(file?.source).toBe("outlook");
		expect(file?.problems).toEqual([]);
		expect(file?.contacts.map((c) => c.name)).toEqual(["Henrike Vogelsang", "Jörg Brüggemann", "Schreinerei Kettler"]);
		expect(file?.contacts[0]).toMatchObject({
			firstName: "Henrike",
			lastName: "Vogelsang",
			org: "Möbelwerk Sauerland GmbH",
			role: "Einkaufsleiterin",
			emails: ["h.vogelsang@moebelwerk.example"],
			phones: ["+49 171 000 0101", "+49 2931 000 100"],
			birthday: "1979-06-24",
			groups: ["Kunden", "Messe 2026"],
			note: "Ruft lieber an; Angebot über 4.500 € offen",
			linkedin: "https://www.linkedin.com/in/henrikevogelsang-example",
		});
		expect(file?.contacts[1]).toMatchObject({ emails: ["joerg.brueggemann@posteo.example", "jb@büro-brüggemann.example"], phones: ["+49 40 000 0202"], birthday: null, websites: ["https://büro-brüggemann.example"] });
		expect(file?.contacts[2]).toMatchObject({ name: "Schreinerei Kettler", org: "Schreinerei Kettler", phones: ["+49 5251 000 303"] });
	});

	it("reads a German birthday day first and names the German column when it is no day", () => {
		const text = decodeWholeFile(fixture("outlook-deutsch.csv")).replace('"24.06.1979"', '"31.02.1979"');
		const file = readContactBytes(new TextEncoder().encode(text));
		expect(file?.problems).toMatchObject([{ line: 2, code: "badDate", params: { field: "Geburtstag", value: "31.02.1979" } }]);
	});

	it("reads the home phone under the name other German Outlook versions give it, Telefon (privat)", () => {
		const text = decodeWholeFile(fixture("outlook-deutsch.csv")).replace('"Telefon privat"', '"Telefon (privat)"');
		expect(readContactBytes(new TextEncoder().encode(text))?.contacts[1]?.phones).toEqual(["+49 40 000 0202"]);
	});
});

describe("a French Outlook contacts export", () => {
	it("reads every contact from the French column names, birthdays day first", () => {
		const file = readContactBytes(fixture("outlook-francais.csv"));
		expect(file?.source).toBe("outlook");
		expect(file?.problems).toEqual([]);
		expect(file?.contacts.map((c) => c.name)).toEqual(["Maëlle Guérin", "Théo Lefèvre-Dubois"]);
		expect(file?.contacts[0]).toMatchObject({
			org: "Boulangerie du Lac SARL",
			role: "Gérante",
			emails: ["maelle.guerin@boulangerie-du-lac.example"],
			phones: ["+33 6 00 00 00 11", "+33 4 50 00 00 10"],
			birthday: "1988-02-03",
			groups: ["Fournisseurs", "Salon 2026"],
			note: "Préfère les appels le matin",
		});
		expect(file?.contacts[1]).toMatchObject({ emails: ["theo.lefevre@courriel.example", "t.lefevre@école-dubois.example"], phones: ["+33 1 00 00 00 22"] });
	});

	it("reads the mobile column under the name older Outlook gives it, Tél. mobile", () => {
		const text = decodeWholeFile(fixture("outlook-francais.csv")).replace('"Téléphone mobile"', '"Tél. mobile"');
		const file = readContactBytes(new TextEncoder().encode(text));
		expect(file?.contacts[0]?.phones).toEqual(["+33 6 00 00 00 11", "+33 4 50 00 00 10"]);
	});
});
