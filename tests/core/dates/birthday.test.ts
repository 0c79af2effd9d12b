import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { daysToBirthday, nextBirthday, parseBirthday } from "../../../src/core/dates/birthday";
import { dayFromEpoch, toEpoch } from "../../../src/core/dates/dates";

describe("birthdays", () => {
	it("reads full dates and dates without a year", () => {
		expect(parseBirthday("1990-12-02")).toEqual({ year: 1990, month: 12, day: 2 });
		expect(parseBirthday("--11-29")).toEqual({ year: null, month: 11, day: 29 });
		expect(parseBirthday("11-29")).toEqual({ year: null, month: 11, day: 29 });
		expect(parseBirthday("1999-02-30")).toBeNull();
		expect(parseBirthday("someday")).toBeNull();
	});

	it("shows the age turned when the year is known", () => {
		expect(nextBirthday(parseBirthday("1990-12-02")!, "2026-11-27")).toEqual({ date: "2026-12-02", inDays: 5, age: 36 });
		expect(nextBirthday(parseBirthday("--11-29")!, "2026-11-27").age).toBeNull();
	});

	it("moves to next year once this year's birthday has passed", () => {
		expect(nextBirthday(parseBirthday("1990-01-10")!, "2026-11-27").date).toBe("2027-01-10");
		expect(nextBirthday(parseBirthday("1990-11-27")!, "2026-11-27").inDays).toBe(0);
	});

	it("celebrates 29 February on 28 February in other years, and on the 29th in leap years", () => {
		const leapling = parseBirthday("1992-02-29")!;
		expect(nextBirthday(leapling, "2026-11-27").date).toBe("2027-02-28");
		expect(nextBirthday(leapling, "2027-12-01").date).toBe("2028-02-29");
		expect(nextBirthday(leapling, "2027-12-01").age).toBe(36);
	});

	it("counts the days to a birthday the same way with numbers as with dates", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.option(fc.integer({ min: 1900, max: 2020 })), fc.integer({ min: 0, max: 60000 }), (month, day, year, epoch) => {
				const b = parseBirthday(`${year ?? "-"}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
				if (!b) return;
				const from = dayFromEpoch(epoch);
				expect(daysToBirthday(b, toEpoch(from))).toBe(nextBirthday(b, from).inDays);
				// The same when the caller gives the year of the day (the agenda does, once per day).
				expect(daysToBirthday(b, toEpoch(from), Number(from.slice(0, 4)))).toBe(nextBirthday(b, from).inDays);
			}),
		);
	});
});
