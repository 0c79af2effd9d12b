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
