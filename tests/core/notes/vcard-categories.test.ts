import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/** A contact as the VCF Contacts plugin keeps one: vCard keys in the frontmatter, labels in CATEGORIES. */
const contact = (name: string, categories: string): string =>
	["---", "UID: urn:uuid:0f3c-review", 'VERSION: "4.0"', `FN: ${name}`, `N.GN: ${name.split(" ")[0] ?? ""}`, `N.FN: ${name.split(" ")[1] ?? ""}`, "EMAIL[1]: someone@example.org", `CATEGORIES: ${categories}`, "---", "", "## Notes", ""].join("\n");

describe("a vCard contact whose CATEGORIES are labels that name kinds of notes", () => {
	it.each([
		["Conference 2024,work", "work"],
		["conference", null],
		["Call list", null],
		["meeting", null],
	])("stays a person with CATEGORIES %j (circle %j), and no meeting without a date is reported", (categories, circle) => {
		const path = "Contacts/Ilaria Conte.md";
		const v = buildVault({ [path]: contact("Ilaria Conte", categories) });
		expect(v.index.note(path)?.kind).toBe("person");
		expect(v.index.person(path)?.person?.circle ?? null).toBe(circle);
		expect(v.index.problems()).toEqual([]);
	});

	it("still reads categories as the type of a note that is no vCard contact", () => {
		const v = buildVault({ "Notes/Standup.md": "---\ncategories: [meeting]\ndate: 2026-11-20\n---\n" });
		expect(v.index.note("Notes/Standup.md")?.kind).toBe("meeting");
	});
});
