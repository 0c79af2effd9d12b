import { describe, expect, it } from "vitest";
import type { ContactFile } from "../../../src/core/contacts/contact";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";
import { sourceName } from "../../../src/core/render/import-plan";
import { translator } from "../../../src/i18n";
import { expectLinear } from "../../growth";

/*
 * A CSV no known exporter wrote, that plainly holds people: HubSpot's export of contacts (its
 * properties' labels as columns, Record ID first, then what the view shows), a table a person made
 * in Excel, Numbers or Google Sheets (in English or Italian, comma, semicolon or tab separated,
 * with a BOM or not), a Notion database exported as CSV (its title column first, multi-selects
 * joined by ", ", dates written out). It used to be refused as no contacts file.
 */
const BOM = "\uFEFF";
const bytes = (lines: string[], bom = ""): Uint8Array => new TextEncoder().encode(bom + lines.join("\r\n") + "\r\n");
const read = (lines: string[], bom = ""): ContactFile | null => readContactBytes(bytes(lines, bom));
const people = (file: ContactFile | null): unknown[] => (file?.contacts ?? []).map((c) => ({ name: c.name, emails: c.emails, phones: c.phones, org: c.org, role: c.role, birthday: c.birthday, note: c.note, groups: c.groups }));

describe("HubSpot's export of contacts", () => {
	const file = read([
		'"Record ID","First Name","Last Name","Email","Phone Number","Mobile Phone Number","Company Name","Job Title","Contact owner","Lifecycle Stage","Lead Status","Create Date","Last Activity Date","Primary Associated Company ID","Date of birth","City"',
		'"51240011","Noemi","Castaldo","noemi@castaldo.example","+39 081 555 0190","+39 333 555 0191","Castaldo Ceramiche","Founder","Piera Lanza","Customer","Connected","2026-02-03 09:14","2026-11-20 16:02","18830021","1984-03-09","Napoli"',
		'"51240012","Owen","Pike","owen.pike@mail.example","","","","","Piera Lanza","Lead","","2026-05-11 11:40","","","","Leeds"',
	]);

	it("is read, and named HubSpot's", () => {
		expect(file?.source).toBe("hubspot");
		expect([sourceName(translator("en"), "hubspot"), sourceName(translator("it"), "hubspot")]).toEqual(["HubSpot contacts CSV", "CSV dei contatti di HubSpot"]);
	});

	it("reads names, email, mobile first, company, job title and date of birth", () => {
		expect(people(file)).toEqual([
			{ name: "Noemi Castaldo", emails: ["noemi@castaldo.example"], phones: ["+39 333 555 0191", "+39 081 555 0190"], org: "Castaldo Ceramiche", role: "Founder", birthday: "1984-03-09", note: null, groups: [] },
			{ name: "Owen Pike", emails: ["owen.pike@mail.example"], phones: [], org: null, role: null, birthday: null, note: null, groups: [] },
		]);
		expect(file?.problems).toEqual([]);
	});

	it("lists the columns it cannot keep, not its record bookkeeping (ids, owner, create and activity dates)", () => {
		expect(file?.notKept?.map((p) => [p.params.field, p.params.n])).toEqual([
			["Lifecycle Stage", 2],
			["Lead Status", 1],
			["City", 2],
		]);
	});
});

