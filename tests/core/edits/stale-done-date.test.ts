import { describe, expect, it } from "vitest";
import { completeTask } from "../../../src/core/edits/task-edits";

/**
 * An open task that still carries a done date: it was done, then unticked by hand (Obsidian's own
 * checkbox leaves the `✅` date). Mark done records today, as the Tasks plugin does; before, the old
 * date stayed and the follow-up looked done weeks ago.
 */
describe("Mark done on an open task with a done date left on it", () => {
	it("sets that date to today, in place", () => {
		expect(completeTask("- [ ] call Anna ✅ 2026-11-01 📅 2026-12-01", "2026-12-02")).toBe("- [x] call Anna ✅ 2026-12-02 📅 2026-12-01");
		expect(completeTask("- [ ] call Anna 📅 2026-12-01 ✅2026-11-01 ^id1", "2026-12-02")).toBe("- [x] call Anna 📅 2026-12-01 ✅2026-12-02 ^id1");
	});

	it("leaves a ✅ date that is text (a link, inline code, struck out) and adds its own", () => {
		expect(completeTask("- [ ] read [[✅ 2026-11-01 review]] 📅 2026-12-01", "2026-12-02")).toBe("- [x] read [[✅ 2026-11-01 review]] 📅 2026-12-01 ✅ 2026-12-02");
		expect(completeTask("- [ ] explain `✅ 2026-11-01` 📅 2026-12-01", "2026-12-02")).toBe("- [x] explain `✅ 2026-11-01` 📅 2026-12-01 ✅ 2026-12-02");
		expect(completeTask("- [ ] call Anna ~~✅ 2026-11-01~~", "2026-12-02")).toBe("- [x] call Anna ~~✅ 2026-11-01~~ ✅ 2026-12-02");
	});
});
