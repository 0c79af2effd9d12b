import { describe, expect, it } from "vitest";
import { setTaskDue } from "../../../src/core/edits/task-edits";
import { matchTaskLine, parseTaskBody } from "../../../src/core/notes/tasks";

/** The Tasks plugin (and Dataview) accept ⌛ as well as ⏳ for the scheduled date. */
describe("a follow-up scheduled with ⌛", () => {
	const read = (line: string) => {
		const m = matchTaskLine(line);
		if (!m) throw new Error(`not a task: ${line}`);
		return parseTaskBody(m.status, m.body);
	};

	it("is scheduled on that day, and the date is not part of its text", () => {
		expect(read("- [ ] Call [[Anna]] ⌛ 2026-11-25")).toMatchObject({ scheduled: "2026-11-25", text: "Call [[Anna]]" });
		expect(read("- [ ] Call [[Anna]] 🔁 every week ⌛ 2026-11-25")).toMatchObject({ scheduled: "2026-11-25", recurrence: "every week" });
	});

	it("is snoozed by moving its ⌛ date, not by adding a second date", () => {
		expect(setTaskDue("- [ ] Call [[Anna]] ⌛ 2026-11-25", "2026-11-30")).toBe("- [ ] Call [[Anna]] ⌛ 2026-11-30");
	});
});
