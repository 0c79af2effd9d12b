import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContactFile } from "../../../src/core/contacts/contact";
import { readContactBytes, readContacts } from "../../../src/core/contacts/read-contacts";

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

describe("a Thunderbird address book CSV from a Spanish, Dutch or Brazilian Portuguese build", () => {
	it("reads the Spanish columns: names, mobile then work phone (the fax left out), organisation, title, a birthday without a year, the note", () => {
		const file = read("thunderbird-espanol.csv");
		expect(file?.source).toBe("thunderbird");
		expect(file?.contacts).toMatchObject([{ name: "Itziar Etxeberria", emails: ["itziar@sidreria.example"], phones: ["+34 655 555 022", "+34 943 555 020"], org: "Sidrería Etxeberria", role: "Sidrera", birthday: "--10-03", note: "Temporada de txotx en enero." }]);
		expect(file?.problems).toEqual([]);
	});

	it("reads the Dutch and the Brazilian Portuguese columns (Data de nascimento is the day of the month there)", () => {
		const dutch = readContacts("Voornaam,Achternaam,Weergavenaam,Primair e-mailadres,Mobiel nummer,Faxnummer,Organisatie,Werkfunctie,Geboortejaar,Geboortemaand,Geboortedag,Aantekeningen\nSanne,de Vries,,sanne@tulp.example,+31 6 5555 0230,+31 20 555 0231,Tulp BV,Inkoper,1992,6,1,Fietst naar kantoor\n");
		expect(dutch?.contacts).toMatchObject([{ name: "Sanne de Vries", phones: ["+31 6 5555 0230"], org: "Tulp BV", role: "Inkoper", birthday: "1992-06-01", note: "Fietst naar kantoor" }]);
		const brazilian = readContacts("Primeiro nome,Sobrenome,Nome de exibição,Email principal,Número do celular,Número do fax,Organização,Cargo,Ano de nascimento,Mês de nascimento,Data de nascimento,Notas\nThiago,Araújo,Thiago Araújo,thiago@cafe.example,+55 11 95555-0240,+55 11 5555-0241,Café Araújo,Torrador,,8,19,\n");
		expect(brazilian?.contacts).toMatchObject([{ name: "Thiago Araújo", phones: ["+55 11 95555-0240"], org: "Café Araújo", role: "Torrador", birthday: "--08-19" }]);
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
