import { describe, expect, it } from "vitest";
import type { ParsedNote } from "../../../src/core/notes/note";
import { buildVault, md, person } from "../../builders";

/**
 * Meeting notes named after whom they were with, as public meeting templates name them (a day, then
 * `Sync with <name>`, `<name> 1-1`), filed in a meetings folder with nothing but notes in them: no
 * attendee property, no attendee list, no link.
 */
describe("a meeting whose name says whom it was with", () => {
	const vault = (): ReturnType<typeof buildVault> =>
		buildVault({
			"People/Anna Bianchi.md": person(),
			"People/Ben Carter.md": person({ aliases: ["Benny"] }),
			"People/Hugo Ivers.md": person(),
			"People/Livia Neri.md": person(),
			"People/Marco Rossi.md": person(),
			"People/Carla Dini.md": person(),
			"Meetings/2026-11-20 - Sync with Anna Bianchi.md": md(null, "- roadmap", "- pricing"),
			"Meetings/2026-11-21 Coffee with Benny at the station.md": md(null, "- moving house"),
			"Meetings/2026-11-19 Hugo Ivers 1-1.md": md(null, "- career"),
			"Riunioni/2026-11-22 Pranzo con Livia Neri e Marco Rossi.md": md(null, "- vacanze"),
			"Meetings/2026-11-23 Sync with marketing.md": md(null, "- launch"),
			"Meetings/2026-11-24 Review with Carla Dini.md": md({ date: "2026-11-24", attendees: ["[[Anna Bianchi]]"] }, "- numbers"),
		});

	it("counts the people its name gives as met on its day", () => {
		const { index } = vault();
		expect(index.lastInteraction("People/Anna Bianchi.md")?.day).toBe("2026-11-24");
		expect(index.interactions("People/Anna Bianchi.md").map((i) => i.day)).toEqual(["2026-11-24", "2026-11-20"]);
		expect(index.lastInteraction("People/Ben Carter.md")?.day).toBe("2026-11-21");
		expect(index.lastInteraction("People/Hugo Ivers.md")?.day).toBe("2026-11-19");
		expect(index.lastInteraction("People/Livia Neri.md")?.day).toBe("2026-11-22");
		expect(index.lastInteraction("People/Marco Rossi.md")?.day).toBe("2026-11-22");
	});

	it("says nothing about a name that is no person's", () => {
		const { index } = vault();
		expect(index.problems().filter((p) => p.path.includes("marketing")).map((p) => p.code)).toEqual([]);
	});

	it("leaves a meeting that lists its attendees as they are: whom its name gives did not attend by that", () => {
		const { index } = vault();
		expect(index.interactions("People/Carla Dini.md")).toEqual([]);
	});

	it("reads a first name alone as the one person of that first name, and as nobody when two share it", () => {
		const v = buildVault({
			"People/Anna Bianchi.md": person(),
			"People/Dario Fo.md": person(),
			"People/Dario Neri.md": person(),
			"Meetings/2026-11-20 - Sync with Anna.md": md(null, "- roadmap"),
			"Meetings/2026-11-21 Call with Dario.md": md(null, "- contract"),
		});
		expect(v.index.lastInteraction("People/Anna Bianchi.md")?.day).toBe("2026-11-20");
		expect(v.index.interactions("People/Dario Fo.md")).toEqual([]);
		expect(v.index.interactions("People/Dario Neri.md")).toEqual([]);
		expect(v.index.problems()).toEqual([]);
	});

	it("reads a name that is a full name alone after its day as that person, as a 1:1 template names its notes", () => {
		const v = buildVault({
			"People/Dana Evans.md": person(),
			"People/Rose Tyler.md": person(),
			"Meetings/1to1/2026-11-22 - Dana Evans.md": md(null, "# Notes", "- goals"),
			"Meetings/2026-11-23 Quarterly review.md": md(null, "- numbers"),
			"Meetings/2026-11-24 Rose.md": md(null, "- the Rose project"),
		});
		expect(v.index.lastInteraction("People/Dana Evans.md")?.day).toBe("2026-11-22");
		expect(v.index.interactions("People/Rose Tyler.md")).toEqual([]);
		expect(v.index.problems()).toEqual([]);
	});

	it("credits nobody from the name of a note that is no meeting", () => {
		const v = buildVault({ "People/Anna Bianchi.md": person(), "Ideas/2026-11-20 Gift with Anna Bianchi.md": md(null, "- a scarf") });
		expect(v.index.interactions("People/Anna Bianchi.md")).toEqual([]);
	});
});

/**
 * A 1:1 whose other person is named only by its title: the file's name (`1-1 Anna Rossi`), a `title` property written by a
 * script that names files otherwise (`title: "1:1 with Marco"`) or its title heading (`# Dana <> me`, `# Anna / Marco sync`).
 */
describe("a 1:1 named only by its title", () => {
	const people = { "People/Anna Rossi.md": person(), "People/Marco Bianchi.md": person(), "People/Dana Evans.md": person() };
	const attendeesOf = (path: string, text: string, more: Record<string, string> = {}): string[] => buildVault({ ...people, ...more, [path]: text }).index.attendeesOf(path);

	it("takes its people as attendees from its file name, its title property or its title heading", () => {
		expect(attendeesOf("Meetings/1-1 Anna Rossi.md", md({ date: "2026-11-17" }, "- hiring"))).toEqual(["People/Anna Rossi.md"]);
		expect(attendeesOf("Meetings/Weekly.md", md({ date: "2026-11-18", title: "1:1 with Marco" }, "- budget"))).toEqual(["People/Marco Bianchi.md"]);
		expect(attendeesOf("Meetings/2026-11-19 Sync.md", md(null, "# Dana <> me", "- packet"))).toEqual(["People/Dana Evans.md"]);
		expect(attendeesOf("Meetings/2026-11-20 Sync.md", md(null, "# Anna / Marco sync", "- quota"))).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		expect(attendeesOf("Riunioni/Incontro con Anna.md", md({ data: "2026-11-12" }, "- budget"))).toEqual(["People/Anna Rossi.md"]);
	});

	it("gives its task that names no one to those people", () => {
		const v = buildVault({ ...people, "Meetings/2026-11-19 Sync.md": md(null, "# Dana <> me", "- [ ] Review the packet") });
		expect(v.index.followUpOwnersOf(v.index.note("Meetings/2026-11-19 Sync.md") as ParsedNote).owners).toEqual([["People/Dana Evans.md"]]);
	});

	it("takes no one whom no person note names, nor anyone when one of its titles says it did not take place, and asks doctor for no one", () => {
		const v = buildVault({
			...people,
			"Meetings/1-1 Giulia Neri.md": md({ date: "2026-11-16" }, "- onboarding"),
			"Meetings/2026-11-19 Design - Eng sync.md": md(null, "# Design / Eng sync"),
			"Meetings/2026-11-21 Sync (cancelled).md": md(null, "# Anna <> me"),
		});
		expect(["Meetings/1-1 Giulia Neri.md", "Meetings/2026-11-19 Design - Eng sync.md", "Meetings/2026-11-21 Sync (cancelled).md"].map((p) => v.index.attendeesOf(p))).toEqual([[], [], []]);
		expect(v.index.problems()).toEqual([]);
	});

	it("takes no one from its title when it lists its attendees", () => {
		expect(attendeesOf("Meetings/1-1 Anna Rossi.md", md({ date: "2026-11-17", attendees: ["[[Dana Evans]]"] }, "- hiring"))).toEqual(["People/Dana Evans.md"]);
	});
});
