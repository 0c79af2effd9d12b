import { describe, expect, it } from "vitest";
import { completeTaskLines } from "../../../src/core/edits/task-edits";

/**
 * A recurring task's next occurrence when the rule has one no more (its `until` day is past) or the
 * dates are at the far ends of what `YYYY-MM-DD` writes (years 0000 to 0099, 9999).
 */
describe("completing a recurring task whose rule ends or whose dates are at the ends of the calendar", () => {
	it("writes no next occurrence once the rule's until day is reached: only the task, done", () => {
		expect(completeTaskLines("- [ ] Standup 🔁 every day until January 5, 2026 📅 2026-01-05", "2026-01-05")).toEqual(["- [x] Standup 🔁 every day until January 5, 2026 📅 2026-01-05 ✅ 2026-01-05"]);
	});

	// East of UTC (Rome, Kolkata, Kiritimati) the until day was read as the day before, and written back so.
	it("still writes the next occurrence before the until day, with the until day written back as it was in any zone", () => {
		expect(completeTaskLines("- [ ] Standup 🔁 every day until January 5, 2026 📅 2026-01-04", "2026-01-04")).toEqual([
			"- [ ] Standup 🔁 every day until January 5, 2026 📅 2026-01-05",
			"- [x] Standup 🔁 every day until January 5, 2026 📅 2026-01-04 ✅ 2026-01-04",
		]);
	});

	it("moves a date of the years 0000 to 0099 within its own year, never to the 1900s", () => {
		expect(completeTaskLines("- [ ] Old 📅 0050-03-31 🔁 every month", "2026-01-05")?.[0]).toBe("- [ ] Old 🔁 every month 📅 0050-04-30");
		expect(completeTaskLines("- [ ] Old 📅 0001-01-01 🔁 every day", "2026-01-05")?.[0]).toBe("- [ ] Old 🔁 every day 📅 0001-01-02");
	});

	it("writes no next occurrence past 9999-12-31, where no YYYY-MM-DD day is left, instead of a day a thousand years back", () => {
		expect(completeTaskLines("- [ ] Someday 📅 9999-12-31 🔁 every day", "2026-01-05")).toEqual(["- [x] Someday 📅 9999-12-31 🔁 every day ✅ 2026-01-05"]);
		expect(completeTaskLines("- [ ] Someday 📅 9999-06-30 ⏳ 9999-06-01 🔁 every year", "2026-01-05")).toEqual(["- [x] Someday 📅 9999-06-30 ⏳ 9999-06-01 🔁 every year ✅ 2026-01-05"]);
	});

	it("writes no next occurrence whose other date would fall past 9999-12-31", () => {
		expect(completeTaskLines("- [ ] Far 🛫 2026-01-01 📅 9999-12-01 🔁 every day", "2026-01-05")?.[0]).toBe("- [ ] Far 🔁 every day 🛫 2026-01-02 📅 9999-12-02");
		expect(completeTaskLines("- [ ] Far ⏳ 9999-12-31 🛫 2026-01-01 🔁 every day", "2026-01-05")).toEqual(["- [x] Far ⏳ 9999-12-31 🛫 2026-01-01 🔁 every day ✅ 2026-01-05"]);
	});

	// Failed before: the rule was not found behind Tasks' dependency fields, and the task stopped repeating.
	it("repeats a task whose Tasks id and depends-on fields follow its rule, the next occurrence without them as Tasks writes it", () => {
		expect(completeTaskLines("- [ ] Review ⏫ 🔁 every week 🏁 keep ⛔ a1, b2 🆔 abc123 📅 2026-01-01 ^blk", "2026-01-05")).toEqual([
			"- [ ] Review ⏫ 🔁 every week 🏁 keep 📅 2026-01-08",
			"- [x] Review ⏫ 🔁 every week 🏁 keep ⛔ a1, b2 🆔 abc123 📅 2026-01-01 ✅ 2026-01-05 ^blk",
		]);
		expect(completeTaskLines("- [ ] Review 🔁 every week 🆔 abc123 📅 2026-01-01", "2026-01-05")?.[0]).toBe("- [ ] Review 🔁 every week 📅 2026-01-08");
	});
});
