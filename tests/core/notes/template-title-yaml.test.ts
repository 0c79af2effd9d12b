import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { fillTemplate } from "../../../src/core/notes/template";

/**
 * `{{title}}` in a template's frontmatter, filled with a name typed in Rapport's new-person box or a
 * meeting title from someone else's calendar: YAML must read back exactly that name, whatever it holds.
 */

function properties(note: string): Record<string, unknown> {
	const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(note);
	return yaml.load(m?.[1] ?? "", { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

const TEMPLATE = ["---", "type: person", "name: {{title}}", "aliases: [{{title}}]", "quoted: \"{{title}}\"", "single: '{{title}}'", "tags:", "  - {{title}}", "note: met {{title}} at the fair   # {{title}}", "---", "# {{title}}", ""].join("\n");

describe("a template's frontmatter filled with a name YAML would misread", () => {
	// Failed on main: `@anna` is a reserved YAML character, `[Lumen] Anna` a list, `#1 fan` a comment,
	// `Dan: CEO` a mapping and `"Bud" Spencer` a broken string: the new note's frontmatter could not be read.
	it.each(["@anna", "[Lumen] Anna", "#1 fan", "Dan: CEO", '"Bud" Spencer', "O'Brien", "2026", "yes", "Anna, Luca & co", "- Anna", "Anna \\ Rossi", "{Anna}", "Pricing $$ review", "Q&A $& demo", "Anna $' Rossi", "Deal $` close", "$$$ kickoff"])("%s is read back as written in every place the template puts it", (name) => {
		const filled = fillTemplate(TEMPLATE, "2026-11-27", name);
		const props = properties(filled);
		expect(props.name).toBe(name);
		expect(props.aliases).toEqual([name]);
		expect(props.quoted).toBe(name);
		expect(props.single).toBe(name);
		expect(props.tags).toEqual([name]);
		expect(props.note).toBe(`met ${name} at the fair`);
		// The body is Markdown: the name goes there as typed.
		expect(filled.endsWith(`---\n# ${name}\n`)).toBe(true);
	});

	it("a plain name is written as before, without quotes", () => {
		expect(fillTemplate(TEMPLATE, "2026-11-27", "Anna Rossi")).toBe(TEMPLATE.replace(/\{\{title\}\}/g, "Anna Rossi"));
	});
});
