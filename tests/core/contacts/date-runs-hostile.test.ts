import { describe, expect, it } from "vitest";
import { parseOutlookDate } from "../../../src/core/contacts/csv-outlook";
import { parseConnectedOn } from "../../../src/core/contacts/csv-sources";
import { seededRandom } from "../../builders";
import { expectLinear } from "../../growth";

/*
 * A contacts export whose date cell holds a long run of blanks (a cell pasted from elsewhere, a hostile
 * file): LinkedIn's `Connected On` took its time off with a pattern that starts at each blank and scans the
 * run to its end, so an 80 kB cell froze `rapport import` for seconds. Each date reader must grow with the cell.
 */

describe("a contacts export's dates with a long run of blanks, read in linear time", () => {
	it.each([
		["LinkedIn's Connected On", (n: number) => parseConnectedOn(`27 Nov 2026${" ".repeat(n)}x`)],
		["LinkedIn's Connected On with a time after the blanks", (n: number) => parseConnectedOn(`1/8/18,${" ".repeat(n)}6:14 PMx`)],
		["Outlook's birthday with a line break after the blanks", (n: number) => parseOutlookDate(`4/7/1985${" ".repeat(n)}\nx`)],
	])("%s", (_what, read) => {
		expectLinear(read);
	});
});

/** `parseConnectedOn` as it was written with the time taken off by one pattern, for its two month-first and ISO forms. */
function connectedOnAsBefore(text: string): string | null {
	const t = text.trim().replace(/,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?$/, "");
	return /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\d{4})$/.test(t) || /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.test(t) || /^(\d{4})-(\d{2})-(\d{2})$/.test(t) ? parseConnectedOn(t) : null;
}

describe("the dates read as before", () => {
	it("a time after the day is taken off, as the pattern took it", () => {
		const random = seededRandom(13);
		const days = ["1/8/18", "12/21/17", "27 Nov 2026", "2026-11-27", "08 Jan 2018"];
		const pieces = [" ", " ", ",", "\t", "6:14", "18:02:05", "PM", "a.m.", "x", "1", ":"];
		for (let n = 0; n < 2000; n++) {
			const tail = Array.from({ length: Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join("");
			const text = `${days[n % days.length]}${tail}`;
			expect(parseConnectedOn(text), JSON.stringify(text)).toBe(connectedOnAsBefore(text));
		}
		expect(parseConnectedOn("1/8/18, 6:14 PM")).toBe("2018-01-08");
		expect(parseConnectedOn("27 Nov 2026 10:11")).toBe("2026-11-27");
	});

	it("an Outlook birthday keeps its first word", () => {
		expect(parseOutlookDate("4/7/1985 00:00:00")).toEqual({ day: "1985-04-07" });
		expect(parseOutlookDate("  0/0/00 ")).toBe("none");
		expect(parseOutlookDate("1985-04-07")).toEqual({ day: "1985-04-07" });
	});
});
