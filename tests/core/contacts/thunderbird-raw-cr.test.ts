import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContactBytes, readContacts } from "../../../src/core/contacts/read-contacts";

/**
 * Thunderbird's vCard 4.0 export (File → Export, or an address book saved as vCard) writes a line
 * break typed inside a field as a bare CR in the value, the card's lines ending in CRLF.
 */
const bytes = (): Uint8Array => new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", "thunderbird-4.0-raw-cr.vcf")));

describe("a Thunderbird vCard whose values hold a bare CR", () => {
	it("keeps a note of two lines whole, with no line reported as unreadable", () => {
		const file = readContactBytes(bytes());
		expect(file?.problems).toEqual([]);
		const [ornella] = file?.contacts ?? [];
		expect(ornella).toMatchObject({ name: "Ornella Vitali", role: "Responsabile acquisti", note: "Conosciuta alla fiera di Murano\nvuole un preventivo per le lampade" });
	});

	it("reads the card after it too", () => {
		expect(readContactBytes(bytes())?.contacts.map((c) => [c.name, c.emails, c.org])).toEqual([
			["Ornella Vitali", ["ornella.vitali@vetreria.example"], null],
			["Dario Fontana", ["dario.fontana@fornace.example"], "Fornace"],
		]);
	});

	it("still reads a card whose lines all end with a bare CR (classic Mac OS)", () => {
		const mac = "BEGIN:VCARD\rVERSION:3.0\rFN:Livia Serra\rN:Serra;Livia;;;\rEMAIL:livia@serra.example\rEND:VCARD\r";
		const file = readContacts(mac);
		expect(file?.problems).toEqual([]);
		expect(file?.contacts.map((c) => [c.name, c.emails])).toEqual([["Livia Serra", ["livia@serra.example"]]]);
	});

	it("reads a card whose lines end with CR CR LF as lines, not as values with a new line", () => {
		const doubled = "BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Livia Serra\r\r\nNOTE:Una riga\r\r\nEND:VCARD\r\r\n";
		expect(readContacts(doubled)?.contacts.map((c) => [c.name, c.note])).toEqual([["Livia Serra", "Una riga"]]);
	});
});
