import { describe, expect, it } from "vitest";
import { dailyNoteLocale } from "../../../src/core/dates/daily-locale";

describe("the language a new daily note is named in", () => {
	const italian = [
		{ name: "domenica 22 novembre 2026", day: "2026-11-22" },
		{ name: "lunedì 23 novembre 2026", day: "2026-11-23" },
	];

	it("follows daily notes already named in Italian, whatever the language of the output", () => {
		expect(dailyNoteLocale("dddd D MMMM YYYY", italian, "en")).toBe("it");
	});

	it("follows the majority when a vault has notes in both languages", () => {
		expect(dailyNoteLocale("dddd D MMMM YYYY", [...italian, { name: "Monday 16 November 2026", day: "2026-11-16" }], "en")).toBe("it");
	});

	it("uses the user's language when the vault has no daily note yet", () => {
		expect(dailyNoteLocale("D MMMM YYYY", [], "it")).toBe("it");
		expect(dailyNoteLocale("D MMMM YYYY", [], "en")).toBe("en");
	});

	it("follows daily notes named with moment's two-letter weekday (dd: lu in Italian, Mo in English)", () => {
		const twoLetter = [
			{ name: "2026-11-23 lu", day: "2026-11-23" },
			{ name: "2026-11-24 ma", day: "2026-11-24" },
		];
		expect(dailyNoteLocale("YYYY-MM-DD dd", twoLetter, "en")).toBe("it");
	});

	it("keeps the user's language when a weekday token is only escaped text: [dddd] YYYY-MM-DD has no named part", () => {
		expect(dailyNoteLocale("[dddd] YYYY-MM-DD", [{ name: "dddd 2026-11-23", day: "2026-11-23" }], "en")).toBe("en");
	});
});
