import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/cli/safe-frontmatter";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { createParseContext, parseNote } from "../../../src/core/notes/note";
import { expectLinear } from "../../growth";

const ctx = createParseContext(defaultSettings(), defaultVaultConfig());

function parse(text: string) {
	const fm = readFrontmatter("Meetings/x.md", text);
	return parseNote("Meetings/x.md", text, fm.data, ctx, fm.problems);
}

/** A meeting with `size` characters of inline attendee fields, one a line, made by `line(i)`. */
function meetingOf(size: number, line: (i: number) => string): string {
	const lines: string[] = [];
	for (let n = 0, i = 0; n < size; i++) {
		const l = line(i);
		lines.push(l);
		n += l.length + 1;
	}
	return `---\ntype: meeting\ndate: 2026-11-20\n---\n${lines.join("\n")}\n`;
}

describe("a note with thousands of inline attendee fields", () => {
	// Each value looked for its line through every value before it: 80 kB of 'Attendees:: x' took seconds, 500 kB minutes.
	it.each([
		["the same value", () => "Attendees:: x"],
		["a backslash", () => "Attendees::\\"],
		["names", (i: number) => `attendees:: Person ${i}`],
		["links", (i: number) => `attendees:: [[Person ${i}]], [[Other ${i}]]`],
	])("is read in time that grows with its length: %s", (_name, line) => {
		expectLinear((size) => parse(meetingOf(size, line)), { small: 20_000 });
	});

	it("gives each attendee the line it is written on", () => {
		const note = parse(["---", "type: meeting", "date: 2026-11-20", "---", "attendees:: Anna Rossi", "Notes", "attendees:: Anna", "attendees:: Anna Rossi", ""].join("\n"));
		expect(note.attendees.map((a) => [a.target, a.line])).toEqual([
			["Anna Rossi", 4],
			["Anna", 6],
			["Anna Rossi", 4],
		]);
	});
});
