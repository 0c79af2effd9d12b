import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, person } from "../../builders";

const birthdayOf = (fm: Record<string, unknown>) => {
	const v = buildVault({ "People/Lia.md": person(fm) });
	return { birthday: v.index.person("People/Lia.md")?.person?.birthday ?? null, problems: v.index.problems().map((p) => p.code) };
};

describe("birthdays written the way people write them", () => {
	it("reads a month's name without the year, in English and Italian: `25 dicembre`, `5 December`, `December 5`, `Dec 5th`", () => {
		expect(birthdayOf({ compleanno: "25 dicembre" })).toEqual({ birthday: { year: null, month: 12, day: 25 }, problems: [] });
		expect(birthdayOf({ birthday: "25 Dicembre" })).toEqual({ birthday: { year: null, month: 12, day: 25 }, problems: [] });
		expect(birthdayOf({ birthday: "5 December" })).toEqual({ birthday: { year: null, month: 12, day: 5 }, problems: [] });
		expect(birthdayOf({ birthday: "December 5" })).toEqual({ birthday: { year: null, month: 12, day: 5 }, problems: [] });
		expect(birthdayOf({ birthday: "Dec 5th" })).toEqual({ birthday: { year: null, month: 12, day: 5 }, problems: [] });
		expect(birthdayOf({ birthday: "1° maggio" })).toEqual({ birthday: { year: null, month: 5, day: 1 }, problems: [] });
	});

	it("reads a month's name with the year: `December 5, 1990`, `5 dicembre 1990`", () => {
		expect(birthdayOf({ birthday: "December 5, 1990" }).birthday).toEqual({ year: 1990, month: 12, day: 5 });
		expect(birthdayOf({ compleanno: "5 dicembre 1990" }).birthday).toEqual({ year: 1990, month: 12, day: 5 });
	});

	it("reads a slashed or dotted day first when it can be no other day: `25/12`, `25/12/1990`, `25.12.1990`", () => {
		expect(birthdayOf({ birthday: "25/12" })).toEqual({ birthday: { year: null, month: 12, day: 25 }, problems: [] });
		expect(birthdayOf({ birthday: "25/12/1990" })).toEqual({ birthday: { year: 1990, month: 12, day: 25 }, problems: [] });
		expect(birthdayOf({ birthday: "25.12.1990" })).toEqual({ birthday: { year: 1990, month: 12, day: 25 }, problems: [] });
	});

	it("reads the year first with slashes or dots: `1990/12/25`, `1990.12.25`", () => {
		expect(birthdayOf({ birthday: "1990/12/25" })).toEqual({ birthday: { year: 1990, month: 12, day: 25 }, problems: [] });
		expect(birthdayOf({ birthday: "1990.12.25" })).toEqual({ birthday: { year: 1990, month: 12, day: 25 }, problems: [] });
		expect(birthdayOf({ birthday: "1990/02/30" })).toEqual({ birthday: null, problems: ["bad-birthday"] });
	});

	it("still reports what it cannot be sure of or is no day: `05/12`, `31 febbraio`, `Smarch 5`, `25/13`", () => {
		for (const value of ["05/12", "31 febbraio", "Smarch 5", "25/13", "December", "5"]) {
			expect(birthdayOf({ birthday: value }), value).toEqual({ birthday: null, problems: ["bad-birthday"] });
		}
	});

	it("puts `compleanno: 25 dicembre` in the agenda on the 25th, counted from the 20th", () => {
		const v = buildVault({ "People/Lia.md": person({ compleanno: "25 dicembre" }) });
		const items = buildAgenda(v.index, "2026-12-20", { upcomingDays: 7, birthdayDays: 14 }).items.filter((i) => i.kind === "birthday");
		expect(items.map((i) => [i.date, i.people])).toEqual([["2026-12-25", ["People/Lia.md"]]]);
	});
});
