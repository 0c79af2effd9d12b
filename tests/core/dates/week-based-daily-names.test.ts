import moment from "moment";
import "moment/locale/it";
import { describe, expect, it } from "vitest";
import { vaultConfigFrom } from "../../../src/core/config/vault-config";
import { addDays } from "../../../src/core/dates/dates";
import { parseWithFormat } from "../../../src/core/dates/moment-format";
import { buildVault, lastDaysByName, md, person } from "../../builders";

/*
 * Periodic Notes and the Calendar plugin name daily notes by weeks: `GGGG-[W]WW-E` (ISO weeks, Monday 1), `gggg-[W]ww-e` (the
 * locale's weeks: English from Sunday, Italian from Monday, or the Calendar plugin's "Start week on"), `YYYY-[W]ww-d`. Such a
 * name is read as the day moment gives it: 2026-12-03, a Thursday, is `2026-W49-4` in ISO weeks, `2026-W49-3` in Italian ones.
 */

/** Every day from late December to early January of several years, where week-years and calendar years differ, and a run in the year. */
function daysAroundNewYears(): string[] {
	const days: string[] = [];
	for (let year = 2019; year <= 2032; year++) for (let d = 0; d < 14; d++) days.push(addDays(`${year}-12-24`, d));
	for (let d = 0; d < 60; d++) days.push(addDays("2026-11-01", d));
	return days;
}

describe("a daily note named in a week-based format", () => {
	it.each([
		["GGGG-[W]WW-E", "en", undefined],
		["gggg-[W]ww-e", "en", undefined],
		["gggg-[W]ww-e", "it", { dow: 1, doy: 4 }],
		["YYYY-[W]ww-d", "en", undefined],
		["GGGG-[W]WW-d", "en", undefined],
	])("reads each name moment writes in %s (%s weeks) as the day moment reads it, or no day when moment reads none", (format, locale, weeks) => {
		const names = daysAroundNewYears().map((day) => moment.utc(day).locale(locale).format(format));
		const read = names.map((name) => parseWithFormat(name, format, undefined, weeks));
		expect(read).toEqual(names.map((name) => (moment.utc(name, format, locale, true).isValid() ? moment.utc(name, format, locale, true).format("YYYY-MM-DD") : null)));
	});

	it("reads each name written in an ISO or a locale week-year format as the day it was written for", () => {
		const days = daysAroundNewYears();
		expect(days.map((day) => parseWithFormat(moment.utc(day).locale("en").format("GGGG-[W]WW-E"), "GGGG-[W]WW-E"))).toEqual(days);
		expect(days.map((day) => parseWithFormat(moment.utc(day).locale("it").format("gggg-[W]ww-e"), "gggg-[W]ww-e", undefined, { dow: 1, doy: 4 }))).toEqual(days);
	});

	it("reads the Calendar plugin's Start week on Monday with English weeks as moment does, for a format of the locale's weeks only", () => {
		const weeks = vaultConfigFrom({ dailyNotes: { format: "gggg-[W]ww-e" }, weeks: { weekStart: "monday" } }).dailyNotes.weeks;
		expect(vaultConfigFrom({ dailyNotes: { format: "YYYY-MM-DD [week]" }, weeks: { weekStart: "monday" } }).dailyNotes.weeks).toBeUndefined();
		moment.updateLocale("en-monday", { parentLocale: "en", week: { dow: 1, doy: 6 } });
		const wrong = daysAroundNewYears().filter((day) => parseWithFormat(moment.utc(day).locale("en-monday").format("gggg-[W]ww-e"), "gggg-[W]ww-e", undefined, weeks) !== day);
		moment.locale("en");
		expect(weeks).toEqual({ dow: 1, doy: 6 });
		expect(wrong).toEqual([]);
	});

	it("credits a meeting in a daily note named 2026-W49-4 (ISO) or 2026-W49-3 (Italian weeks) on Thursday 2026-12-03, 2026-W49-3 in English weeks on Wednesday", () => {
		const thursday = { "People/Dana Evans.md": person(), "Daily/2026-W49-4.md": md(null, "### Call with Dana") };
		const wednesday = { "People/Dana Evans.md": person(), "Daily/2026-W49-3.md": md(null, "### Call with Dana") };
		const iso = buildVault(thursday, { config: { dailyNotes: { folder: "Daily", format: "GGGG-[W]WW-E", template: "" } } });
		const italian = buildVault(wednesday, { config: { dailyNotes: { folder: "Daily", format: "gggg-[W]ww-e", template: "", weeks: { dow: 1, doy: 4 } } } });
		const english = buildVault(wednesday, { config: { dailyNotes: { folder: "Daily", format: "gggg-[W]ww-e", template: "" } } });
		expect([iso, italian, english].map((v) => lastDaysByName(v, ["People/Dana Evans.md"])["Dana Evans"])).toEqual(["2026-12-03", "2026-12-03", "2026-12-02"]);
		expect(iso.index.note("Daily/2026-W49-4.md")?.kind).toBe("daily");
	});

	it("reads no day from a week its year has not or a day of the week past 7", () => {
		expect([parseWithFormat("2026-W54-1", "GGGG-[W]WW-E"), parseWithFormat("2026-W00-1", "GGGG-[W]WW-E"), parseWithFormat("2026-W10-8", "GGGG-[W]WW-E"), parseWithFormat("2026-W10-7", "gggg-[W]ww-e")]).toEqual([null, null, null, null]);
	});
});
