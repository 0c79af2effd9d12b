import { describe, expect, it } from "vitest";
import { completeTaskBlock, editTaskBlock, snoozeTaskBlock } from "../../../src/core/edits/task-edits";
import { buildVault, md } from "../../builders";

/**
 * A Logseq task that repeats (`SCHEDULED: <2026-11-27 Fri .+1w>`, `DEADLINE: <… ++1m>`), marked done
 * from Rapport, is done as Logseq does it: it stays open, each repeating day moves on (`+` one step
 * from its day, `++` steps until after today, `.+` one step from today), and the completion goes into
 * its `:LOGBOOK:`. Made-up people, in Logseq's file format; 2026-11-30 is a Monday.
 */

const TODAY = "2026-11-30";
const done = (...block: string[]) => completeTaskBlock(block, TODAY, "10:15");

describe("marking a repeating Logseq task done", () => {
	// Failed on the old code (completeTaskLines wrote DONE): the repetition ended with the first completion.
	it("keeps it open, moves a .+ day one step from today, and logs the completion in a new logbook after its days", () => {
		expect(done("- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-11-27 Fri .+1w>", "  Notes from last time")).toEqual({
			lines: ["- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-12-07 Mon .+1w>", "  :LOGBOOK:", '  * State "DONE" from "TODO" [2026-11-30 Mon 10:15]', "  :END:", "  Notes from last time"],
			next: { kind: "moved", day: "2026-12-07" },
		});
	});

	it("moves a ++ deadline by whole steps until after today, month by month as Logseq adds them, its time kept", () => {
		const result = done("\t- LATER Pay [[Marco Bellini]] back", "\t  id:: 6571c0de-0000-4000-8000-000000000002", "\t  DEADLINE: <2026-08-31 Mon 09:00 ++1m>");
		expect(result?.lines.slice(0, 3)).toEqual(["\t- LATER Pay [[Marco Bellini]] back", "\t  id:: 6571c0de-0000-4000-8000-000000000002", "\t  DEADLINE: <2026-12-30 Wed 09:00 ++1m>"]);
		expect(done("- TODO Water the plants", "  SCHEDULED: <2026-11-02 Mon ++1w>")?.lines[1]).toBe("  SCHEDULED: <2026-12-07 Mon ++1w>");
		expect(done("- TODO Water the plants", "  SCHEDULED: <2026-11-30 Mon ++1d>")?.lines[1]).toBe("  SCHEDULED: <2026-12-01 Tue ++1d>");
	});

	it("moves a + day one step from its own day, even when that is still past, and leaves a .+ day still ahead where it is", () => {
		expect(done("- TODO Send the report", "  SCHEDULED: <2026-11-13 Fri +1w>")?.lines[1]).toBe("  SCHEDULED: <2026-11-20 Fri +1w>");
		expect(done("- TODO Send the report", "  SCHEDULED: <2026-12-04 Fri .+1w>")?.lines[1]).toBe("  SCHEDULED: <2026-12-04 Fri .+1w>");
		expect(done("- TODO Renew the lease", "  DEADLINE: <2026-01-31 Sat +1y>")?.lines[1]).toBe("  DEADLINE: <2027-01-31 Sun +1y>");
	});

	it("puts an in-progress task back to open (NOW is LATER, DOING is TODO) and logs into its logbook, before :END:", () => {
		const result = done(
			"- NOW Draft the intro for [[Ugo Pini]]",
			"  SCHEDULED: <2026-11-30 Mon .+1d>",
			"  :LOGBOOK:",
			"  CLOCK: [2026-11-23 Mon 09:00:00]--[2026-11-23 Mon 09:10:00] =>  00:10:00",
			"  :END:",
		);
		expect(result?.lines).toEqual([
			"- LATER Draft the intro for [[Ugo Pini]]",
			"  SCHEDULED: <2026-12-01 Tue .+1d>",
			"  :LOGBOOK:",
			"  CLOCK: [2026-11-23 Mon 09:00:00]--[2026-11-23 Mon 09:10:00] =>  00:10:00",
			'  * State "DONE" from "NOW" [2026-11-30 Mon 10:15]',
			"  :END:",
		]);
		expect(done("- DOING Review notes", "  DEADLINE: <2026-11-30 Mon .+2w>")?.lines[0]).toBe("- TODO Review notes");
	});

	it("is done as before when no day repeats", () => {
		expect(done("- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-11-27 Fri>")).toEqual({ lines: ["- DONE Call [[Anna Rossi]]", "  SCHEDULED: <2026-11-27 Fri>"], next: null });
	});

	it("changes only the task's block in the note, its lone-CR line ends kept", () => {
		const note = ["- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-11-27 Fri .+1w>", "- TODO Other", ""].join("\r");
		const result = editTaskBlock(note, { line: 0, text: "Call [[Anna Rossi]]" }, (block) => completeTaskBlock(block, TODAY, "10:15")?.lines ?? null);
		expect(result).toEqual({ ok: true, line: 0, text: ["- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-12-07 Mon .+1w>", "  :LOGBOOK:", '  * State "DONE" from "TODO" [2026-11-30 Mon 10:15]', "  :END:", "- TODO Other", ""].join("\r") });
	});
});

