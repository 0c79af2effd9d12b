import { describe, expect, it } from "vitest";
import { scanBody } from "../../../src/core/notes/markdown";
import { defaultSettings } from "../../../src/core/config/settings";
import { buildVault } from "../../builders";

/**
 * Bear's tags of several words end with a second `#` (`#meeting notes#`, `#people/Anna Rossi#`): they
 * are read whole, as Bear writes and lists them, never as `#meeting` and a word. Made-up notes, as Bear
 * exports them (a title line, tags on a line of their own).
 */

describe("tags in a line", () => {
	// Each failed on the old reading: the tag stopped at the first space ('meeting', 'people/Anna').
	it.each([
		["#meeting notes#", ["meeting notes"]],
		["#people/Anna Rossi# #work", ["people/Anna Rossi", "work"]],
		["Lunch with Anna #meeting notes#, then #follow up#.", ["meeting notes", "follow up"]],
	])("%j has the tags %j", (line, tags) => {
		expect(scanBody([line], 0).tags).toEqual(tags);
	});

	// Guards: these pass on the old reading too.
	it.each([
		["#tag#", ["tag"]],
		["#meeting notes without a closing hash", ["meeting"]],
		["#budget and the #roadmap", ["budget", "roadmap"]],
		["C# and F# are languages", []],
		["Issue #12 and #13#", []],
		["# Heading #", []],
		["#a b#c", ["a"]],
		["see https://example.com/#anchor text#", []],
	])("%j has the tags %j", (line, tags) => {
		expect(scanBody([line], 0).tags).toEqual(tags);
	});
});

describe("a Bear note's tags", () => {
	it("are its tags as Bear lists them: a person's, and a meeting's once its tag is one of the meeting tags", () => {
		const settings = defaultSettings();
		const v = buildVault(
			{
				"Anna Rossi.md": "# Anna Rossi\n#people/Anna Rossi# #friends from school#\n\nWorks at Acme.\n",
				"Lunch with Anna.md": "# Lunch with Anna\n#meeting notes#\n\nDate: 2026-11-23\nWith: Anna Rossi\n",
			},
			{ settings: { meetings: { ...settings.meetings, tags: [...settings.meetings.tags, "meeting notes"] } } },
		);
		expect(v.index.note("Anna Rossi.md")?.person?.tags).toEqual(["people/Anna Rossi", "friends from school"]);
		expect(v.index.note("Lunch with Anna.md")).toMatchObject({ kind: "meeting", date: "2026-11-23" });
	});
});
