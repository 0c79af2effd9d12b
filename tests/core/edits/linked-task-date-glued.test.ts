import { describe, expect, it } from "vitest";
import { setTaskDue } from "../../../src/core/edits/task-edits";
import { parseTaskBody } from "../../../src/core/notes/tasks";

/** A due date written as a link to a daily note, with the next field glued after it, as the Tasks plugin reads fields without spaces. */
describe("a linked due date with a field glued after it", () => {
	it("snoozing moves only the date: the glued priority stays", () => {
		expect(setTaskDue("- [ ] Call Anna 📅 [[2026-11-20]]⏫", "2026-12-01")).toBe("- [ ] Call Anna 📅 2026-12-01⏫");
	});

	it("snoozing keeps a done mark glued after the link (it was deleted, leaving its date as loose text)", () => {
		expect(setTaskDue("- [ ] Call Anna 📅 [[Daily/2026-11-20|Fri]]✅ 2026-11-21", "2026-12-01")).toBe("- [ ] Call Anna 📅 2026-12-01✅ 2026-11-21");
	});

	it("shows the task's text without the glued done date, and reads both dates", () => {
		const task = parseTaskBody(" ", "Call Anna 📅 [[Daily/2026-11-20|Fri]]✅ 2026-11-21");
		expect([task.text, task.due, task.done, task.badDates]).toEqual(["Call Anna", "2026-11-20", "2026-11-21", []]);
	});

	it("still reports a link to a note that is no day by its text", () => {
		expect(parseTaskBody(" ", "Call Anna 📅 [[Project X]]⏫").badDates).toEqual(["[[Project X]]"]);
	});
});
