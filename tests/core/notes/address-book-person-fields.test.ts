import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Person notes as address-book templates write them: a name in parts with a middle name (`First Name`, `Middle Name`,
 * `Last Name`, as czottmann/obsidian-people keeps them), a QuickAdd template's labelled lists of addresses and numbers
 * and its `title: <% tp.file.title %>`. Made-up people.
 */
describe("what an address-book person note says about its person", () => {
	it("names her with the middle name she has, and finds her by her first and last name too", () => {
		const v = buildVault({
			"People/Ana Lucía Paredes.md": "---\nuid: p1762951200002\nFirst Name: Ana\nMiddle Name: Lucía\nLast Name: Paredes\nCompany:\ntags:\n  - Person\n---\n",
			"Notes/2026-11-26 Kickoff.md": '---\ntype: meeting\ndate: 2026-11-26\nattendees:\n  - "[[Ana Paredes]]"\n---\n',
		});
		expect(v.index.person("People/Ana Lucía Paredes.md")?.person?.name).toBe("Ana Lucía Paredes");
		expect(v.index.attendeesOf("Notes/2026-11-26 Kickoff.md")).toEqual(["People/Ana Lucía Paredes.md"]);
	});

	it("reads the address and the number out of labelled lists, never a label", () => {
		const v = buildVault({
			"Areas/Greta Lind.md": [
				"---",
				"fileClass: person",
				"phone:",
				'  - phone_label: "Mobile"',
				'    phone_number: "+46 70 000 0000"',
				"email:",
				'  - email_label: "Personal"',
				'    email_address: "greta@example.org"',
				"---",
				"",
			].join("\n"),
		});
		expect(v.index.person("Areas/Greta Lind.md")?.person).toMatchObject({ email: "greta@example.org", phone: "+46 70 000 0000" });
	});

	it("takes no role from a `title` that is the note's own name, and still reads a job title or a role", () => {
		const v = buildVault({
			"People/Greta Lind.md": "---\ntype: person\ntitle: Greta Lind\n---\n",
			"People/Sara Holm.md": "---\ntype: person\ntitle: Head of design\n---\n",
			"People/Lia Berg.md": "---\ntype: person\ntitle: Lia Berg\njob_title: Editor\n---\n",
		});
		const role = (path: string) => v.index.person(path)?.person?.role ?? null;
		expect(role("People/Greta Lind.md")).toBeNull();
		expect(role("People/Sara Holm.md")).toBe("Head of design");
		expect(role("People/Lia Berg.md")).toBe("Editor");
	});

	it("reads her organisations from `organizations: [A, B]`, as a contacts pipeline writes them", () => {
		const v = buildVault({ "Contacts/Noor Haddad.md": "---\nname: Noor Haddad\nrole: Course instructor\norganizations: [Brightline Academy, Open Shelf]\nvip: true\n---\n" });
		expect(v.index.person("Contacts/Noor Haddad.md")?.person).toMatchObject({ org: "Brightline Academy", orgs: ["Brightline Academy", "Open Shelf"] });
	});

	it("names a contact whose file joins her name with underscores or dots with spaces, and finds her by that name", () => {
		const v = buildVault({
			"crm/contacts/Lucia_Moreno.md": "# Contact Profile\n\n## Interaction Log\n\n| Date | Type | Topics |\n|---|---|---|\n| 2026-11-03 | Email | Intro deck |\n",
			"People/Dario.Ferri.md": "---\nnoteType: person\n---\n",
			"People/lucia_m.md": "---\ntype: person\n---\n",
			"People/J.R.R. Tolkien.md": "---\ntype: person\n---\n",
			"Meetings/2026-11-21 Store walk.md": "---\ntype: meeting\ndate: 2026-11-21\nattendees: [Lucia Moreno, \"[[Dario Ferri]]\"]\n---\n",
		});
		const name = (path: string) => v.index.person(path)?.person?.name;
		expect([name("crm/contacts/Lucia_Moreno.md"), name("People/Dario.Ferri.md"), name("People/lucia_m.md"), name("People/J.R.R. Tolkien.md")]).toEqual(["Lucia Moreno", "Dario Ferri", "lucia_m", "J.R.R. Tolkien"]);
		expect(v.index.attendeesOf("Meetings/2026-11-21 Store walk.md")).toEqual(["crm/contacts/Lucia_Moreno.md", "People/Dario.Ferri.md"]);
	});

	it("puts her in the circle a template's `person_type` names, and in none for a kind that is no circle", () => {
		const v = buildVault({
			"Areas/Greta Lind.md": '---\nfileClass: person\nperson_type: "Friend"\n---\n',
			"Areas/Ivo Marin.md": '---\nfileClass: person\nperson_type: "POC"\n---\n',
			"Areas/Sara Holm.md": '---\nfileClass: person\nrelationship: family\nperson_type: "Work"\n---\n',
		});
		const circle = (path: string) => v.index.person(path)?.person?.circle ?? null;
		expect([circle("Areas/Greta Lind.md"), circle("Areas/Ivo Marin.md"), circle("Areas/Sara Holm.md")]).toEqual(["friend", null, "family"]);
	});
});
