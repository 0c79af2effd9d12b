import moment from "moment";
import "moment/locale/it";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../src/core/dates/dates";
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

	it("writes every token as moment.js does, in English and Italian, on every day from 2019 to 2030 (weeks and year turns included)", () => {
		const tokens = ["YYYY", "YY", "MMMM", "MMM", "MM", "M", "Do", "DDDD", "DD", "D", "dddd", "ddd", "dd", "d", "ww", "w", "WW", "W", "Q", "gggg", "gg", "GGGG", "GG", "E", "e"];
		const differ: string[] = [];
		for (const locale of ["en", "it"]) {
			for (let day = "2019-12-20"; day < "2031-01-10"; day = addDays(day, 1)) {
				// Every token in one format, one between spaces: each is read on its own, as moment.js reads a format.
				const ours = formatWithMoment(day, tokens.join(" "), locale);
				const theirs = moment(day).locale(locale).format(tokens.join(" "));
				if (ours !== theirs && differ.length < 5) differ.push(`${locale} ${day}: ${ours} ≠ ${theirs}`);
			}
		}
		expect(differ).toEqual([]);
	});

	it("writes hours, minutes and seconds as moment.js does, in both languages", () => {
		const format = "YYYY-MM-DD HH:mm:ss H h hh m s A a";
		for (const locale of ["en", "it"]) {
			for (const time of ["00:00", "00:05:09", "09:30", "12:00", "12:45:30", "13:07", "23:59:59"]) {
				expect(formatWithMoment("2026-11-30", format, locale, time)).toBe(moment(`2026-11-30T${time}`).locale(locale).format(format));
			}
		}
	});
});
