import { describe, expect, it } from "vitest";
import { vcardsFor } from "../../../src/core/contacts/export";
import { planImport, plannedNoteText } from "../../../src/core/contacts/plan";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";

/*
 * A fax is no number to call, so it stays out of `phone`; but it is what the exporter holds, and an
 * import that drops it loses it. Each exporter's fax lands in the note's `fax`.
 */
const bytes = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join("\r\n") + "\r\n");
const faxes = (lines: string[]): [string, string[]][] => (readContactBytes(bytes(lines))?.contacts ?? []).map((c) => [c.name, c.faxes]);

describe("fax numbers are kept as faxes", () => {
	it("from vCards: 2.1's TEL;WORK;FAX, 3.0's TYPE=HOME,FAX and 4.0's quoted list, a voice-and-fax line staying a phone", () => {
		const file = readContactBytes(
			bytes([
				"BEGIN:VCARD",
				"VERSION:2.1",
				"N:Galli;Renata",
				"FN:Renata Galli",
				"TEL;WORK;FAX:+39 02 555 0141",
				"TEL;CELL:+39 347 555 0142",
				"END:VCARD",
				"BEGIN:VCARD",
				"VERSION:3.0",
				"FN:Oskar Lund",
				"TEL;TYPE=HOME,FAX:+46 31 555 0143",
				"TEL;TYPE=VOICE,FAX:+46 31 555 0144",
				"END:VCARD",
				"BEGIN:VCARD",
				"VERSION:4.0",
				"FN:Studio Verdi",
				'TEL;TYPE="work,fax";VALUE=uri:tel:+39-051-555-0145',
				"END:VCARD",
			]),
		);
		expect(file?.contacts.map((c) => [c.name, c.phones, c.faxes])).toEqual([
			["Renata Galli", ["+39 347 555 0142"], ["+39 02 555 0141"]],
			["Oskar Lund", ["+46 31 555 0144"], ["+46 31 555 0143"]],
			["Studio Verdi", [], ["+39-051-555-0145"]],
		]);
	});

	it.each<[string, string[], [string, string[]][]]>([
		[
			"Outlook's Business Fax, Home Fax and Other Fax",
			[
				'"First Name","Last Name","Company","Job Title","Business Fax","Business Phone","Home Fax","Mobile Phone","Other Fax","E-mail Address"',
				'"Marc","Duval","Duval SARL","Gérant","+33 1 55 55 03 10","+33 1 55 55 03 11","+33 1 55 55 03 12","","+33 1 55 55 03 13","marc@duval.example"',
			],
			[["Marc Duval", ["+33 1 55 55 03 10", "+33 1 55 55 03 12", "+33 1 55 55 03 13"]]],
		],
		[
			"a German Outlook's Fax geschäftlich and Fax privat",
			[
				"Vorname;Nachname;Firma;Position;Telefon geschäftlich;Fax geschäftlich;Fax privat;E-Mail-Adresse",
				"Jonas;Keller;Keller GmbH;Inhaber;+49 89 555 0180;+49 89 555 0181;+49 89 555 0182;jonas@keller.example",
			],
			[["Jonas Keller", ["+49 89 555 0181", "+49 89 555 0182"]]],
		],
		[
			"Thunderbird's Fax Number",
			[
				"First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Job Title,Organization,Notes,",
				"Ada,Brunner,Ada Brunner,,ada@brunner.example,,,+41 44 555 0190,,+41 44 555 0191,,,,,,",
			],
			[["Ada Brunner", ["+41 44 555 0191"]]],
		],
		[
			"Google's Work Fax and Home Fax labels, several numbers in one cell",
			[
				"First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value",
				"Keiko,Sato,* myContacts,* Work,keiko@sato.example,Work Fax,+81 3-5555-0150 ::: +81 3-5555-0151,Mobile,+81 90-5555-0152",
			],
			[["Keiko Sato", ["+81 3-5555-0150", "+81 3-5555-0151"]]],
		],
		[
			"Yahoo's Fax column",
			[
				"First,Middle,Last,Nickname,Email,Category,Home,Work,Pager,Fax,Mobile,Other,Yahoo Phone,Primary,Alternate Email 1,Alternate Email 2,Title,Company,Birthday,Comments",
				"Ray,,Cole,,ray@cole.example,,,+1 312 555 0160,,+1 312 555 0161,,,,,,,,,,",
			],
			[["Ray Cole", ["+1 312 555 0161"]]],
		],
	])("from %s", (_exporter, lines, expected) => {
		expect(faxes(lines)).toEqual(expected);
	});

	it("writes them under fax in the new note, apart from the phone", () => {
		const file = readContactBytes(bytes(["BEGIN:VCARD", "VERSION:3.0", "FN:Lia Neri", "N:Neri;Lia;;;", "TEL;TYPE=CELL:+39 333 555 0170", "TEL;TYPE=WORK,FAX:+39 06 555 0171", "END:VCARD"]));
		const plan = file ? planImport(file, [], { folder: "People", takenPaths: new Set() }) : null;
		expect(plan?.creates.map(plannedNoteText)).toEqual(["---\ntype: person\nfirst_name: Lia\nlast_name: Neri\nphone: \"+39 333 555 0170\"\nfax: \"+39 06 555 0171\"\n---\n"]);
	});

	it("adds a fax to a person of the vault who has none, and leaves their phone alone", () => {
		const file = readContactBytes(bytes(["BEGIN:VCARD", "VERSION:3.0", "FN:Lia Neri", "EMAIL:lia@neri.example", "TEL;TYPE=WORK,FAX:+39 06 555 0171", "END:VCARD"]));
		const plan = file ? planImport(file, [{ path: "People/Lia Neri.md", frontmatter: { type: "person", email: "lia@neri.example", phone: "+39 333 555 0170" } }], { folder: "People", takenPaths: new Set(["People/Lia Neri.md"]) }) : null;
		expect(plan?.updates).toEqual([{ path: "People/Lia Neri.md", line: 1, add: [["fax", "+39 06 555 0171"]] }]);
		expect(plan?.conflicts).toEqual([]);
	});
});

