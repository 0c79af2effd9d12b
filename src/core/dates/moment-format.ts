import { DateTime } from "luxon";
import { type CalendarDay, formatDay, isValidDate, partsOf } from "./dates";
import { localeWeek, localeWeekday, weekdayOf, type WeekRule, weekRuleOf } from "./locale-week";
import { dayOfWeekParts } from "./week-days";
import { matchFormat } from "./format-match";
import { tokenize } from "./format-tokens";

/**
 * Reads and writes file names in the moment.js formats that Obsidian's Daily notes plugin uses
 * (`YYYY-MM-DD`, `YYYY/MM/DD dddd`, `DD.MM.YYYY`, `[Journal] YYYY-MM-DD`…), without moment.
 */

function monthFromName(name: string, locales: readonly string[]): number | null {
	const lower = name.toLowerCase().replace(/\.$/, "");
	for (const locale of locales) {
		for (let m = 1; m <= 12; m++) {
			const d = DateTime.utc(2024, m, 1).setLocale(locale);
			if (d.toFormat("LLLL").toLowerCase() === lower || d.toFormat("LLL").toLowerCase().replace(/\.$/, "") === lower) return m;
			if (d.toFormat("MMMM").toLowerCase() === lower) return m;
		}
	}
	return null;
}

/**
 * The day a name written in `format` stands for, or null. `name` is the path below the daily notes folder, without `.md`.
 * A name of weeks and no month or day of the month (`2026-W49-3`) is read by its weeks: `weeks`, the locale's (`gggg`, `ww`, `e`).
 */
export function parseWithFormat(name: string, format: string, locales: readonly string[] = ["en", "it"], weeks?: WeekRule): CalendarDay | null {
	const g = matchFormat(name, format || "YYYY-MM-DD");
	if (g === null) return null;
	const year = g.year ? Number(g.year) : g.yy ? 2000 + Number(g.yy) : null;
	let month = g.month ? Number(g.month) : null;
	if (month === null && (g.monthName || g.monthShort)) month = monthFromName(g.monthName ?? g.monthShort ?? "", locales);
	const day = g.day ? Number(g.day) : null;
	if (month === null && day === null && (g.week !== undefined || g.isoWeek !== undefined)) return dayOfWeekParts(g, weeks);
	if (year === null || month === null || day === null) return null;
	return isValidDate(year, month, day) ? formatDay(year, month, day) : null;
}

const LUXON: Record<string, string> = {
	YYYY: "yyyy", GGGG: "kkkk", GG: "kk", YY: "yy", MMMM: "LLLL", MMM: "LLL", MM: "LL", M: "L",
	DDDD: "ooo", DD: "dd", D: "d", dddd: "cccc", ddd: "ccc", WW: "WW", W: "W", Q: "q", E: "c",
	HH: "HH", H: "H", hh: "hh", h: "h", mm: "mm", m: "m", ss: "ss", s: "s",
};

/** The tokens that depend on the locale's weeks (moment's `w`, `ww`, `gg`, `gggg`, `e`) and `d` (0 for Sunday). */
function weekToken(token: string, day: CalendarDay, locale: string): string | null {
	switch (token) {
		case "d": {
			const [y, m, d] = partsOf(day);
			return String(weekdayOf(y, m, d));
		}
		case "e":
			return String(localeWeekday(day, weekRuleOf(locale)));
		case "w":
		case "ww": {
			const { week } = localeWeek(day, weekRuleOf(locale));
			return token === "w" ? String(week) : String(week).padStart(2, "0");
		}
		case "gg":
		case "gggg": {
			const { year } = localeWeek(day, weekRuleOf(locale));
			return token === "gggg" ? String(year).padStart(4, "0") : String(year % 100).padStart(2, "0");
		}
		default:
			return null;
	}
}

/**
 * Writes `day` in a moment.js `format`, in `locale` for month and weekday names; hours, minutes and
 * seconds (`HH:mm`, `h:mm A`) are those of `time` (`HH:mm` or `HH:mm:ss`, midnight when not a time).
 */
export function formatWithMoment(day: CalendarDay, format: string, locale = "en", time = "00:00"): string {
	const at = /^\d{2}:\d{2}(:\d{2})?$/.test(time) ? DateTime.fromISO(`${day}T${time}`, { zone: "utc" }) : null;
	const d = (at?.isValid ? at : DateTime.fromISO(day, { zone: "utc" })).setLocale(locale);
	return tokenize(format || "YYYY-MM-DD")
		.map((t) => {
			if (t.kind === "literal") return t.text;
			if (t.token === "Do") return ordinal(d.day, locale);
			// moment's shortest weekday: "Mo" in English, "lu" in Italian.
			if (t.token === "dd") return d.toFormat("ccc").slice(0, 2);
			// moment's meridiem, the same in English and Italian.
			if (t.token === "A" || t.token === "a") return t.token === "A" ? (d.hour < 12 ? "AM" : "PM") : d.hour < 12 ? "am" : "pm";
			return weekToken(t.token, day, locale) ?? d.toFormat(LUXON[t.token] ?? t.token);
		})
		.join("");
}

function ordinal(n: number, locale: string): string {
	if (!locale.startsWith("en")) return `${n}º`;
	const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
	return `${n}${s}`;
}
