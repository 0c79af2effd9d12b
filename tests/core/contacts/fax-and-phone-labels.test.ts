import { describe, expect, it } from "vitest";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/*
 * Round 16 (hostile review of 1871d83): a shop's or a studio's one line often answers calls and faxes, and Google
 * Contacts keeps the label typed for it ('Tel/Fax', 'Phone & fax', 'Tel./Fax'). Such a number was left out as a fax: the
 * only number of the contact lost in the import. A vCard line typed voice and fax already stayed.
 */
const HEADER = "First Name,Last Name,Organization Name,Labels,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value";
const csv = (rows: string[]): Uint8Array => new TextEncoder().encode([HEADER, ...rows].join("\r\n") + "\r\n");

describe("a Google Contacts number whose label says phone and fax", () => {
	it("is a number to call: Tel/Fax, Phone & fax, Tel./Fax, Telefono/Fax", () => {
		const file = readContactBytes(
			csv([
				"Carla,Reni,Studio Reni,* myContacts,Tel/Fax,+39 051 555 0101,,",
				"Piet,Jansen,,* myContacts,Phone & fax,+31 20 555 0102,,",
				"Jonas,Weber,,* myContacts,Tel./Fax,+49 30 555 0103,Work Fax,+49 30 555 0104",
				"Marta,Conti,,* myContacts,Telefono/Fax,+39 06 555 0105,,",
			]),
		);
		expect(file?.contacts.map((c) => [c.name, c.phones])).toEqual([
			["Carla Reni", ["+39 051 555 0101"]],
			["Piet Jansen", ["+31 20 555 0102"]],
			["Jonas Weber", ["+49 30 555 0103"]],
			["Marta Conti", ["+39 06 555 0105"]],
		]);
	});

	it("while Work Fax, Home Fax and Fax stay out (guard)", () => {
		const file = readContactBytes(csv(["Ugo,Bassi,,* myContacts,Fax,+39 051 555 0110,Home Fax,+39 051 555 0111"]));
		expect(file?.contacts.map((c) => c.phones)).toEqual([[]]);
	});
});
