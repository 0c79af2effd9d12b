import { describe, expect, it } from "vitest";
import { setFrontmatterEntries } from "../../../src/core/calendar/frontmatter-set";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";

/**
 * Properties written as one flow mapping in braces are YAML, not JSON: a double-quoted key may hold a
 * tab or a line break, or YAML's `\x41` escapes, which JSON refuses. Rapport must not stop on them.
 */
describe("JSON-style properties with a key only YAML reads", () => {
	const notes = ['---\n{"type": "person", "note\tkey": "x"}\n---\nBody\n', '---\n{"type": "person",\n "multi\n  line": 1}\n---\n', '---\n{"type": "meeting", "\\x41": 1}\n---\n'];

	it.each(notes)("contacts import leaves the note as it is instead of stopping with an error: %j", (text) => {
		expect(addFrontmatterEntries(text, [["email", "anna@lumen.example"]])).toBe(text);
	});

	it.each(notes)("calendar update leaves the note as it is instead of stopping with an error: %j", (text) => {
		expect(setFrontmatterEntries(text, [["date", { plain: "2026-11-27T10:00" }]])).toBe(text);
	});
});
