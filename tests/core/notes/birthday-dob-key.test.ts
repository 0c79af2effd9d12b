import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/** `dob` (date of birth), as address books, HR exports and many people templates shorten it. */
describe("a birthday under dob", () => {
	const birthdayOf = (fm: Record<string, unknown>) => {
		const v = buildVault({ "People/Lia Moreno.md": person(fm) });
		return { birthday: v.index.person("People/Lia Moreno.md")?.person?.birthday ?? null, problems: v.index.problems().map((p) => p.code) };
	};

	it("is her birthday, in any letter case, with the year or without", () => {
		expect(birthdayOf({ dob: "1985-04-12" })).toEqual({ birthday: { year: 1985, month: 4, day: 12 }, problems: [] });
		expect(birthdayOf({ DOB: "April 12" })).toEqual({ birthday: { year: null, month: 4, day: 12 }, problems: [] });
	});

	it("is reported when it holds no day, as a birthday is", () => {
		expect(birthdayOf({ dob: "sometime in spring" })).toEqual({ birthday: null, problems: ["bad-birthday"] });
	});
});
