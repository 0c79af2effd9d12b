import { describe, expect, it } from "vitest";
import { completeTask, completeTaskLines, editTask, setTaskDue } from "../../../src/core/edits/task-edits";

const done = (line: string) => completeTask(line, "2026-11-27");

describe("Mark done and snooze name the task by its text (issue 11: stale line numbers)", () => {
	const read = "# Anna\n- [ ] Call Anna\n- [ ] Pay rent\n";

	it("marks the task done where it was read", () => {
		expect(editTask(read, { line: 1, text: "Call Anna" }, done)).toEqual({ ok: true, line: 1, text: "# Anna\n- [x] Call Anna ✅ 2026-11-27\n- [ ] Pay rent\n" });
	});

	it("after lines were added above, Mark done on “Call Anna” ticks Call Anna, not the task now on its old line", () => {
		const changed = "# Anna\n- [ ] Pay rent\n- [ ] Call Anna\n";
		expect(editTask(changed, { line: 1, text: "Call Anna" }, done)).toEqual({ ok: true, line: 2, text: "# Anna\n- [ ] Pay rent\n- [x] Call Anna ✅ 2026-11-27\n" });
	});

	it("changes nothing when the task is gone or already done", () => {
		expect(editTask("# Anna\n- [ ] Pay rent\n", { line: 1, text: "Call Anna" }, done)).toEqual({ ok: false, reason: "gone" });
		expect(editTask("# Anna\n- [x] Call Anna\n", { line: 1, text: "Call Anna" }, done)).toEqual({ ok: false, reason: "gone" });
	});

	it("changes nothing when the task moved and two open tasks have its text", () => {
		expect(editTask("# Anna\n\n- [ ] Call Anna\n- [ ] Call Anna\n", { line: 1, text: "Call Anna" }, done)).toEqual({ ok: false, reason: "ambiguous" });
	});

	it("still finds it when only its date changed, and keeps CRLF line endings", () => {
		const changed = "# Anna\r\n\r\n- [ ] Call Anna 📅 2026-12-01\r\n";
		expect(editTask(changed, { line: 1, text: "Call Anna" }, (l) => setTaskDue(l, "2026-12-05"))).toEqual({ ok: true, line: 2, text: "# Anna\r\n\r\n- [ ] Call Anna 📅 2026-12-05\r\n" });
	});

	it("ignores a task with that text inside a code block", () => {
		expect(editTask("```\n- [ ] Call Anna\n```\n- [ ] Pay rent\n", { line: 3, text: "Call Anna" }, done)).toEqual({ ok: false, reason: "gone" });
	});
});

describe("snoozing never rewrites a date inside a link", () => {
	it("adds a due date instead of rewriting the one in a wikilink", () => {
		expect(setTaskDue("- [ ] Read [[2026-11-01 📅 notes]]", "2026-12-01")).toBe("- [ ] Read [[2026-11-01 📅 notes]] 📅 2026-12-01");
	});

	it("rewrites the task's own due date, not the one in a link before it", () => {
		expect(setTaskDue("- [ ] Read [[2026-11-01 📅 notes]] 📅 2026-11-20", "2026-12-01")).toBe("- [ ] Read [[2026-11-01 📅 notes]] 📅 2026-12-01");
		expect(setTaskDue("- [ ] See [due:: x](People/notes.md) [due:: 2026-11-20]", "2026-12-01")).toBe("- [ ] See [due:: x](People/notes.md) [due:: 2026-12-01]");
		expect(setTaskDue("- [ ] Fix `📅 2026-01-01` parsing", "2026-12-01")).toBe("- [ ] Fix `📅 2026-01-01` parsing 📅 2026-12-01");
	});
});

