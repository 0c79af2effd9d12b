import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Round 16 (hostile review of 0beca84): a note named after a computer its user named (`Anna Rossi-MARCO-PC`) is a copy
 * when it holds the same as the note (a log day will do). A name's generational suffix written after a hyphen in
 * capitals (`Luca-JR`, `Luca-SR`, `Luca-III`, as a phone's contacts often shorten them) reads as such a computer's name:
 * father and son, both at the same birthday party, were one person.
 */
const luca = "---\ntype: person\n---\n## Log\n- 2026-11-02 Sofia's birthday party\n";

describe("a person named with a generational suffix after a hyphen", () => {
	it("is a person of his own beside the one named without it, though both logged the same day", () => {
		for (const suffix of ["JR", "SR", "Jr", "II", "III", "IV"]) {
			const junior = `People/Luca-${suffix}.md`;
			const v = buildVault({ "People/Luca.md": luca, [junior]: luca });
			expect([...v.index.personPaths()].sort(), suffix).toEqual([junior, "People/Luca.md"].sort());
			expect(v.index.problems().filter((p) => p.code.endsWith("copy")), suffix).toEqual([]);
		}
	});

	it("while a computer its user named still makes a copy (guard)", () => {
		const v = buildVault({ "People/Luca.md": luca, "People/Luca-MARCO-PC.md": luca, "People/Luca-LUCAPC.md": luca });
		expect([...v.index.personPaths()]).toEqual(["People/Luca.md"]);
	});
});

/*
 * Surnames written in capitals, as French and Belgian address books write them (`Marie DUPONT`): a double-barrelled one
 * (`Claire DUPONT-MARTIN`) read as `Claire DUPONT` and a computer named `MARTIN`, so a daughter who logged the same
 * family dinner as her mother was her mother's copy.
 */
describe("a double-barrelled surname written in capitals", () => {
	it("is a person of her own beside the one named by its first half", () => {
		const dinner = "---\ntype: person\n---\n## Log\n- 2026-11-08 family dinner\n";
		const v = buildVault({ "People/Claire DUPONT.md": dinner, "People/Claire DUPONT-MARTIN.md": dinner });
		expect([...v.index.personPaths()].sort()).toEqual(["People/Claire DUPONT-MARTIN.md", "People/Claire DUPONT.md"]);
	});
});
