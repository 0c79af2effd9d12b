import { describe, expect, it } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";
import { attendeesWithoutFollowUpIn } from "../../../src/core/relationships/unfollowed";
import { expectLinear, workClock } from "../../growth";

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
	return attendeesWithoutFollowUpIn(v.index, note, null, "2026-12-02");
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
	])("reads a 200 kB line of %s in time that grows with its length, not its square", (_what, line) => {
		expectLinear((size) => uncovered(weekly(line("word @ ".repeat(size / 7)))), { small: 50_000 });
	});

	it("indexes a meeting of many open tasks for one attendee in time that grows with their number, not its square, each task kept in order", () => {
		const tasks = (n: number, verb: string): string => Array.from({ length: n }, (_, i) => `- [ ] @Anna ${verb} part ${i}`).join("\n");
		const v = weekly(tasks(100, "warm"));
		/** The time to read the meeting again with `n` tasks: the best of two, as the machine may be busy. */
		const clock = workClock();
		const timeFor = (n: number): number => {
			let best = Infinity;
			for (const verb of ["send", "check"]) {
				const text = md({ type: "meeting", date: "2026-11-20", attendees: ["[[Anna Rossi]]", "[[Max Bianchi]]"] }, tasks(n, verb));
				const start = clock();
				v.write(MEETING, text);
				best = Math.min(best, clock() - start);
			}
			return best;
		};
		const small = timeFor(6_000);
		const large = timeFor(24_000);
		// Four times the tasks: about four times the time when linear, sixteen when quadratic (the old code: 10 s for 25,000).
		expect(large < 1000 || large < 8 * small, `${Math.round(small)} ms, then ${Math.round(large)} ms`).toBe(true);
		const mine = v.index.followUpsOf(ANNA);
		expect(mine.length).toBe(24_000);
		expect([mine[0]?.text, mine[23_999]?.text]).toEqual(["@Anna check part 0", "@Anna check part 23999"]);
		expect(v.index.followUpsOf(MAX)).toEqual([]);
	});
});
