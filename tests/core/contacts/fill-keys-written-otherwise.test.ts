import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { addFrontmatterEntries, keysInUnreadForm } from "../../../src/core/contacts/yaml-lite";

/** The properties a YAML reader finds in the note's frontmatter; a duplicated key throws. */
function properties(note: string): unknown {
	const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(note);
	return yaml.load(m?.[1] ?? "");
}

const EMAIL: [string, string][] = [["email", "ann@example.com"]];

/*
 * YAML allows a key to be written in forms the import's line editor does not read as a key. Written as a YAML
 * editor or a hand-written template may leave them: an explicit key (`? email`, its value on the `: …` line), a
 * tag or an anchor before a key, a quoted key with an escape, a mapping indented as a whole.
 */
describe("an import completing a note whose frontmatter writes a key in another form", () => {
	const unread: [string, string][] = [
		["an explicit key left empty", "---\ntype: person\n? email\n:\n---\n# Ann\n"],
		["an explicit key with its value", "---\ntype: person\n? email\n: ann@example.com\n---\n"],
		["an explicit key in a note with a BOM and CRLF line endings", "\uFEFF---\r\ntype: person\r\n? email\r\n:\r\n---\r\n"],
		["an explicit quoted key with no value line", '---\ntype: person\n? "email"\n---\n'],
		["a tag before the key", '---\ntype: person\n!!str email: ""\n---\n'],
		["an anchor before the key", '---\ntype: person\n&mail email: ""\n---\n'],
		["a quoted key with an escape", '---\ntype: person\n"em\\x61il": ""\n---\n'],
		["a single-quoted key with a doubled quote", "---\ntype: person\n'Ann''s email': \"\"\n---\n"],
		["keys indented as a whole", "---\n  type: person\n  email:\n---\n"],
	];
	for (const [what, note] of unread) {
		it(`leaves the note as it is, never a key twice, with ${what}`, () => {
			expect(addFrontmatterEntries(note, EMAIL)).toBe(note);
			expect(addFrontmatterEntries(note, [["phone", "+39 02 1234"]])).toBe(note);
			expect(keysInUnreadForm(note)).toBe(true);
		});
	}

	it("fills a key written with spaces before its colon, the spaces kept", () => {
		const after = addFrontmatterEntries("---\ntype: person\nemail   :\n\"phone\" : ''\n---\n", [...EMAIL, ["phone", "+39 02 1234"]]);
		expect(after).toBe('---\ntype: person\nemail   : ann@example.com\n"phone" : "+39 02 1234"\n---\n');
		expect(properties(after)).toEqual({ type: "person", email: "ann@example.com", phone: "+39 02 1234" });
		expect(keysInUnreadForm(after)).toBe(false);
	});

	it("fills a quoted key in place, and leaves one set by now, as for a plain key", () => {
		expect(addFrontmatterEntries("---\ntype: person\n'email': ''\n---\n", EMAIL)).toBe("---\ntype: person\n'email': ann@example.com\n---\n");
		expect(addFrontmatterEntries("---\ntype: person\n'email': bob@example.com\n---\n", EMAIL)).toBe("---\ntype: person\n'email': bob@example.com\n---\n");
	});

	it("fills a flow mapping inside its braces, and leaves a key it has", () => {
		const after = addFrontmatterEntries("---\n{type: person, email: }\n---\n", EMAIL);
		expect(properties(after)).toEqual({ type: "person", email: "ann@example.com" });
		const set = "---\n{type: person,\n email: bob@example.com}\n---\n";
		expect(addFrontmatterEntries(set, EMAIL)).toBe(set);
		expect(keysInUnreadForm(set)).toBe(false);
	});

	it("reads a `?` or a tag inside a value (a block scalar's text, a list item) as the value it is", () => {
		const note = "---\ntype: person\nnote: |\n  ? ask about the move\ntags:\n  - !!str 2024\nemail:\n---\n";
		const after = addFrontmatterEntries(note, EMAIL);
		expect(after).toBe("---\ntype: person\nnote: |\n  ? ask about the move\ntags:\n  - !!str 2024\nemail: ann@example.com\n---\n");
		expect(properties(after)).toMatchObject({ email: "ann@example.com", tags: ["2024"] });
	});
});
