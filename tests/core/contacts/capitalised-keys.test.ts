import { describe, expect, it } from "vitest";
import { vcardsFor } from "../../../src/core/contacts/export";
import { readContacts } from "../../../src/core/contacts/read-contacts";
import type { ContactFile } from "../../../src/core/contacts/contact";
import { ImportVault } from "./import-twice";

/** Anna's card as an iPhone exports it. */
const ANNA = ["BEGIN:VCARD", "VERSION:3.0", "N:Rossi;Anna;;;", "FN:Anna Rossi", "ORG:Lumen Design;", "item1.EMAIL;type=INTERNET;type=pref:anna@lumen.example", "TEL;type=CELL:+39 333 111 1111", "END:VCARD", ""].join("\r\n");

function card(): ContactFile {
	const file = readContacts(ANNA);
	if (!file) throw new Error("not read");
	return file;
}

describe("importing into person notes whose keys are capitalised, as contact-sync plugins write them", () => {
	it("leaves Anna's own Email, Phone and Company alone: a different email is a conflict, not a second email key", () => {
		const note = "---\nType: Person\nEmail: anna@old.example\nPhone: +39 333 111 1111\nCompany: Lumen\n---\n";
		const vault = new ImportVault({ "People/Anna Rossi.md": note });
		const plan = vault.plan(card());
		expect(plan.conflicts.map((c) => c.field).sort()).toEqual(["email", "org"]);
		vault.apply(plan);
		const after = vault.notes.get("People/Anna Rossi.md") ?? "";
		expect(after).not.toMatch(/^email:/m);
		expect(after).not.toMatch(/^phone:/m);
		expect(after).not.toMatch(/^org:/m);
		expect(after).toContain("Email: anna@old.example\n");
	});

	it("adds no org: beside an `organizations:` list that names her firm", () => {
		const vault = new ImportVault({ "People/Anna Rossi.md": "---\ntype: person\nemail: anna@lumen.example\norganizations: [Lumen Design, Open Shelf]\n---\n" });
		vault.apply(vault.plan(card()));
		expect(vault.notes.get("People/Anna Rossi.md")).not.toMatch(/^org:/m);
	});

	it("finds Anna by the email under her capitalised Email key, so a card under another name is not a new note", () => {
		const vault = new ImportVault({ "People/Annie.md": "---\nType: Person\nE-mail: anna@lumen.example\n---\n" });
		const plan = vault.plan(card());
		expect(plan.creates).toEqual([]);
		expect(plan.updates.map((u) => u.path)).toEqual(["People/Annie.md"]);
	});

	it("fills an empty capitalised Email: in place, keeping its spelling, instead of adding email: beside it", () => {
		const vault = new ImportVault({ "People/Anna Rossi.md": "---\r\ntype: person\r\nEmail:\r\nCompany: \"\"\r\n---\r\nNotes" });
		vault.apply(vault.plan(card()));
		expect(vault.notes.get("People/Anna Rossi.md")).toBe(
			"---\r\ntype: person\r\nEmail: anna@lumen.example\r\nCompany: Lumen Design\r\nfirst_name: Anna\r\nlast_name: Rossi\r\nphone: \"+39 333 111 1111\"\r\n---\r\nNotes",
		);
	});

	it("keeps the user's comment on an empty key it fills", () => {
		const vault = new ImportVault({ "People/Anna Rossi.md": "---\ntype: person\norg: [] # ask Marco\nemail:   # work one\n---\n" });
		vault.apply(vault.plan(card()));
		const after = vault.notes.get("People/Anna Rossi.md") ?? "";
		expect(after).toContain("org: Lumen Design # ask Marco\n");
		expect(after).toContain("email: anna@lumen.example # work one\n");
	});

	it("changes nothing on a second import", () => {
		const vault = new ImportVault({ "People/Anna Rossi.md": "---\nType: Person\nEmail:\nPhone: \"\"\n---\n" });
		vault.apply(vault.plan(card()));
		const once = vault.notes.get("People/Anna Rossi.md");
		const again = vault.plan(card());
		expect(again.updates).toEqual([]);
		vault.apply(again);
		expect(vault.notes.get("People/Anna Rossi.md")).toBe(once);
	});
});

describe("exporting person notes whose keys are capitalised", () => {
	it("puts Anna's Email, Phone, Company and BirthDate in her vCard", () => {
		const card = vcardsFor([{ path: "People/Anna Rossi.md", frontmatter: { Type: "Person", Email: "anna@lumen.example", Phone: "+39 333 111 1111", Company: "Lumen", BirthDate: "1990-12-02" } }]) ?? "";
		expect(card).toContain("EMAIL:anna@lumen.example\r\n");
		expect(card).toContain("TEL;VALUE=text:+39 333 111 1111\r\n");
		expect(card).toContain("ORG:Lumen\r\n");
		expect(card).toContain("BDAY:19901202\r\n");
	});
});
