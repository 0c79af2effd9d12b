import { describe, expect, it } from "vitest";
import { type ExistingPerson, planImport } from "../../../src/core/contacts/plan";
import { readContacts } from "../../../src/core/contacts/read-contacts";

const note = (path: string, frontmatter: Record<string, unknown>): ExistingPerson => ({ path, frontmatter: { type: "person", ...frontmatter } });

/** LinkedIn's Connections.csv with one connection, whose last name is written as given. */
const connection = (first: string, last: string): string => `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${first},${last},https://www.linkedin.com/in/anna-rossi-1a2b3c,,Lumen,CEO,05 Mar 2025\n`;

function plan(text: string, existing: ExistingPerson[]) {
	const file = readContacts(text);
	if (!file) throw new Error("not read as contacts");
	return planImport(file, existing, { folder: "People", takenPaths: new Set(existing.map((e) => e.path)) });
}

describe("a LinkedIn connection whose name carries degrees, pronouns or an emoji", () => {
	const cases: [string, string][] = [
		["Rossi MBA", "a degree"],
		['"Rossi, CFA, CPA"', "degrees after a comma"],
		["Rossi (she/her)", "pronouns"],
		["Rossi 🚀", "an emoji"],
	];
	for (const [last, what] of cases) {
		it(`completes Anna Rossi.md from Anna ${last} (${what}) instead of making a second note`, () => {
			const p = plan(connection("Anna", last), [note("People/Anna Rossi.md", {})]);
			expect(p.creates).toEqual([]);
			expect(p.updates.map((u) => u.path)).toEqual(["People/Anna Rossi.md"]);
		});
	}

	it("still makes Anna Rossini a note of her own beside Anna Rossi.md", () => {
		const p = plan(connection("Anna", "Rossini"), [note("People/Anna Rossi.md", {})]);
		expect(p.updates).toEqual([]);
		expect(p.creates.map((c) => c.path)).toEqual(["People/Anna Rossini.md"]);
	});
});
