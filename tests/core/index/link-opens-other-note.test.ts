import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * A person and another note with one file name: `People/Standup.md` (a colleague nicknamed so) beside the
 * meeting `Meetings/Standup.md`, or `People/Mario.md` beside the client project `Projects/Mario.md`. A link
 * `[[Mario]]` opens the note Obsidian opens (same folder, else the shortest path), which may be no person: the
 * meeting then counts for nobody, as before. But doctor told the user to create a person note `Mario`, one
 * that exists: following it made a second Mario. It now says which note the link opens and how to link her.
 */
const person = "---\ntype: person\n---\n";

describe("an attendee link that opens a note that is no person, while a person has its name", () => {
	it("is no unknown attendee: doctor names the person and asks for a link with her folder", () => {
		const v = buildVault({
			"People/Mario.md": person,
			"Mario.md": "---\ntype: project\n---\n",
			"Meetings/2026-11-20 Kickoff.md": "---\ntype: meeting\nattendees: [\"[[Mario]]\"]\n---\n",
		});
		expect(v.index.attendeesOf("Meetings/2026-11-20 Kickoff.md")).toEqual([]);
		const problems = v.index.problems();
		expect(problems.filter((p) => p.code === "unknown-attendee")).toEqual([]);
		expect(problems.filter((p) => p.code === "attendee-opens-other-note")).toEqual([
			{ path: "Meetings/2026-11-20 Kickoff.md", line: 2, code: "attendee-opens-other-note", params: { name: "Mario", candidates: "People/Mario.md" } },
		]);
		expect(v.index.counts().problems).toBe(problems.length);
	});

	it("goes when the person goes, and the link is an unknown attendee again", () => {
		const v = buildVault({ "People/Mario.md": person, "Mario.md": "# Mario\n", "Meetings/2026-11-20 Kickoff.md": "---\ntype: meeting\nattendees: [\"[[Mario]]\"]\n---\n" });
		v.index.remove("People/Mario.md");
		expect(v.index.problems().map((p) => p.code)).toEqual(["unknown-attendee"]);
		v.index.set(v.parse("People/Mario.md", person));
		expect(v.index.problems().map((p) => p.code)).toEqual(["attendee-opens-other-note"]);
	});
});

describe("an attendee link to a place that someone goes by", () => {
	it("names her too: `[[Paris]]` is the place, and doctor says how to link Paris Hilton", () => {
		const v = buildVault({
			"People/Paris Hilton.md": "---\ntype: person\naliases: [Paris]\n---\n",
			"Places/Paris.md": "# Paris\n",
			"Meetings/2026-11-20 Gala.md": "---\ntype: meeting\nattendees: [\"[[Paris]]\"]\n---\n",
		});
		expect(v.index.attendeesOf("Meetings/2026-11-20 Gala.md")).toEqual([]);
		expect(v.index.problems().map((p) => [p.code, p.params.candidates])).toEqual([["attendee-opens-other-note", "People/Paris Hilton.md"]]);
	});
});

describe("links that stay as they were", () => {
	it("a link that opens the person, one with a folder to another note, and a name nobody has", () => {
		const v = buildVault({
			"People/Mario.md": person,
			"Projects/Mario.md": "# Mario\n",
			"Meetings/2026-11-20 Kickoff.md": "---\ntype: meeting\nattendees: [\"[[Mario]]\", \"[[Projects/Mario]]\", \"[[Zoe]]\"]\n---\n",
		});
		expect(v.index.attendeesOf("Meetings/2026-11-20 Kickoff.md")).toEqual(["People/Mario.md"]);
		expect(v.index.problems().map((p) => [p.code, p.params.name])).toEqual([
			["unknown-attendee", "Mario"],
			["unknown-attendee", "Zoe"],
		]);
	});
});
