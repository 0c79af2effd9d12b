import { describe, expect, it } from "vitest";
import { dailyNoteLocale } from "../../../src/core/dates/daily-locale";
import { matchFormat } from "../../../src/core/dates/format-match";
import { tokenize, withoutBracketed } from "../../../src/core/dates/format-tokens";
import { formatWithMoment, parseWithFormat } from "../../../src/core/dates/moment-format";
import { withHome } from "../../../src/cli/cache-root";
import { seededRandom } from "../../builders";
import { bestOf, expectLinear } from "../../growth";

/*
 * The daily-note format is configuration (`.obsidian/daily-notes.json`, Periodic Notes' settings), read
 * against the name of every note of the daily folder. Made into one regular expression, a format
 * of tokens side by side that each take a varying number of characters (`ddddMMMMdddd`, `HmHmHm…`)
 * made it try a number of ways that grows with a power of the name's length (the number of names side
 * by side) on each name that does not fit; a format of many `[` was scanned to its end from each.
 */

/** The regular expression the format was read with before (the oracle: same first match, same values), with the weeks' values. */
const PATTERNS: Record<string, string> = {
	YYYY: "(?<year>\\d{4})", GGGG: "(?<isoYear>\\d{4})", gggg: "(?<weekYear>\\d{4})", gg: "\\d{2}", GG: "\\d{2}", YY: "(?<yy>\\d{2})",
	MMMM: "(?<monthName>[^\\d\\s/.,-]+)", MMM: "(?<monthShort>[^\\d\\s/.,-]+)", MM: "(?<month>\\d{2})", M: "(?<month>\\d{1,2})",
	Do: "(?<day>\\d{1,2})(?:st|nd|rd|th|º|°)?", DDDD: "\\d{3}", DD: "(?<day>\\d{2})", D: "(?<day>\\d{1,2})",
	dddd: "[^\\d\\s/.,-]+", ddd: "[^\\d\\s/.,-]+", dd: "[^\\d\\s/.,-]+", d: "(?<weekday>\\d)", ww: "(?<week>\\d{2})", w: "(?<week>\\d{1,2})", WW: "(?<isoWeek>\\d{2})", W: "(?<isoWeek>\\d{1,2})",
	Q: "\\d", E: "(?<isoWeekday>\\d)", e: "(?<localeWeekday>\\d)", HH: "\\d{2}", H: "\\d{1,2}", hh: "\\d{2}", h: "\\d{1,2}", mm: "\\d{2}", m: "\\d{1,2}", ss: "\\d{2}", s: "\\d{1,2}",
	A: "(?:AM|PM)", a: "(?:am|pm)",
};

function oracle(name: string, format: string): Record<string, string> | null {
	const seen = new Set<string>();
	const source = tokenize(format)
		.map((t) => {
			if (t.kind === "literal") return t.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
			return (PATTERNS[t.token] ?? "").replace(/\(\?<(\w+)>/g, (all, group: string) => {
				if (seen.has(group)) return "(?:";
				seen.add(group);
				return all;
			});
		})
		.join("");
	const m = new RegExp(`^${source}$`, "i").exec(name);
	if (!m) return null;
	const groups: Record<string, string> = {};
	for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) groups[k] = v;
	return groups;
}

const PIECES = ["YYYY", "YY", "MMMM", "MMM", "MM", "M", "Do", "DD", "D", "dddd", "ddd", "dd", "d", "w", "W", "H", "h", "mm", "m", "A", "a", "-", "/", ".", " ", ", ", "[x]", "[Journal ]", "[]", "[", "T", "é"];
const NAME_BITS = ["1", "2", "12", "31", "2026", "-", "/", ".", " ", ",", "st", "th", "nd", "º", "am", "PM", "Nov", "november", "venerdì", "x", "X", "É", "é", "T"];

describe("a name read in a moment format", () => {
	it("gives what the regular expression gave: the same match and the same values, on random formats and names", () => {
		const random = seededRandom(15);
		const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
		let matched = 0;
		for (let n = 0; n < 4000; n++) {
			const format = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(PIECES)).join("");
			// Half the names written in the format (so that they match), half made of random bits.
			const name = random() < 0.5 ? formatWithMoment(`20${String(10 + Math.floor(random() * 80))}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`, format, pick(["en", "it"]), "09:05") : Array.from({ length: Math.floor(random() * 6) }, () => pick(NAME_BITS)).join("");
			const want = oracle(name, format);
			if (want !== null) matched++;
			expect(matchFormat(name, format), JSON.stringify([name, format])).toEqual(want);
		}
		expect(matched).toBeGreaterThan(1000);
	});

	it("reads the usual formats as before", () => {
		expect(parseWithFormat("Friday, November 27th 2026", "dddd, MMMM Do YYYY")).toBe("2026-11-27");
		expect(parseWithFormat("2026/11/2026-11-27", "YYYY/MM/YYYY-MM-DD")).toBe("2026-11-27");
		expect(parseWithFormat("venerdì 27 novembre 2026", "dddd D MMMM YYYY")).toBe("2026-11-27");
		expect(parseWithFormat("JOURNAL 2026-11-27", "[Journal] YYYY-MM-DD")).toBe("2026-11-27");
	});
});

describe("a hostile or very long daily-note format, read in time that grows with it, not faster", () => {
	it("names side by side (ddddMMMMdddd), on a long name that does not fit: linear in the name", () => {
		expectLinear((n) => parseWithFormat(`${"a".repeat(n)}1`, "ddddMMMMddddMMM"), { small: 2000 });
	});

	it("numbers of one or two digits side by side (HmHmHm…): doubling the format costs no more than its square", () => {
		const read = (k: number): unknown => parseWithFormat(`${"1".repeat(2 * k)}x`, "Hm".repeat(k));
		const small = bestOf(read, 12);
		const large = bestOf(read, 24);
		// A table of tokens × characters: doubling both costs 4 times as much, never a power of the format's length.
		expect(large).toBeLessThan(8 * small + 20);
	});

	it("a format of many [ without ], and one of many tokens: linear in the format", () => {
		expectLinear((n) => parseWithFormat("2026-11-27", "[".repeat(n)));
		expectLinear((n) => tokenize(`[${"[".repeat(n)}x`));
		expectLinear((n) => withoutBracketed("[".repeat(n)));
		expectLinear((n) => dailyNoteLocale(`${"[".repeat(n)}YYYY`, [], "en"));
		expectLinear((n) => parseWithFormat("2026-11-27", `YYYY-MM-DD${"d".repeat(n)}`));
	});

	it("strips the bracketed parts as the pattern did", () => {
		const random = seededRandom(16);
		for (let n = 0; n < 2000; n++) {
			const text = Array.from({ length: Math.floor(random() * 10) }, () => ["[", "]", "a", "MMM", "[x]", "d"][Math.floor(random() * 6)]).join("");
			expect(withoutBracketed(text), JSON.stringify(text)).toBe(text.replace(/\[[^\]]*\]/g, ""));
		}
	});
});

describe("a HOME of many slashes", () => {
	it("is joined to ~/… in time linear in its length, without its trailing slashes", () => {
		expectLinear((n) => withHome("~/Notes", `/home${"/".repeat(n)}x`));
		expect(withHome("~/Notes", "/home/anna///")).toBe("/home/anna/Notes");
		expect(withHome("~\\Notes", "C:\\Users\\anna\\\\")).toBe("C:\\Users\\anna\\Notes");
	});
});
