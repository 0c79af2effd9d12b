import { describe, expect, it } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";
import { attendeesWithoutFollowUpIn, meetingsWithoutFollowUp } from "../../../src/core/relationships/unfollowed";

/*
 * A done task that names an attendee with `@` (`- [x] @Anna sent the deck`) is that attendee's
 * follow-up done, as a done task that links them is: they are covered, and it is a contact with them
 * on the task's done day (`✅ 2026-11-21`, `[completion:: 2026-11-21]`), else on the meeting's day.
 */

const MEETING = "Meetings/2026-11-20 Weekly.md";
const ANNA = "People/Anna Rossi.md";
const MAX = "People/Max Bianchi.md";
const ZOE = "People/Zoe Verdi.md";

function weekly(tasks: string[], people: Record<string, string> = {}, attendees = ["[[Anna Rossi]]", "[[Max Bianchi]]", "[[Zoe Verdi]]"]): TestVault {
	return buildVault({
		[ANNA]: person({ aliases: ["Annie"] }),
		[MAX]: person(),
		[ZOE]: person(),
		...people,
		[MEETING]: md({ type: "meeting", date: "2026-11-20", attendees }, "## Action items", ...tasks),
	});
}

/** The meeting's attendees that no task written in it covers. */
function uncovered(v: TestVault): string[] {
	const note = v.index.note(MEETING);
	if (!note) throw new Error("no meeting");
	return attendeesWithoutFollowUpIn(v.index, note, null, "2026-12-02");
}