describe("a table of people made by hand", () => {
	it("is read from Numbers or Excel in English, with a BOM, tags as groups, and named a spreadsheet", () => {
		const file = read(
			[
				"Name,Email,Phone,Company,Birthday,Notes,Tags",
				"Hazel Quinn,hazel@quinn.example,+44 20 7946 0311,Quinn & Daughters,1990-11-02,Met at the climbing gym,\"Friends, Climbing\"",
				"Bram de Wit,,+31 20 555 0312,,,,Work",
			],
			BOM,
		);
		expect(file?.source).toBe("spreadsheet");
		expect(people(file)).toEqual([
			{ name: "Hazel Quinn", emails: ["hazel@quinn.example"], phones: ["+44 20 7946 0311"], org: "Quinn & Daughters", role: null, birthday: "1990-11-02", note: "Met at the climbing gym", groups: ["Friends", "Climbing"] },
			{ name: "Bram de Wit", emails: [], phones: ["+31 20 555 0312"], org: null, role: null, birthday: null, note: null, groups: ["Work"] },
		]);
		expect([sourceName(translator("en"), "spreadsheet"), sourceName(translator("it"), "spreadsheet")]).toEqual(["spreadsheet of contacts (CSV)", "foglio di calcolo di contatti (CSV)"]);
	});

	it("is read in Italian from Excel's semicolons, birthdays day first", () => {
		const file = read(["Nome;Cognome;E-mail;Cellulare;Azienda;Ruolo;Compleanno;Note;Gruppi", 'Ilaria;Fontana;ilaria@fontana.example;+39 347 555 0320;Studio Fontana;Architetta;04/07/1985;Conosciuta a Bergamo;"Lavoro; Amici"']);
		expect(people(file)).toEqual([{ name: "Ilaria Fontana", emails: ["ilaria@fontana.example"], phones: ["+39 347 555 0320"], org: "Studio Fontana", role: "Architetta", birthday: "1985-07-04", note: "Conosciuta a Bergamo", groups: ["Lavoro", "Amici"] }]);
	});

	it("is read with the other Italian names (Posta elettronica, Telefono, Società, Etichette) and a whole name in Nome", () => {
		const file = read(["Nome,Posta elettronica,Telefono,Società,Etichette", "Ettore Gallo,ettore@gallo.example,+39 02 555 0330,Gallo S.p.A.,Clienti"]);
		expect(people(file)).toEqual([{ name: "Ettore Gallo", emails: ["ettore@gallo.example"], phones: ["+39 02 555 0330"], org: "Gallo S.p.A.", role: null, birthday: null, note: null, groups: ["Clienti"] }]);
	});

	it("is read in German and French, whatever the case, accents or dashes of the names (Nom is the surname beside Prénom)", () => {
		expect(people(read(["VORNAME,NACHNAME,E-Mail,Telefon,Firma,Geburtstag", "Lotte,Brandt,lotte@brandt.example,+49 30 555 0340,Brandt KG,24.06.1979"]))).toEqual([{ name: "Lotte Brandt", emails: ["lotte@brandt.example"], phones: ["+49 30 555 0340"], org: "Brandt KG", role: null, birthday: "1979-06-24", note: null, groups: [] }]);
		expect(people(read(["prenom;nom;courriel;telephone", "Élise;Marchand;elise@marchand.example;+33 1 55 55 03 50"]))).toMatchObject([{ name: "Élise Marchand", emails: ["elise@marchand.example"] }]);
	});

	it("is read from Google Sheets' tab-separated download, its header after a title row", () => {
		const file = read(["My contacts\t\t", "Full name\tE_mail\tMobile", "Kofi Mensah\tkofi@mensah.example\t+233 20 555 0360"]);
		expect(people(file)).toMatchObject([{ name: "Kofi Mensah", emails: ["kofi@mensah.example"], phones: ["+233 20 555 0360"] }]);
		expect(file?.problems).toEqual([]);
	});

	it("reports a birthday that could be two days when nothing tells which, and reads one that tells", () => {
		const file = read(["Name,Email,Birthday", "Ana Lima,ana@lima.example,4/7/1985", "Rui Lima,rui@lima.example,7/7/1985"]);
		expect(file?.contacts.map((c) => [c.name, c.birthday])).toEqual([
			["Ana Lima", null],
			["Rui Lima", "1985-07-07"],
		]);
		expect(file?.problems).toEqual([{ line: 2, code: "badDate", params: { field: "Birthday", value: "4/7/1985" } }]);
	});

	it("reads an ambiguous birthday as the column's other dates write it", () => {
		const file = read(["Name,Email,Birthday", "Ana Lima,ana@lima.example,4/7/1985", "Rui Lima,rui@lima.example,25/12/1983"]);
		expect(file?.contacts.map((c) => c.birthday)).toEqual(["1985-07-04", "1983-12-25"]);
		expect(file?.problems).toEqual([]);
	});

	it("skips rows the spreadsheet left empty, and lists what no field keeps", () => {
		const file = read(["Name,Email,Address,Shoe size", "Lea Kraus,lea@kraus.example,Hauptstr. 4,38", ",,,"]);
		expect(file?.contacts.map((c) => c.name)).toEqual(["Lea Kraus"]);
		expect(file?.problems).toEqual([]);
		expect(file?.notKept?.map((p) => p.params.field)).toEqual(["Address", "Shoe size"]);
	});
});

describe("a Notion database exported as CSV", () => {
	it("is read: its title column as the name, multi-select tags, a date written out", () => {
		const file = read(
			[
				"Name,Tags,Email,Phone,Company,Birthday,Last met",
				'Sunita Rao,"Family, Book club",sunita@rao.example,+91 98 555 0370,,"April 7, 1985","November 3, 2026"',
			],
			BOM,
		);
		expect(file?.source).toBe("spreadsheet");
		expect(people(file)).toEqual([{ name: "Sunita Rao", emails: ["sunita@rao.example"], phones: ["+91 98 555 0370"], org: null, role: null, birthday: "1985-04-07", note: null, groups: ["Family", "Book club"] }]);
	});
});

describe("a CSV that holds no people", () => {
	it.each([
		["a bank statement", ["Date,Description,Amount,Balance", "2026-11-02,CARD PAYMENT COFFEE,-3.20,1204.55"]],
		["a card's export with a payee name but no way to reach them", ["Transaction ID,Date,Time,Type,Name,Category,Amount,Currency,Notes", "tx_0001,02/11/2026,08:14:00,Card payment,Corner Café,Eating out,-3.20,GBP,"]],
		["a payments report whose email columns are the sender's and the recipient's", ['"Date","Time","Name","Type","Gross","From Email Address","To Email Address"', '"02/11/2026","08:14:00","Corner Café","Payment","-3.20","me@mail.example","shop@cafe.example"']],
		["a list of phone numbers without names", ["Phone,Minutes", "+39 02 555 0380,12"]],
	])("is still refused: %s", (_what, lines) => {
		expect(read(lines)).toBeNull();
	});
});

describe("a hostile table of people", () => {
	// A header tens of thousands of columns wide, its names all read as one field (Nome beside Cognome is the given name).
	it("is read in time that grows with the header", () => {
		expectLinear((n) => readContactBytes(new TextEncoder().encode(`Cognome,Email,${"Nome,".repeat(n / 5)}\r\nRossi,a@b.example\r\n`)));
	});
});
