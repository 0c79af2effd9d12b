import { describe, expect, it } from "vitest";
import { addFrontmatterEntries, uneditableProperties } from "../../../src/core/contacts/yaml-lite";
import { notFilledReason } from "../../../src/core/render/import-outcome";
import { translator } from "../../../src/i18n";

/*
 * A person note whose properties write one key twice (a template's `email:` left above the `email:` typed later,
 * two notes' properties pasted together): YAML reads no property of such a block ("duplicated mapping key"), so
 * Rapport reads none of them, the email that tells her from a namesake included. Filling one of the two lines
 * would leave the block as unreadable as before and the note holding two different emails.
 */
describe("a person note whose properties write a key twice", () => {
	const twice = "---\ntype: person\nemail:\nphone: \"+39 333 000 1111\"\nemail: anna@old.example\n---\n# Anna\n";

	it("is left as it is, said as a key written twice", () => {
		expect(uneditableProperties(twice)).toBe("repeated-key");
		expect(addFrontmatterEntries(twice, [["email", "anna@lumen.example"], ["org", "Lumen"]])).toBe(twice);
	});

	it("is found whether the key is bare or quoted, with CRLF line endings and a BOM", () => {
		expect(uneditableProperties("\uFEFF---\r\n\"email\": a@x.example\r\ntype: person\r\nemail: b@y.example\r\n---\r\n")).toBe("repeated-key");
		expect(uneditableProperties("---\norg: Lumen\n'org': Acme\n---\n")).toBe("repeated-key");
	});

	it("tells the user which fields were not added and what to do, in English and Italian", () => {
		const add = [["email", "anna@lumen.example"], ["org", "Lumen"]] as const;
		expect(notFilledReason(translator("en"), add, "repeated-key")).toBe("left as it is: its properties write a key twice, so neither Obsidian nor Rapport reads any of them; keep one of the two lines, then import again to add email, org");
		expect(notFilledReason(translator("it"), add, "repeated-key")).toContain("lasciata com'è: le sue proprietà scrivono due volte la stessa chiave");
	});

	it("is no key written twice when the same word is a nested key, a list item, a comment, text in a block, or another case", () => {
		for (const note of [
			"---\ntype: person\nemail: anna@lumen.example\nsocial:\n  email: anna@social.example\n---\n",
			"---\ntags:\n- email\nemail: anna@lumen.example\n---\n",
			"---\n# email: old@example.com\nemail: anna@lumen.example\n---\n",
			"---\nnote: |\n  email: written in the note\nemail: anna@lumen.example\n---\n",
			"---\nEmail: anna@lumen.example\nemail:\n---\n",
		]) {
			expect(uneditableProperties(note)).toBeUndefined();
		}
	});
});
