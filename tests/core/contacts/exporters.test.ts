import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContactFile } from "../../../src/core/contacts/contact";
import { parseConnectedOn } from "../../../src/core/contacts/csv-sources";
import { parseOutlookDate } from "../../../src/core/contacts/csv-outlook";
import { planImport } from "../../../src/core/contacts/plan";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

const read = (name: string): ContactFile | null => readContactBytes(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", name))));

describe("vCard 2.1 as Android writes it", () => {
	const file = read("android-2.1-quoted-printable.vcf");

	it("decodes quoted-printable UTF-8 names, soft breaks included, even inside a character", () => {
		expect(file?.contacts.map((c) => c.name)).toEqual(["Jörg Färber", "Ольга Петрова"]);
		expect(file?.contacts[1]).toMatchObject({ firstName: "Ольга", lastName: "Петрова" });
	});

	it("keeps the space that starts the line after a soft break, and the folding space of vCard 2.1", () => {
		expect(file?.contacts[0]?.note).toMatch(/^Kennengelernt beim Stammtisch in Köln, spricht gern über Fahrräder\./);
		expect(file?.contacts[0]?.org).toBe("Fahrradwerkstatt Nord");
	});

	it("joins several NOTE values, in their order", () => {
		expect(file?.contacts[0]?.note).toBe("Kennengelernt beim Stammtisch in Köln, spricht gern über Fahrräder.\nSchickt Weihnachtskarten");
		expect(file?.problems).toEqual([]);
	});
});

describe("vCard 2.1 from a feature phone, raw bytes in each value's CHARSET", () => {
	const file = read("feature-phone-2.1-charsets.vcf");

	it("decodes ISO-8859-1 names and a Windows-1252 quoted-printable note with a euro sign", () => {
		expect(file?.contacts[0]).toMatchObject({ name: "Renée Lefèvre", firstName: "Renée", lastName: "Lefèvre", note: "Prix du café à Lyon: 2 €" });
	});

	it("decodes Shift_JIS, whose second bytes can look like a backslash", () => {
		expect(file?.contacts[1]).toMatchObject({ name: "山田 太郎", firstName: "太郎", lastName: "山田", org: "ソフト開発", phones: ["090-1234-5678"] });
		expect(file?.problems).toEqual([]);
	});

	it("reports a charset the platform does not know, and still reads the value", () => {
		const bytes = new Uint8Array([...new TextEncoder().encode("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-NOKIA-42:Ana "), 0xe9, ...new TextEncoder().encode("\r\nEND:VCARD\r\n")]);
		const odd = readContactBytes(bytes);
		expect(odd?.contacts[0]?.name).toBe("Ana é");
		expect(odd?.problems).toEqual([{ line: 3, code: "unknownCharset", params: { charset: "X-NOKIA-42" } }]);
	});
});

describe("Outlook", () => {
	it("reads a vCard saved in UTF-16 with a byte-order mark", () => {
		const file = read("outlook-unicode.vcf");
		expect(file?.source).toBe("vcard");
		expect(file?.contacts[0]).toMatchObject({
			name: "Elena Marchetti", lastName: "Marchetti", org: "Cantiere Navale Adriatico", role: "Ingegnera navale", phones: ["+39 071 555 0142"], emails: ["elena.marchetti@cantiere.example"],
			note: "Conosciuta alla fiera di Genova.\r\nPreferisce le telefonate al mattino.",
		});
	});

	it("reads the contacts CSV export in Windows-1252: names, company, phones, emails, birthday, categories, notes, web page", () => {
		const file = read("outlook-contacts.csv");
		expect(file?.source).toBe("outlook");
		expect(file?.contacts[0]).toMatchObject({
			name: "François Dubois", org: "Bières & Cie", role: "Responsable export", phones: ["+33 6 00 00 00 02", "+33 2 40 00 00 01"], emails: ["francois.dubois@bieres.example"],
			birthday: "1985-04-07", groups: ["Clients", "Salon 2026"], note: "Prefers email. Budget € 5k", linkedin: "https://www.linkedin.com/in/francoisdubois",
		});
		expect(file?.contacts[1]).toMatchObject({ name: "Hanna Schäfer", birthday: null, emails: ["hanna@schaefer.example", "h.schaefer@klinik.example"], websites: ["https://praxis-schaefer.example"] });
		expect(file?.problems).toEqual([]);
	});

	it("names a row with only a company after it", () => {
		expect(read("outlook-contacts.csv")?.contacts[2]).toMatchObject({ name: "Autofficina Bertoni", org: "Autofficina Bertoni", phones: ["+39 051 000 0004"] });
	});

	it("reads Outlook's short dates: month first, day first when it must be, 0/0/00 for none", () => {
		expect(parseOutlookDate("4/7/1985")).toEqual({ day: "1985-04-07" });
		expect(parseOutlookDate("23/11/1979")).toEqual({ day: "1979-11-23" });
		expect(parseOutlookDate("0/0/00")).toBe("none");
		expect(parseOutlookDate("2/30/1990")).toBeNull();
	});
});

describe("Apple Contacts (iCloud) vCard 3.0", () => {
	const file = read("icloud-3.0.vcf");

	it("reads a birthday without a year (X-APPLE-OMIT-YEAR=1604) as a day and month", () => {
		expect(file?.contacts[0]?.birthday).toBe("--04-07");
		expect(file?.contacts[1]?.birthday).toBe("1979-11-23");
	});

	it("reads grouped properties (item1.EMAIL) and leaves their labels aside", () => {
		expect(file?.contacts[0]).toMatchObject({ name: "Laura Bianchi", emails: ["laura@studionove.example"], phones: ["+39 347 555 0199"], org: "Studio Nove", websites: ["https://studionove.example"] });
		expect(file?.problems).toEqual([]);
	});
});

describe("LinkedIn's older Connections.csv", () => {
	it("reads the layout without a URL column and dates with a time", () => {
		const file = read("linkedin-2018.csv");
		expect(file?.source).toBe("linkedin");
		expect(file?.contacts.map((c) => [c.name, c.emails, c.org, c.role, c.connectedOn, c.linkedin])).toEqual([
			["Sofia Marino", ["sofia.marino@example.com"], "Officine Creative", "Art director", "2018-01-08", null],
			["Tomás Herrera", [], "Datos Abiertos", "Analyst", "2017-12-21", null],
		]);
		expect(file?.problems).toEqual([]);
	});

	it("reads Connected On in every layout LinkedIn has used", () => {
		expect(parseConnectedOn("1/8/18, 6:14 PM")).toBe("2018-01-08");
		expect(parseConnectedOn("12/21/17, 9:02 AM")).toBe("2017-12-21");
		expect(parseConnectedOn("08 Jan 2018")).toBe("2018-01-08");
	});
});

describe("Google Contacts", () => {
	it("turns a row with only an organisation and a phone into a note named after the organisation", () => {
		const file = read("google-organisation-only.csv");
		expect(file?.contacts.map((c) => [c.name, c.org, c.phones])).toEqual([
			["Trattoria Da Mario", "Trattoria Da Mario", ["+39 06 555 0110"]],
			["Lucia Ferri", null, ["+39 333 555 0111"]],
		]);
		const plan = file ? planImport(file, [], { folder: "People", takenPaths: new Set() }) : null;
		expect(plan?.creates.map((c) => c.path)).toEqual(["People/Trattoria Da Mario.md", "People/Lucia Ferri.md"]);
	});
});
