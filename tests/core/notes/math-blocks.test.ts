import { describe, expect, it } from "vitest";
import { applyInsertion, followUpInsertion } from "../../../src/core/edits/follow-up-section";
import { appendLogLine } from "../../../src/core/edits/task-edits";
import { buildVault } from "../../builders";

/**
 * Obsidian shows a `$$ … $$` block as a formula: a `- [ ]` line inside it is LaTeX, not a task the
 * user sees, so it is no follow-up (as inside a code block or a `%% %%` comment).
 */

const meeting = (...body: string[]): string => ["---", "type: meeting", "date: 2026-11-20", "---", ...body].join("\n");
const followUps = (note: string): string[] => buildVault({}).parse("Meetings/m.md", note).followUps.map((f) => f.text);

describe("tasks written inside a $$ math block", () => {
	// Failed on the old reader: the lines of the formula were read as follow-ups.
	it("are no follow-ups; the task after the block is", () => {
		const note = meeting("## Follow-ups", "$$", "- [ ] x_1 + x_2", "", "- [ ] \\sum_i y_i", "$$", "- [ ] send the deck", "");
		expect(followUps(note)).toEqual(["send the deck"]);
	});

	it("are no follow-ups in a block whose opening line starts the formula, nor in a callout", () => {
		const note = meeting("$$\\begin{aligned}", "- [ ] a &= b \\\\", "\\end{aligned}$$", "> [!note] Proof", "> $$", "> - [ ] c = d", "> $$", "- [ ] call Anna", "");
		expect(followUps(note)).toEqual(["call Anna"]);
	});

	it("a block never closed hides the rest of the note, as Obsidian shows it", () => {
		expect(followUps(meeting("- [ ] call Anna", "$$", "- [ ] a = b", ""))).toEqual(["call Anna"]);
	});
});

describe("$$ on a line of text is no block", () => {
	it("a formula opened and closed on one line leaves the tasks after it read", () => {
		const note = meeting("$$E = mc^2$$", "- [ ] send the deck", "Costs $$ twice", "- [ ] call Anna", "");
		expect(followUps(note)).toEqual(["send the deck", "call Anna"]);
	});

	it("a task holding a formula is read", () => {
		expect(followUps(meeting("- [ ] check $$a+b$$ with Anna", ""))).toEqual(["check $$a+b$$ with Anna"]);
	});

	it("`$$` inside a code block opens nothing", () => {
		const note = meeting("```latex", "$$", "```", "- [ ] send the deck", "");
		expect(followUps(note)).toEqual(["send the deck"]);
	});
});

describe("lines Rapport adds to a note that ends inside a $$ block never closed", () => {
	// Failed on the old writer: the new line went inside the formula, where the user does not see it as a task.
	it("a follow-up goes after the block, closed first, and is read", () => {
		const note = meeting("# Sync", "$$", "a = b");
		const after = applyInsertion(note, followUpInsertion(note, "Follow-ups", ["- [ ] call Anna"]));
		expect(after).toBe(meeting("# Sync", "$$", "a = b", "$$", "", "## Follow-ups", "", "- [ ] call Anna"));
		expect(followUps(after)).toEqual(["call Anna"]);
	});

	it("a logged contact goes before the block, where it is counted", () => {
		const person = (...body: string[]): string => ["---", "type: person", "---", ...body].join("\n");
		const after = appendLogLine(person("# Anna", "$$", "a = b", ""), "2026-11-27", "Coffee");
		expect(after).toBe(person("# Anna", "- 2026-11-27 Coffee", "$$", "a = b", ""));
		expect(buildVault({}).parse("People/Anna.md", after).ownContacts.map((c) => c.day)).toEqual(["2026-11-27"]);
	});
});
