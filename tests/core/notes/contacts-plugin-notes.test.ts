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
