import { describe, expect, it } from "vitest";
import { readContacts } from "../../../src/core/contacts/read-contacts";

/** A vCard 3.0 as phones export it, with a photo of `lines` folded lines of base64 (76 characters each: 70,000 lines is a 5 MB photo). */
function cardWithPhoto(lines: number): string {
	const photo = Array.from({ length: lines }, (_, i) => `${i === 0 ? "PHOTO;ENCODING=b;TYPE=JPEG:" : " "}/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a`);
	return ["BEGIN:VCARD", "VERSION:3.0", "N:Rossi;Anna;;;", "FN:Anna Rossi", ...photo, "EMAIL;type=INTERNET:anna@lumen.example", "END:VCARD", ""].join("\r\n");
}

describe("vCards with a large photo", () => {
	it("a contact whose photo is folded over 150,000 lines is read with its name and email, and the photo left out", () => {
		// Each folded line used to re-read the whole property joined so far: this card took 88 s; it is read in linear time now.
		const file = readContacts(cardWithPhoto(150_000));
		expect(file?.contacts.map((c) => [c.name, c.emails])).toEqual([["Anna Rossi", ["anna@lumen.example"]]]);
		expect(file?.problems).toEqual([]);
	});

	it("a quoted-printable note's soft line breaks still join, and a blank line after one ends the value as before", () => {
		const card = (...note: string[]): string => ["BEGIN:VCARD", "VERSION:2.1", "N:Ferri;Nicolò", ...note, "END:VCARD", ""].join("\r\n");
		expect(readContacts(card("NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Primo incontro: caff=C3=A8 =", "a Torino =", " con Anna"))?.contacts[0]?.note).toBe("Primo incontro: caffè a Torino  con Anna");
		const blank = readContacts(card("NOTE;ENCODING=QUOTED-PRINTABLE:caff=C3=A8 =", "", "a Torino"));
		expect(blank?.contacts[0]?.note).toBe("caffè");
		expect(blank?.problems.map((p) => p.line)).toEqual([6]);
	});
});
