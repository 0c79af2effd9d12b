import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readVCards } from "../../../src/core/contacts/vcard";

/**
 * An address book exported from Fastmail (Apple's iCloud writes groups alike): two people, a group
 * written as a card of its own (`X-ADDRESSBOOKSERVER-KIND:group`, its members by `UID`), a vCard 4.0
 * group (`KIND:group`, `MEMBER`), and a vCard 4.0 person that says `KIND:individual`.
 */
const text = readFileSync(join(__dirname, "..", "..", "fixtures", "contacts", "fastmail-groups-3.0.vcf"), "utf8");

describe("contact groups written as cards of their own", () => {
	it("are no people: only the three persons are contacts", () => {
		expect(readVCards(text).contacts.map((c) => c.name)).toEqual(["Chiara Moretti", "Davide Ferrante", "Ottavia Leone"]);
	});

	it("give their name to each member, beside the member's own categories", () => {
		const groups = Object.fromEntries(readVCards(text).contacts.map((c) => [c.name, c.groups]));
		expect(groups).toEqual({ "Chiara Moretti": ["Cugini", "Circolo di lettura"], "Davide Ferrante": ["Vela", "Cugini"], "Ottavia Leone": [] });
	});

	it("are said in the preview, each with its line and name", () => {
		expect(readVCards(text).problems).toEqual([
			{ line: 20, code: "groupCard", params: { name: "Cugini" } },
			{ line: 31, code: "groupCard", params: { name: "Circolo di lettura" } },
		]);
	});
});
