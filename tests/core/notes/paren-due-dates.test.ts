import { describe, expect, it } from "vitest";
import { completeTaskBlock, completeTaskLines, editTaskBlock, setTaskDue, snoozeTaskBlock } from "../../../src/core/edits/task-edits";
import { parseTaskBody } from "../../../src/core/notes/tasks";
import { scanBody } from "../../../src/core/notes/markdown";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, md, person } from "../../builders";
import { expectLinear } from "../../growth";

/*
 * pattynextdoor/meetingmind writes each action item it finds as `- [ ] task (@Assignee, due: YYYY-MM-DD)` in the
 * meeting note, and `- [ ] task (due: YYYY-MM-DD) — from [[meeting|title]]` in the person's note.
 */
describe("a due date written in a task's parentheses: `(@Priya Natarajan, due: 2026-12-02)`", () => {
	const read = (body: string) => {
		const t = parseTaskBody(" ", body);
		return [t.text, t.due];
	};

	it("is the task's due date, and leaves the text without it", () => {
		expect(read("Draft the runbook (@Priya Natarajan, due: 2026-12-02)")).toEqual(["Draft the runbook (@Priya Natarajan)", "2026-12-02"]);
		expect(read("Draft the runbook (due: 2026-12-02) — from [[Meetings/2026-11-24 Sync|Sync]]")).toEqual(["Draft the runbook — from [[Meetings/2026-11-24 Sync|Sync]]", "2026-12-02"]);
		expect(read("Draft the runbook (Due: 2026-12-02, high)")).toEqual(["Draft the runbook (high)", "2026-12-02"]);
		expect(read("Draft the runbook (@Priya, due: 2026-12-02, high) #billing")).toEqual(["Draft the runbook (@Priya, high) #billing", "2026-12-02"]);
	});

	it("comes after the Tasks plugin's date and Dataview's: `📅` and `[due:: ]` win", () => {
		expect(read("Draft (due: 2026-12-02) 📅 2026-12-09")).toEqual(["Draft (due: 2026-12-02)", "2026-12-09"]);
		expect(read("Draft (due: 2026-12-02) [due:: 2026-12-09]")).toEqual(["Draft (due: 2026-12-02)", "2026-12-09"]);
	});

	it("is no due date outside parentheses, in a link, or when the day does not exist", () => {
		expect(read("Ask what is due: 2026-12-02 means")).toEqual(["Ask what is due: 2026-12-02 means", null]);
		expect(read("Read [[Plan (due: 2026-12-02)]]")).toEqual(["Read [[Plan (due: 2026-12-02)]]", null]);
		expect(read("Draft (due: 2026-02-30)")).toEqual(["Draft (due: 2026-02-30)", null]);
	});

	it("puts a meeting's follow-up on its day in the agenda", () => {
		const v = buildVault({
			"People/Priya Natarajan.md": person({}),
			"Meetings/2026-11-24 Billing sync.md": md({ date: "2026-11-24", attendees: ["[[Priya Natarajan]]"] }, "## Action Items", "", "- [ ] Draft the runbook (@Priya Natarajan, due: 2026-12-02)"),
		});
		const items = buildAgenda(v.index, "2026-12-02", { upcomingDays: 7, birthdayDays: 0 }).items.filter((i) => i.kind === "followup");
		expect(items.map((i) => [i.text, i.date, i.status, i.people])).toEqual([["Draft the runbook (@Priya Natarajan)", "2026-12-02", "today", ["People/Priya Natarajan.md"]]]);
	});

	it("is moved in place when the task is snoozed", () => {
		expect(setTaskDue("- [ ] Draft the runbook (@Priya Natarajan, due: 2026-12-02)", "2026-12-09")).toBe("- [ ] Draft the runbook (@Priya Natarajan, due: 2026-12-09)");
		expect(setTaskDue("- [ ] Draft the runbook (due: 2026-12-02) — from [[Sync]]", "2026-12-09")).toBe("- [ ] Draft the runbook (due: 2026-12-09) — from [[Sync]]");
	});
});

describe("reading a due date in parentheses, on adversarial lines", () => {
	it("grows with the line, not with its square: open parentheses, commas and spaces, and `due:` without a day", () => {
		for (const piece of ["(", "(, ", "(,     ", ", due: ", "(due: 2026-12-0", "(a; due :", " "]) {
			expectLinear((size) => parseTaskBody(" ", "Draft " + piece.repeat(Math.ceil(size / piece.length))));
			expectLinear((size) => setTaskDue("- [ ] Draft " + piece.repeat(Math.ceil(size / piece.length)), "2026-12-09"));
		}
	});
});

