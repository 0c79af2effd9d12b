import { describe, expect, it } from "vitest";
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
