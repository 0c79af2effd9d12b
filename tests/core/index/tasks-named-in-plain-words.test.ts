import { describe, expect, it, vi } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";
import { PersonResolver } from "../../../src/core/index/resolver";

/*
 * Meeting notes name who a task is for in plain words as often as with `@`: `- [ ] Send Anna the deck`,
 * `- [ ] Mandare il preventivo a Giulia`. Such a task is that attendee's follow-up, not every attendee's.
 */

const MEETING = "Meetings/2026-11-23 Weekly.md";
const ANNA = "People/Anna Rossi.md";
const MAX = "People/Max Bianchi.md";
const ZOE = "People/Zoe Verdi.md";
const EVERYONE = [ANNA, MAX, ZOE];

function weekly(tasks: string[], people: Record<string, string> = {}, attendees = ["[[Max Bianchi]]", "[[Anna Rossi]]", "[[Zoe Verdi]]"]): TestVault {
	return buildVault({
		[MAX]: person({ aliases: ["Maxi"] }),
		[ANNA]: person(),
		[ZOE]: person(),
		...people,
		[MEETING]: md({ type: "meeting", date: "2026-11-23", attendees }, "## Action items", ...tasks),
	});
}

/** Each follow-up's text → the people it goes to. */
function owners(v: TestVault): Record<string, string[]> {
	return Object.fromEntries(v.index.followUpsIn(MEETING).map((f) => [f.text, [...f.people].sort()]));
}

describe("a meeting's task that names an attendee in plain words", () => {
	it.each([
		["- [ ] Send Anna the deck", "a first name inside the sentence"],
		["- [ ] Mandare il preventivo ad Anna 📅 2026-11-30", "Italian, with a due date"],
		["- [ ] Anna: book the room", "a first name and a colon at the start"],
		["- [ ] Review Anna Rossi's slides", "a full name with a possessive"],
		["- [ ] **Anna** to confirm the venue", "in bold"],
	])("goes to that attendee only: %s (%s)", (task) => {
		const v = weekly([task]);
		expect(Object.values(owners(v))).toEqual([[ANNA]]);
		expect(v.index.followUpsOf(MAX)).toEqual([]);
		expect(v.index.followUpsOf(ZOE)).toEqual([]);
	});

	it("goes to each attendee it names, and an alias counts", () => {
		expect(Object.values(owners(weekly(["- [ ] Anna and Maxi plan the offsite"])))).toEqual([[ANNA, MAX]]);
	});

	it.each([
		["- [ ] send anna the deck", "a name without its capital"],
		["- [ ] Fix the #Anna tag on the board", "a tag"],
		["- [ ] Read [[Anna's project|the project]] notes", "inside a link"],
		["- [ ] Rename `Anna` in the config", "inside inline code"],
		["- [ ] Write to Anna@lumen.example", "an address"],
		["- [ ] Book a table for Carla", "someone who did not attend"],
		["- [ ] Rossi-Anna Foundation: renew", "a word that only starts like the name"],
	])("goes to every attendee when the name is not an attendee named in the text: %s (%s)", (task) => {
		expect(Object.values(owners(weekly([task])))).toEqual([EVERYONE]);
	});

	it("guesses nobody between two attendees of one first name, unless the task gives the full name", () => {
		const people = { "People/Max Verdi.md": person() };
		const attendees = ["[[Max Bianchi]]", "[[Max Verdi]]", "[[Anna Rossi]]"];
		const v = weekly(["- [ ] Send Max the deck", "- [ ] Send Max Verdi the contract"], people, attendees);
		expect(owners(v)).toEqual({ "Send Max the deck": [ANNA, MAX, "People/Max Verdi.md"], "Send Max Verdi the contract": ["People/Max Verdi.md"] });
	});

	it("reads a month or a task's leading verb as no one by a first name alone, but a full name counts", () => {
		const people = { "People/May Chen.md": person(), "People/Mark Lee.md": person() };
		const attendees = ["[[May Chen]]", "[[Mark Lee]]", "[[Anna Rossi]]"];
		const all = [ANNA, "People/Mark Lee.md", "People/May Chen.md"];
		const v = weekly(["- [ ] Follow up in May", "- [ ] Mark the invoice paid", "- [ ] Send May Chen the contract"], people, attendees);
		expect(owners(v)).toEqual({ "Follow up in May": all, "Mark the invoice paid": all, "Send May Chen the contract": ["People/May Chen.md"] });
	});

	it("keeps an @ name first: the task goes to the person named with @", () => {
		expect(Object.values(owners(weekly(["- [ ] @Zoe: send Anna the deck"])))).toEqual([[ZOE]]);
	});

	it("reads the task again when an attendee's note gains or loses the alias it uses, as a fresh build", () => {
		const v = weekly(["- [ ] Send Bia the deck"]);
		expect(owners(v)["Send Bia the deck"]).toEqual(EVERYONE);
		v.write(MAX, person({ aliases: ["Bia"] }));
		expect(owners(v)["Send Bia the deck"]).toEqual([MAX]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write(MAX, person());
		expect(owners(v)["Send Bia the deck"]).toEqual(EVERYONE);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});

describe("a meeting of many attendees and many tasks named in plain words", () => {
	it("looks each attendee's names up about once, not once per task (a meeting of thousands of both stays linear)", () => {
		const size = 60;
		const people = Object.fromEntries(Array.from({ length: size }, (_, i) => [`People/Person ${i}.md`, person()]));
		const attendees = Array.from({ length: size }, (_, i) => `[[Person ${i}]]`);
		const tasks = Array.from({ length: size }, (_, i) => `- [ ] Send Zed the deck number ${i}`);
		const v = weekly(["- [ ] Send Anna the deck"], people, attendees);
		const names = vi.spyOn(PersonResolver.prototype, "names");
		v.write(MEETING, md({ type: "meeting", date: "2026-11-23", attendees }, "## Action items", ...tasks));
		expect(Object.values(owners(v))[0]).toHaveLength(size);
		expect(names.mock.calls.length).toBeLessThan(3 * size);
		names.mockRestore();
	});
});
