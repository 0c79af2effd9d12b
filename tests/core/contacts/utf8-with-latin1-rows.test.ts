import { describe, expect, it } from "vitest";
import { decodeWholeFile } from "../../../src/core/contacts/decode";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/*
 * Round 16 (hostile review of 8a48623): a contacts CSV exported in UTF-8 with a row added or edited in an editor that
 * saved it in Windows-1252 (or two exports pasted together) is no UTF-8 file, and was read whole as Windows-1252: the
 * UTF-8 names came in as mojibake ('JÃ¼rgen KrÃ¤mer', 'Ã‰lodie') though only one row was written otherwise.
 */
const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
const latin1 = (text: string): number[] => [...text].map((ch) => ({ "’": 0x92, "€": 0x80, "“": 0x93, "”": 0x94, "–": 0x96 } as Record<string, number>)[ch] ?? ch.charCodeAt(0));

describe("a UTF-8 contacts file with one row in Windows-1252", () => {
	it("keeps the UTF-8 rows' names and reads the other row's letters", () => {
		const bytes = new Uint8Array([
			...utf8("First Name,Last Name,Company,Job Title,E-mail Address,Notes\r\nJürgen,Krämer,,,jk@example.de,Café “Zur Post”\r\nÉlodie,Lefèvre,,,el@example.fr,\r\n"),
			...latin1("Hans,Müller,,,hm@example.de,Schöne Grüße – 5€\r\n"),
		]);
		expect(readContactBytes(bytes)?.contacts.map((c) => [c.name, c.note ?? null])).toEqual([
			["Jürgen Krämer", "Café “Zur Post”"],
			["Élodie Lefèvre", null],
			["Hans Müller", "Schöne Grüße – 5€"],
		]);
	});

	it("is no longer read as mojibake when no byte of it is undefined in Windows-1252", () => {
		const bytes = new Uint8Array([...utf8("First Name,Last Name,Company,Job Title,E-mail Address\r\nJürgen,Krämer,,,jk@example.de\r\nZoë,Brontë,,,zb@example.uk\r\n"), ...latin1("Hans,Müller,,,hm@example.de\r\n")]);
		expect(readContactBytes(bytes)?.contacts.map((c) => c.name)).toEqual(["Jürgen Krämer", "Zoë Brontë", "Hans Müller"]);
	});

	it("keeps a Windows-1252 file as written, letters that happen to pair into UTF-8 included (guard)", () => {
		for (const text of ["Name\r\nGroß“\r\nMaß”\r\nÞórðarson\r\n", "Name\r\nAÑO\r\nÃO\r\n"]) expect(decodeWholeFile(new Uint8Array(latin1(text)))).toBe(text);
	});
});
