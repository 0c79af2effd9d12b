import { describe, expect, it } from "vitest";
import { planImport } from "../../../src/core/contacts/plan";
import { readContacts } from "../../../src/core/contacts/read-contacts";
import { propertiesUnreadable } from "../../../src/core/contacts/unreadable-properties";
import { importPlanSections } from "../../../src/core/render/import-plan";
import { translator } from "../../../src/i18n";

/*
 * A person note whose properties YAML cannot read (`tags: [a`, an unclosed flow list) is given to the import with
 * no properties: a contact of the same name must not plan fields for it (they would be written beside the ones it has).
 */
const CARDS = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nEMAIL:anna@lumen.example\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Rossi\r\nORG:Lumen\r\nEND:VCARD\r\n";

describe("planning an import over a person note whose properties cannot be read", () => {
	it("plans no field, no conflict and no new note for it, and lists it once under Not to be written", () => {
		const file = readContacts(CARDS);
		if (!file) throw new Error("not read");
		const plan = planImport(file, [{ path: "People/Anna Rossi.md", frontmatter: {}, unreadable: true }], { folder: "People", takenPaths: new Set(["People/Anna Rossi.md"]) });
		expect(plan.updates).toEqual([]);
		expect(plan.creates).toEqual([]);
		expect(plan.conflicts).toEqual([]);
		expect(plan.unreadable).toEqual([{ path: "People/Anna Rossi.md", line: 1 }]);
		const section = importPlanSections(plan, translator("en"), { written: false, withLines: false }).find((s) => s.id === "unreadable");
		expect(section?.title).toBe("Not to be written");
		expect(section?.items).toEqual(["People/Anna Rossi.md: left as it is: its properties cannot be read (Obsidian shows none of them), so Rapport cannot tell which fields it has; fix the YAML between its `---` lines, then import again"]);
	});

	it("counts as unreadable only what no writer refuses with its own words: an unclosed block or a key written twice is said as such", () => {
		expect(propertiesUnreadable("---\ntags: [a\nemail: anna@old.example\n---\n", true)).toBe(true);
		expect(propertiesUnreadable("---\ntype: person\nemail: a@x.example\nemail: b@y.example\n---\n", true)).toBe(false);
		expect(propertiesUnreadable("---\ntype: person\nemail:\n# Anna\n", true)).toBe(false);
		expect(propertiesUnreadable("---\ntype: person\n---\n", false)).toBe(false);
	});
});

describe("a note whose first line is a horizontal rule", () => {
	it("is no unreadable properties: the import writes its block above the rule", () => {
		expect(propertiesUnreadable("---\n\nMet Anna at the Lumen meetup in Milan.\n", true)).toBe(false);
		expect(propertiesUnreadable("\uFEFF---\r\n# a comment only\r\n---\r\n", true)).toBe(false);
	});
});