describe("recurring tasks are completed as the Tasks plugin completes them", () => {
	const complete = (line: string, today = "2026-11-27") => completeTaskLines(line, today);

	it("every week: the next occurrence a week after the due date, above the done task", () => {
		expect(complete("- [ ] Call mum 🔁 every week 📅 2026-11-27")).toEqual(["- [ ] Call mum 🔁 every week 📅 2026-12-04", "- [x] Call mum 🔁 every week 📅 2026-11-27 ✅ 2026-11-27"]);
	});

	it("every 2 weeks on Monday, from the due date", () => {
		expect(complete("- [ ] 1:1 with Marco 🔁 every 2 weeks on Monday 📅 2026-11-23")).toEqual([
			"- [ ] 1:1 with Marco 🔁 every 2 weeks on Monday 📅 2026-12-07",
			"- [x] 1:1 with Marco 🔁 every 2 weeks on Monday 📅 2026-11-23 ✅ 2026-11-27",
		]);
	});

	it("every month on the 15th, keeping start and scheduled at the same distance", () => {
		expect(complete("- [ ] Invoice 🔁 every month on the 15th 🛫 2026-11-10 ⏳ 2026-11-14 📅 2026-11-15")).toEqual([
			"- [ ] Invoice 🔁 every month on the 15th 🛫 2026-12-10 ⏳ 2026-12-14 📅 2026-12-15",
			"- [x] Invoice 🔁 every month on the 15th 🛫 2026-11-10 ⏳ 2026-11-14 📅 2026-11-15 ✅ 2026-11-27",
		]);
	});

	it("every month from the 31st falls on the last day of a shorter month, as Tasks does", () => {
		expect(complete("- [ ] Report 🔁 every month 📅 2027-01-31")?.[0]).toBe("- [ ] Report 🔁 every month 📅 2027-02-28");
	});

	it("every year, and from 29 February to 28 February", () => {
		expect(complete("- [ ] Anniversary 🔁 every year 📅 2026-11-27")?.[0]).toBe("- [ ] Anniversary 🔁 every year 📅 2027-11-27");
		expect(complete("- [ ] Leap 🔁 every year 📅 2028-02-29")?.[0]).toBe("- [ ] Leap 🔁 every year 📅 2029-02-28");
	});

	it("when done: from the day it is done, not from the due date", () => {
		expect(complete("- [ ] Water plants 🔁 every week when done 📅 2026-11-01", "2026-11-27")).toEqual([
			"- [ ] Water plants 🔁 every week when done 📅 2026-12-04",
			"- [x] Water plants 🔁 every week when done 📅 2026-11-01 ✅ 2026-11-27",
		]);
	});

	it("writes fields in Tasks' order, drops the block id and created date, keeps priority, tags and the list style", () => {
		expect(complete("  * [/] Send [[Anna]] notes 📅 2026-11-27 🔁 every week ⏫ ➕ 2026-11-01 #work ^abc")).toEqual([
			"  * [ ] Send [[Anna]] notes #work ⏫ 🔁 every week 📅 2026-12-04",
			"  * [x] Send [[Anna]] notes 📅 2026-11-27 🔁 every week ⏫ ➕ 2026-11-01 #work ✅ 2026-11-27 ^abc",
		]);
	});

	it("a task that does not recur, or whose rule cannot be read, is just done", () => {
		expect(complete("- [ ] Call Anna 📅 2026-11-27")).toEqual(["- [x] Call Anna 📅 2026-11-27 ✅ 2026-11-27"]);
		expect(complete("- [ ] Odd 🔁 whenever 📅 2026-11-27")).toEqual(["- [x] Odd 🔁 whenever 📅 2026-11-27 ✅ 2026-11-27"]);
	});

	it("the next occurrence goes above the done task with the note's own line ending", () => {
		const text = "# Mum\r\n- [ ] Call mum 🔁 every week 📅 2026-11-27\r\nEnd";
		expect(editTask(text, { line: 1, text: "Call mum" }, (l) => completeTaskLines(l, "2026-11-27"))).toMatchObject({
			ok: true,
			text: "# Mum\r\n- [ ] Call mum 🔁 every week 📅 2026-12-04\r\n- [x] Call mum 🔁 every week 📅 2026-11-27 ✅ 2026-11-27\r\nEnd",
		});
	});
});

describe("statuses Mark done accepts", () => {
	it("completes any open status the Tasks plugin treats as to do, never a cancelled one", () => {
		expect(done("- [!] Important")).toBe("- [x] Important ✅ 2026-11-27");
		expect(done("- [?] Question")).toBe("- [x] Question ✅ 2026-11-27");
		expect(done("- [-] Cancelled")).toBeNull();
	});
});

