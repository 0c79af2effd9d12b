import { describe, expect, it } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";
import { attendeesWithoutFollowUpIn } from "../../../src/core/relationships/unfollowed";

/*
 * A Dataview inline field naming who does a meeting's task (`[owner:: @Max]`, `[assignee:: Max Bianchi]`,
 * `(who:: @Anna, @Zoe)`, Italian `[responsabile:: @Max]`) makes it their follow-up, not every attendee's.
 */

const MEETING = "Meetings/2026-11-23 Weekly.md";
const MAX = "People/Max Bianchi.md";
const ANNA = "People/Anna Rossi.md";
const ZOE = "People/Zoe Verdi.md";
const EVERYONE = [ANNA, MAX, ZOE];

function weekly(tasks: string[]): TestVault {
	return buildVault({
		[MAX]: person({ aliases: ["Maxi"] }),
		[ANNA]: person(),
		[ZOE]: person(),
		[MEETING]: md({ type: "meeting", date: "2026-11-23", attendees: ["[[Max Bianchi]]", "[[Anna Rossi]]", "[[Zoe Verdi]]"] }, "## Action items", ...tasks),
	});
}

/** Each follow-up's text → the people it goes to. */
function owners(v: TestVault): Record<string, string[]> {
	return Object.fromEntries(v.index.followUpsIn(MEETING).map((f) => [f.text, [...f.people].sort()]));
}

describe("a meeting's task with an owner field", () => {
	it.each([
		["- [ ] Send the deck [owner:: @Max]", "an @ name"],
		["- [ ] Send the deck [owner:: Max Bianchi]", "a full name without @"],
		["- [ ] Send the deck [owner:: [[Max Bianchi]]]", "a link"],
		["- [ ] Send the deck (owner:: @Max)", "in parentheses"],
		["- [ ] Send the deck [Owner:: @Max]", "a capitalised key"],
		["- [ ] Send the deck [assignee:: @Maxi]", "assignee, and an alias"],
		["- [ ] Send the deck [who:: Max]", "who"],
		["- [ ] Mandare l'offerta [responsabile:: @Max]", "the Italian responsabile"],
		["- [ ] Send the deck owner:: @Max", "a bare field at the end"],
		["- [ ] Send the deck [owner:: @Max] [due:: 2026-11-30]", "beside a due date field"],
		["- [ ] @Anna asked for the deck [owner:: @Max]", "beside an @ name in the text (the field says whose)"],
	])("goes to that attendee only: %s (%s)", (task) => {
		const v = weekly([task]);
		expect(Object.values(owners(v))).toEqual([[MAX]]);
		expect(v.index.followUpsOf(ANNA)).toEqual([]);
	});

	it("keeps the field out of the task's text, and its due date", () => {
		const [f] = weekly(["- [ ] Send the deck [owner:: @Max] [due:: 2026-11-30]"]).index.followUpsIn(MEETING);
		expect(f).toMatchObject({ text: "Send the deck", due: "2026-11-30", people: [MAX] });
	});

	it.each(["[owner:: @Anna, @Zoe]", "[owner:: Anna; Zoe]", "[assignee:: Anna Rossi, Zoe Verdi]"])("goes to each attendee it names: %s", (field) => {
		expect(Object.values(owners(weekly([`- [ ] Plan the offsite ${field}`])))).toEqual([[ANNA, ZOE]]);
	});

	it.each([
		["[owner:: max@example.com]", "an email address"],
		["[owner:: `@Max`]", "inline code"],
		["[owner:: @Carla]", "a name no attendee has"],
		["[owner:: ]", "nothing"],
	])("goes to every attendee when the field names none of them: %s (%s)", (field) => {
		expect(Object.values(owners(weekly([`- [ ] Send the deck ${field}`])))).toEqual([EVERYONE]);
	});

	it("covers the attendee it names when the task is done, on its done day", () => {
		const v = weekly(["- [x] Sent the deck [owner:: @Anna] ✅ 2026-11-25"]);
		const note = v.index.note(MEETING);
		expect(note && attendeesWithoutFollowUpIn(v.index, note, null)).toEqual([MAX, ZOE]);
		expect(v.index.lastInteraction(ANNA)).toMatchObject({ day: "2026-11-25", kind: "task" });
	});

	it("is read again, as a fresh build, when the attendee's note gains the alias the field uses", () => {
		const v = weekly(["- [ ] Send the deck [owner:: @Bia]"]);
		expect(owners(v)["Send the deck"]).toEqual(EVERYONE);
		v.write(MAX, person({ aliases: ["Bia"] }));
		expect(owners(v)["Send the deck"]).toEqual([MAX]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
