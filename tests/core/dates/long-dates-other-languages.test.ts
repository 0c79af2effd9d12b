import { describe, expect, it } from "vitest";
import { parseDay, parseTime } from "../../../src/core/dates/dates";

/**
 * German, Spanish and French write a long date day first with the month's name: `23. November 2026`, `3. Dez. 2026`,
 * `23 de noviembre de 2026`, `1er décembre 2026`, a weekday before it or not. Their month names are read day first only:
 * those languages never put the month first, so `Dezember 3, 2026` is no date anyone wrote.
 */
describe("a long date in German, Spanish or French", () => {
	it("reads German days with a dot after the day, full or short month names, with or without a weekday", () => {
		expect(parseDay("23. November 2026")).toBe("2026-11-23");
		expect(parseDay("3. Dez. 2026")).toBe("2026-12-03");
		expect(parseDay("3. Dezember 2026")).toBe("2026-12-03");
		expect(parseDay("1. März 2026")).toBe("2026-03-01");
		expect(parseDay("15. Jänner 2027")).toBe("2027-01-15");
		expect(parseDay("Montag, 23. November 2026")).toBe("2026-11-23");
		expect(parseDay("Do., 3. Dez. 2026")).toBe("2026-12-03");
		expect(parseDay("7. Okt. 2026")).toBe("2026-10-07");
	});

	it("reads Spanish days with de before the month and the year, and a weekday before them", () => {
		expect(parseDay("23 de noviembre de 2026")).toBe("2026-11-23");
		expect(parseDay("3 de dic. de 2026")).toBe("2026-12-03");
		expect(parseDay("lunes, 23 de noviembre de 2026")).toBe("2026-11-23");
		expect(parseDay("5 de enero del 2027")).toBe("2027-01-05");
		expect(parseDay("12 de septiembre de 2026")).toBe("2026-09-12");
	});

	it("reads French days, 1er for the first, accented and unaccented month names", () => {
		expect(parseDay("23 novembre 2026")).toBe("2026-11-23");
		expect(parseDay("3 décembre 2026")).toBe("2026-12-03");
		expect(parseDay("3 decembre 2026")).toBe("2026-12-03");
		expect(parseDay("1er février 2026")).toBe("2026-02-01");
		expect(parseDay("mardi 15 août 2026")).toBe("2026-08-15");
		expect(parseDay("4 juil. 2026")).toBe("2026-07-04");
	});

	it("reads the time written after such a day: German um 14:30 Uhr, Spanish a las 14:30, French à 14h30 or 14h30", () => {
		const written = ["23. November 2026 um 14:30 Uhr", "23 de noviembre de 2026 a las 14:30", "23 de noviembre de 2026, 14:30", "23 novembre 2026 à 14h30", "23 novembre 2026 14h30", "23 novembre 2026 à 14:30"];
		expect(written.map((t) => [parseDay(t), parseTime(t)])).toEqual(written.map(() => ["2026-11-23", "14:30"]));
		expect(parseDay("23 novembre 2026 à 25h30")).toBeNull();
	});

	it("reads no German, Spanish or French month name written before the day, no day that does not exist, and no date without a year", () => {
		for (const text of ["Dezember 3, 2026", "diciembre 3, 2026", "décembre 3, 2026", "Mai 4 2026", "31. Juni 2026", "30 de febrero de 2026", "3. Dezember", "23 de noviembre", "23 de Brumaire de 2026", "23. Nebelmond 2026"]) {
			expect(parseDay(text), text).toBeNull();
		}
	});

	it("still reads English and Italian month names in either order", () => {
		expect(parseDay("December 3, 2026")).toBe("2026-12-03");
		expect(parseDay("dicembre 3, 2026")).toBe("2026-12-03");
		expect(parseDay("23 novembre 2026")).toBe("2026-11-23");
	});
});
