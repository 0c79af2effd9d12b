import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { calendarFor } from "../../../src/core/contacts/export";
import { buildRelationshipGraph } from "../../../src/core/graph/build";
import { personRows } from "../../../src/core/index/people";
import { deathDateFromText } from "../../../src/core/notes/death-period";
import { diedText } from "../../../src/core/render/insights";
import { deathDayProblems } from "../../../src/core/relationships/death-day-checks";
import { meetingsWithoutFollowUp } from "../../../src/core/relationships/unfollowed";
import { translator } from "../../../src/i18n";
import { buildVault, meeting, person } from "../../builders";

const DAY = "2026-12-02";
const SETTINGS = { upcomingDays: 7, birthdayDays: 14 };
const vault = buildVault({});
const fm = (...lines: string[]) => `---\ntype: person\n${lines.join("\n")}\n---\n`;
const diedOf = (text: string) => vault.parse("People/Nonno Piero.md", text).person?.died;
const itemsOf = (v: ReturnType<typeof buildVault>, day = DAY) => buildAgenda(v.index, day, SETTINGS).items.filter((i) => i.kind !== "followup").map((i) => `${i.kind} ${i.people.join()}`);

/*
 * Family trees and genealogy templates write a death of long ago by its year alone (`died: 1987`, which YAML reads
 * as a number) or its month (`died: 1987-03`), when the day is not known: fixtures in those styles.
 */
describe("a death written as a year or a month", () => {
	it("is read as that year or month under `died`, `death`, `deceased`, `morto`, and after a cross in the birth day", () => {
		expect(diedOf(fm("died: 1987"))).toBe("1987");
		expect(diedOf(fm("death: 1987"))).toBe("1987");
		expect(diedOf(fm("deceased: 1987"))).toBe("1987");
		expect(diedOf(fm("morto: 1987"))).toBe("1987");
		expect(diedOf(fm('died: "1987"'))).toBe("1987");
		expect(diedOf(fm("died: 1987-03"))).toBe("1987-03");
		expect(diedOf(fm("died: 03/1987"))).toBe("1987-03");
		expect(diedOf(fm("morta: marzo 1987"))).toBe("1987-03");
		expect(diedOf(fm('life: "* 1920 † 1987"'))).toBe("1987");
		expect(diedOf(fm("morto: morto nel 1987"))).toBe("1987");
		expect(diedOf(fm("died: died in March 1987"))).toBe("1987-03");
	});

	it("keeps `deceased: 1`, a month 13 and a year of zeros deaths without a day, as before", () => {
		expect(diedOf(fm("deceased: 1"))).toBe(true);
		expect(diedOf(fm("died: 1987-13"))).toBe(true);
		expect(diedOf(fm("died: '0000'"))).toBe(true);
	});

	it("silences a death year in the past, and not one still to come (`died: 2099`), as a death day", () => {
		const piero = { cadence: "monthly", last_contact: "2025-01-10", birthday: "1920-12-05" };
		const v = buildVault({ "People/Nonno Piero.md": person({ ...piero, died: 1987 }), "People/Zio Carlo.md": person({ ...piero, died: 2099 }), "People/Zia Lina.md": person({ ...piero, died: "2026-11" }) });
		expect(itemsOf(v)).toEqual(["keep-in-touch People/Zio Carlo.md", "birthday People/Zio Carlo.md"]);
		expect(itemsOf(v, "2099-01-01")).toEqual([]);
		expect(personRows(v.index, DAY).map((r) => [r.path, r.died, r.nextDue])).toEqual([
			["People/Nonno Piero.md", "1987", null],
			["People/Zia Lina.md", "2026-11", null],
			["People/Zio Carlo.md", null, "2025-02-10"],
		]);
	});

	it("says the year or month in the people list, in English and Italian", () => {
		expect(diedText(deathDateFromText("1987"), translator("en"))).toBe("† died in 1987");
		expect(diedText(deathDateFromText("1987-03"), translator("it"))).toBe("† decesso nel 1987-03");
		expect(diedText(deathDateFromText("1987-03-01"), translator("en"))).toBe("† died 1987-03-01");
	});

	it("asks no follow-up of a meeting with her, crosses her name in the graph, and ends her birthdays before a year to come", () => {
		const v = buildVault({
			"People/Nonno Piero.md": person({ died: 1987, birthday: "1920-12-05" }),
			"People/Zio Carlo.md": person({ died: 2099, birthday: "1930-12-05" }),
			"Meetings/2026-11-28 Lunch.md": meeting("2026-11-28", ["[[Nonno Piero]]", "[[Zio Carlo]]"]),
		});
		expect(meetingsWithoutFollowUp(v.index, DAY, 14).map((m) => m.people)).toEqual([["People/Zio Carlo.md"]]);
		const graph = buildRelationshipGraph(v.index, { asOf: DAY, halfLifeDays: 180, me: "" });
		expect([graph.getNodeAttributes("People/Nonno Piero.md").label, graph.getNodeAttributes("People/Zio Carlo.md").label]).toEqual(["Nonno Piero †", "Zio Carlo"]);
		const ics = calendarFor(v.index, (p) => p.slice(7, -3), DAY, () => "") ?? "";
		expect(ics).not.toContain("Nonno Piero");
		expect(ics).toContain("RRULE:FREQ=YEARLY;UNTIL=20981231");
	});
});

describe("rapport doctor on a death written as a year or a month", () => {
	it("finds nothing wrong with a year in the past, nor with a death in the birth's own year", () => {
		const v = buildVault({ "People/Nonno Piero.md": fm("born: 1920-12-05", "died: 1987"), "People/Bimba.md": fm("born: 1987-06-01", "died: 1987") });
		expect(deathDayProblems(v.index, DAY)).toEqual([]);
	});

	it("says a year to come is in the future, and a year before the birth is mistyped, at the line of the key", () => {
		const v = buildVault({ "People/Zio Carlo.md": fm("cadence: monthly", "died: 2099"), "People/Zia Lina.md": fm("born: 1950-12-05", "", "morta: 1905-03") });
		expect(deathDayProblems(v.index, DAY).map((p) => [p.path, p.line, p.code, p.params.date])).toEqual([
			["People/Zia Lina.md", 4, "death-before-birth", "1905-03"],
			["People/Zio Carlo.md", 3, "death-day-to-come", "2099"],
		]);
	});

	it("gives a death day's problems the line of its key or of its field in the body", () => {
		const v = buildVault({
			"People/Nonno Piero.md": fm("cadence: monthly", "", "died: 2062-03-01"),
			"People/Zia Lina.md": `${fm("born: 1950-12-05")}\n# Zia Lina\n\ndata_decesso:: 1905-12-04\n`,
		});
		expect(deathDayProblems(v.index, DAY).map((p) => [p.path, p.line, p.code])).toEqual([
			["People/Nonno Piero.md", 4, "death-day-to-come"],
			["People/Zia Lina.md", 7, "death-before-birth"],
		]);
	});
});
