import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ContactFile } from "../../../src/core/contacts/contact";
import { contactFields, planImport } from "../../../src/core/contacts/plan";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

const read = (name: string): ContactFile | null => readContactBytes(new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", name))));

describe("Google Contacts' vCard export", () => {
	const file = read("google-contacts-3.0.vcf");

	it("reads names, grouped emails and phones, birthday, organisation, the escaped LinkedIn URL and the note", () => {
		expect(file?.problems).toEqual([]);
		expect(file?.contacts[0]).toMatchObject({
			name: "Chiara Lombardi", emails: ["chiara.lombardi@posta.example", "c.lombardi@studio-lombardi.example"], phones: ["+39 347 555 0101", "055 555 0102"],
			birthday: "1988-03-14", org: "Studio Lombardi", role: "Architetta", linkedin: "https://www.linkedin.com/in/chiaralombardi", note: "Conosciuta al Salone del Mobile, vuole un giro dello studio.",
		});
		expect(file?.contacts[1]).toMatchObject({ name: "Tommaso Greco", birthday: "--09-21" });
	});

	it("keeps the user's own labels as groups, without Google's system groups myContacts and starred", () => {
		expect(file?.contacts.map((c) => c.groups)).toEqual([["Lavoro"], [], []]);
		expect(contactFields(file?.contacts[1] ?? ({} as never)).some(([key]) => key === "groups")).toBe(false);
	});
});

describe("CSV exports opened and saved again in a spreadsheet", () => {
	it("reads a Google Contacts CSV that Excel in Italian saved with semicolons and a BOM, quoted notes with a newline and quotes included", () => {
		const file = read("google-contacts-excel-it.csv");
		expect(file?.source).toBe("google");
		expect(file?.problems).toEqual([]);
		expect(file?.contacts[0]).toMatchObject({
			name: "Giorgio Marini", org: "Officine Marini", role: "Titolare", birthday: "1975-11-02", emails: ["giorgio@officine-marini.example"],
			phones: ["+39 335 555 0201", "+39 051 555 0202"], groups: ["Clienti"], linkedin: "https://www.linkedin.com/in/giorgiomarini",
			note: 'Cliente storico; paga a 30 giorni.\nVuole il "preventivo" entro venerdì.',
		});
		expect(file?.contacts[1]).toMatchObject({ name: "Beatrice Sala", birthday: "--07-30", emails: ["bea.sala@example.it", "beatrice.sala@ufficio.example"], groups: ["Amici"] });
	});

	it("reads LinkedIn's Connections.csv saved with semicolons after its notes lines, a company with a semicolon inside quotes included", () => {
		const file = read("linkedin-connections-excel-it.csv");
		expect(file?.source).toBe("linkedin");
		expect(file?.problems).toEqual([]);
		expect(file?.contacts.map((c) => [c.name, c.org, c.role, c.connectedOn, c.linkedin])).toEqual([
			["Elisa Ruggeri", "Banca Alpina", "Analista rischi", "2025-03-05", "https://www.linkedin.com/in/elisa-ruggeri-a1b2c3"],
			["Matteo D'Angelo", "Rossi; Bianchi & Partners", "Avvocato", "2026-11-17", "https://www.linkedin.com/in/matteodangelo"],
		]);
	});

	it("reads an Outlook export saved as Unicode text: UTF-16 with a BOM, cells separated by tabs", () => {
		const file = read("outlook-unicode-text.txt");
		expect(file?.source).toBe("outlook");
		expect(file?.problems).toEqual([]);
		expect(file?.contacts[0]).toMatchObject({ name: "Davide Sartori", org: "Sartori & Figli", birthday: "1979-03-15", groups: ["Clienti", "VIP"], note: 'Vuole parlare di "export"\nin Germania' });
		expect(file?.contacts[1]).toMatchObject({ name: "Ingrid Holm", role: "Innkjøpssjef", phones: ["+47 22 55 50 90"] });
	});
});

describe("one person in a vCard 4.0 and a 3.0 card, as two address books write them", () => {
	const text = [
		"BEGIN:VCARD", "VERSION:4.0", "FN:Harriet Cole", "EMAIL;VALUE=uri;TYPE=work:mailto:harriet.cole@example.co.uk", "TEL;VALUE=uri;TYPE=work:tel:+44-20-7946-0958", "END:VCARD",
		"BEGIN:VCARD", "VERSION:3.0", "FN:Harriet Cole", "ORG:Cole & Partners", "TEL;TYPE=WORK:+44 (0)20 7946 0958", "END:VCARD", "",
	].join("\r\n");

	it("reads an email given as a mailto: URI as the address, and a phone with the trunk (0) as the same number: one person", () => {
		const file = readContactBytes(new TextEncoder().encode(text));
		expect(file?.contacts[0]?.emails).toEqual(["harriet.cole@example.co.uk"]);
		const plan = planImport(file ?? { source: "vcard", contacts: [], problems: [] }, [], { folder: "People", takenPaths: new Set() });
		expect(plan.creates.map((c) => c.path)).toEqual(["People/Harriet Cole.md"]);
		expect(plan.distinct).toEqual([]);
		expect(plan.repeats.map((r) => [r.line, r.firstLine])).toEqual([[7, 1]]);
	});
});

describe("an iCloud card whose birthday hides the year, for a person whose note has the full date", () => {
	it("is no conflict: the note's birthday holds that day", () => {
		const card = ["BEGIN:VCARD", "VERSION:3.0", "N:Fabbri;Luca;;;", "FN:Luca Fabbri", "item1.EMAIL;type=INTERNET;type=pref:luca@vetreria.example", "BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-06", "END:VCARD", ""].join("\r\n");
		const file = readContactBytes(new TextEncoder().encode(card));
		const plan = planImport(file ?? { source: "vcard", contacts: [], problems: [] }, [{ path: "People/Luca Fabbri.md", frontmatter: { type: "person", email: "luca@vetreria.example", birthday: "1979-05-06" } }], { folder: "People", takenPaths: new Set(["People/Luca Fabbri.md"]) });
		expect(plan.conflicts).toEqual([]);
		expect(plan.updates.map((u) => u.add.map(([key]) => key))).toEqual([["first_name", "last_name"]]);
	});
});

describe("vCard files joined into one, each with its byte-order mark", () => {
	it("reads every card, the ones after the second mark included", () => {
		const one = (name: string): string => `\uFEFFBEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nEND:VCARD\r\n`;
		const file = readContactBytes(new TextEncoder().encode(one("Chiara Lombardi") + one("Tommaso Greco")));
		expect(file?.contacts.map((c) => c.name)).toEqual(["Chiara Lombardi", "Tommaso Greco"]);
		expect(file?.problems).toEqual([]);
	});
});
