import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { attendeesWithoutFollowUpIn } from "../../../src/core/relationships/unfollowed";

/*
 * A meeting's done task that links people is their follow-up done, whether or not it has a day. With a
 * day it is also a contact with them, and the index keeps it once, as that contact: the heap per note
 * (issue 14: at most 1 KB) grew by about 90 bytes when every such task was kept twice.
 */

const ANNA = "People/Anna Rossi.md";
const MAX = "People/Max Bianchi.md";

function meeting(frontmatter: Record<string, unknown>, ...tasks: string[]): ReturnType<typeof buildVault> {
	return buildVault({ [ANNA]: person(), [MAX]: person(), "Meetings/Sync.md": md({ type: "meeting", attendees: ["[[Anna Rossi]]", "[[Max Bianchi]]"], ...frontmatter }, "## Action items", ...tasks) });
}

function uncovered(v: ReturnType<typeof buildVault>): string[] {
	const note = v.index.note("Meetings/Sync.md");
	if (!note) throw new Error("no meeting");
	return attendeesWithoutFollowUpIn(v.index, note, null, "2026-12-02");
}

describe("a meeting's done task that links an attendee", () => {
	it.each<[string, string[]]>([
		["on the meeting's day", ["- [x] Sent [[Anna Rossi]] the deck"]],
		["on its own done day", ["- [x] Sent [[Anna Rossi]] the deck ✅ 2026-11-22"]],
		["in a section headed by her link", ["## [[Anna Rossi]]", "- [x] Sent the deck"]],
	])("%s is kept once, as a contact with her, and covers her follow-up", (_case, tasks) => {
		const v = meeting({ date: "2026-11-20" }, ...tasks);
		const note = v.index.note("Meetings/Sync.md");
		expect(note?.doneTasks).toEqual([]);
		expect(note?.contacts.filter((c) => c.kind === "task").map((c) => c.ref.target)).toEqual(["Anna Rossi"]);
		expect(uncovered(v)).toEqual([MAX]);
	});

	it("without any day is kept as a done task, and still covers her follow-up", () => {
		const v = meeting({}, "- [x] Sent [[Anna Rossi]] the deck");
		const note = v.index.note("Meetings/Sync.md");
		expect(note?.contacts).toEqual([]);
		expect(note?.doneTasks.map((t) => t.refs.map((r) => r.target))).toEqual([["Anna Rossi"]]);
		expect(uncovered(v)).toEqual([MAX]);
	});
});
