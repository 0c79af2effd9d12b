import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * Meetings named after whom they were meant to be with (`Sync with Piero`) whose notes say that person did not
 * come: a roll with a Present column, a list of absentees, an `Absent:` line at the top of the notes.
 */
describe("a meeting whose name gives a person its notes say did not come", () => {
	const vault = (): ReturnType<typeof buildVault> =>
		buildVault({
			"People/Piero Neri.md": person(),
			"People/Dana Evans.md": person(),
			"People/Sara Lodi.md": person(),
			"People/Ugo Sala.md": person(),
			"Meetings/2026-11-04 Sync with Piero.md": md(null, "## Attendees", "", "| Name | Present |", "| --- | --- |", "| [[Piero Neri]] | ✗ |"),
			"Meetings/2026-11-05 Sync with Dana.md": md(null, "Absent: [[Dana Evans]]", "", "- pricing"),
			"Meetings/2026-11-06 Sync with Sara.md": md(null, "## Attendees", "- **Regrets:** Sara Lodi", "", "## Notes", "- pricing"),
			"Meetings/2026-11-07 Sync with Ugo.md": md(null, "- pricing"),
		});

	it("counts no contact with them that day", () => {
		const { index } = vault();
		expect(index.interactions("People/Piero Neri.md")).toEqual([]);
		expect(index.interactions("People/Dana Evans.md")).toEqual([]);
		expect(index.interactions("People/Sara Lodi.md")).toEqual([]);
	});

	it("still counts the person named by a meeting that keeps no roll", () => {
		expect(vault().index.lastInteraction("People/Ugo Sala.md")?.day).toBe("2026-11-07");
	});
});

describe("a meeting whose name says it did not take place", () => {
	it.each([["Meetings/2026-11-20 Sync with Anna (cancelled).md"], ["Meetings/Cancelled - 2026-11-20 Sync with Anna.md"], ["Riunioni/2026-11-20 Pranzo con Anna - rinviato.md"], ["Meetings/2026-11-20 1-1 with Anna Bianchi (postponed).md"]])(
		"counts no contact with the person it names (%s)",
		(path) => {
			const { index } = buildVault({ "People/Anna Bianchi.md": person(), [path]: md({ date: "2026-11-20" }, "- to be set again") });
			expect(index.interactions("People/Anna Bianchi.md")).toEqual([]);
		},
	);

	it("still reads the name before a subject after `re:` (`Call with Anna re: visa`)", () => {
		const { index } = buildVault({ "People/Anna Bianchi.md": person(), "Meetings/2026-11-20 Call with Anna re: visa.md": md(null, "- forms") });
		expect(index.lastInteraction("People/Anna Bianchi.md")?.day).toBe("2026-11-20");
	});
});
