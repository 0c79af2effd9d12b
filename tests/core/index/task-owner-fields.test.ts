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
		expect(note && attendeesWithoutFollowUpIn(v.index, note, null, "2026-12-02")).toEqual([MAX, ZOE]);
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

describe("a bare owner field whose value is the rest of the line", () => {
	const VERDI = "People/Max Verdi.md";
	/** Two attendees called Max: only a full name tells them apart. */
	function twoMaxes(tasks: string[]): TestVault {
		return buildVault({
			[MAX]: person(),
			[VERDI]: person(),
			[ANNA]: person(),
			[MEETING]: md({ type: "meeting", date: "2026-11-23", attendees: ["[[Max Bianchi]]", "[[Max Verdi]]", "[[Anna Rossi]]"] }, "## Action items", ...tasks),
		});
	}

	// Failed on the old tasks.ts: the bare field's value stopped at its first word (`@Max`), which two attendees answer to,
	// so the task went to nobody, and `Bianchi` was left in the task's text.
	it.each([
		["- [ ] Send the deck owner:: @Max Bianchi", "an @ name of two words"],
		["- [ ] Send the deck owner:: Max Bianchi", "a full name without @"],
		["- [ ] Send the deck Owner:: @Max Bianchi  ", "a capitalised key, spaces after"],
		["- [ ] Send the deck owner:: @Max Bianchi 📅 2026-11-30", "before a due date"],
		["- [ ] Send the deck owner:: @Max Bianchi [due:: 2026-11-30]", "before a due date field"],
		["- [ ] Send the deck owner:: @Max Bianchi due:: 2026-11-30", "before a bare due date field"],
		["- [ ] Send the deck owner:: @Max Bianchi ^task-1", "before a block id"],
	])("names the attendee of that full name, and leaves the task's text without it: %s (%s)", (task) => {
		const v = twoMaxes([task]);
		const [f] = v.index.followUpsIn(MEETING);
		expect(f?.people).toEqual([MAX]);
		expect(f?.text).toBe("Send the deck");
		if (task.includes("due")) expect(f?.due).toBe("2026-11-30");
		if (task.includes("📅")) expect(f?.due).toBe("2026-11-30");
	});

	it("names each of several full names", () => {
		const [f] = twoMaxes(["- [ ] Plan the offsite assignee:: Max Verdi, @Anna Rossi"]).index.followUpsIn(MEETING);
		expect([...(f?.people ?? [])].sort()).toEqual([ANNA, VERDI]);
	});

	it("covers the attendee of that full name when the task is done", () => {
		const v = twoMaxes(["- [x] Sent the deck owner:: @Max Verdi ✅ 2026-11-25"]);
		const note = v.index.note(MEETING);
		expect(note && attendeesWithoutFollowUpIn(v.index, note, null, "2026-12-02")).toEqual([MAX, ANNA]);
		expect(v.index.lastInteraction(VERDI)).toMatchObject({ day: "2026-11-25", kind: "task" });
	});

	it("`@Max` alone still names the one Max there is, and credits nobody where two answer to it", () => {
		expect(Object.values(owners(weekly(["- [ ] Send the deck owner:: @Max"])))).toEqual([[MAX]]);
		expect(twoMaxes(["- [ ] Send the deck owner:: @Max"]).index.followUpsIn(MEETING)[0]?.people).toEqual([]);
	});

	it("leaves an @ name in the task's text as it was: `@Max sent the deck` is Max's, its text whole", () => {
		const [f] = weekly(["- [ ] @Max sent the deck"]).index.followUpsIn(MEETING);
		expect(f).toMatchObject({ text: "@Max sent the deck", people: [MAX] });
		const [g] = twoMaxes(["- [ ] @Max Bianchi sent the deck"]).index.followUpsIn(MEETING);
		expect(g).toMatchObject({ text: "@Max Bianchi sent the deck", people: [MAX] });
	});

	it.each([
		["- [ ] Send the deck owner:: @Max Bianchi ~~📅 2026-11-20~~ 📅 2026-11-30", "a struck-out date after it"],
		["- [ ] Send the deck owner:: Max Bianchi [[Deck v2]]", "a link after the name"],
		["- [ ] Send the deck owner:: @Max Bianchi `deck.pdf`", "inline code after the name"],
	])("names whom its value starts with when a link, code or struck text follows: %s (%s)", (task) => {
		const v = twoMaxes([task]);
		expect(v.index.followUpsIn(MEETING).map((f) => f.people)).toEqual([[MAX]]);
	});
});
