import { describe, expect, it } from "vitest";
import { completeTask, setTaskDue } from "../../../src/core/edits/task-edits";
import { parseTaskBody } from "../../../src/core/notes/tasks";

/**
 * A task line with a comment Obsidian hides: `%%📅 2026-11-01 first try%%`, `<!-- ✅ 2026-10-01 -->`.
 * The date in it is the user's note, not the task's. Before, Rapport read it as the due date (the task
 * looked overdue while the date the user sees said otherwise), Snooze rewrote the hidden date instead
 * of the one shown, and Mark done left the line without its own done date.
 */
const body = (line: string): string => line.slice("- [ ] ".length);

describe("dates in a task line's comments", () => {
	it("are not read: the due date is the one shown", () => {
		expect(parseTaskBody(" ", body("- [ ] call Anna %%📅 2026-11-01 first try%% 📅 2026-12-01"))).toMatchObject({ due: "2026-12-01" });
		expect(parseTaskBody(" ", body("- [ ] call Anna <!-- 📅 2026-11-01 --> [due:: 2026-12-01]"))).toMatchObject({ due: "2026-12-01" });
		expect(parseTaskBody(" ", body("- [ ] call Anna %%📅 2026-11-01%%"))).toMatchObject({ due: null });
		// A comment left open on the line hides the rest of it.
		expect(parseTaskBody(" ", body("- [ ] call Anna 📅 2026-12-01 %% moved from 📅 2026-11-01"))).toMatchObject({ due: "2026-12-01" });
		// `%%` inside inline code opens no comment.
		expect(parseTaskBody(" ", body("- [ ] run `a %% b` 📅 2026-12-01"))).toMatchObject({ due: "2026-12-01" });
	});

	it("are left as they are by Snooze, which moves the date shown or adds one", () => {
		expect(setTaskDue("- [ ] call Anna %%📅 2026-11-01 first try%% 📅 2026-12-01", "2026-12-09")).toBe("- [ ] call Anna %%📅 2026-11-01 first try%% 📅 2026-12-09");
		expect(setTaskDue("- [ ] call Anna <!-- 📅 2026-11-01 -->", "2026-12-09")).toBe("- [ ] call Anna <!-- 📅 2026-11-01 --> 📅 2026-12-09");
	});

	it("are left as they are by Mark done, which adds its own done date", () => {
		expect(completeTask("- [ ] call Anna %%was ✅ 2026-11-01%%", "2026-12-02")).toBe("- [x] call Anna %%was ✅ 2026-11-01%% ✅ 2026-12-02");
		expect(completeTask("- [ ] call Anna <!-- ✅ 2026-11-01 --> 📅 2026-12-01", "2026-12-02")).toBe("- [x] call Anna <!-- ✅ 2026-11-01 --> 📅 2026-12-01 ✅ 2026-12-02");
	});
});
