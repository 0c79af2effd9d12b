import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/**
 * People templates that prefix every key with the note's kind (`person-company`, `person-title`,
 * `birth-date`, or `person_org`, `person_title` beside `note_type: person`), as two public vault templates write them.
 */
const dashed = [
	"---",
	"tags:",
	"  - people",
	"person-name: Frank Green",
	"person-company:",
	'  - "[[Soylent]]"',
	"person-title: Buyer",
	"birth-date: 1985-01-09",
	"---",
	"# Frank Green",
	"",
].join("\n");
const underscored = ["---", "tags: [people/eve_foster]", "note_type: person", "person_org: Acme", "person_title: CTO", "person_timezone: CET", "---", "# Eve Foster", ""].join("\n");

describe("a person note whose keys carry the person prefix", () => {
	it("shows the organisation, role and birthday it writes so", () => {
		const v = buildVault({ "Notes/Frank Green.md": dashed, "Notes/Eve Foster.md": underscored });
		expect(v.index.person("Notes/Frank Green.md")?.person).toMatchObject({ org: "[[Soylent]]", role: "Buyer", birthday: { year: 1985, month: 1, day: 9 } });
		expect(v.index.person("Notes/Eve Foster.md")?.person).toMatchObject({ org: "Acme", role: "CTO" });
	});

	it("shows nothing for a field the template left at its default `[[undefined]]`", () => {
		const left = ["---", "tags:", "  - people", "person-company:", '  - "[[undefined]]"', "person-title:", '  - "[[undefined]]"', "company: undefined", "---", ""].join("\n");
		const v = buildVault({ "Notes/Gus Hart.md": left });
		expect(v.index.person("Notes/Gus Hart.md")?.person).toMatchObject({ org: null, role: null });
	});

	it("keeps the note's own key when it writes both", () => {
		const both = ["---", "type: person", "company: Lumen", "person_company: Acme", "---", ""].join("\n");
		const v = buildVault({ "People/Anna.md": both });
		expect(v.index.person("People/Anna.md")?.person?.org).toBe("Lumen");
	});

	it("makes no person of a note with prefixed keys and no mark of a person", () => {
		const loose = ["---", "tags: [project]", "person_company: Acme", "date: 2026-11-20", "---", "Kickoff notes.", ""].join("\n");
		const v = buildVault({ "Projects/Kickoff.md": loose });
		expect(v.index.person("Projects/Kickoff.md")).toBeUndefined();
	});
});
