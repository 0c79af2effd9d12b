import { describe, expect, it } from "vitest";
import { addDays, type CalendarDay } from "../../../src/core/dates/dates";
import { deathFirstDay, deathLastDay, deathPeriodOf, type DeathDate } from "../../../src/core/notes/death-period";

/**
 * A death written as a year or a month (`died: 1987`, `died: 1987-03`) is no day: the type checker
 * (`npx tsc --noEmit`, which covers the tests) refuses it where a calendar day is expected, so no date
 * sum or comparison can take `1987` for a day; its first and last days are asked for instead.
 */
function dayAfter(died: DeathDate): { wrong: () => CalendarDay; right: CalendarDay } {
	return {
		// @ts-expect-error a death date is no calendar day: `1987` would be read as a day that does not exist
		wrong: () => addDays(died, 1),
		right: addDays(deathFirstDay(died), 1),
	};
}

describe("a death written as a year or a month", () => {
	it("is given to date sums through its first and last days", () => {
		const died = deathPeriodOf("1987-03");
		if (died === null) throw new Error("1987-03 is a month");
		expect(dayAfter(died).right).toBe("1987-03-02");
		expect(deathLastDay(died)).toBe("1987-03-31");
	});
});
