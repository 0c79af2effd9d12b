import { describe, expect, it } from "vitest";
import { parseCadence } from "../../../src/core/dates/cadence";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, person } from "../../builders";

const duration = (text: string) => parseCadence(text)?.duration ?? null;

describe("keep-in-touch cadences written in words", () => {
	it("reads numbers spelled out in English and Italian: `every two weeks`, `ogni due settimane`, `ogni tre mesi`", () => {
		expect(duration("every two weeks")).toEqual({ weeks: 2 });
		expect(duration("ogni due settimane")).toEqual({ weeks: 2 });
		expect(duration("ogni tre mesi")).toEqual({ months: 3 });
		expect(duration("every six months")).toEqual({ months: 6 });
		expect(duration("ogni dieci giorni")).toEqual({ days: 10 });
		expect(duration("Every Three Weeks")).toEqual({ weeks: 3 });
	});

	it("reads `every other week`, `every other month` and `a settimane alterne` as every two", () => {
		expect(duration("every other week")).toEqual({ weeks: 2 });
		expect(duration("every other month")).toEqual({ months: 2 });
		expect(duration("a settimane alterne")).toEqual({ weeks: 2 });
	});

	it("reads hyphenated and abbreviated words: `bi-weekly`, `bi-monthly`, `semi-annually`, `every fortnight`, `2 wks`, `3 mos`", () => {
		expect(duration("bi-weekly")).toEqual({ weeks: 2 });
		expect(duration("bi-monthly")).toEqual({ months: 2 });
		expect(duration("semi-annually")).toEqual({ months: 6 });
		expect(duration("semiannual")).toEqual({ months: 6 });
		expect(duration("every fortnight")).toEqual({ weeks: 2 });
		expect(duration("2 wks")).toEqual({ weeks: 2 });
		expect(duration("3 mos")).toEqual({ months: 3 });
	});

	it("still refuses what is no cadence: `every other`, `ogni due`, `zero weeks`, `sometimes`, `two`", () => {
		for (const text of ["every other", "ogni due", "zero weeks", "sometimes", "two", "every other day or so"]) expect(parseCadence(text), text).toBeNull();
	});

	it("makes a person with `cadence: ogni due settimane`, last met on 1 November, overdue on 30 November", () => {
		const v = buildVault({ "Persone/Lia.md": person({ cadence: "ogni due settimane", last_contact: "2026-11-01" }) });
		const items = buildAgenda(v.index, "2026-11-30", { upcomingDays: 7, birthdayDays: 0 }).items.filter((i) => i.kind === "keep-in-touch");
		expect(items.map((i) => [i.status, i.date, i.days])).toEqual([["overdue", "2026-11-15", 15]]);
		expect(v.index.problems()).toEqual([]);
	});
});
