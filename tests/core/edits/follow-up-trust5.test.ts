import { describe, expect, it } from "vitest";
import { applyInsertion, followUpInsertion } from "../../../src/core/edits/follow-up-section";
import { buildVault } from "../../builders";

describe("follow-ups added to a meeting note whose Follow-ups section holds a code block", () => {
	const note = ["---", "type: meeting", "date: 2026-11-20", "---", "## Follow-ups", "- [ ] send the script", "```bash", "# install it first", "npm i rapport", "```", "", "## Notes", "text", ""].join("\n");

	it("go after the code block, not inside it where a shell comment looked like a heading", () => {
		const after = applyInsertion(note, followUpInsertion(note, "Follow-ups", ["- [ ] call Anna"]));
		expect(after).toBe(["---", "type: meeting", "date: 2026-11-20", "---", "## Follow-ups", "- [ ] send the script", "```bash", "# install it first", "npm i rapport", "```", "- [ ] call Anna", "", "## Notes", "text", ""].join("\n"));
	});

	it("are read by Rapport as follow-ups afterwards (one inside a code block is not one)", () => {
		const after = applyInsertion(note, followUpInsertion(note, "Follow-ups", ["- [ ] call Anna"]));
		const v = buildVault({});
		expect(v.parse("Meetings/m.md", after).followUps.map((f) => f.text)).toEqual(["send the script", "call Anna"]);
	});
});

// review5: a fence closes only on a line of the same character, at least as long, as notes are read.
describe("follow-ups added to a Follow-ups section whose code block shows other fences", () => {
	const note = ["---", "type: meeting", "---", "## Follow-ups", "- [ ] send the template", "````markdown", "```", "# Title", "````", "", "## Notes", "text", ""].join("\n");

	it("go after the outer block, where Rapport reads them as follow-ups, not inside it after an inner fence", () => {
		const after = applyInsertion(note, followUpInsertion(note, "Follow-ups", ["- [ ] call Anna"]));
		expect(after.split("\n").slice(8, 11)).toEqual(["````", "- [ ] call Anna", ""]);
		expect(buildVault({}).parse("Meetings/m.md", after).followUps.map((f) => f.text)).toEqual(["send the template", "call Anna"]);
	});

	it("go under the Follow-ups heading that follows a code block quoting a ``` fence and a Follow-ups heading", () => {
		const quoted = ["````", "```", "````", "## Notes", "````md", "## Follow-ups", "````", "## Follow-ups", "- [ ] a", "", "## Other", "text", ""].join("\n");
		const after = applyInsertion(quoted, followUpInsertion(quoted, "Follow-ups", ["- [ ] b"]));
		expect(after.split("\n").slice(7)).toEqual(["## Follow-ups", "- [ ] a", "- [ ] b", "", "## Other", "text", ""]);
	});
});

describe("follow-ups added to a Follow-ups section with a code block never closed", () => {
	it("go before the block, where they are read as follow-ups (the block runs to the end of the note, headings and all)", () => {
		const note = ["## Follow-ups", "- [ ] send the script", "", "```bash", "npm i rapport", "", "## Notes", "text", ""].join("\n");
		const after = applyInsertion(note, followUpInsertion(note, "Follow-ups", ["- [ ] call Anna"]));
		expect(after).toBe(["## Follow-ups", "- [ ] send the script", "- [ ] call Anna", "", "```bash", "npm i rapport", "", "## Notes", "text", ""].join("\n"));
		expect(buildVault({}).parse("Meetings/m.md", after).followUps.map((f) => f.text)).toEqual(["send the script", "call Anna"]);
	});
});

describe("follow-ups added to a note without a Follow-ups section that ends inside a code block never closed", () => {
	it("close the block where it ended anyway, then start the section, where they are read as follow-ups", () => {
		for (const end of ["", "\n"]) {
			const note = `## Notes\ntext\n\n\`\`\`\`js\nconsole.log(1)${end}`;
			const after = applyInsertion(note, followUpInsertion(note, "Follow-ups", ["- [ ] call Anna"]));
			expect(after).toBe(`## Notes\ntext\n\n\`\`\`\`js\nconsole.log(1)\n\`\`\`\`\n\n## Follow-ups\n\n- [ ] call Anna${end}`);
			expect(buildVault({}).parse("Meetings/m.md", after).followUps.map((f) => f.text)).toEqual(["call Anna"]);
		}
	});

	it("keep CRLF line endings when they close the block", () => {
		const note = "## Notes\r\n~~~\r\ncode\r\n";
		const after = applyInsertion(note, followUpInsertion(note, "Follow-ups", ["- [ ] call Anna"]));
		expect(after).toBe("## Notes\r\n~~~\r\ncode\r\n~~~\r\n\r\n## Follow-ups\r\n\r\n- [ ] call Anna\r\n");
	});
});