describe("a task read from the saved note, edited in the editor's text with unsaved typing", () => {
	const saved = "# Anna\n- [ ] Call Anna 📅 2026-11-01\nnotes\n- [ ] Call Anna 📅 2026-12-01\n";

	it("of two tasks with the same text, ticks the one the button named after lines were typed above both", () => {
		const typed = "# Anna\nnew line\nanother\n- [ ] Call Anna 📅 2026-11-01\nnotes\n- [ ] Call Anna 📅 2026-12-01\n";
		expect(editTask(typed, { line: 3, text: "Call Anna", saved }, done)).toEqual({
			ok: true,
			line: 5,
			text: "# Anna\nnew line\nanother\n- [ ] Call Anna 📅 2026-11-01\nnotes\n- [x] Call Anna 📅 2026-12-01 ✅ 2026-11-27\n",
		});
	});

	it("changes nothing when the task was deleted in the editor and another task has its text", () => {
		const typed = "# Anna\nnotes\n- [ ] Call Anna 📅 2026-12-01\n";
		expect(editTask(typed, { line: 1, text: "Call Anna", saved }, done)).toEqual({ ok: false, reason: "gone" });
	});

	it("finds it when its own date was changed in the editor, lines above it removed", () => {
		const typed = "- [ ] Call Anna 📅 2026-11-05\nnotes\n- [ ] Call Anna 📅 2026-12-01\n";
		expect(editTask(typed, { line: 1, text: "Call Anna", saved }, done)).toEqual({ ok: true, line: 0, text: "- [x] Call Anna 📅 2026-11-05 ✅ 2026-11-27\nnotes\n- [ ] Call Anna 📅 2026-12-01\n" });
	});

	it("changes nothing when its text was changed in the editor", () => {
		const typed = "# Anna\n- [ ] Call Anna about the deck 📅 2026-11-01\nnotes\n- [ ] Call Anna 📅 2026-12-01\n";
		expect(editTask(typed, { line: 1, text: "Call Anna", saved }, done)).toEqual({ ok: false, reason: "gone" });
	});

	it("changes nothing when its line was replaced by two tasks with its text", () => {
		const typed = "# Anna\n- [ ] Call Anna 📅 2026-11-02\n- [ ] Call Anna 📅 2026-11-03\nnotes\n- [ ] Call Anna 📅 2026-12-01\n";
		expect(editTask(typed, { line: 1, text: "Call Anna", saved }, done)).toEqual({ ok: false, reason: "ambiguous" });
	});

	it("reads a CRLF saved note against the editor's LF text line by line", () => {
		const typed = "# Anna\nnew\n- [ ] Call Anna 📅 2026-11-01\nnotes\n- [ ] Call Anna 📅 2026-12-01\n";
		expect(editTask(typed, { line: 3, text: "Call Anna", saved: saved.replace(/\n/g, "\r\n") }, done)).toMatchObject({ ok: true, line: 4 });
	});

	it("a recurring task already done in the editor (its next occurrence open on its line) is gone, not done again", () => {
		const weekly = "# Mum\n- [ ] Call mum 🔁 every week 📅 2026-11-26\n";
		const doneOnce = "# Mum\n- [ ] Call mum 🔁 every week 📅 2026-12-03\n- [x] Call mum 🔁 every week 📅 2026-11-26 ✅ 2026-11-27\n";
		expect(editTask(doneOnce, { line: 1, text: "Call mum", saved: weekly }, done)).toEqual({ ok: false, reason: "gone" });
	});

	it("with a saved text its line does not match (the index is behind), finds the task by its text as before", () => {
		const typed = "# Anna\n- [ ] Pay rent\n- [ ] Call Anna\n";
		expect(editTask(typed, { line: 1, text: "Call Anna", saved: typed }, done)).toMatchObject({ ok: true, line: 2 });
		expect(editTask(typed, { line: 0, text: "Call Anna", saved: "- [ ] Pay rent\n" }, done)).toMatchObject({ ok: true, line: 2 });
	});
});