describe("a Logseq task's block edited in a note of lone-CR line ends", () => {
	// Failed on the old editTaskBlock: the new SCHEDULED line was joined with CRLF in a lone-CR note.
	it("gets a new day line ended with a lone CR when snoozed", () => {
		const note = ["- TODO Call [[Anna Rossi]]", "- TODO Other", ""].join("\r");
		const result = editTaskBlock(note, { line: 0, text: "Call [[Anna Rossi]]" }, (block) => snoozeTaskBlock(block, "2026-12-04"));
		expect(result.ok && result.text).toBe(["- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-12-04 Fri>", "- TODO Other", ""].join("\r"));
	});
});

describe("a repeating Logseq task read from a journal", () => {
	it("is a follow-up that repeats (its repeater shown as written), open again on its next day once done", () => {
		const journal = (...lines: string[]) => buildVault({ "journals/2026_11_23.md": lines.join("\n"), "pages/Anna Rossi.md": md({ type: "person" }) });
		const before = journal("- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-11-27 Fri .+1w>", "");
		expect(before.index.followUpsOf("pages/Anna Rossi.md").map((f) => [f.text, f.scheduled, f.recurrence])).toEqual([["Call [[Anna Rossi]]", "2026-11-27", ".+1w"]]);
		const lines = done("- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-11-27 Fri .+1w>")?.lines ?? [];
		const after = journal(...lines, "");
		expect(after.index.followUpsOf("pages/Anna Rossi.md").map((f) => [f.text, f.scheduled])).toEqual([["Call [[Anna Rossi]]", "2026-12-07"]]);
	});
});

describe("a repeating Logseq task's logbook", () => {
	const complete = (text: string, on: string) => editTaskBlock(text, { line: 0, text: "Call [[Anna Rossi]]" }, (block) => completeTaskBlock(block, on, "09:00")?.lines ?? null);

	it("gets each completion in its one logbook, done twice, the next block left alone", () => {
		const first = complete(["- TODO Call [[Anna Rossi]]", "  SCHEDULED: <2026-11-27 Fri .+1w>", "- TODO Other", ""].join("\n"), "2026-11-30");
		const second = first.ok ? complete(first.text, "2026-12-07") : first;
		expect(second.ok && second.text).toBe(
			[
				"- TODO Call [[Anna Rossi]]",
				"  SCHEDULED: <2026-12-14 Mon .+1w>",
				"  :LOGBOOK:",
				'  * State "DONE" from "TODO" [2026-11-30 Mon 09:00]',
				'  * State "DONE" from "TODO" [2026-12-07 Mon 09:00]',
				"  :END:",
				"- TODO Other",
				"",
			].join("\n"),
		);
	});

	it("counts each day it records as contact with whom the task links, and hides its lines, its days read past it", () => {
		const v = buildVault({
			"journals/2026_11_02.md": [
				"- TODO Call [[Anna Rossi]]",
				"  :LOGBOOK:",
				'  * State "DONE" from "TODO" [2026-11-09 Mon 09:00]',
				'  * State "DONE" from "LATER" [2026-11-16 Mon 18:30]',
				"  :END:",
				"  SCHEDULED: <2026-11-23 Mon .+1w>",
				"- TODO Send [[Marco Bellini]] the deck",
				"",
			].join("\n"),
			"pages/Anna Rossi.md": md({ type: "person" }),
			"pages/Marco Bellini.md": md({ type: "person" }),
		});
		expect(v.index.lastInteraction("pages/Anna Rossi.md", "2026-11-30")).toMatchObject({ day: "2026-11-16", kind: "task" });
		expect(v.index.followUpsOf("pages/Anna Rossi.md").map((f) => [f.text, f.scheduled])).toEqual([["Call [[Anna Rossi]]", "2026-11-23"]]);
		expect(v.index.followUpsOf("pages/Marco Bellini.md").map((f) => f.text)).toEqual(["Send [[Marco Bellini]] the deck"]);
	});

	it("left open ends at the next list item, which is read as its own task", () => {
		const v = buildVault({
			"journals/2026_11_02.md": ["- TODO Call [[Anna Rossi]]", "  :LOGBOOK:", "  CLOCK: [2026-11-09 Mon 09:00:00]", "- TODO Send [[Marco Bellini]] the deck", ""].join("\n"),
			"pages/Marco Bellini.md": md({ type: "person" }),
		});
		expect(v.index.followUpsOf("pages/Marco Bellini.md").map((f) => f.text)).toEqual(["Send [[Marco Bellini]] the deck"]);
	});
});

