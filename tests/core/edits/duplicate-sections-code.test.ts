import { describe, expect, it } from "vitest";
import { collapseDuplicateSections } from "../../../src/core/edits/daily-section";

/**
 * A daily note synced from two devices holds Rapport's section twice; folding it into one must never
 * take out what the note reader sees as the user's own text: an example of the section written in a
 * code block, before or after the real ones.
 */

const START = "<!-- rapport:start -->";
const END = "<!-- rapport:end -->";
const section = (item: string): string => [START, "## Rapport", `- [ ] ${item}`, END].join("\n");
const EXAMPLE = ["```markdown", START, "## Rapport", "- [ ] an example of what Rapport writes", END, "```"].join("\n");

describe("folding a daily note's repeated Rapport sections into one", () => {
	it("keeps an example section written in a code block after them", () => {
		const note = `# Friday\n\n${section("Call Anna")}\n\n${section("Call Anna")}\n\nHow the section looks:\n\n${EXAMPLE}\n`;
		expect(collapseDuplicateSections(note)).toBe(`# Friday\n\n${section("Call Anna")}\n\nHow the section looks:\n\n${EXAMPLE}\n`);
	});

	it("keeps an example section written in a code block before them, and keeps the first real one", () => {
		const note = `# Friday\n\n${EXAMPLE}\n\n${section("Call Anna")}\n\n${section("Call Marco")}\n`;
		expect(collapseDuplicateSections(note)).toBe(`# Friday\n\n${EXAMPLE}\n\n${section("Call Anna")}\n`);
	});
});
