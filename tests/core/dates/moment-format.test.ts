import { describe, expect, it } from "vitest";
import { formatWithMoment, parseWithFormat } from "../../../src/core/dates/moment-format";

describe("daily note names in moment formats", () => {
	it.each([
		["2026-11-27", "YYYY-MM-DD"],
		["2026/11/2026-11-27", "YYYY/MM/YYYY-MM-DD"],
		["27.11.2026", "DD.MM.YYYY"],
		["Friday, November 27th 2026", "dddd, MMMM Do YYYY"],
		["Journal 2026-11-27", "[Journal] YYYY-MM-DD"],
		["2026-11-27 venerdì", "YYYY-MM-DD dddd"],
		["27 novembre 2026", "D MMMM YYYY"],
		["26-11-27", "YY-MM-DD"],
	])("reads %s written as %s", (name, format) => {
		expect(parseWithFormat(name, format)).toBe("2026-11-27");
	});

	it("does not read names in another format", () => {
		expect(parseWithFormat("Coffee with Anna", "YYYY-MM-DD")).toBeNull();
		expect(parseWithFormat("2026-02-30", "YYYY-MM-DD")).toBeNull();
		expect(parseWithFormat("27.11.2026", "YYYY-MM-DD")).toBeNull();
	});

	it("writes names in the format, in English or Italian", () => {
		expect(formatWithMoment("2026-11-27", "YYYY-MM-DD")).toBe("2026-11-27");
		expect(formatWithMoment("2026-11-27", "YYYY/MM/YYYY-MM-DD")).toBe("2026/11/2026-11-27");
		expect(formatWithMoment("2026-11-27", "dddd, MMMM Do YYYY")).toBe("Friday, November 27th 2026");
		expect(formatWithMoment("2026-11-27", "dddd D MMMM YYYY", "it")).toBe("venerdì 27 novembre 2026");
		expect(formatWithMoment("2026-11-27", "[Week] ww")).toBe("Week 48");
	});

	it("round-trips every day of a year", () => {
		for (let d = 0; d < 366; d++) {
			const day = new Date(Date.UTC(2028, 0, 1 + d)).toISOString().slice(0, 10);
			for (const format of ["YYYY-MM-DD", "DD-MM-YYYY", "dddd, MMMM Do YYYY", "YYYY/MMM/D"]) {
				expect(parseWithFormat(formatWithMoment(day, format), format)).toBe(day);
			}
		}
	});
});
