import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";

/**
 * A contacts import fills only the properties a person note leaves empty. A key whose list starts
 * after a blank line or a comment (`email:`, `# work`, `  - anna@…`) is not empty: YAML reads the list
 * past them. Filling it would leave a list under a value, and Obsidian could not read the properties.
 */

function properties(text: string): unknown {
	const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	return yaml.load(m?.[1] ?? "", { schema: yaml.CORE_SCHEMA });
}

describe("a contacts import into a person note whose list has a comment or a blank line before its items", () => {
	for (const [shape, list] of [
		["a comment at the margin", "email:\n# work first\n  - anna@lumen.example"],
		["a blank line", "email:\n\n  - anna@lumen.example"],
		["an indented comment and items at the margin", "email:\n  # work first\n- anna@lumen.example"],
	] as const) {
		it(`${shape}: the list is kept as it is and YAML still reads it`, () => {
			const text = `---\ntype: person\n${list}\n---\n# Anna\n`;
			const after = addFrontmatterEntries(text, [["email", "anna.rossi@example.com"], ["phone", "+39 333 1234567"]]);
			expect(after).toBe(`---\ntype: person\n${list}\nphone: "+39 333 1234567"\n---\n# Anna\n`);
			expect(properties(after)).toEqual({ type: "person", email: ["anna@lumen.example"], phone: "+39 333 1234567" });
		});
	}

	it("a key left empty with only a comment under it is filled, and the comment stays", () => {
		const text = "---\ntype: person\nemail:\n# to ask\nphone: \"\"\n---\n";
		expect(addFrontmatterEntries(text, [["email", "anna@lumen.example"]])).toBe("---\ntype: person\nemail: anna@lumen.example\n# to ask\nphone: \"\"\n---\n");
	});
});
