import { describe, expect, it } from "vitest";
import { addFrontmatterEntries, frontmatterKeyState } from "../../../src/core/contacts/yaml-lite";

describe("adding frontmatter entries to a note edited since the import was planned", () => {
	it("leaves a key the user has filled in meanwhile, so the frontmatter never gets a second line for it", () => {
		const text = "---\ntype: person\nemail: anna@home.example\n---\n# Anna\n";
		expect(addFrontmatterEntries(text, [["email", "anna@lumen.example"], ["phone", "+39 333 1234567"]])).toBe('---\ntype: person\nemail: anna@home.example\nphone: "+39 333 1234567"\n---\n# Anna\n');
	});

	it("recognises the key quoted too", () => {
		const text = "---\n\"email\": anna@home.example\n---\n";
		expect(addFrontmatterEntries(text, [["email", "anna@lumen.example"]])).toBe(text);
	});
});

describe("what a frontmatter holds for a key", () => {
	it("tells a missing key from one a template left empty and one with a value, CRLF and BOM included", () => {
		const text = "\uFEFF---\r\ntype: person # mine\r\ncircle:   # work | friend\r\ntags: []\r\n---\r\ntype: not frontmatter\r\n";
		expect(["type", "circle", "tags", "cadence"].map((k) => frontmatterKeyState(text, k))).toEqual(["set", "empty", "empty", "absent"]);
		expect(frontmatterKeyState("type: person\n", "type")).toBe("absent");
	});
});
