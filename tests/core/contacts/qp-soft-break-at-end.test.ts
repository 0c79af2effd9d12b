import { describe, expect, it } from "vitest";
import { readContacts } from "../../../src/core/contacts/read-contacts";

/** vCard 2.1 (older phones, Outlook) with a quoted-printable value whose encoder ended it with a soft break (`=`). */
describe("a quoted-printable value ending in a soft break right before the next line of the card", () => {
	const card = (...lines: string[]): string[] => ["BEGIN:VCARD", "VERSION:2.1", ...lines, "END:VCARD"];
	const file = (...cards: string[][]): string => [...cards.flat(), ""].join("\r\n");

	it("ends there: the card's END is not swallowed, and the card is read with the next one", () => {
		const r = readContacts(file(card("N:Rossi;Anna", "FN:Anna Rossi", "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caff=C3=A8=0D=0A="), card("FN:Ben Cho", "EMAIL:ben@example.com")));
		expect(r?.contacts.map((c) => [c.name, c.note])).toEqual([["Anna Rossi", "Caffè"], ["Ben Cho", null]]);
		expect(r?.problems).toEqual([]);
	});

	it("keeps the property after it: the name is not read into the note", () => {
		const r = readContacts(file(card("NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caff=C3=A8=", "FN:Anna Rossi", "item1.EMAIL;INTERNET:anna@example.com")));
		expect(r?.contacts.map((c) => [c.name, c.note, c.emails])).toEqual([["Anna Rossi", "Caffè", ["anna@example.com"]]]);
	});

	it("still joins a continued line that holds a colon of its own (Nota: …)", () => {
		const r = readContacts(file(card("FN:Anna Rossi", "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Pranzo =", "Nota: porta il vino")));
		expect(r?.contacts[0]?.note).toBe("Pranzo Nota: porta il vino");
	});
});