describe("a due date in parentheses beside a second `(due: …)` that is no field (attack28)", () => {
	const inNote = (line: string) => scanBody([line], 0).tasks.map((t) => [t.text, t.due]);

	it("in a note, leaves a struck-out `(due: …)` in the text and takes out the one read", () => {
		expect(inNote("- [ ] ~~(due: 2026-11-01)~~ Draft (due: 2026-12-02)")).toEqual([["~~(due: 2026-11-01)~~ Draft", "2026-12-02"]]);
	});

	it("in a note, takes out of the text the first one, the one read and snoozed, and leaves the second", () => {
		expect(inNote("- [ ] Draft (x, due: 2026-12-01) and (due: 2026-12-02)")).toEqual([["Draft (x) and (due: 2026-12-02)", "2026-12-01"]]);
		expect(setTaskDue("- [ ] Draft (x, due: 2026-12-01) and (due: 2026-12-02)", "2026-12-09")).toBe("- [ ] Draft (x, due: 2026-12-09) and (due: 2026-12-02)");
	});

	it("read alone, leaves the one in inline code or a comment in the text and takes out the one read", () => {
		const read = (body: string) => {
			const t = parseTaskBody(" ", body);
			return [t.text, t.due];
		};
		expect(read("Fix `(due: 2026-01-01)` parser (due: 2026-12-02)")).toEqual(["Fix `(due: 2026-01-01)` parser", "2026-12-02"]);
		expect(read("Draft <!-- (due: 2026-11-01) --> (due: 2026-12-02)")).toEqual(["Draft <!-- (due: 2026-11-01) -->", "2026-12-02"]);
		expect(read("Fix `(due: 2026-01-01)` parser (due: 2026-12-02) 📌")).toEqual(["Fix `(due: 2026-01-01)` parser 📌", "2026-12-02"]);
	});

	it("grows with the line when the due date read follows a long list of items or of `(due: …)` in code", () => {
		expectLinear((size) => parseTaskBody(" ", "Draft (" + ", ".repeat(size) + "due: 2026-12-02)"));
		expectLinear((size) => parseTaskBody(" ", "Draft " + "`(due: 2026-01-01)` ".repeat(Math.ceil(size / 20)) + "(due: 2026-12-02)"));
	});
});

describe("a recurring task due by its parentheses, completed (attack28)", () => {
	it("has its next occurrence due a rule's step later, moved in its parentheses, so it does not come back due the same day", () => {
		expect(completeTaskLines("- [ ] Draft the runbook (@Priya, due: 2026-12-02) 🔁 every week", "2026-12-03")).toEqual([
			"- [ ] Draft the runbook (@Priya, due: 2026-12-09) 🔁 every week",
			"- [x] Draft the runbook (@Priya, due: 2026-12-02) 🔁 every week ✅ 2026-12-03",
		]);
	});

	it("keeps a task due by `📅` as before: the parentheses of another day stay as written", () => {
		expect(completeTaskLines("- [ ] Draft (due: 2026-11-01) 🔁 every week 📅 2026-12-02", "2026-12-03")?.[0]).toBe("- [ ] Draft (due: 2026-11-01) 🔁 every week 📅 2026-12-09");
	});
});

describe("a task due by its parentheses, snoozed or done in a note with a BOM, CRLF and no final line break (attack28, holds on main)", () => {
	const note = "\uFEFF# Sync\r\n\r\n- [ ] Draft the runbook (@Priya, due: 2026-12-02)\r\n- [ ] Other";
	const target = { line: 2, text: "Draft the runbook (@Priya)" };

	it("changes only the day's bytes when snoozed", () => {
		expect(editTaskBlock(note, target, (b) => snoozeTaskBlock(b, "2026-12-09"))).toEqual({ ok: true, line: 2, text: note.replace("2026-12-02", "2026-12-09") });
	});

	it("changes only the box and adds the done date when completed", () => {
		const done = editTaskBlock(note, target, (b) => completeTaskBlock(b, "2026-12-03", "10:00")?.lines ?? null);
		expect(done).toEqual({ ok: true, line: 2, text: note.replace("- [ ] Draft the runbook (@Priya, due: 2026-12-02)", "- [x] Draft the runbook (@Priya, due: 2026-12-02) ✅ 2026-12-03") });
	});
});

describe("a day in a task's parentheses that does not exist (attack28)", () => {
	it("is no due date and is reported as a bad date, as `📅 2026-02-30` is", () => {
		const t = parseTaskBody(" ", "Draft (@Priya, due: 2026-02-30)");
		expect([t.text, t.due, t.badDates]).toEqual(["Draft (@Priya, due: 2026-02-30)", null, ["2026-02-30"]]);
		expect(parseTaskBody(" ", "Draft (due: 2026-12-02)").badDates).toEqual([]);
	});
});
