import { describe, expect, it } from "vitest";
import { parseCadence } from "../../../src/core/dates/cadence";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { buildVault, person } from "../../builders";

const duration = (text: string) => parseCadence(text)?.duration ?? null;

describe("keep-in-touch cadences said as how often", () => {
	it("reads `once a month`, `once every 3 weeks` and Italian `una volta al mese`, `una volta all'anno`", () => {
		expect(duration("once a month")).toEqual({ months: 1 });
		expect(duration("Once a week")).toEqual({ weeks: 1 });
		expect(duration("once per quarter")).toEqual({ months: 3 });
		expect(duration("once every 3 weeks")).toEqual({ weeks: 3 });
		expect(duration("once every two months")).toEqual({ months: 2 });
		expect(duration("una volta al mese")).toEqual({ months: 1 });
		expect(duration("una volta a settimana")).toEqual({ weeks: 1 });
		expect(duration("una volta all'anno")).toEqual({ years: 1 });
		expect(duration("una volta all’anno")).toEqual({ years: 1 });
		expect(duration("una volta ogni due settimane")).toEqual({ weeks: 2 });
	});

	it("reads `twice a year`, `twice a month`, `due volte l'anno`, `biannually` (twice a year) and `biennially` (every two years)", () => {
		expect(duration("twice a year")).toEqual({ months: 6 });
		expect(duration("twice a month")).toEqual({ weeks: 2 });
		expect(duration("due volte l'anno")).toEqual({ months: 6 });
		expect(duration("due volte al mese")).toEqual({ weeks: 2 });
		expect(duration("Biannually")).toEqual({ months: 6 });
		expect(duration("biennial")).toEqual({ years: 2 });
	});

	it("reads an ordinal period: `every 2nd week`, `every second week`, `every third month`", () => {
		expect(duration("every 2nd week")).toEqual({ weeks: 2 });
		expect(duration("every second week")).toEqual({ weeks: 2 });
		expect(duration("every third month")).toEqual({ months: 3 });
	});

	it("still refuses what is no cadence: `once`, `una volta`, `once upon a time`, `twice`, `2nd`", () => {
		for (const text of ["once", "una volta", "once upon a time", "twice", "2nd", "once a", "every second"]) expect(parseCadence(text), text).toBeNull();
	});

	it("makes a person with `cadence: once a month`, last met on 20 October, overdue on 27 November", () => {
		const v = buildVault({ "People/Anna.md": person({ cadence: "once a month", last_contact: "2026-10-20" }) });
		const item = buildAgenda(v.index, "2026-11-27", { upcomingDays: 7, birthdayDays: 0 }).items.find((i) => i.kind === "keep-in-touch");
		expect(item).toMatchObject({ status: "overdue", date: "2026-11-20" });
	});
});
