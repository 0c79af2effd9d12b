import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * A meeting's title heading or name that sets a project beside a team (`# Atlas / Registry sync`, `Atlas sync with
 * Registry`) names the project, when the vault has a note of that name that is no person (`Atlas.md`, `Projects/Atlas.md`),
 * as `[[Atlas]]` would open it: it credited Atlas Kim, whose first name it is and who was never there. A person whose
 * file name, name or alias is Atlas is still credited.
 */
const base = {
	"People/Atlas Kim.md": person(),
	"People/Dana Evans.md": person(),
	"Meetings/2026-11-20 Notes.md": md({ type: "meeting", date: "2026-11-20" }, "# Atlas / Registry sync", "- decided the schema"),
	"Meetings/2026-11-21 Weekly.md": md({ type: "meeting", date: "2026-11-21" }, "# Dana / Kofi sync", "- numbers"),
};

describe("a meeting's title that names a note that is no person", () => {
	it("credits the person of that first name while no other note has the name", () => {
		const v = buildVault(base);
		expect(v.index.attendeesOf("Meetings/2026-11-20 Notes.md")).toEqual(["People/Atlas Kim.md"]);
	});

	it("credits nobody by that first name when a project's note has it, at the vault's root or in any folder", () => {
		for (const at of ["Atlas.md", "Projects/Atlas.md", "Areas/Work/Atlas.md"]) {
			const v = buildVault({ ...base, [at]: md({ type: "project", status: "active" }, "# Atlas", "The registry rewrite.") });
			expect(v.index.attendeesOf("Meetings/2026-11-20 Notes.md"), at).toEqual([]);
			expect(v.index.lastInteraction("People/Atlas Kim.md"), at).toBeNull();
			expect(v.index.lastInteraction("People/Dana Evans.md")?.day, at).toBe("2026-11-21");
		}
	});

	it("still credits a person whose own file name or alias is the word", () => {
		const v = buildVault({ ...base, "People/Atlas Kim.md": person({ aliases: ["Atlas"] }), "Projects/Atlas.md": md({ type: "project" }, "The registry rewrite.") });
		expect(v.index.attendeesOf("Meetings/2026-11-20 Notes.md")).toEqual(["People/Atlas Kim.md"]);
	});

	it("still credits the person when the note of that word is empty, as clicking a link to it makes it, holds only its own name as a heading, or only the date a new note's template stamps", () => {
		for (const stub of ["", "\n\n", "# Atlas\n", "---\ncreated: 2026-11-20\n---\n", "---\ncreated: 2026-11-20 10:00\nmodified: 2026-11-20\n---\n# Atlas\n"]) {
			const v = buildVault({ ...base, "Atlas.md": stub });
			expect(v.index.attendeesOf("Meetings/2026-11-20 Notes.md"), JSON.stringify(stub)).toEqual(["People/Atlas Kim.md"]);
			v.write("Atlas.md", "Project hub.\n");
			expect(v.index.lastInteraction("People/Atlas Kim.md"), JSON.stringify(stub)).toBeNull();
			expect(seen(v)).toEqual(seen(fresh(v)));
		}
		const project = buildVault({ ...base, "Atlas.md": md({ type: "project", created: "2026-11-20" }) });
		expect(project.index.lastInteraction("People/Atlas Kim.md")).toBeNull();
	});

	it("is read again as such a note comes, is renamed and goes, as a fresh build reads it", () => {
		const v = buildVault(base);
		v.write("Projects/Atlas.md", md({ type: "project" }, "The registry rewrite."));
		expect(v.index.lastInteraction("People/Atlas Kim.md")).toBeNull();
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.rename("Projects/Atlas.md", "Projects/Atlas v1.md");
		expect(v.index.lastInteraction("People/Atlas Kim.md")?.day).toBe("2026-11-20");
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.rename("Projects/Atlas v1.md", "Atlas.md");
		expect(v.index.lastInteraction("People/Atlas Kim.md")).toBeNull();
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("Atlas.md");
		expect(v.index.lastInteraction("People/Atlas Kim.md")?.day).toBe("2026-11-20");
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("is read whatever the order a build adds the note and the meeting in", () => {
		const v = buildVault({ "Atlas.md": "Project hub.\n", ...base });
		const w = buildVault({ ...base, "Atlas.md": "Project hub.\n" });
		expect(v.index.lastInteraction("People/Atlas Kim.md")).toBeNull();
		expect(seen(w)).toEqual(seen(v));
	});

	it("gives a meeting's task that names the project by that word to every attendee, not to the person of that first name", () => {
		const files = {
			"People/Atlas Kim.md": person(),
			"People/Dana Evans.md": person(),
			"Meetings/2026-11-23 Weekly.md": md({ type: "meeting", date: "2026-11-23", attendees: ["[[Atlas Kim]]", "[[Dana Evans]]"] }, "- [ ] Ship Atlas v2"),
		};
		const owners = (v: ReturnType<typeof buildVault>): string[] => [...(v.index.followUpsIn("Meetings/2026-11-23 Weekly.md")[0]?.people ?? [])].sort();
		expect(owners(buildVault(files))).toEqual(["People/Atlas Kim.md"]);
		expect(owners(buildVault({ ...files, "Projects/Atlas.md": md({ type: "project" }, "The registry rewrite.") }))).toEqual(["People/Atlas Kim.md", "People/Dana Evans.md"]);
	});
});
