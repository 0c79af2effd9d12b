import { describe, expect, it } from "vitest";
import { parseCadence } from "../../../src/core/dates/cadence";

describe("keep-in-touch cadence", () => {
	it.each([
		["14d", 14], ["2w", 14], ["3 months", 90], ["weekly", 7], ["monthly", 30], ["quarterly", 90], ["yearly", 365],
		["P1M", 30], ["P2W", 14], ["P1Y", 365], ["settimanale", 7], ["mensile", 30], ["ogni 2 settimane", 14],
		["trimestrale", 90], ["annuale", 365], ["every 3 weeks", 21], ["10", 10], ["1 quarter", 90], ["2 mesi", 60],
	])("reads %s as about %i days", (text, days) => {
		expect(parseCadence(text)?.days).toBe(days);
	});

	it("keeps months as calendar months", () => {
		expect(parseCadence("3 months")?.duration).toEqual({ months: 3 });
		expect(parseCadence("quarterly")?.duration).toEqual({ months: 3 });
	});

	it("reads a bare number as days", () => {
		expect(parseCadence(21)?.duration).toEqual({ days: 21 });
	});

	it.each(["every blue moon", "", "0d", "-3w", "P", "soon", "2 fortnights"])("refuses %j", (text) => {
		expect(parseCadence(text)).toBeNull();
	});

	// A note's `cadence: 3 constructor` read a unit out of JavaScript's objects: a cadence of no number of days.
	it("reads no cadence from words every object has (`3 constructor`, `2 __proto__`)", () => {
		for (const text of ["3 constructor", "2 __proto__", "constructor", "every constructor"]) expect(parseCadence(text), text).toBeNull();
	});
});
