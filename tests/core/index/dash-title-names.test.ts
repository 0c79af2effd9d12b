import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/*
 * A meeting named with a dash before the other person's name (`Sync - Dana`, `2026-11-20 - Coffee – Marco`, Italian
 * `Pranzo - Livia`), as calendar exports and quick-add templates name it, is read as `Sync with Dana` is: a first name
 * alone credits the one person who has it, a full name its person. It credited no one. Not a first name two people
 * share, nor a project's or a firm's word the vault knows, nor a topic (`Meeting - roadmap`), nor a month (`Sync - May`).
 */
const people = {
	"People/Dana Evans.md": person(),
	"People/Marco Bianchi.md": person(),
	"People/Livia Conti.md": person(),
	"People/Atlas Kim.md": person(),
};

describe("a meeting's name with a dash before a name", () => {
	it("credits the one person of that first name, or of that full name, in a meeting note's name and a daily note's heading", () => {
		const v = buildVault({
			...people,
			"Meetings/2026-11-20 Sync - Dana.md": md({ type: "meeting", date: "2026-11-20" }, "- budget"),
			"Meetings/2026-11-19 - Coffee – Marco Bianchi.md": md({ type: "meeting", date: "2026-11-19" }, "- new job"),
			"Daily/2026-11-18.md": md(null, "## Meetings", "### 12:30 Pranzo - Livia", "- ferie"),
		});
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync - Dana.md")).toEqual(["People/Dana Evans.md"]);
		expect(v.index.attendeesOf("Meetings/2026-11-19 - Coffee – Marco Bianchi.md")).toEqual(["People/Marco Bianchi.md"]);
		expect(v.index.lastInteraction("People/Livia Conti.md")?.day).toBe("2026-11-18");
	});

	it("credits no one for a first name two people share, a project's word the vault has a note of, a topic, or a month (Sync - May beside May Chen)", () => {
		const v = buildVault({
			...people,
			"People/Dana Moreau.md": person(),
			"Projects/Atlas.md": md({ type: "project" }, "The registry rewrite."),
			"Meetings/2026-11-20 Sync - Dana.md": md({ type: "meeting", date: "2026-11-20" }, "- budget"),
			"Meetings/2026-11-21 Sync - Atlas.md": md({ type: "meeting", date: "2026-11-21" }, "- schema"),
			"Meetings/2026-11-22 Meeting - roadmap.md": md({ type: "meeting", date: "2026-11-22" }, "- Q1"),
			"People/May Chen.md": person(),
			"Meetings/2026-11-23 Sync - May.md": md({ type: "meeting", date: "2026-11-23" }, "- monthly numbers"),
		});
		expect(v.index.attendeesOf("Meetings/2026-11-23 Sync - May.md")).toEqual([]);
		expect(v.index.lastInteraction("People/May Chen.md")).toBeNull();
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync - Dana.md")).toEqual([]);
		expect(v.index.attendeesOf("Meetings/2026-11-21 Sync - Atlas.md")).toEqual([]);
		expect(v.index.attendeesOf("Meetings/2026-11-22 Meeting - roadmap.md")).toEqual([]);
		for (const p of Object.keys(people)) expect(v.index.lastInteraction(p), p).toBeNull();
	});

	it("credits no one for such a name that says the meeting did not happen or only prepares it", () => {
		const v = buildVault({
			...people,
			"Meetings/2026-11-20 Sync - Dana (cancelled).md": md({ type: "meeting", date: "2026-11-20" }, "- budget"),
			"Meetings/2026-11-21 Call - Marco - prep.md": md({ type: "meeting", date: "2026-11-21" }, "- questions"),
		});
		for (const p of Object.keys(people)) expect(v.index.lastInteraction(p), p).toBeNull();
	});
});
