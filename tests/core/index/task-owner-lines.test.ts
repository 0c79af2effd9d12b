import { describe, expect, it } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";

/*
 * An owner field on a line of its own under a task (`- [ ] Send the deck`, then `  owner:: Max`) makes
 * the task that person's, as Logseq reads a `key:: value` line under a block as the block's property
 * and Dataview reads the lines of a list item as the item's text, its fields the task's. A child list
 * item (`  - owner:: Max`) is an item of its own: Dataview does not give its field to the task.
 */

const MEETING = "Meetings/2026-11-23 Weekly.md";
const MAX = "People/Max Bianchi.md";
const ANNA = "People/Anna Rossi.md";
const ZOE = "People/Zoe Verdi.md";

function weekly(...lines: string[]): TestVault {
	return buildVault({
		[MAX]: person(),
		[ANNA]: person(),
		[ZOE]: person(),
		[MEETING]: md({ type: "meeting", date: "2026-11-23", attendees: ["[[Max Bianchi]]", "[[Anna Rossi]]", "[[Zoe Verdi]]"] }, "## Action items", ...lines),
	});
}

const whose = (v: TestVault) => v.index.followUpsIn(MEETING).map((f) => [f.text, [...f.people].sort()]);

describe("an owner field on its own line under a task", () => {
	// Each failed on the old scanner: the line was a field of the page, and the task went to every attendee.
	it.each([
		[["- [ ] Send the deck", "  owner:: Max"], "a bare field, as Dataview continues a list item"],
		[["- [ ] Send the deck", "\towner:: @Max"], "indented by a tab, with @"],
		[["- [ ] Send the deck", "  [owner:: Max Bianchi]"], "in brackets"],
		[["- [ ] Send the deck", "  (assignee:: Max)"], "assignee, in parentheses"],
		[["- [ ] Send the deck", "  owner:: [[Max Bianchi]]"], "a link"],
		[["- TODO Send the deck", "  owner:: Max"], "a Logseq block's property"],
		[["- TODO Send the deck", "  id:: 6571c0de-0000-4000-8000-000000000001", "  SCHEDULED: <2026-11-30 Mon>", "  owner:: [[Max Bianchi]]"], "a Logseq property after others and the day"],
		[["> [!todo]", "> - [ ] Send the deck", ">   owner:: Max"], "in a callout"],
	])("makes it that person's only: %j (%s)", (lines) => {
		expect(whose(weekly(...lines))).toEqual([["Send the deck", [MAX]]]);
	});

	it("names each person its value lists, and leaves the task's text and due date as they were", () => {
		const v = weekly("- [ ] Plan the offsite 📅 2026-11-30", "  owner:: Anna, Zoe Verdi");
		expect(v.index.followUpsIn(MEETING).map((f) => [f.text, f.due, [...f.people].sort()])).toEqual([["Plan the offsite", "2026-11-30", [ANNA, ZOE]]]);
	});

	it("belongs to the task above it, not the next one", () => {
		expect(whose(weekly("- [ ] Send the deck", "  owner:: Max", "- [ ] Book the room"))).toEqual([
			["Send the deck", [MAX]],
			["Book the room", [ANNA, MAX, ZOE]],
		]);
	});

	// Guards: each passes on the old code too.
	it.each([
		[["- [ ] Send the deck", "  - owner:: Max"], "a child list item"],
		[["- [ ] Send the deck", "owner:: Max"], "a line not indented under the task"],
		[["- [ ] Send the deck", "", "owner:: Max"], "a paragraph after a blank line"],
		[["- [ ] Send the deck", "  notes:: Max has the file"], "another field"],
		[["- Send the deck", "  owner:: Max"], "under a list item that is no task"],
	])("leaves the task every attendee's: %j (%s)", (lines) => {
		expect(whose(weekly(...lines)).map(([, people]) => people)).toEqual([[ANNA, MAX, ZOE]].slice(0, lines[0]?.startsWith("- [ ]") ? 1 : 0));
	});
});
