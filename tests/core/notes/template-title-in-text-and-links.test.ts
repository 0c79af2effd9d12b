import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../../src/core/notes/template";

function properties(note: string): Record<string, unknown> {
	const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(note);
	return yaml.load(m?.[1] ?? "", { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

/** `{{title}}` where a template's frontmatter holds text or an unquoted link, not a plain `key: value`. */
describe("the title in a block of text and in an unquoted link of a template's frontmatter", () => {
	it("writes the title as typed inside a block scalar: a line that reads like `Call: {{title}}` gets no quotes", () => {
		const template = "---\ntype: meeting\ndesc: |\n  Notes: {{title}}\n  Call: {{title}}\nnext: {{title}}\n---\n";
		const filled = fillTemplate(template, "2026-11-20", "Dan: CEO");
		expect(filled).toBe('---\ntype: meeting\ndesc: |\n  Notes: Dan: CEO\n  Call: Dan: CEO\nnext: "Dan: CEO"\n---\n');
		expect(properties(filled)).toEqual({ type: "meeting", desc: "Notes: Dan: CEO\nCall: Dan: CEO\n", next: "Dan: CEO" });
	});

	it("keeps an unquoted [[{{title}}]] a link to the note (it became the text \"[Anna Rossi]\" in a list)", () => {
		const filled = fillTemplate("---\ntype: person\nup: [[{{title}}]]\n---\n", "2026-11-20", "Anna Rossi");
		expect(filled).toBe("---\ntype: person\nup: [[Anna Rossi]]\n---\n");
		expect(properties(filled).up).toEqual([["Anna Rossi"]]);
	});
});
