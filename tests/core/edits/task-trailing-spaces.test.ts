import { describe, expect, it } from "vitest";
import { completeTaskBlock, editTaskBlock, snoozeTaskBlock } from "../../../src/core/edits/task-edits";
import { parseTaskBody } from "../../../src/core/notes/tasks";

/**
 * A task line that ends with spaces: two of them make a Markdown line break before the text under
 * it. Mark done and Snooze add their date before them and keep them; before, Mark done dropped them.
 */
const NOTE = "# Anna\n- [ ] call Anna 📅 2026-12-01  \n  about the fair\n- [ ] send the deck \t\n";

describe("a task line ending with spaces", () => {
	it("keeps them after the done date", () => {
		const done = editTaskBlock(NOTE, { line: 1, text: "call Anna" }, (block) => completeTaskBlock(block, "2026-12-02", "10:00")?.lines ?? null);
		expect(done.ok && done.text).toBe("# Anna\n- [x] call Anna 📅 2026-12-01 ✅ 2026-12-02  \n  about the fair\n- [ ] send the deck \t\n");
	});

	it("keeps them after a due date Snooze adds, and the dates are read as before", () => {
		const snoozed = editTaskBlock(NOTE, { line: 3, text: "send the deck" }, (block) => snoozeTaskBlock(block, "2026-12-05"));
		expect(snoozed.ok && snoozed.text).toBe("# Anna\n- [ ] call Anna 📅 2026-12-01  \n  about the fair\n- [ ] send the deck 📅 2026-12-05 \t\n");
		expect(parseTaskBody("x", "call Anna 📅 2026-12-01 ✅ 2026-12-02  ")).toMatchObject({ text: "call Anna", due: "2026-12-01", done: "2026-12-02" });
		expect(parseTaskBody(" ", "send the deck 📅 2026-12-05 \t")).toMatchObject({ text: "send the deck", due: "2026-12-05" });
	});
});
