import { DateTime } from "luxon";
import { type CalendarDay, formatDay, isValidDate, partsOf } from "./dates";
import { localeWeek, localeWeekday, weekdayOf, weekRuleOf } from "./locale-week";

/**
 * Reads and writes file names in the moment.js formats that Obsidian's Daily notes plugin uses
 * (`YYYY-MM-DD`, `YYYY/MM/DD dddd`, `DD.MM.YYYY`, `[Journal] YYYY-MM-DD`…), without moment.
 */

type Token = { kind: "literal"; text: string } | { kind: "token"; token: string };

const TOKENS = ["YYYY", "YY", "MMMM", "MMM", "MM", "M", "Do", "DDDD", "DD", "D", "dddd", "ddd", "dd", "d", "ww", "w", "WW", "W", "Q", "gggg", "gg", "GGGG", "GG", "E", "e", "HH", "H", "hh", "h", "mm", "m", "ss", "s", "A", "a"];

function tokenize(format: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < format.length) {
		if (format[i] === "[") {
			const end = format.indexOf("]", i);
			if (end > i) {
				out.push({ kind: "literal", text: format.slice(i + 1, end) });
				i = end + 1;
				continue;
			}
		}
		const token = TOKENS.find((t) => format.startsWith(t, i));
		if (token) {
			out.push({ kind: "token", token });
			i += token.length;
		} else {
			out.push({ kind: "literal", text: format[i] ?? "" });
			i += 1;
		}
	}
	return out;
}

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const PATTERNS: Record<string, string> = {
	YYYY: "(?<year>\\d{4})",
	GGGG: "\\d{4}",
	gggg: "\\d{4}",
	gg: "\\d{2}",
	GG: "\\d{2}",
	YY: "(?<yy>\\d{2})",
	MMMM: "(?<monthName>[^\\d\\s/.,-]+)",
	MMM: "(?<monthShort>[^\\d\\s/.,-]+)",
	MM: "(?<month>\\d{2})",
	M: "(?<month>\\d{1,2})",
	Do: "(?<day>\\d{1,2})(?:st|nd|rd|th|º|°)?",
	DDDD: "\\d{3}",
	DD: "(?<day>\\d{2})",
	D: "(?<day>\\d{1,2})",
	dddd: "[^\\d\\s/.,-]+",
	ddd: "[^\\d\\s/.,-]+",
	dd: "[^\\d\\s/.,-]+",
	d: "\\d",
	ww: "\\d{2}",
	w: "\\d{1,2}",
	WW: "\\d{2}",
	W: "\\d{1,2}",
	Q: "\\d",
	E: "\\d",
	e: "\\d",
	HH: "\\d{2}",
	H: "\\d{1,2}",
	hh: "\\d{2}",
	h: "\\d{1,2}",
	mm: "\\d{2}",
	m: "\\d{1,2}",
	ss: "\\d{2}",
	s: "\\d{1,2}",
	A: "(?:AM|PM)",
	a: "(?:am|pm)",
};

const compiled = new Map<string, RegExp>();

function regexFor(format: string): RegExp {
	let re = compiled.get(format);
	if (!re) {
		const seen = new Set<string>();
		const source = tokenize(format)
			.map((t) => {
				if (t.kind === "literal") return escapeRegex(t.text);
				let p = PATTERNS[t.token] ?? escapeRegex(t.token);
				// A named group may appear once; later repeats (e.g. `YYYY/YYYY-MM-DD`) match plainly.
				p = p.replace(/\(\?<(\w+)>/g, (all, name: string) => {
					if (seen.has(name)) return "(?:";
					seen.add(name);
					return all;
				});
				return p;
			})
			.join("");
		re = new RegExp(`^${source}$`, "i");
		compiled.set(format, re);
	}
	return re;
}

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

/** The day a name written in `format` stands for, or null. `name` is the path below the daily notes folder, without `.md`. */
export function parseWithFormat(name: string, format: string, locales: readonly string[] = ["en", "it"]): CalendarDay | null {
	const m = regexFor(format || "YYYY-MM-DD").exec(name);
	if (!m?.groups) return null;
	const g = m.groups;
	const year = g.year ? Number(g.year) : g.yy ? 2000 + Number(g.yy) : null;
	let month = g.month ? Number(g.month) : null;
	if (month === null && (g.monthName || g.monthShort)) month = monthFromName(g.monthName ?? g.monthShort ?? "", locales);
	const day = g.day ? Number(g.day) : null;
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
