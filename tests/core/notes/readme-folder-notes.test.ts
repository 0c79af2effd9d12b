import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";

/*
 * Vaults kept in git (or written by a script that files notes by entity) give each person a folder
 * whose own note is `README.md`, as GitHub shows a folder: `People/Mara Stein/README.md`.
 */
describe("a person's folder note named README", () => {
	const files = {
		"Work/People/Mara Stein/README.md": md({ type: "people", company: "Harbor Labs", last_contact: "2026-11-02", tags: ["type/people"] }, "# Mara Stein", "", "- Leads the data platform team."),
		"Work/People/Theo Ward/README.md": md({ type: "people", email: "theo@example.org" }, "# Theo Ward"),
		"Work/People/Ivo Lind/index.md": md({ email: "ivo@example.org" }, "# Ivo Lind"),
		"Work/Meetings/2026-11-20 Roadmap.md": md({ type: "meeting", date: "2026-11-20", participants: ["Mara Stein", "Theo Ward", "Ivo Lind"] }),
	};

	it("is the person of the folder, by the folder's name, and no two such notes are one person", () => {
		const v = buildVault(files);
		expect(v.index.person("Work/People/Mara Stein/README.md")?.person).toMatchObject({ name: "Mara Stein", org: "Harbor Labs" });
		expect(v.index.person("Work/People/Theo Ward/README.md")?.person?.name).toBe("Theo Ward");
		expect(v.index.person("Work/People/Ivo Lind/index.md")?.person?.name).toBe("Ivo Lind");
		expect(v.index.attendeesOf("Work/Meetings/2026-11-20 Roadmap.md")).toEqual(["Work/People/Mara Stein/README.md", "Work/People/Theo Ward/README.md", "Work/People/Ivo Lind/index.md"]);
		expect(v.index.problems().filter((p) => p.code === "duplicate-person")).toEqual([]);
	});

	it("stays no one where it is a folder's guide, not a person's note", () => {
		const v = buildVault({
			...files,
			"Work/People/README.md": md(null, "# People", "", "One folder per person."),
			"Projects/Website/README.md": md({ status: "active" }, "# Website"),
			"Work/People/Team notes/README.md": md(null, "How we run our 1:1s."),
		});
		expect(v.index.note("Work/People/README.md")?.kind).toBe("other");
		expect(v.index.note("Projects/Website/README.md")?.kind).toBe("other");
		expect(v.index.note("Work/People/Team notes/README.md")?.kind).toBe("other");
	});
});
