import { describe, expect, it } from "vitest";
import { personRows } from "../../../src/core/index/people";
import { buildVault } from "../../builders";

/*
 * Notes in the style of the Contacts NextGen plugin (jwir3/obsidian-contacts-ng): `type: contact`, the
 * name under `name` in two parts, files named `Contact 1`, `Contact 2` by the plugin. Made-up people.
 */
const contactsNextGen = () =>
	buildVault({
		"Contacts/Contact 1.md": "---\nname:\n  first: Livia\n  last: Marchetti\nbirthday: 1988-04-17\nlast_contact: 2026-10-02\ntype: contact\n---\nMet at the print fair.\n",
		"Contacts/Contact 2.md": "---\nname:\n  first: Tomas\n  last: Berg\nlast_contact: \"[[2026-09-14]]\"\ntype: contact\n---\n",
		"Events/2026-11-24 Coffee with Livia.md": "---\ntype: meeting\ndate: 2026-11-24\nattendees:\n  - \"[[Livia Marchetti]]\"\n---\nTalked about the catalogue.\n",
	});

describe("people whose name is written in parts", () => {
	it("names a Contacts NextGen note by its `name: {first, last}`, and credits the meetings that link that name", () => {
		const v = contactsNextGen();
		expect(personRows(v.index, "2026-11-30").map((r) => [r.path, r.name, r.lastContact])).toEqual([
			["Contacts/Contact 1.md", "Livia Marchetti", "2026-11-24"],
			["Contacts/Contact 2.md", "Tomas Berg", "2026-09-14"],
		]);
		expect(v.index.attendeesOf("Events/2026-11-24 Coffee with Livia.md")).toEqual(["Contacts/Contact 1.md"]);
	});

	it("credits a meeting that links the note by the name the plugin gave it, `[[Contact 1]]`, and still asks no note for a template's `[[person1]]`", () => {
		const v = buildVault({
			"Contacts/Contact 1.md": "---\nname:\n  first: Livia\n  last: Marchetti\ntype: contact\n---\n",
			"Calendar/Coffee.md": "---\ntype: meeting\ndate: 2026-11-24\nattendees:\n  - \"[[Contact 1]]\"\n  - \"[[person1]]\"\n---\n",
		});
		expect(v.index.attendeesOf("Calendar/Coffee.md")).toEqual(["Contacts/Contact 1.md"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("joins `first_name` and `last_name`, and Italian `nome` and `cognome`, without repeating a surname already there", () => {
		const v = buildVault({
			"People/p1.md": "---\ntype: person\nfirst_name: Ada\nlast_name: Quist\n---\n",
			"Persone/p2.md": "---\ntipo: persona\nnome: Marco\ncognome: Sala\n---\n",
			"Persone/p3.md": "---\ntipo: persona\nnome: Lea De Santis\ncognome: De Santis\n---\n",
		});
		expect(personRows(v.index).map((r) => r.name).sort()).toEqual(["Ada Quist", "Lea De Santis", "Marco Sala"]);
	});

	it("keeps the file's name or a whole `name` when only one part is written", () => {
		const v = buildVault({
			"People/Ada Quist.md": "---\ntype: person\nfirst_name: Ada\n---\n",
			"People/Bo.md": "---\ntype: person\nname: Bo Lind\nlast_name: Lind\n---\n",
			"People/Cy Moor.md": "---\ntype: person\nname:\n  first: Cy\n---\n",
		});
		expect(personRows(v.index).map((r) => r.name).sort()).toEqual(["Ada Quist", "Bo Lind", "Cy Moor"]);
		expect(v.index.problems()).toEqual([]);
	});
});

/*
 * The card of the Contacts plugin (vbeskrovnov/obsidian-contacts): a table of keys and values between two
 * `/---contact---/` lines, with `Name` the first name, `Last Name`, `Birthday`, `Last chat`, `Friends`.
 */
const card = (rows: string): string => `/---contact---/\n| key | value |\n| --- | --- |\n${rows}/---contact---/\n`;

describe("the Contacts plugin's card", () => {
	it("reads the card's birthday, last chat, name and friends as the person's", () => {
		const v = buildVault({
			"Contacts/Ines.md": card("| Name | Ines |\n| Last Name | Kahl |\n| Phone | +49 170 000 2222 |\n| Birthday | 1991-02-08 |\n| Last chat | 2026-11-03 |\n| Friends | [[Tomas Berg]] |\n"),
			"Contacts/Tomas Berg.md": card("| Name | Tomas |\n| Birthday | |\n"),
		});
		const ines = v.index.person("Contacts/Ines.md")?.person;
		expect(ines).toMatchObject({ name: "Ines Kahl", birthday: { year: 1991, month: 2, day: 8 }, phone: "+49 170 000 2222" });
		expect(ines?.knows.map((k) => k.target)).toEqual(["Tomas Berg"]);
		expect(personRows(v.index, "2026-11-30").map((r) => [r.name, r.lastContact])).toEqual([
			["Ines Kahl", "2026-11-03"],
			["Tomas Berg", null],
		]);
		expect(v.index.problems()).toEqual([]);
	});

	it("knows a note with a card as a person wherever it is, as the plugin does with its folder left at the vault's root", () => {
		const v = buildVault({
			"Ines Kahl.md": card("| Name | Ines |\n| Last chat | 2026-11-03 |\n"),
			"Notes/Half a card.md": "/---contact---/\n| Name | Bo |\n",
			"Notes/Typed.md": "---\ntype: project\n---\n" + card("| Name | Cy |\n"),
		});
		expect([...v.index.personPaths()]).toEqual(["Ines Kahl.md"]);
	});

	it("reads no other table as a card: a meeting's table of names, a card shown in a code block", () => {
		const v = buildVault({
			"People/Ada Quist.md": "---\ntype: person\n---\n| Name | Role |\n| --- | --- |\n| Bo | design |\n\n```\n" + card("| Birthday | 1990-01-01 |\n") + "```\n",
		});
		expect(v.index.person("People/Ada Quist.md")?.person).toMatchObject({ name: "Ada Quist", birthday: null });
	});
});