describe("a column that says whether to fax, not where", () => {
	// A Salesforce report of contacts: `Fax Opt Out` holds 0 or 1; a CRM's `Do Not Fax` holds False. Neither is a number.
	it("is no fax: the fax column's number is the contact's fax, the flag stays out", () => {
		expect(
			faxes([
				'"Contact Owner","First Name","Last Name","Title","Account Name","Phone","Mobile","Fax","Email","Fax Opt Out"',
				'"Jo Admin","Ines","Moreau","CTO","Acme","+33 1 555 0101","","+33 1 555 0102","ines@acme.example","0"',
				'"Jo Admin","Paul","Roy","CFO","Acme","+33 1 555 0103","","","paul@acme.example","1"',
			]),
		).toEqual([
			["Ines Moreau", ["+33 1 555 0102"]],
			["Paul Roy", []],
		]);
		expect(faxes(['"First Name","Last Name","E-mail Address","Business Phone","Business Fax","Job Title","Do Not Fax"', '"Anna","Rossi","anna@rossi.example","+39 02 555 0104","","CTO","False"'])).toEqual([["Anna Rossi", []]]);
	});
});

describe("a person's fax in the vCard export", () => {
	it("is written as a fax line, not as a phone", () => {
		const text = vcardsFor([{ path: "People/Lia Neri.md", frontmatter: { type: "person", phone: "+39 333 555 0170", fax: "+39 06 555 0171" } }]) ?? "";
		expect(text.split("\r\n").filter((l) => l.startsWith("TEL"))).toEqual(["TEL;VALUE=text:+39 333 555 0170", "TEL;TYPE=fax;VALUE=text:+39 06 555 0171"]);
		expect(readContactBytes(new TextEncoder().encode(text))?.contacts.map((c) => [c.phones, c.faxes])).toEqual([[["+39 333 555 0170"], ["+39 06 555 0171"]]]);
	});
});
