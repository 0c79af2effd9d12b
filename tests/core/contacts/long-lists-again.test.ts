import { describe, expect, it } from "vitest";
import { expectLinear } from "../../growth";
import { card, note, plan } from "./cards";

/*
 * One card with thousands of numbers (a hostile or broken export), imported into a vault whose
 * note already has them (the same file a second time): each of the card's values was compared with
 * each of the note's, the square of their number.
 */
const numbers = (n: number): string[] => Array.from({ length: n }, (_, i) => `+39 333 ${1_000_000 + i}`);

describe("importing again a card with thousands of values into the note that holds them", () => {
	// Only numbers: addresses were compared as fast that their square showed only from 25,000 of them, too slow a test.
	it.each([["phone", "TEL", numbers, 2000]] as const)("finds each of the card's %s values among the note's, leaving the note unchanged, in time that grows with the values", (field, property, values, small) => {
		const imports = new Map(
			[small, 4 * small].map((n) => {
				const list = values(n);
				return [n, { vcf: card("Anna Rossi", "Rossi;Anna;;;", ...list.map((v) => `${property}:${v}`)), vault: [note("People/Anna Rossi.md", { first_name: "Anna", last_name: "Rossi", [field]: [...list].reverse() })] }];
			}),
		);
		const again = (n: number) => {
			const { vcf, vault } = imports.get(n) ?? { vcf: "", vault: [] };
			return plan(vcf, vault);
		};
		const planned = again(small);
		expect([planned.unchanged, planned.updates.length, planned.conflicts.length, planned.creates.length]).toEqual([1, 0, 0, 0]);
		expectLinear(again, { small, slackMs: 20 });
	});

	it("still finds a number written otherwise in the note (`333 1000005` for `+39 333 1000005`) and lists a number the note lacks as a conflict", () => {
		const written = numbers(6).map((n, i) => (i === 5 ? n.replace("+39 ", "") : n));
		const vault = [note("People/Anna Rossi.md", { first_name: "Anna", last_name: "Rossi", phone: written })];
		expect(plan(card("Anna Rossi", "Rossi;Anna;;;", ...numbers(6).map((n) => `TEL:${n}`)), vault).unchanged).toBe(1);
		const more = plan(card("Anna Rossi", "Rossi;Anna;;;", ...[...numbers(6), "+39 333 7777777"].map((n) => `TEL:${n}`)), vault);
		expect(more.conflicts.map((c) => [c.field, c.incoming.split(", ").length])).toEqual([["phone", 7]]);
	});
});
