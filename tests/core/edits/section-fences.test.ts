import { describe, expect, it } from "vitest";
import { upsertSection } from "../../../src/core/edits/daily-section";
import { frontmatterEnd, scanBody } from "../../../src/core/notes/markdown";
import { splitLines } from "../../../src/core/shared/text";

/**
 * The Rapport section is found with the same code-fence and frontmatter rules the note reader uses:
 * a marker the reader sees as code (an example in a code block) or as a property value is never
 * Rapport's section to replace.
 */

const START = "<!-- rapport:start -->";
const END = "<!-- rapport:end -->";
const SECTION = [START, "## Rapport", "- [ ] Call [[Anna Rossi]]", END];

function written(text: string): string {
	const edit = upsertSection(text, SECTION);
	if (!edit.ok) throw new Error(`refused: ${edit.problem.code}`);
	return edit.text;
}

/** The tasks the note reader finds: a task inside a code block is not one. */
function tasksRead(text: string): string[] {
	const lines = splitLines(text);
	return scanBody(lines, frontmatterEnd(lines)).tasks.map((t) => t.text);
}

describe("the daily-note section next to code blocks the note reader sees", () => {
	it("keeps an example section inside a code block that opens on the first line after a BOM, and appends the real one after it", () => {
		const example = ["\uFEFF```markdown", START, "## Rapport", "- [ ] an example task", END, "```", ""].join("\n");
		// The note reader sees a code block here: its task is not read.
		expect(tasksRead(example)).toEqual([]);
		const after = written(example);
		expect(after.startsWith(example)).toBe(true);
		expect(after).toBe(`${example}\n${SECTION.join("\n")}\n`);
	});

	it("reads a frontmatter whose fences carry trailing spaces as the reader does: a marker in a property value is left alone", () => {
		const note = `--- \nnote: "${START}"\n---  \n# Day\n`;
		expect(frontmatterEnd(splitLines(note))).toBe(3);
		expect(written(note)).toBe(`${note}\n${SECTION.join("\n")}\n`);
	});

	it("keeps an example section inside a code block indented with a no-break space, as the note reader reads it", () => {
		const example = ["# Day", "\u00a0~~~", START, "- [ ] an example task", END, "\u00a0~~~", ""].join("\n");
		expect(tasksRead(example)).toEqual([]);
		expect(written(example)).toBe(`${example}\n${SECTION.join("\n")}\n`);
	});
});
