import { describe, expect, it } from "vitest";
import { decodeWholeFile, inUnknownCodePage } from "../../../src/core/contacts/decode";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/*
 * Round 16 (hostile review of 8a48623): Outlook and Excel on Western Windows turn a typed apostrophe into ’ (0x92 in
 * Windows-1252), and names are full of them: O’Brien, D’Angelo, Dell’Orto, L’Oréal. 0x92 with the letter after it is
 * a valid two-byte Shift_JIS kanji, so a Western file whose only non-ASCII bytes were such apostrophes was read as
 * Japanese: Sean O達rien, Luca Dell丹rto, imported as such without a word.
 */
const CP1252: Record<string, number> = { "’": 0x92, "é": 0xe9, "‘": 0x91 };
const windows1252 = (text: string): Uint8Array => Uint8Array.from([...text].map((ch) => CP1252[ch] ?? ch.charCodeAt(0)));

describe("a Western contacts CSV whose typed apostrophes are curly (Windows-1252)", () => {
	it("keeps O’Brien, D’Angelo, Dell’Orto and L’Oréal as written, not as kanji", () => {
		const csv = "First Name,Last Name,Company,Job Title,E-mail Address,Notes\r\nSean,O’Brien,,,sean@example.ie,Marco’s cousin\r\nAnna,D’Angelo,L’Oréal,Buyer,anna@example.it,\r\nLuca,Dell’Orto,,,luca@example.it,\r\n";
		const bytes = windows1252(csv);
		expect(decodeWholeFile(bytes)).toBe(csv);
		expect(inUnknownCodePage(bytes)).toBe(false);
		const file = readContactBytes(bytes);
		expect(file?.contacts.map((c) => [c.name, c.org ?? null])).toEqual([
			["Sean O’Brien", null],
			["Anna D’Angelo", "L’Oréal"],
			["Luca Dell’Orto", null],
		]);
	});

	it("keeps one apostrophe in a whole file as written", () => {
		for (const text of ["Name\r\nO’Neil\r\n", "Name\r\nSt‘Ives\r\n"]) expect(decodeWholeFile(windows1252(text))).toBe(text);
	});
});
