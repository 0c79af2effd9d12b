import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/*
 * A pipeline that files notes by entity types each note by the folder it goes to: a 1:1 kept in a
 * person's folder gets that folder's `type: people`, with its day, the person and who was there.
 */
describe("a dated note typed by the people folder it is filed in", () => {
	const oneOnOne = md(
		{ type: "people", title: "1:1 with Mara Stein: hiring plan", date: "2026-11-18", person: "Mara Stein", participants: ["Lea Novak", "Mara Stein"], source: "transcript", tags: ["type/people", "generated"] },
		"# 1:1 with Mara Stein: hiring plan",
		"",
		"**Date**: 2026-11-18",
		"**With**: Lea Novak, Mara Stein",
		"",
		"## Action Items",
		"- [ ] Share the interview rubric with Mara @Myself 📅 2026-11-25 #task",
	);

	it("is a meeting on its day with the people who were there, not one more person", () => {
		const v = buildVault({
			"Work/People/Mara Stein/README.md": md({ type: "people", company: "Harbor Labs" }),
			"Work/People/Lea Novak/README.md": md({ type: "people", email: "lea@example.org" }),
			"Work/People/Mara Stein/2026-11-18 - 1-1 with Mara Stein- hiring plan.md": oneOnOne,
		});
		const path = "Work/People/Mara Stein/2026-11-18 - 1-1 with Mara Stein- hiring plan.md";
		expect(v.index.note(path)).toMatchObject({ kind: "meeting", date: "2026-11-18" });
		expect(v.index.attendeesOf(path)).toEqual(expect.arrayContaining(["Work/People/Mara Stein/README.md", "Work/People/Lea Novak/README.md"]));
		expect([...v.index.personPaths()].sort()).toEqual(["Work/People/Lea Novak/README.md", "Work/People/Mara Stein/README.md"]);
		expect(v.index.lastInteraction("Work/People/Mara Stein/README.md")?.day).toBe("2026-11-18");
	});

	it("is a meeting also when only tagged so, as a transcript filed for a person is", () => {
		const v = buildVault({
			"Work/People/Mara Stein/README.md": md({ type: "people" }),
			"Sources/Transcripts/2026-11-21 - Strategy sync with Mara.md": md({ type: "transcript", date: "2026-11-21", entity: "Mara Stein", participants: "Myself, Mara Stein", tags: ["type/people"] }),
		});
		expect(v.index.note("Sources/Transcripts/2026-11-21 - Strategy sync with Mara.md")).toMatchObject({ kind: "meeting", date: "2026-11-21" });
		expect(v.index.lastInteraction("Work/People/Mara Stein/README.md")?.day).toBe("2026-11-21");
	});

	it("leaves a person note named with a day, and a dated person note that lists no one, a person", () => {
		const v = buildVault({
			"People/2026-03-01 Olga Petrov.md": md({ type: "person", email: "olga@example.org" }),
			"People/2026-05-10 Ivo Lind.md": md({ type: "person", date: "2026-05-10", person: "Ivo Lind" }),
			"Notes/2026-06-02 Pia Lund.md": md({ tags: ["person"], email: "pia@example.org" }),
		});
		expect(v.index.note("People/2026-03-01 Olga Petrov.md")?.kind).toBe("person");
		expect(v.index.note("People/2026-05-10 Ivo Lind.md")?.kind).toBe("person");
		expect(v.index.note("Notes/2026-06-02 Pia Lund.md")?.kind).toBe("person");
	});
});
