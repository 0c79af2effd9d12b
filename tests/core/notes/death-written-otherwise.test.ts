import { describe, expect, it } from "vitest";
import { buildAgenda } from "../../../src/core/agenda/agenda";
import { personRows } from "../../../src/core/index/people";
import { buildVault, meeting } from "../../builders";

const vault = buildVault({});
const diedOf = (text: string) => vault.parse("People/Nonno Piero.md", text).person?.died;
const fm = (...lines: string[]) => `---\ntype: person\n${lines.join("\n")}\n---\n`;

/*
 * How family-tree and genealogy vaults write a death (a person card with `born`, `died`, `death_place`, a
 * nested `death:` with its day and place, an Italian family's `deceduta` and `data_decesso`, a daily note linked
 * as the day): fixtures written in those styles, in our own words.
 */
describe("a death written as family trees and genealogy templates write it", () => {
	it("reads the day under `dod`, Italian `data_decesso` and `deceduta`, German `sterbedatum`", () => {
		expect(diedOf(fm("dod: 2024-03-01"))).toBe("2024-03-01");
		expect(diedOf(fm("data_decesso: 01.03.2024"))).toBe("2024-03-01");
		expect(diedOf(fm("deceduta: 2024-03-01"))).toBe("2024-03-01");
		expect(diedOf(fm("deceduto: sì"))).toBe(true);
		expect(diedOf(fm("Date of Death: 2024-03-01"))).toBe("2024-03-01");
		expect(diedOf(fm("sterbedatum: 2024-03-01"))).toBe("2024-03-01");
	});

	it("reads the day after a cross or words: `† 2024-03-01`, `morto il 3 marzo 2024`, `died on March 3, 2024`", () => {
		expect(diedOf(fm('died: "† 2024-03-01"'))).toBe("2024-03-01");
		expect(diedOf(fm("morto: morto il 3 marzo 2024"))).toBe("2024-03-03");
		expect(diedOf(fm("morto: il 3 marzo 2024"))).toBe("2024-03-03");
		expect(diedOf(fm("died: died on March 3, 2024"))).toBe("2024-03-03");
		expect(diedOf("---\ntype: person\n---\nmorta:: il 3 marzo 2024\n")).toBe("2024-03-03");
	});

	it("reads a daily note linked as the day, quoted or not (`[[2024-03-01]]` unquoted is a list in a list to YAML)", () => {
		expect(diedOf(fm('died: "[[2024-03-01]]"'))).toBe("2024-03-01");
		expect(diedOf(fm("died: [[2024-03-01]]"))).toBe("2024-03-01");
		expect(diedOf(fm('died: "[[Daily/2024-03-01|1 March]]"'))).toBe("2024-03-01");
		expect(diedOf(fm("died: [2024-03-01]"))).toBe("2024-03-01");
	});

	it("reads a nested death with its day and place, and a death place alone as a death with no day", () => {
		expect(diedOf(fm("death:", "  date: 2024-03-01", "  place: Milano"))).toBe("2024-03-01");
		expect(diedOf(fm("death:", "  place: Milano"))).toBe(true);
		expect(diedOf(fm("death_place: Milano"))).toBe(true);
		// A nested death left empty by its template says nothing.
		expect(diedOf(fm("death:", "  date:", "  place:"))).toBeUndefined();
	});

	it("reads the day written after a cross in the birth day (`born: 1950-12-05 † 2024-03-01`)", () => {
		expect(diedOf(fm('born: "1950-12-05 † 2024-03-01"'))).toBe("2024-03-01");
		expect(diedOf(fm('life: "* 1950 † 2024-03-01"'))).toBe("2024-03-01");
		const note = vault.parse("People/Nonno Piero.md", fm('born: "1950-12-05 † 2024-03-01"'));
		expect([note.person?.birthday, note.problems]).toEqual([{ year: 1950, month: 12, day: 5 }, []]);
	});

	it("takes the day of one key over a death without a day under another (`died: yes` beside `death_date`)", () => {
		expect(diedOf(fm("died: yes", "death_date: 2024-03-01"))).toBe("2024-03-01");
	});

	it("says nothing of a note whose `died:` is empty or null", () => {
		for (const line of ["died:", "died: ~", "died: null", 'died: ""', "dod: []"]) expect(diedOf(fm(line)), line).toBeUndefined();
	});
});

describe("a person whose death is written otherwise", () => {
	it("gets no keep-in-touch item, and a meeting with her before her death stays her last contact", () => {
		const v = buildVault({
			"People/Nonno Piero.md": fm("cadence: monthly", "dod: \"[[2026-03-01]]\""),
			"Meetings/2026-02-10 Lunch.md": meeting("2026-02-10", ["[[Nonno Piero]]"]),
		});
		expect(buildAgenda(v.index, "2026-12-02", { upcomingDays: 7, birthdayDays: 14 }).items.filter((i) => i.kind === "keep-in-touch")).toEqual([]);
		expect(personRows(v.index, "2026-12-02")[0]).toMatchObject({ lastContact: "2026-02-10", died: "2026-03-01", nextDue: null });
	});

	it("is kept a person in the people folder with `death: {date: …, place: …}`", () => {
		const note = vault.parse("People/Nonno Piero.md", fm("cadence: monthly", "death: {date: 2026-03-01, place: Milano}"));
		expect(note.kind).toBe("person");
		expect(note.person?.died).toBe("2026-03-01");
	});
});
