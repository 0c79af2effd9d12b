import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/core/contacts/csv";
import { type GroupPerson, planGroups } from "../../../src/core/events/groups";
import { pairKey } from "../../../src/core/shared/pair-key";
import { planImport } from "../../../src/core/contacts/plan";
import { readContacts } from "../../../src/core/contacts/read-contacts";
import { addFrontmatterEntries } from "../../../src/core/contacts/yaml-lite";
import { readFrontmatter } from "../../../src/cli/safe-frontmatter";

const exportish = fc.array(
	fc.oneof(
		fc.string(),
		fc.constantFrom("BEGIN:VCARD\r\n", "END:VCARD\r\n", "VERSION:3.0\r\n", "FN:", "N:", ";", ",", "\\", "\\n", '"', "=\r\n", "=C3=A9", "ENCODING=QUOTED-PRINTABLE", "BDAY:", "--1202", "EMAIL:", "\r\n ", "\n\t",
			"First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n", "E-mail 1 - Value", "Given Name,Family Name\n", " ::: ", "https://www.linkedin.com/in/x", "\uFEFF"),
	),
	{ maxLength: 40 },
).map((parts) => parts.join(""));

describe("contact imports never crash", () => {
	it("reading any text as CSV, vCard, LinkedIn or Google export, and planning it", () => {
		fc.assert(
			fc.property(exportish, (text) => {
				parseCsv(text);
				const file = readContacts(text);
				if (file) {
					for (const p of file.problems) expect(p.line).toBeGreaterThanOrEqual(1);
					const plan = planImport(file, [{ path: "People/A.md", frontmatter: { email: "a@b.c", aliases: ["x"] } }], { folder: "People", takenPaths: new Set(["People/A.md"]) });
					const paths = plan.creates.map((c) => c.path.toLowerCase());
					expect(new Set(paths).size).toBe(paths.length);
					for (const p of paths) expect(p).not.toBe("people/a.md");
				}
			}),
			{ numRuns: 400 },
		);
	});

	it("adding frontmatter keeps every original byte and the result reads back with the new keys", () => {
		const body = fc.array(fc.constantFrom("# Title", "text", "", "- [ ] task", "key: value"), { maxLength: 5 });
		fc.assert(
			fc.property(fc.boolean(), fc.boolean(), fc.boolean(), body, fc.uniqueArray(fc.constantFrom("type: person", "zeta: 1", "tags: [a]"), { maxLength: 3 }), (bom, crlf, hasFm, lines, fm) => {
				const eol = crlf ? "\r\n" : "\n";
				const text = (bom ? "\uFEFF" : "") + (hasFm ? ["---", ...fm, "---", ""].join(eol) : "") + lines.join(eol);
				const out = addFrontmatterEntries(text, [["email", "a@b.c"], ["groups", ["Work", "Design: x"]]]);
				// A note without a line break yet gets "\n", the note's own ending otherwise.
				const nl = text.includes("\r\n") ? "\r\n" : "\n";
				// Removing what was added gives the note back, byte for byte.
				const added = hasFm ? `email: a@b.c${nl}groups:${nl}  - Work${nl}  - "Design: x"${nl}` : `---${nl}email: a@b.c${nl}groups:${nl}  - Work${nl}  - "Design: x"${nl}---${nl}`;
				expect(out.replace(added, "")).toBe(text);
				expect(readFrontmatter("n.md", out).data).toMatchObject({ email: "a@b.c", groups: ["Work", "Design: x"] });
			}),
			{ numRuns: 300 },
		);
	});
});

describe("group planner, for any attendees", () => {
	const people = fc.uniqueArray(
		fc.record({ id: fc.stringMatching(/^[A-Z][a-z]{1,5}$/), interests: fc.array(fc.constantFrom("jazz", "chess", "climbing", "wine"), { maxLength: 3 }), org: fc.option(fc.constantFrom("Acme", "Beta"), { nil: null }) }),
		{ selector: (p) => p.id, minLength: 2, maxLength: 24 },
	);

	it("seats everyone once, in groups as even as possible, and never repeats tablemates when rounds allow it", () => {
		fc.assert(
			fc.property(people, fc.integer({ min: 2, max: 6 }), (list: GroupPerson[], size) => {
				const plan = planGroups({ people: list, size, rounds: 2, restarts: 1, kicks: 5 });
				for (const round of plan.rounds) {
					expect(round.groups.flat().sort()).toEqual(list.map((p) => p.id).sort());
					const sizes = round.groups.map((g) => g.length);
					expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
				}
				// With at least as many groups as people per group, a second round can always avoid repeats.
				const groups = plan.rounds[0]?.groups.length ?? 0;
				const biggest = Math.max(...(plan.rounds[0]?.groups.map((g) => g.length) ?? [0]));
				if (groups >= biggest) expect(plan.rounds[1]?.stats.repeatedPairs).toBe(0);
				const first = new Set((plan.rounds[0]?.groups ?? []).flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => pairKey(a, b)))));
				const repeats = (plan.rounds[1]?.groups ?? []).flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => pairKey(a, b)))).filter((k) => first.has(k)).length;
				expect(repeats).toBe(plan.rounds[1]?.stats.repeatedPairs);
			}),
			{ numRuns: 150 },
		);
	});
});
