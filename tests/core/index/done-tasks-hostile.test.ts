import { describe, expect, it } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";
import { attendeesWithoutFollowUpIn } from "../../../src/core/relationships/unfollowed";

/* Done tasks and owner fields as a hostile user writes them. */

const MEETING = "Meetings/2026-11-20 Weekly.md";
const ANNA = "People/Anna Rossi.md";
const MAX = "People/Max Bianchi.md";

function weekly(body: string, annaFm: Record<string, unknown> = {}): TestVault {
	return buildVault({
		[ANNA]: person(annaFm),
		[MAX]: person(),
		[MEETING]: md({ type: "meeting", date: "2026-11-20", attendees: ["[[Anna Rossi]]", "[[Max Bianchi]]"] }, body),
	});
}

function uncovered(v: TestVault): string[] {
	const note = v.index.note(MEETING);
	if (!note) throw new Error("no meeting");
	return attendeesWithoutFollowUpIn(v.index, note, null);
}

describe("done tasks and owner fields, written as a hostile user would", () => {
	it("reads a CRLF note: the done @ task covers Anna, and its text has no carriage return", () => {
		const v = weekly("- [x] @Anna sent the deck ✅ 2026-11-21\r\n- [ ] Book the room [owner:: @Max]\r\n");
		expect(uncovered(v)).toEqual([]);
		expect(v.index.note(MEETING)?.doneTasks.map((t) => t.names)).toEqual(["@Anna sent the deck"]);
		expect(v.index.lastInteraction(ANNA)).toMatchObject({ day: "2026-11-21" });
		expect(v.index.followUpsIn(MEETING).map((f) => [f.text, f.people])).toEqual([["Book the room", [MAX]]]);
	});

	it.each([
		["- [x] Mailed @anna@example.com the deck", "an @ before an email address"],
		["- [x] Wrote to @Anna@social.example", "an address that starts with @"],
	])("credits nobody for %s (%s)", (task) => {
		expect(uncovered(weekly(task))).toEqual([ANNA, MAX]);
	});

	it("gives an open task naming an address that starts with @ to every attendee, as one naming an address", () => {
		const v = weekly("- [ ] Mail @anna@example.com the numbers");
		expect(v.index.followUpsIn(MEETING).map((f) => f.people)).toEqual([[ANNA, MAX]]);
	});

	it("credits nobody for an email in an owner field, even one of the attendee's", () => {
		expect(uncovered(weekly("- [x] Sent the deck [owner:: anna@example.com]", { email: "anna@example.com" }))).toEqual([ANNA, MAX]);
	});

	it.each([
		["a done task", (long: string) => `- [x] @Anna ${long} ✅ 2026-11-21`],
		["an owner field", (long: string) => `- [ ] Send the deck [owner:: ${long}]`],
		["an owner field of names", (long: string) => `- [ ] Send the deck [owner:: ${"@a, ".repeat(long.length / 4)}]`],
		["a bare owner field", (long: string) => `- [x] owner:: @Anna ${long}`],
	])("reads a 200 kB line of %s in well under a second", (_what, line) => {
		const long = "word @ ".repeat(30_000);
		const start = performance.now();
		const v = weekly(line(long));
		uncovered(v);
		expect(performance.now() - start).toBeLessThan(1500);
	});

	it("indexes a meeting of 25,000 open tasks for one attendee, and again after an edit, in well under two seconds each, each task kept in order", () => {
		const tasks = (verb: string): string => Array.from({ length: 25_000 }, (_, i) => `- [ ] @Anna ${verb} part ${i}`).join("\n");
		let start = performance.now();
		const v = weekly(tasks("send"));
		expect(performance.now() - start).toBeLessThan(2000);
		start = performance.now();
		v.write(MEETING, md({ type: "meeting", date: "2026-11-20", attendees: ["[[Anna Rossi]]", "[[Max Bianchi]]"] }, tasks("check")));
		expect(performance.now() - start).toBeLessThan(2000);
		const mine = v.index.followUpsOf(ANNA);
		expect(mine.length).toBe(25_000);
		expect([mine[0]?.text, mine[24_999]?.text]).toEqual(["@Anna check part 0", "@Anna check part 24999"]);
		expect(v.index.followUpsOf(MAX)).toEqual([]);
	});
});
