import { afterEach, describe, expect, it, vi } from "vitest";
import { addDays, addDuration, daysBetween, isCalendarDay, parseDay, parseTime, today } from "../../../src/core/dates/dates";

describe("calendar days", () => {
	afterEach(() => vi.useRealTimers());

	it("reads 2026-12-01 as that day whatever the timezone", () => {
		expect(parseDay("2026-12-01")).toBe("2026-12-01");
		expect(parseDay("2026-12-01T23:59:00")).toBe("2026-12-01");
		expect(parseDay("2026-12-01 00:00")).toBe("2026-12-01");
		expect(parseDay(new Date("2026-12-01"))).toBe("2026-12-01");
	});

	it("reads a day written out with its month's name, in English and Italian, as templates and people write it", () => {
		for (const text of ["March 10, 2026", "Mar 10 2026", "march 10th, 2026", "Tuesday, March 10th 2026", "Tue, Mar. 10, 2026", "10 March 2026", "10th of March, 2026", "10 marzo 2026", "martedì 10 marzo 2026", "Martedì, 10 Mar 2026"]) {
			expect(parseDay(text), text).toBe("2026-03-10");
		}
		expect(parseDay("1° settembre 2026")).toBe("2026-09-01");
		expect(parseDay("Sept 1, 2026")).toBe("2026-09-01");
		expect(parseDay("29 febbraio 2028")).toBe("2028-02-29");
		expect(isCalendarDay("March 10, 2026")).toBe(false);
	});

	it("rejects written-out days that do not exist or name no month", () => {
		for (const text of ["February 30, 2026", "29 febbraio 2026", "Smarch 10, 2026", "10 2026 March", "March 2026", "the tenth of March", "March 10, 26", `${"a ".repeat(30)}March 10, 2026`]) {
			expect(parseDay(text), text).toBeNull();
		}
	});

	it("rejects days that do not exist", () => {
		expect(parseDay("2026-02-30")).toBeNull();
		expect(parseDay("2026-13-01")).toBeNull();
		expect(parseDay("tomorrow")).toBeNull();
		expect(parseDay(42)).toBeNull();
		expect(isCalendarDay("2026-12-01")).toBe(true);
		expect(isCalendarDay("2026-12-1")).toBe(false);
	});

	it("adds days across daylight saving changes without losing or gaining a day", () => {
		expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
		expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
		expect(addDays("2026-10-24", 1)).toBe("2026-10-25");
		expect(addDays("2026-10-25", 1)).toBe("2026-10-26");
		expect(addDays("2026-11-01", 7)).toBe("2026-11-08");
		expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
		expect(daysBetween("2026-11-27", "2026-11-20")).toBe(-7);
	});

	it("adds months to the last day of shorter months", () => {
		expect(addDuration("2026-01-31", { months: 1 })).toBe("2026-02-28");
		expect(addDuration("2026-11-27", { weeks: 2 })).toBe("2026-12-11");
	});

	it("reads the time of a meeting", () => {
		expect(parseTime("2026-11-27 9:05")).toBe("09:05");
		expect(parseTime("2026-11-27T13:00:00")).toBe("13:00");
		expect(parseTime("2026-11-27")).toBeNull();
	});

	it("knows that when it is late evening in Los Angeles it is already tomorrow in Auckland", () => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date("2026-11-27T23:30:00Z"));
		expect(today("America/Los_Angeles")).toBe("2026-11-27");
		expect(today("Pacific/Auckland")).toBe("2026-11-28");
		expect(today("UTC")).toBe("2026-11-27");
	});

	it("gives the system zone's own day, as luxon's local zone does, at each side of local midnight", async () => {
		const { DateTime } = await import("luxon");
		vi.useFakeTimers();
		// Each instant is a minute before or after midnight in the zone the tests run in (TZ varies by run).
		for (const local of ["2026-11-27T23:59:00", "2026-11-28T00:01:00", "2024-02-29T23:59:00", "2026-12-31T23:59:00", "2027-01-01T00:00:30"]) {
			vi.setSystemTime(DateTime.fromISO(local).toJSDate());
			expect(today()).toBe(local.slice(0, 10));
			expect(today()).toBe(DateTime.local().toISODate());
		}
	});
});

describe("integer calendar math agrees with luxon", () => {
	it("for every day from 1899 to 2101", async () => {
		const { DateTime } = await import("luxon");
		const { dayFromEpoch, toEpoch } = await import("../../../src/core/dates/dates");
		let d = DateTime.utc(1899, 1, 1);
		for (let n = Math.round(d.toMillis() / 86400000); d.year <= 2101; n++, d = d.plus({ days: 1 })) {
			const iso = d.toISODate() ?? "";
			expect(dayFromEpoch(n)).toBe(iso);
			expect(toEpoch(iso)).toBe(n);
		}
	});

	it("adds months and years like luxon does", async () => {
		const { DateTime } = await import("luxon");
		for (const start of ["2024-01-31", "2024-02-29", "2025-12-31", "2026-03-30"]) {
			for (const months of [1, 2, 3, 6, 12, 13, 24]) {
				expect(addDuration(start, { months })).toBe(DateTime.fromISO(start, { zone: "utc" }).plus({ months }).toISODate());
			}
			expect(addDuration(start, { years: 1, weeks: 2, days: 3 })).toBe(DateTime.fromISO(start, { zone: "utc" }).plus({ years: 1, weeks: 2, days: 3 }).toISODate());
		}
	});

	it("adds a cadence to an epoch day (the agenda's due days) like luxon does, before 1970 too", async () => {
		const { DateTime } = await import("luxon");
		const { addDurationToEpoch, dayFromEpoch, toEpoch } = await import("../../../src/core/dates/dates");
		for (const start of ["1960-01-31", "1969-12-31", "2024-01-31", "2024-02-29", "2025-12-31", "2026-03-30"]) {
			for (const duration of [{ months: 1 }, { months: 13 }, { years: 1, weeks: 2, days: 3 }, { weeks: 2 }, { days: 45 }]) {
				expect(dayFromEpoch(addDurationToEpoch(toEpoch(start), duration))).toBe(DateTime.fromISO(start, { zone: "utc" }).plus(duration).toISODate());
			}
		}
	});
});
