import { describe, expect, it } from "vitest";
import { readVCards } from "../../../src/core/contacts/vcard";
import { expectLinear } from "../../growth";

/*
 * A vCard property with a long run of parameters (`TEL;TYPE=x;TYPE=x;…`, a hostile or broken file): each
 * repeated parameter copied every value before it, so 20,000 of them froze `rapport import` for 20 s.
 */

/** A card whose phone line holds parameters written over about `size` characters. */
function cardWithParameters(size: number, parameter = ";TYPE=voice"): string {
	return `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nTEL${parameter.repeat(Math.ceil(size / parameter.length))}:+39 333 000 0001\r\nEND:VCARD\r\n`;
}

describe("a vCard property with thousands of parameters", () => {
	it("the same parameter repeated is read in linear time", () => {
		expectLinear((size) => readVCards(cardWithParameters(size)));
	});

	it("a bare type repeated (vCard 2.1's TEL;WORK;VOICE) is read in linear time", () => {
		expectLinear((size) => readVCards(cardWithParameters(size, ";WORK")));
	});

	it("the card is read with its phone, and a fax type among the repeated ones still makes it a fax", () => {
		const phone = readVCards(cardWithParameters(20_000)).contacts;
		expect(phone.map((c) => [c.name, c.phones, c.faxes])).toEqual([["Anna Rossi", ["+39 333 000 0001"], []]]);
		const fax = readVCards(cardWithParameters(20_000, ";TYPE=work;TYPE=fax")).contacts;
		expect(fax.map((c) => [c.phones, c.faxes])).toEqual([[[], ["+39 333 000 0001"]]]);
	});
});
