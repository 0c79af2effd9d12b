import { describe, expect, it } from "vitest";
import { setTaskDue } from "../../../src/core/edits/task-edits";

describe("snoozing a task whose date is glued to what follows it or written as a link", () => {
	it("moves only the date and keeps the priority, tag or field right after it", () => {
		expect(setTaskDue("- [ ] Call [[Anna]] 📅2026-11-20⏫ #call", "2026-12-05")).toBe("- [ ] Call [[Anna]] 📅2026-12-05⏫ #call");
		expect(setTaskDue("- [ ] Call [[Anna]] 📅 2026-11-20#call", "2026-12-05")).toBe("- [ ] Call [[Anna]] 📅 2026-12-05#call");
		expect(setTaskDue("- [ ] Call [[Anna]] ⏳ 2026-11-20🛫 2026-11-18", "2026-12-05")).toBe("- [ ] Call [[Anna]] ⏳ 2026-12-05🛫 2026-11-18");
	});

	it("writes the new day in place of a daily-note link: `📅 [[2026-11-20]]`, `[due:: [[2026-11-20]]]`", () => {
		expect(setTaskDue("- [ ] Call [[Anna]] 📅 [[2026-11-20]] #call", "2026-12-05")).toBe("- [ ] Call [[Anna]] 📅 2026-12-05 #call");
		expect(setTaskDue("- [ ] Call [[Anna]] [due:: [[2026-11-20]]] #call", "2026-12-05")).toBe("- [ ] Call [[Anna]] [due:: 2026-12-05] #call");
	});

	it("moves the date after a struck-out one and leaves the struck one as written", () => {
		expect(setTaskDue("- [ ] Call ~~📅 2026-11-20~~ 📅 2026-11-27", "2026-12-05")).toBe("- [ ] Call ~~📅 2026-11-20~~ 📅 2026-12-05");
		expect(setTaskDue("- [ ] Call ~~📅 2026-11-20~~", "2026-12-05")).toBe("- [ ] Call ~~📅 2026-11-20~~ 📅 2026-12-05");
	});

	it("still replaces a date with its time whole: `📅 2026-11-20T14:30`", () => {
		expect(setTaskDue("- [ ] Call 📅 2026-11-20T14:30", "2026-12-05")).toBe("- [ ] Call 📅 2026-12-05");
	});
});
