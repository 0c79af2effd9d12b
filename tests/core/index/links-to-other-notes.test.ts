import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { buildVault, md, meeting, person, type TestVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * Obsidian opens a link by file name (the linking note's folder first, else the shortest path) and
 * never by alias: `[[Paris]]` beside `Places/Paris.md` is the place, whoever goes by Paris.
 */

const PARIS_HILTON = person({ aliases: ["Paris"] });
const PLACE = md({ tags: ["place"] }, "A city.");
const daily = (...body: string[]): string => md(null, ...body);

describe("a link to a note that is no person, named like someone's alias", () => {
	const vault = (): TestVault =>
		buildVault({
			"People/Paris Hilton.md": PARIS_HILTON,
			"Places/Paris.md": PLACE,
			"Meetings/2026-11-20 Trip.md": meeting("2026-11-20", ["[[Paris]]"], "- [ ] Book the hotel"),
			"Daily/2026-11-21.md": daily("Walked around [[Paris]] all day."),
		});

	it("credits nobody: the meeting and the daily note link the place Obsidian opens", () => {
		const v = vault();
		expect(v.index.attendeesOf("Meetings/2026-11-20 Trip.md")).toEqual([]);
		expect(v.index.lastInteraction("People/Paris Hilton.md")).toBeNull();
		expect(v.index.followUpsOf("People/Paris Hilton.md")).toEqual([]);
	});

	it("still credits her for a link to her file, a link through her alias, and her alias written plainly as an attendee", () => {
		const v = buildVault({
			"People/Paris Hilton.md": PARIS_HILTON,
			"Places/Paris.md": PLACE,
			"Meetings/a.md": meeting("2026-11-18", ["[[Paris Hilton|Paris]]"]),
			"Meetings/b.md": meeting("2026-11-19", ["Paris"]),
			"Meetings/c.md": meeting("2026-11-20", ["[[People/Paris Hilton]]"]),
		});
		expect(["Meetings/a.md", "Meetings/b.md", "Meetings/c.md"].map((m) => v.index.attendeesOf(m))).toEqual([["People/Paris Hilton.md"], ["People/Paris Hilton.md"], ["People/Paris Hilton.md"]]);
	});

	it("credits her again when the place note goes, and stops when it comes back, as a fresh build does", () => {
		const v = vault();
		v.remove("Places/Paris.md");
		expect(v.index.lastInteraction("People/Paris Hilton.md")?.day).toBe("2026-11-21");
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("Travel/Paris.md", PLACE);
		expect(v.index.lastInteraction("People/Paris Hilton.md")).toBeNull();
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.rename("Travel/Paris.md", "Travel/Paris 2019.md");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Trip.md")).toEqual(["People/Paris Hilton.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("reads the links again when the place becomes a person note, or a person note stops being one", () => {
		const v = vault();
		v.write("Places/Paris.md", person());
		expect(v.index.attendeesOf("Meetings/2026-11-20 Trip.md")).toEqual(["Places/Paris.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("Places/Paris.md", PLACE);
		v.write("People/Paris Hilton.md", md({ aliases: ["Paris"] }, "Not a contact any more."));
		expect(v.index.attendeesOf("Meetings/2026-11-20 Trip.md")).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("keeps crediting nobody when a person takes the place's name as an alias after the start, told in the background or not", () => {
		for (const background of [false, true]) {
			const v = buildVault({ "People/Paris Hilton.md": person(), "Places/Paris.md": PLACE, "Meetings/2026-11-20 Trip.md": meeting("2026-11-20", ["[[Paris]]"]) });
			if (background) while (!v.index.fileWaitingReferences(1));
			v.write("People/Paris Hilton.md", PARIS_HILTON);
			expect(v.index.attendeesOf("Meetings/2026-11-20 Trip.md")).toEqual([]);
			expect(seen(v)).toEqual(seen(fresh(v)));
		}
	});

	it("credits nobody when the place comes in a later slice of a start than the notes that link it", () => {
		const v = vault();
		const notes = [...v.files].map(([path, text]) => v.parse(path, text));
		const index = new VaultIndex();
		index.addAll(notes.filter((n) => n.path !== "Places/Paris.md"), true);
		index.addAll(notes.filter((n) => n.path === "Places/Paris.md"));
		expect(index.attendeesOf("Meetings/2026-11-20 Trip.md")).toEqual([]);
		expect(index.lastInteraction("People/Paris Hilton.md")).toBeNull();
	});
});

describe("a person and a note that is no person with the same file name", () => {
	const vault = (): TestVault =>
		buildVault({
			"People/Anna.md": person(),
			"Projects/Anna.md": md({ status: "active" }, "The Anna project."),
			"Meetings/Sync.md": meeting("2026-11-20", ["[[Anna]]"]),
			"Projects/Kickoff.md": meeting("2026-11-21", ["[[Anna]]"]),
		});

	it("resolves as Obsidian opens the link: the linking note's folder first, else the shortest path", () => {
		const v = vault();
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Anna.md"]);
		expect(v.index.attendeesOf("Projects/Kickoff.md")).toEqual([]);
		expect(v.index.lastInteraction("People/Anna.md")?.day).toBe("2026-11-20");
	});

	it("follows a link with a folder to the note it names", () => {
		const v = buildVault({ "People/Anna.md": person(), "Projects/Anna.md": md(null, "x"), "Meetings/a.md": meeting("2026-11-20", ["[[Projects/Anna]]"]), "Meetings/b.md": meeting("2026-11-21", ["[[People/Anna]]"]) });
		expect([v.index.attendeesOf("Meetings/a.md"), v.index.attendeesOf("Meetings/b.md")]).toEqual([[], ["People/Anna.md"]]);
	});

	it("gives the project's meeting to Anna once the project note goes, as a fresh build", () => {
		const v = vault();
		v.remove("Projects/Anna.md");
		expect(v.index.attendeesOf("Projects/Kickoff.md")).toEqual(["People/Anna.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});
});
