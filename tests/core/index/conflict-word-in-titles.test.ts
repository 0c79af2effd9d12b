import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Round 16 (hostile review of 6d35b0f): the nBox app names a conflict copy `Anna Rossi (mrossi’s conflict on 2026-11-30)`,
 * and the rule written for it took any parenthesis with the word conflict and a day for a conflict copy: a meeting about a
 * conflict, named with its day in the parenthesis, was read as a copy of the meeting named without it (its people lost the
 * meeting) or, alone, was told in doctor as a copy whose note is gone.
 */
const person = "---\ntype: person\n---\n";
const meeting = (who: string): string => `---\ntype: meeting\ndate: 2026-11-30\nattendees: ["[[${who}]]"]\n---\n`;

describe("a note whose name says conflict and a day in a parenthesis, as a title does", () => {
	it("is a meeting of its own: Mediation (Anna and Ben conflict 2026-11-30), Planning (budget conflict 2026-12-01)", () => {
		const v = buildVault({
			"People/Anna.md": person,
			"People/Carla.md": person,
			"Meetings/Mediation.md": meeting("Carla"),
			"Meetings/Mediation (Anna and Ben conflict 2026-11-30).md": meeting("Anna"),
			"Meetings/Planning (budget conflict 2026-12-01).md": meeting("Anna"),
		});
		expect(v.index.attendeesOf("Meetings/Mediation (Anna and Ben conflict 2026-11-30).md")).toEqual(["People/Anna.md"]);
		expect(v.index.attendeesOf("Meetings/Planning (budget conflict 2026-12-01).md")).toEqual(["People/Anna.md"]);
		expect(v.index.problems().filter((p) => p.code.includes("conflict"))).toEqual([]);
	});

	it("while nBox's, Seafile's and a bare (conflict …) copy are copies (guard)", () => {
		const anna = "---\ntype: person\nemail: anna@lumen.it\n---\n";
		const copies = ["People/Anna Rossi (mrossi’s conflict on 2026-11-30).md", "People/Anna Rossi (Marco Rossi's conflict on 2026-11-30).md", "People/Anna Rossi (conflict 2026-11-30 101500).md"];
		const v = buildVault({ "People/Anna Rossi.md": anna, ...Object.fromEntries(copies.map((p) => [p, anna])) });
		expect([...v.index.personPaths()]).toEqual(["People/Anna Rossi.md"]);
	});
});
