import { describe, expect, it } from "vitest";
import { planImport } from "../../../src/core/contacts/plan";
import { readContactBytes } from "../../../src/core/contacts/read-contacts";
import { importPlanSections } from "../../../src/core/render/import-plan";
import { translator } from "../../../src/i18n";

/*
 * What an export holds that Rapport has no field for (a photo, an address, a custom field) is not
 * written; the import says so, field by field, with how many contacts hold it and the first one's
 * line, instead of dropping it in silence. What exporters write about themselves (UID, REV, PRODID,
 * Outlook's Priority "Normal") is no data about the person and is not reported.
 */
const bytes = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join("\r\n") + "\r\n");

describe("fields an import cannot keep", () => {
	it.each<[string, string[], { line: number; field: string; n: number }[]]>([
		[
			"vCards: a photo, an address, a custom X- property, each once with its count",
			[
				"BEGIN:VCARD",
				"VERSION:3.0",
				"PRODID:-//Apple Inc.//iPhone OS 17.2//EN",
				"N:Serra;Bianca;;;",
				"FN:Bianca Serra",
				"EMAIL;TYPE=INTERNET:bianca@serra.example",
				"PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD",
				"item1.ADR;TYPE=HOME:;;Via Roma 3;Torino;;10121;Italia",
				"item1.X-ABADR:it",
				"X-SHOE-SIZE:38",
				"REV:2026-11-30T10:00:00Z",
				"UID:7d1c-0001",
				"END:VCARD",
				"BEGIN:VCARD",
				"VERSION:3.0",
				"FN:Tito Gallo",
				"PHOTO;VALUE=uri:https://photos.example/tito.jpg",
				"END:VCARD",
			],
			[
				{ line: 1, field: "PHOTO", n: 2 },
				{ line: 1, field: "ADR", n: 1 },
				{ line: 1, field: "X-SHOE-SIZE", n: 1 },
			],
		],
		[
			"an Outlook CSV: its address and User 1 columns, not its defaults (Priority Normal, Private False, Gender Unspecified)",
			[
				'"First Name","Last Name","Company","Job Title","Business Street","Business City","E-mail Address","E-mail Type","E-mail Display Name","Gender","Priority","Private","Sensitivity","User 1","Anniversary"',
				'"Piero","Lodi","Lodi Snc","Owner","Via Po 9","Torino","piero@lodi.example","SMTP","Piero Lodi (piero@lodi.example)","Unspecified","Normal","False","Normal","Golf club","0/0/00"',
				'"Ada","Lodi","","","","","ada@lodi.example","SMTP","Ada Lodi (ada@lodi.example)","Unspecified","Normal","False","Normal","Golf club","0/0/00"',
			],
			[
				{ line: 2, field: "Business Street", n: 1 },
				{ line: 2, field: "Business City", n: 1 },
				{ line: 2, field: "User 1", n: 2 },
			],
		],
		[
			"Google's CSV: its Photo and a custom field, not its labels",
			[
				"First Name,Last Name,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Custom Field 1 - Label,Custom Field 1 - Value",
				"Rosa,Vitale,https://lh3.googleusercontent.example/a/rosa,* myContacts,* Work,rosa@vitale.example,Badge,4471",
			],
			[
				{ line: 2, field: "Photo", n: 1 },
				{ line: 2, field: "Custom Field 1 - Value", n: 1 },
			],
		],
	])("are reported from %s", (_file, lines, notKept) => {
		const file = readContactBytes(bytes(lines));
		expect(file?.problems).toEqual([]);
		expect(file?.notKept).toEqual(notKept.map(({ line, field, n }) => ({ line, code: "notKept", params: { field, n } })));
	});

	it("are listed in the preview, in English and in Italian", () => {
		const file = readContactBytes(bytes(["BEGIN:VCARD", "VERSION:3.0", "FN:Tito Gallo", "PHOTO;VALUE=uri:https://photos.example/tito.jpg", "X-SHOE-SIZE:44", "END:VCARD"]));
		const plan = file ? planImport(file, [], { folder: "People", takenPaths: new Set() }) : null;
		const section = (lang: "en" | "it") => (plan ? importPlanSections(plan, translator(lang), { written: false, withLines: true }) : []).find((s) => s.id === "notKept");
		expect(section("en")).toEqual({ id: "notKept", title: "Not kept (Rapport has no field for them)", items: ["PHOTO: in 1 contact, the first at line 1", "X-SHOE-SIZE: in 1 contact, the first at line 1"] });
		expect(section("it")).toEqual({ id: "notKept", title: "Non conservati (Rapport non ha un campo per loro)", items: ["PHOTO: in 1 contatto, il primo alla riga 1", "X-SHOE-SIZE: in 1 contatto, il primo alla riga 1"] });
	});

	it("are listed without lines where the file is not at hand (the plugin's preview), two contacts counted as such", () => {
		const file = readContactBytes(bytes(["BEGIN:VCARD", "VERSION:3.0", "FN:Tito Gallo", "NICKNAME:Titti", "END:VCARD", "BEGIN:VCARD", "VERSION:3.0", "FN:Ugo Gallo", "NICKNAME:Ughetto", "END:VCARD"]));
		const plan = file ? planImport(file, [], { folder: "People", takenPaths: new Set() }) : null;
		const items = (lang: "en" | "it") => (plan ? importPlanSections(plan, translator(lang), { written: false, withLines: false }) : []).find((s) => s.id === "notKept")?.items;
		expect(items("en")).toEqual(["NICKNAME: in 2 contacts"]);
		expect(items("it")).toEqual(["NICKNAME: in 2 contatti"]);
	});

	// A CRM's custom field whose label holds a line break, and one whose label is a pasted paragraph: one short line each.
	it("are named on one short line each when a column's name spans lines or runs long", () => {
		const long = `Notes ${"about the account ".repeat(200)}`;
		const file = readContactBytes(bytes([`"First Name","Last Name","E-mail Address","Job Title","Account\nmanager","${long}"`, '"Piero","Lodi","piero@lodi.example","Owner","Ada","Golf"']));
		const plan = file ? planImport(file, [], { folder: "People", takenPaths: new Set() }) : null;
		const items = (plan ? importPlanSections(plan, translator("en"), { written: false, withLines: true }) : []).find((s) => s.id === "notKept")?.items ?? [];
		expect(items[0]).toBe("Account manager: in 1 contact, the first at line 3");
		expect(items[1]?.startsWith("Notes about the account about the account")).toBe(true);
		expect(items.every((i) => !i.includes("\n") && i.length < 200)).toBe(true);
	});
});
