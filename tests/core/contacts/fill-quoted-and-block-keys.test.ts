import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";

/** The properties a YAML reader finds in the note's frontmatter. */
function properties(note: string): unknown {
	const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(note);
	return yaml.load(m?.[1] ?? "");
}

describe("an import filling a person's empty fields", () => {
	// Failed on main: the quoted keys were seen as there, never as empty, and nothing was written (the CLI said "Updated").
	it("fills keys written quoted, as JSON-minded exporters write them, keeping their quotes", () => {
		const note = "---\r\n\"type\": person\r\n\"email\": \"\"\r\n'phone': ''\r\n---\r\n# Anna\r\n";
		const after = addFrontmatterEntries(note, [["email", "anna@lumen.example"], ["phone", "+39 333 1234567"]]);
		expect(after).toBe("---\r\n\"type\": person\r\n\"email\": anna@lumen.example\r\n'phone': \"+39 333 1234567\"\r\n---\r\n# Anna\r\n");
		expect(properties(after)).toEqual({ type: "person", email: "anna@lumen.example", phone: "+39 333 1234567" });
	});

	// Failed on main: `email: |` with no text reads as empty, so the import planned it, and left it empty.
	it("fills a block scalar left without text, its comment kept", () => {
		const note = "---\ntype: person\nemail: | # work address\n\nnotes: >-\n  met at the conference\n---\n";
		const after = addFrontmatterEntries(note, [["email", "anna@lumen.example"]]);
		expect(after).toBe("---\ntype: person\nemail: anna@lumen.example # work address\n\nnotes: >-\n  met at the conference\n---\n");
		expect(properties(after)).toEqual({ type: "person", email: "anna@lumen.example", notes: "met at the conference" });
	});

	it("leaves a block scalar whose text is an indented `#` line: that line is its value, not a comment", () => {
		const note = "---\ntype: person\nemail: |\n  # ask Anna\n---\n";
		expect(addFrontmatterEntries(note, [["email", "anna@lumen.example"]])).toBe(note);
	});
});
