import { describe, expect, it } from "vitest";
import { parseOutlookDate } from "../../../src/core/contacts/csv-outlook";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/** Text as Windows-1252 bytes (only Latin-1 letters here, whose code is their byte). */
const cp1252 = (text: string): Uint8Array => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));

/** An Italian Outlook export opened and saved again by Excel: cells unquoted unless needed, `;`, CRLF. */
const EXCEL_SAVED = [
	"Nome;Secondo nome;Cognome;Società;Posizione;Ufficio;Cellulare;Compleanno;Categorie;Indirizzo posta elettronica;Indirizzo posta elettronica 2;Notes",
	'Lucia;;Ferri;Ottica Ferri;Titolare;;+39 333 000 0101;31/12/1990;Clienti;lucia.ferri@ottica.example;;"Prima riga\r\nseconda riga; con punto e virgola"',
	"Lucia;;Ferri;;;;+39 333 000 0102;1/2/90;;lucia.ferri@altra.example;;",
	"Tommaso;;Galli;;;;;;;tommaso@galli.example;;",
	"Nicolò;;Martini;;;;;1/2/30;;;;",
	"",
].join("\r\n");

describe("an Italian Outlook export saved again by Excel", () => {
	it("keeps every contact apart, each with its own birthday, empty Compleanno as none, and the note's two lines", () => {
		const file = readContactBytes(cp1252(EXCEL_SAVED));
		expect(file?.problems).toEqual([]);
		expect(file?.contacts.map((c) => [c.name, c.emails, c.phones, c.birthday])).toEqual([
			["Lucia Ferri", ["lucia.ferri@ottica.example"], ["+39 333 000 0101"], "1990-12-31"],
			["Lucia Ferri", ["lucia.ferri@altra.example"], ["+39 333 000 0102"], "1990-02-01"],
			["Tommaso Galli", ["tommaso@galli.example"], [], null],
			["Nicolò Martini", [], [], "1930-02-01"],
		]);
		expect(file?.contacts[0]?.note?.split(/\r?\n/)).toEqual(["Prima riga", "seconda riga; con punto e virgola"]);
	});

	it("reads a two-digit year 30 as 1930, as Windows does by default (00–29 are 2000–2029), so no birthday is in the future", () => {
		expect(parseOutlookDate("1/2/30", true)).toEqual({ day: "1930-02-01" });
		expect(parseOutlookDate("1/2/29", true)).toEqual({ day: "2029-02-01" });
		expect(parseOutlookDate("1/2/90", true)).toEqual({ day: "1990-02-01" });
	});
});