describe("a meeting's done task that names an attendee with @", () => {
	it.each([
		["- [x] @Anna sent the deck", "the given name"],
		["- [x] @Anna Rossi: called", "the full name and a colon"],
		["- [x] @AnnaRossi called", "the name written as one handle"],
		["- [x] @Annie sent the deck", "an alias"],
		["- [X] @Anna sent the deck", "an upper-case X"],
		["- [x] @Anna sent the deck ✅ 2026-11-21", "a Tasks done date"],
		["- [x] @Anna sent the deck [completion:: 2026-11-21]", "a Dataview completion field"],
		["* [x] @Anna sent the deck", "a star bullet"],
		["1. [x] @Anna sent the deck", "a numbered item"],
		["> - [x] @Anna sent the deck", "a quote"],
		["> [!todo] Done\n> - [x] @Anna sent the deck", "a callout"],
		["- Notes\n\t- [x] @Anna sent the deck", "a nested list"],
	])("covers that attendee only: %s (%s)", (task) => {
		expect(uncovered(weekly([task]))).toEqual([MAX, ZOE]);
	});

	it("covers each attendee it names: @Anna and @Zoe", () => {
		expect(uncovered(weekly(["- [x] @Anna and @Zoe planned the offsite"]))).toEqual([MAX]);
	});

	it("is a contact on the task's done day, else on the meeting's day, as a done task linking the person is", () => {
		const dated = weekly(["- [x] @Anna sent the deck ✅ 2026-11-23"]);
		expect(dated.index.lastInteraction(ANNA)).toMatchObject({ day: "2026-11-23", kind: "task", source: MEETING });
		const completion = weekly(["- [x] @Anna sent the deck [completion:: 2026-11-24]"]);
		expect(completion.index.lastInteraction(ANNA)).toMatchObject({ day: "2026-11-24", kind: "task", source: MEETING });
		const linked = weekly(["- [x] Sent [[Anna Rossi]] the deck ✅ 2026-11-23"]);
		expect(dated.index.lastInteraction(ANNA)).toEqual(linked.index.lastInteraction(ANNA));
		const undated = weekly(["- [x] @Anna sent the deck"]);
		expect(undated.index.lastInteraction(ANNA)).toMatchObject({ day: "2026-11-20", source: MEETING });
		expect(undated.index.lastInteraction(ANNA)).toEqual(weekly(["- [x] Sent [[Anna Rossi]] the deck"]).index.lastInteraction(ANNA));
	});

	it.each([
		["- [x] Sent [[Anna Rossi]] the deck", "links her"],
		["- [x] @Anna sent the deck", "names her with @"],
	])("covers the attendee in a meeting without a day, and records no contact (no day to put it on): %s (a done task that %s)", (task) => {
		const v = buildVault({ [ANNA]: person(), [MAX]: person(), "Meetings/Weekly.md": md({ type: "meeting", attendees: ["[[Anna Rossi]]", "[[Max Bianchi]]"] }, task) });
		const note = v.index.note("Meetings/Weekly.md");
		expect(note && attendeesWithoutFollowUpIn(v.index, note, null, "2026-12-02")).toEqual([MAX]);
		expect(v.index.lastInteraction(ANNA)).toBeNull();
	});

	it("takes the attendee off the meetings without follow-up", () => {
		const before = meetingsWithoutFollowUp(weekly(["- [x] Booked the room"]).index, "2026-11-27", 14);
		expect(before.map((m) => m.people)).toEqual([[ANNA, MAX, ZOE]]);
		const after = meetingsWithoutFollowUp(weekly(["- [x] @Anna sent the deck ✅ 2026-11-21"]).index, "2026-11-27", 14);
		expect(after.map((m) => m.people)).toEqual([[MAX, ZOE]]);
	});

	it.each([
		["- [-] @Anna sent the deck", "a cancelled task"],
		["- [-] @Anna sent the deck ❌ 2026-11-21", "a cancelled task with its Tasks date"],
		["- [x] Mailed anna@example.com the deck", "an email address"],
		["- [x] Ran `ping @Anna` on the server", "inline code"],
		["- [x] Read https://social.example/@Anna today", "an address"],
		["- [x] @Carla sent the deck", "a name no attendee has"],
		["- [x] Sent the deck", "no name"],
		["```\n- [x] @Anna sent the deck\n```", "a code block"],
		["%% - [x] @Anna sent the deck %%", "a comment"],
	])("covers nobody for %s (%s)", (task) => {
		const v = weekly([task]);
		expect(uncovered(v)).toEqual([ANNA, MAX, ZOE]);
		expect(v.index.lastInteraction(ANNA)).toMatchObject({ kind: "meeting" });
	});

	it("covers nobody when two attendees answer to the name, and the one it names in full", () => {
		const people = { "People/Anna Neri.md": person() };
		const attendees = ["[[Anna Rossi]]", "[[Anna Neri]]", "[[Max Bianchi]]"];
		expect(uncovered(weekly(["- [x] @Anna sent the deck"], people, attendees))).toEqual([ANNA, "People/Anna Neri.md", MAX]);
		expect(uncovered(weekly(["- [x] @Anna Neri sent the deck"], people, attendees))).toEqual([ANNA, MAX]);
	});

	it("covers, in a section headed by an attendee's link, that attendee, as an open task there is theirs; a contact on its done day", () => {
		const v = weekly(["## [[Zoe Verdi]]", "- [x] Sent the deck ✅ 2026-11-24", "## Notes", "- [x] Booked the room"]);
		expect(uncovered(v)).toEqual([ANNA, MAX]);
		expect(v.index.lastInteraction(ZOE)).toMatchObject({ day: "2026-11-24", kind: "task", source: MEETING });
		expect(v.index.lastInteraction(ANNA)).toMatchObject({ day: "2026-11-20", kind: "meeting" });
		expect(weekly(["## [[Zoe Verdi]]", "- [ ] Send the deck"]).index.followUpsIn(MEETING).map((f) => f.people)).toEqual([[ZOE]]);
	});

	it("keeps the linked rule: a done task that links someone covers who it links, not the @ name", () => {
		expect(uncovered(weekly(["- [x] @Max sent [[Anna Rossi]] the deck"]))).toEqual([MAX, ZOE]);
	});

	it("is read again, as a fresh build, when the note or an attendee's aliases change", () => {
		const v = weekly(["- [x] @Bia sent the deck ✅ 2026-11-22"]);
		expect(uncovered(v)).toEqual([ANNA, MAX, ZOE]);
		v.write(MAX, person({ aliases: ["Bia"] }));
		expect(uncovered(v)).toEqual([ANNA, ZOE]);
		expect(v.index.lastInteraction(MAX)).toMatchObject({ day: "2026-11-22", kind: "task" });
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write(MEETING, md({ type: "meeting", date: "2026-11-20", attendees: ["[[Anna Rossi]]", "[[Max Bianchi]]", "[[Zoe Verdi]]"] }, "- [ ] @Bia send the deck"));
		expect(v.index.lastInteraction(MAX)).toMatchObject({ day: "2026-11-20", kind: "meeting" });
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("says which attendees an @ name in a done task could be, as in an open task", () => {
		const v = weekly(["- [x] @Anna sent the deck"], { "People/Anna Neri.md": person() }, ["[[Anna Rossi]]", "[[Anna Neri]]"]);
		const unclear = v.index.problems().filter((p) => p.code === "ambiguous-task-owner");
		expect(unclear.map((p) => p.params)).toEqual([{ name: "Anna", candidates: "People/Anna Rossi.md, People/Anna Neri.md" }]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
