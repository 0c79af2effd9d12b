import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/cli/safe-frontmatter";
import { tooDeepLine } from "../../src/core/notes/frontmatter-depth";

/*
 * A bracket inside a plain value opens no list: `link: https://x.com/wiki/a-[b`, `slot: 10:00-[TBD`, `mood: ¯\_(ツ)_/¯ -[`,
 * `who: Anna,[Dana`, `note:<tab>x-[`. The depth scan the command runs before its YAML parser counted each such bracket
 * after a dash, a comma or a colon and a tab as a list opened and never closed, so a person's note with 150 of them was
 * "nested more than 100 levels deep" and lost every property, though YAML (and Obsidian) read it at one level.
 */
const values = (shape: (i: number) => string, n = 150): string => Array.from({ length: n }, (_, i) => shape(i)).join("\n");
const NOTES: Record<string, string> = {
	urls: values((i) => `link${i}: https://example.com/wiki/a-[b${i}`),
	slots: values((i) => `slot${i}: 10:00-[TBD`),
	kaomoji: values((i) => `mood${i}: ¯\\_(ツ)_/¯ -[`),
	commas: values((i) => `who${i}: Anna,[Dana`),
	tabs: values((i) => `note${i}:\tx-[`),
	questions: values((i) => `q${i}: why?[x`),
};

describe("brackets inside plain frontmatter values", () => {
	for (const [name, body] of Object.entries(NOTES)) {
		it(`${name}: 150 values with an unclosed bracket in plain text are read (type person, the last value), no frontmatter-too-deep problem`, () => {
			const text = `---\ntype: person\n${body}\n---\n`;
			const read = readFrontmatter("People/Anna Rossi.md", text);
			expect(read.problems).toEqual([]);
			expect(read.data?.["type"]).toBe("person");
			expect(Object.keys(read.data ?? {})).toHaveLength(151);
			const lines = text.split("\n");
			expect(tooDeepLine(lines, 1, lines.length - 2)).toBeNull();
		});
	}

	it("a block scalar after an anchor or a tag (notes: &n |, notes: !!str >-) is text: 150 lines of `- [draft` under it are read, no frontmatter-too-deep problem", () => {
		for (const head of ["notes: &n |", "notes: !!str >-", "- &item |"]) {
			const text = `---\ntype: person\n${head.startsWith("-") ? "list:\n" : ""}${head}\n${values((i) => `  - [draft ${i}`)}\n---\n`;
			const read = readFrontmatter("People/Anna Rossi.md", text);
			expect(read.problems, head).toEqual([]);
			expect(read.data?.["type"], head).toBe("person");
		}
	});

	it("a plain value wrapped over 150 more indented lines starting with [ or - [ (desc: first line / [draft 0 / - [draft 1) is its text: read, no frontmatter-too-deep problem", () => {
		const wraps: Record<string, string> = {
			brackets: `desc: first line\n${values((i) => `  [draft ${i}`)}`,
			dashes: `desc: first line\n${values((i) => `  - [draft ${i}`)}`,
			"in a list": `list:\n  - first line\n${values((i) => `    [draft ${i}`)}`,
			"in a list's map": `list:\n  - desc: first line\n${values((i) => `      - [draft ${i}`)}`,
		};
		for (const [name, body] of Object.entries(wraps)) {
			const text = `---\ntype: person\n${body}\nlast: x\n---\n`;
			const read = readFrontmatter("People/Anna Rossi.md", text);
			expect(read.problems, name).toEqual([]);
			expect(read.data?.["type"], name).toBe("person");
			expect(read.data?.["last"], name).toBe("x");
		}
	});

	it("a line at the key's own indent after a plain value is no text of it: 101 levels of brackets there are too deep", () => {
		const lines = ["list:", "  - desc: first line", "    [" + "[".repeat(100)];
		expect(tooDeepLine(lines, 0, 3)).toBe(2);
	});

	it("a real list opened after a value's colon, a block item or a comma inside a list still counts: 101 levels are too deep", () => {
		const lines = ["a: [b, [c, " + "[".repeat(99) + "]".repeat(101), "- - " + "[".repeat(99)];
		expect(tooDeepLine(lines, 0, 1)).toBe(0);
		expect(tooDeepLine(lines, 1, 2)).toBe(1);
	});
});
