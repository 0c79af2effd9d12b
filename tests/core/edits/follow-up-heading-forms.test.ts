import { describe, expect, it } from "vitest";
import { applyInsertion, followUpInsertion } from "../../../src/core/edits/follow-up-section";

/* A meeting's own Follow-ups heading, however the user decorated it, gets the new tasks: no second heading at the end. */

describe("follow-ups added under a Follow-ups heading written with a colon or emphasis", () => {
	it.each(["## Follow-ups:", "## Follow-ups :", "## **Follow-ups**", "## **Follow-ups:**", "## _Seguiti_:", "### Da fare:"])("go under %s", (heading) => {
		const note = ["---", "type: meeting", "---", heading, "- [ ] @Anna send the deck", "", "## Notes", "text", ""].join("\r\n");
		const after = applyInsertion(note, followUpInsertion(note, "Follow-ups", ["- [ ] Follow up with [[Zoe]]"]));
		expect(after).toBe(["---", "type: meeting", "---", heading, "- [ ] @Anna send the deck", "- [ ] Follow up with [[Zoe]]", "", "## Notes", "text", ""].join("\r\n"));
	});

	it("go under a new heading at the end when the heading only starts with the word (## Follow-ups from last week)", () => {
		const note = ["## Follow-ups from last week", "- [ ] a", ""].join("\n");
		const after = applyInsertion(note, followUpInsertion(note, "Follow-ups", ["- [ ] b"]));
		expect(after).toBe(["## Follow-ups from last week", "- [ ] a", "", "## Follow-ups", "", "- [ ] b", ""].join("\n"));
	});
});
