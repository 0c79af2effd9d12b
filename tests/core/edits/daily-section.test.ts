import { describe, expect, it } from "vitest";
import { upsertSection } from "../../../src/core/edits/daily-section";

const SECTION = ["<!-- rapport:start -->", "## Rapport", "- item", "<!-- rapport:end -->"];
const OTHER = ["<!-- rapport:start -->", "## Rapport", "- other", "<!-- rapport:end -->"];
const START = "<!-- rapport:start -->";
const END = "<!-- rapport:end -->";

/** The note after the write; fails the test when the write was refused. */
function written(text: string, section: readonly string[]): string {
	const edit = upsertSection(text, section);
	if (!edit.ok) throw new Error(`refused: ${edit.problem.code}`);
	return edit.text;
}

function refusal(text: string): { code: string; line: number } | null {
	const edit = upsertSection(text, SECTION);
	return edit.ok ? null : edit.problem;
}

describe("the Rapport section of a daily note", () => {
	it("is appended after a blank line, keeping the trailing newline", () => {
		expect(written("# Friday\n\nNotes\n", SECTION)).toBe("# Friday\n\nNotes\n\n" + SECTION.join("\n") + "\n");
	});

	it("leaves markers in an indented code block alone: they are the user's example, not Rapport's section", () => {
		const note = `# Day\n\nExample:\n\n    ${START}\n    indented sample\n    ${END}\n\ntext\n`;
		const after = written(note, SECTION);
		expect(after.startsWith(note)).toBe(true);
		expect(after).toBe(note + "\n" + SECTION.join("\n") + "\n");
	});

	it("ignores a marker written inside a frontmatter value", () => {
		const note = `---\nnote: "${START}"\n---\n# Day\n`;
		expect(written(note, SECTION)).toBe(note + "\n" + SECTION.join("\n") + "\n");
	});

	it("fills an empty note", () => {
		expect(written("", SECTION)).toBe(SECTION.join("\n") + "\n");
	});

	it("is replaced in place, leaving text before and after untouched", () => {
		const text = "before\n\n" + SECTION.join("\n") + "\n\nafter  \n";
		expect(written(text, OTHER)).toBe("before\n\n" + OTHER.join("\n") + "\n\nafter  \n");
	});

	it("changes nothing when written twice", () => {
		const once = written("# Day\n", SECTION);
		expect(written(once, SECTION)).toBe(once);
	});

	it("keeps CRLF line endings, a BOM, and a missing trailing newline", () => {
		const once = written("\uFEFF# Day\r\nNotes", SECTION);
		expect(once).toBe("\uFEFF# Day\r\nNotes\r\n\r\n" + SECTION.join("\r\n"));
		expect(written(once, OTHER)).toBe("\uFEFF# Day\r\nNotes\r\n\r\n" + OTHER.join("\r\n"));
	});
});

describe("a note whose Rapport markers are not one clean pair is left alone", () => {
	it("refuses a start marker without an end, naming its line, instead of deleting the text after it", () => {
		expect(refusal(`# Day\n${START}\n- old\n\nMy own paragraph\n`)).toEqual({ code: "section-unclosed", line: 1 });
	});

	it("refuses an end marker that was never opened", () => {
		expect(refusal(`# Day\nmine\n${END}\n`)).toEqual({ code: "section-unopened", line: 2 });
	});

	it("refuses two sections, which would otherwise swallow the text between them", () => {
		const text = [START, "- a", END, "", "My notes between", "", START, "- b", END, ""].join("\n");
		expect(refusal(text)).toEqual({ code: "section-repeated", line: 6 });
	});

	it("refuses a section nested in another", () => {
		expect(refusal([START, START, "- a", END, END, ""].join("\n"))).toEqual({ code: "section-repeated", line: 1 });
	});

	it("refuses a marker in the middle of a line of text", () => {
		expect(refusal(`- [[People/X|${END}]] and more\n`)).toEqual({ code: "section-marker-in-text", line: 0 });
	});

	it("ignores markers inside a code block, inline code and comments, and appends its own section", () => {
		const text = ["# How Rapport works", "```", START, "- example", "```", `Write \`${START}\` yourself`, "<!--", END, "-->", "%%", START, "%%", "Last line", ""].join("\n");
		expect(written(text, SECTION)).toBe(text + "\n" + SECTION.join("\n") + "\n");
	});

	it("replaces its real section even when an example of the markers sits in a code block before it", () => {
		const text = ["```md", START, "```", "", ...SECTION, "after", ""].join("\n");
		expect(written(text, OTHER)).toBe(["```md", START, "```", "", ...OTHER, "after", ""].join("\n"));
	});

	it("refuses to append after a code block or comment that never closes, where its section would be hidden and added again on every run", () => {
		expect(refusal("# Day\n\n```js\nconst a = 1;\n")).toEqual({ code: "section-in-open-block", line: 2 });
		expect(refusal("# Day\n<!-- draft\nmore\n")).toEqual({ code: "section-in-open-block", line: 1 });
		expect(refusal("# Day\n%% hidden\n")).toEqual({ code: "section-in-open-block", line: 1 });
	});
});
