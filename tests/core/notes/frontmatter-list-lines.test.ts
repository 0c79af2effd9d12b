import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/cli/safe-frontmatter";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { readFrontmatterLines } from "../../../src/core/notes/frontmatter-lines";
import { createParseContext, parseNote } from "../../../src/core/notes/note";
import { expectLinear } from "../../growth";

const ctx = createParseContext(defaultSettings(), defaultVaultConfig());

function parse(text: string) {
	const fm = readFrontmatter("Meetings/x.md", text);
	return parseNote("Meetings/x.md", text, fm.data, ctx, fm.problems);
}

/** A meeting whose `attendees:` list holds about `size` characters of items. */
function allHands(size: number): string {
	const items: string[] = [];
	for (let n = 0, i = 0; n < size; i++) {
		const item = `  - "[[Person ${i}]]"`;
		items.push(item);
		n += item.length + 1;
	}
	return `---\ntype: meeting\ndate: 2026-11-20\nattendees:\n${items.join("\n")}\n---\n## Notes\n`;
}

describe("a meeting whose properties list thousands of attendees", () => {
	// An all-hands invite imported from a calendar: each attendee's line was looked for from the key down, so 4,000 took a second.
	it("is read in time that grows with the list", () => {
		expect(parse(allHands(20_000)).attendees.length).toBeGreaterThan(800);
		expectLinear((size) => parse(allHands(size)), { small: 20_000 });
	});

	// A list written with YAML escapes Rapport does not write back the same way (`\/`, `\x41`): each item was looked for from the key down, in vain.
	it("is read in time that grows with the list when its items are escaped in quotes", () => {
		const escaped = (size: number) => allHands(size).replaceAll("[[Person ", "[[Person \\/");
		expect(parse(escaped(20_000)).attendees.length).toBeGreaterThan(800);
		expectLinear((size) => parse(escaped(size)), { small: 20_000 });
	});

	// `attendees: ["[[A]]", "[[B]]", …]` on one line: each item was looked for from the line's start.
	it("is read in time that grows with the list when the list is written on one line", () => {
		const flow = (size: number) => {
			const items: string[] = [];
			for (let n = 0, i = 0; n < size; i++) {
				const item = `"[[Person \\"${i}\\"]]"`;
				items.push(item);
				n += item.length + 2;
			}
			return `---\ntype: meeting\ndate: 2026-11-20\nattendees: [${items.join(", ")}]\n---\n## Notes\n`;
		};
		expect(parse(flow(20_000)).attendees.length).toBeGreaterThan(800);
		expectLinear((size) => parse(flow(size)), { small: 20_000 });
	});

	it("gives each attendee the line it is written on, quoted as YAML quotes it", () => {
		const note = parse(["---", "type: meeting", "date: 2026-11-20", "attendees:", "  - Anna", "  - Marco", "  - Anna", "  - 'Dan O''Brien'", '  - "Bud \\"B\\" Spencer"', "tags: [meeting]", "---", ""].join("\n"));
		expect(note.attendees.map((a) => [a.target, a.line])).toEqual([
			["Anna", 4],
			["Marco", 5],
			["Anna", 6],
			["Dan O'Brien", 7],
			['Bud "B" Spencer', 8],
		]);
	});

	// A remark after an item (`- "[[Anna]]" # with [[Bob]]`) is a YAML comment, not the next item of a one-line list.
	it("gives an item its own line, not that of a comment naming it after the item before", () => {
		const note = parse(["---", "type: meeting", "date: 2026-11-20", "attendees:", '  - "[[Anna]]"  # brought [[Bob]]', '  - "[[Bob]]"', "---", ""].join("\n"));
		expect(note.attendees.map((a) => [a.target, a.line])).toEqual([
			["Anna", 4],
			["Bob", 5],
		]);
	});

	// A calendar import's all-hands: 300 attendees on the key's line, then the people the user added below, each on its line.
	it("gives the items of a list below a long one-line list their own lines", () => {
		const many = Array.from({ length: 300 }, (_, i) => `"[[Person ${i}]]"`).join(", ");
		const note = parse(["---", "type: meeting", "date: 2026-11-20", `attendees: [${many}]`, "with:", '  - "[[Zed Tan]]"', '  - "[[Yui Abe]]"', "---", ""].join("\n"));
		expect(note.attendees.filter((a) => !a.target.startsWith("Person")).map((a) => [a.target, a.line])).toEqual([
			["Zed Tan", 5],
			["Yui Abe", 6],
		]);
		expect(note.attendees.filter((a) => a.target.startsWith("Person")).every((a) => a.line === 3)).toBe(true);
	});

	it("finds each value's line again when a list is read a second time from its start", () => {
		const lines = ["---", "attendees:", "  - Anna", "  # met twice", "  - Bob", "  - Anna Rossi", "tags: [x]", "---", ""];
		const fm = readFrontmatterLines(lines, 8);
		for (let pass = 0; pass < 2; pass++) expect(["Anna", "Bob", "Anna Rossi"].map((v) => fm.valueLine("attendees", v))).toEqual([2, 4, 5]);
		expect(fm.valueLine("attendees", "Carla")).toBe(1);
	});
});
