import { describe, expect, it } from "vitest";
import { addFrontmatterEntries, frontmatterIsText, uneditableProperties } from "../../../src/core/contacts/yaml-lite";

/*
 * Person notes whose first line `---` is a horizontal rule: written by hand, or by a note app that puts a rule under
 * nothing, with prose below and no `---` line closing anything. Obsidian reads no properties there (it reads them only
 * between a first line `---` and a later one) and shows the `---` as a rule.
 */
describe("adding an imported contact's fields to a person note that starts with a horizontal rule", () => {
	it("puts a properties block above the rule, the note's text below it byte for byte", () => {
		const note = "---\nMet Anna at the Lumen meetup in Milan; she runs their design team.\n";
		expect(uneditableProperties(note)).toBeUndefined();
		expect(addFrontmatterEntries(note, [["email", "anna@lumen.example"]])).toBe(`---\nemail: anna@lumen.example\n---\n${note}`);
	});

	it("does so for a rule, a blank line and then prose or a heading, with the note's own line endings and BOM", () => {
		const note = "\uFEFF---\r\n\r\n## Calls\r\n\r\n- 2026-11-02 talked about the redesign\r\n";
		expect(uneditableProperties(note)).toBeUndefined();
		expect(addFrontmatterEntries(note, [["email", "anna@lumen.example"], ["phone", "+39 02 1234 5678"]])).toBe(`\uFEFF---\r\nemail: anna@lumen.example\r\nphone: "+39 02 1234 5678"\r\n---\r\n${note.slice(1)}`);
	});

	it("does so for a note that is a rule alone", () => {
		expect(addFrontmatterEntries("---\n", [["email", "anna@lumen.example"]])).toBe("---\nemail: anna@lumen.example\n---\n---\n");
	});
});

describe("a person note whose first line `---` has `key:` lines under it and no line closing them", () => {
	it("is left as it is, said as properties never closed: the user may have meant them as properties", () => {
		for (const note of ["---\ntype: person\nemail:\n# Anna\nMet at the meetup\n", "---\n\nAddress: via Roma 1, Milano\nMet at the meetup\n"]) {
			expect(uneditableProperties(note)).toBe("unclosed");
			expect(addFrontmatterEntries(note, [["email", "anna@lumen.example"]])).toBe(note);
		}
	});
});

describe("a person note whose first two `---` lines are rules around text, not properties", () => {
	const note = "---\n\nMet Anna at the Lumen meetup in Milan.\n\n---\n\n## Calls\n";

	it("is left as it is, said as text between two rules: Obsidian reads those lines as properties it cannot read", () => {
		expect(uneditableProperties(note)).toBe("text");
		expect(addFrontmatterEntries(note, [["email", "anna@lumen.example"]])).toBe(note);
	});

	it("is not said so of a template's properties under its code, which writes lines when the note is made", () => {
		expect(frontmatterIsText("---\n<%* const kind = 'person' %>\ntype: person\n---\n")).toBe(false);
		expect(frontmatterIsText("---\n{{properties}}\n---\n")).toBe(false);
	});

	it("is not said so of properties under a comment or a heading line, which YAML reads as a comment", () => {
		const properties = "---\n# Anna\ntype: person\n---\n";
		expect(frontmatterIsText(properties)).toBe(false);
		expect(addFrontmatterEntries(properties, [["email", "anna@lumen.example"]])).toBe("---\n# Anna\ntype: person\nemail: anna@lumen.example\n---\n");
	});
});

describe("a person note whose properties open with a key that has a colon in it (a CRM's `crm:id`)", () => {
	it("gets the imported fields beside its own, as properties Obsidian reads", () => {
		const note = "---\ncrm:id: 4411\ntype: person\n---\n\n## Calls\n";
		expect(uneditableProperties(note)).toBeUndefined();
		expect(addFrontmatterEntries(note, [["email", "anna@lumen.example"]])).toBe("---\ncrm:id: 4411\ntype: person\nemail: anna@lumen.example\n---\n\n## Calls\n");
	});

	it("does so with the key in quotes", () => {
		for (const note of ['---\n"crm:id": 4411\n---\n', "---\n'crm:id': 4411\n---\n"]) expect(uneditableProperties(note)).toBeUndefined();
	});
});
