import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/cli/safe-frontmatter";
import { buildVault } from "../builders";

/**
 * A note saved with lone CRs (an old Mac's line end): YAML and Obsidian's editor read `\r` alone as a
 * line break, so the command line reads its properties, and the note is the meeting it says it is.
 */

const MEETING = ["---", "type: meeting", "date: 2026-11-20", 'attendees: ["[[Anna Rossi]]"]', "---", "## Follow-ups", "- [ ] Send Anna the deck 📅 2026-12-01", ""].join("\r");

describe("the command line reading a note whose lines end with a lone CR", () => {
	it("reads its properties", () => {
		expect(readFrontmatter("Meetings/2026-11-20 Coffee.md", MEETING)).toEqual({ data: { type: "meeting", date: "2026-11-20", attendees: ["[[Anna Rossi]]"] }, problems: [] });
		expect(readFrontmatter("Meetings/m.md", `\uFEFF${MEETING}`).data).toEqual({ type: "meeting", date: "2026-11-20", attendees: ["[[Anna Rossi]]"] });
	});

	it("is read as a meeting of its day with Anna, and its follow-up due on its own day", () => {
		const vault = buildVault({ "People/Anna Rossi.md": "---\ntype: person\n---\n", "Meetings/2026-11-20 Coffee.md": MEETING });
		const note = vault.parse("Meetings/2026-11-20 Coffee.md", MEETING);
		expect(note.followUps.map((f) => [f.text, f.line, f.due])).toEqual([["Send Anna the deck", 6, "2026-12-01"]]);
		expect([note.kind, note.date, note.attendees.map((a) => a.target)]).toEqual(["meeting", "2026-11-20", ["Anna Rossi"]]);
	});
});
