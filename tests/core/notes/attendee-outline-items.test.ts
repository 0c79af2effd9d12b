import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/**
 * Outliners (Logseq, and Obsidian outline templates) write every line as a list item: the attendees label is an item
 * (`- Attendees`, `- **Attendees:**`, Logseq's `- Partecipanti::`) and the people are its child items, indented under it.
 */
describe("attendees nested under a label that is an outline's list item", () => {
	const people = { "People/Anna Rossi.md": person(), "People/Marco Bianchi.md": person(), "People/Zoe Park.md": person() };
	const attendeesOf = (...body: string[]) =>
		buildVault({ ...people, "Meetings/2026-11-20 Review.md": body.join("\n") + "\n" }).index.attendeesOf("Meetings/2026-11-20 Review.md");

	it.each([["- Attendees"], ["- Attendees:"], ["- **Attendees:**"], ["- **Attendees**"], ["- Partecipanti::"], ["- Partecipanti"], ["* Participants"]])(
		"credits the children of %s, linked or typed, and not the next block's",
		(label) => {
			expect(attendeesOf("- type:: meeting", label, "\t- [[Anna Rossi]]", "\t- Marco Bianchi", "- Notes", "\t- [[Zoe Park]] sent the deck")).toEqual([
				"People/Anna Rossi.md",
				"People/Marco Bianchi.md",
			]);
		},
	);

	it("reads children indented with spaces, under a label nested in the outline, past the label block's own properties", () => {
		const v = buildVault({
			...people,
			"People/Marco.md": person(),
			"Meetings/2026-11-20 Sync.md": ["- ## Sync", "  - Attendees", "    collapsed:: false", "    - [[Anna Rossi]]", "    - Marco", "  - Decisions", "    - [[Zoe Park]] owns the launch", ""].join("\n"),
		});
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync.md")).toEqual(["People/Anna Rossi.md", "People/Marco.md"]);
	});

	it("reads a label in a callout with its nested children", () => {
		expect(attendeesOf("> [!info] Meeting", "> - Attendees", ">   - [[Anna Rossi]]", "> - Agenda", ">   - [[Zoe Park]] presents")).toEqual(["People/Anna Rossi.md"]);
	});

	it("reads no list under a bare word that heads other sections as often (- People, - With), nor siblings after - Attendees", () => {
		expect(attendeesOf("- People", "\t- [[Zoe Park]] joined the team")).toEqual([]);
		expect(attendeesOf("- With", "\t- [[Zoe Park]] we shipped v2")).toEqual([]);
		expect(attendeesOf("- Attendees", "- [[Zoe Park]] presented")).toEqual([]);
	});

	it("asks no note for the label word itself", () => {
		const v = buildVault({ ...people, "Meetings/2026-11-20 Riunione.md": "- Partecipanti\n\t- [[Anna Rossi]]\n" });
		expect(v.index.attendeesOf("Meetings/2026-11-20 Riunione.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.problems()).toEqual([]);
	});
});
