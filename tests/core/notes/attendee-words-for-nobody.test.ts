import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

/**
 * Under an attendees heading, lines without list marks are read as names (templates that leave the
 * section empty for typing). Words written there that are nobody to meet must not become people.
 */
describe("words written among attendees that name nobody", () => {
	const PATH = "Meetings/2026-11-20 Planning.md";
	const vault = (body: string) => buildVault({ "People/Anna Rossi.md": person(), "People/Nora Lindqvist.md": person(), [PATH]: md({ type: "meeting", date: "2026-11-20" }, body) });

	it("reads TBD, Absent, Remote and Everyone under an Attendees heading as no attendee, and keeps the names beside them", () => {
		const v = vault("## Attendees\n- [[Anna Rossi]]\n\nTBD\nAbsent\nNora Lindqvist\nRemote\nEveryone\n");
		expect(v.index.note(PATH)?.attendees.map((a) => a.target)).toEqual(["Anna Rossi", "Nora Lindqvist"]);
		expect(v.index.attendeesOf(PATH).sort()).toEqual(["People/Anna Rossi.md", "People/Nora Lindqvist.md"]);
	});

	it("reads Italian Tutti and Assenti, and list items such as - TBD or Nora Lindqvist, Tutti, as no attendee", () => {
		const v = vault("## Partecipanti\n- TBD\n- Nora Lindqvist, Tutti\nAssenti\n");
		expect(v.index.note(PATH)?.attendees.map((a) => a.target)).toEqual(["Nora Lindqvist"]);
	});

	it("asks for no person note for those words", () => {
		const v = vault("## Attendees\nTBD\nEveryone\nApologies\n");
		expect(v.index.note(PATH)?.attendees).toEqual([]);
		expect(v.index.problems()).toEqual([]);
	});
});
