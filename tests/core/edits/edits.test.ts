import { describe, expect, it } from "vitest";
import { appendLogLine, completeTask, editLine, setTaskDue } from "../../../src/core/edits/task-edits";

describe("editing one line of a note", () => {
	it("marks a task done the way the Tasks plugin does", () => {
		expect(completeTask("- [ ] Call Anna 📅 2026-11-24", "2026-11-27")).toBe("- [x] Call Anna 📅 2026-11-24 ✅ 2026-11-27");
		expect(completeTask("> - [ ] In a callout ^abc", "2026-11-27")).toBe("> - [x] In a callout ✅ 2026-11-27 ^abc");
		expect(completeTask("- [x] Already done", "2026-11-27")).toBeNull();
		expect(completeTask("Not a task", "2026-11-27")).toBeNull();
	});

	it("snoozes by rewriting the due date in whatever syntax it is written, or adding one", () => {
		expect(setTaskDue("- [ ] Send deck 📅 2026-11-24 🔁 every week", "2026-12-01")).toBe("- [ ] Send deck 📅 2026-12-01 🔁 every week");
		expect(setTaskDue("- [ ] Send deck [due:: 2026-11-24]", "2026-12-01")).toBe("- [ ] Send deck [due:: 2026-12-01]");
		expect(setTaskDue("- [ ] Send deck due:: 2026-11-24", "2026-12-01")).toBe("- [ ] Send deck due:: 2026-12-01");
		expect(setTaskDue("- [ ] Call ⏳ 2026-11-27", "2026-12-01")).toBe("- [ ] Call ⏳ 2026-12-01");
		expect(setTaskDue("- [ ] Write notes ^id1", "2026-12-01")).toBe("- [ ] Write notes 📅 2026-12-01 ^id1");
	});

	it("changes only the intended line, keeping CRLF, mixed endings, a BOM and no trailing newline", () => {
		const text = "\uFEFF---\r\ntype: meeting\r\n---\n- [ ] one\r\n- [ ] two";
		expect(editLine(text, 3, (l) => completeTask(l, "2026-11-27"))).toBe("\uFEFF---\r\ntype: meeting\r\n---\n- [x] one ✅ 2026-11-27\r\n- [ ] two");
		expect(editLine(text, 4, (l) => completeTask(l, "2026-11-27"))).toBe("\uFEFF---\r\ntype: meeting\r\n---\n- [ ] one\r\n- [x] two ✅ 2026-11-27");
		expect(editLine(text, 9, () => "x")).toBeNull();
	});

	it("appends a dated log line, keeping the note's line endings", () => {
		expect(appendLogLine("# Anna\n", "2026-11-27", "Coffee")).toBe("# Anna\n- 2026-11-27 Coffee\n");
		expect(appendLogLine("# Anna\r\nNotes", "2026-11-27", "")).toBe("# Anna\r\nNotes\r\n- 2026-11-27");
		expect(appendLogLine("", "2026-11-27", "Call")).toBe("- 2026-11-27 Call\n");
	});
});
