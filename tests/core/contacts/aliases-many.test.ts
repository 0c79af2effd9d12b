import { describe, expect, it } from "vitest";
import { expectLinear } from "../../growth";
import { type Contact, emptyContact } from "../../../src/core/contacts/contact";
import { type ExistingPerson, planImport } from "../../../src/core/contacts/plan";

/*
 * One person note with thousands of aliases (a script that wrote every spelling it met), and as many cards that
 * are hers (an address book exported from several accounts): each card compared her names one by one, so the
 * import took time that grew with the cards times the aliases. It grows with the cards and the aliases.
 */
const letters = (i: number): string => i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)));

function anna(aliases: number): ExistingPerson {
	return { path: "People/Anna Rossi.md", frontmatter: { type: "person", email: "anna@x.it", aliases: Array.from({ length: aliases }, (_, i) => `Anna ${letters(i)} Rossi`) } };
}

function cards(n: number, email: boolean): Contact[] {
	return Array.from({ length: n }, (_, i) => {
		const c = emptyContact(i + 1);
		c.name = i % 2 === 0 ? "Anna Rossi" : `Anna ${letters(i)} Rossi`;
		[c.firstName, c.lastName] = ["Anna", "Rossi"];
		if (email) c.emails = ["anna@x.it"];
		return c;
	});
}

const plan = (n: number, email: boolean) => {
	const vault = [anna(n)];
	return planImport({ source: "vcard", contacts: cards(n, email), problems: [] }, vault, { folder: "People", takenPaths: new Set(vault.map((p) => p.path)) });
};

describe("as many cards as the aliases of the one note they are", () => {
	for (const email of [true, false]) {
		const by = email ? "her email" : "her names";
		it(`finds each of 300 cards by ${by} as Anna Rossi, who has 300 aliases, creating nobody, in time that grows with the cards and the aliases`, () => {
			const planned = plan(300, email);
			expect(planned.creates).toEqual([]);
			expect(planned.ambiguous).toEqual([]);
			expect(planned.unchanged + planned.updates.length).toBeGreaterThan(0);
			expectLinear((n) => plan(n, email), { small: 300, slackMs: 20 });
		});
	}

	it("tells each of 300 cards of other names that give her email apart from Anna Rossi, who has 300 aliases, in time that grows with the cards and the aliases", () => {
		const others = (n: number) => {
			const contacts = Array.from({ length: n }, (_, i) => {
				const c = emptyContact(i + 1);
				c.name = `Bruno ${letters(i)} Verdi`;
				c.emails = ["anna@x.it"];
				return c;
			});
			const vault = [anna(n)];
			return planImport({ source: "vcard", contacts, problems: [] }, vault, { folder: "People", takenPaths: new Set(vault.map((p) => p.path)) });
		};
		const planned = others(300);
		expect(planned.ambiguous.map((a) => a.candidates)).toEqual(Array.from({ length: 300 }, () => ["People/Anna Rossi.md"]));
		expectLinear(others, { small: 300, slackMs: 20 });
	});
});
