import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/** Meeting templates that put the attendees in a list under a label line rather than a heading. */
describe("attendees listed under a label line", () => {
	const people = { "People/Anna.md": person(), "People/Marco.md": person(), "People/Zoe.md": person() };
	const attendeesOf = (body: string[]) =>
		buildVault({ ...people, "Meetings/2026-11-20 Sync.md": body.join("\n") + "\n" }).index.attendeesOf("Meetings/2026-11-20 Sync.md");

	it.each([
		["**Attendees:**", "a bold label"],
		["**Attendees**:", "a bold word and a colon"],
		["Participants:", "a plain label"],
		["Attendees::", "an empty Dataview field"],
		["- **Partecipanti:**", "a label in a list item"],
		["👥 **Attendees:**", "a label with an emoji"],
	])("reads the list right after %s (%s) as the attendees", (label) => {
		expect(attendeesOf(["# Sync", label, "", "- [[Anna]]", "- [[Marco|Marco R.]]", "", "**Agenda:**", "- Ask [[Zoe]] for the deck"])).toEqual([
			"People/Anna.md",
			"People/Marco.md",
		]);
	});

	it("reads the list in a callout titled Attendees, as callout templates write it", () => {
		expect(attendeesOf(["> [!note]+ Attendees", "> - [[Anna]]", ">", "> - [[Marco]]", "", "> [!summary] Links", "> - [[Zoe]]"])).toEqual([
			"People/Anna.md",
			"People/Marco.md",
		]);
	});

	it("ends the list at the first line that is not a list item", () => {
		expect(attendeesOf(["Attendees:", "- [[Anna]]", "We met [[Zoe]] at the door.", "- [[Marco]]"])).toEqual(["People/Anna.md"]);
	});

	it("ends the list at the next heading", () => {
		expect(attendeesOf(["**Attendees:**", "- [[Anna]]", "## Notes", "- [[Zoe]] sent the deck"])).toEqual(["People/Anna.md"]);
	});

	it("does not read a list after another label (Agenda:) as attendees", () => {
		expect(attendeesOf(["**Agenda:**", "- [[Zoe]] presents"])).toEqual([]);
	});
});
