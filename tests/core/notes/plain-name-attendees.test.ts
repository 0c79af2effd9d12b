import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";

const PATH = "Meetings/2026-11-23 Sync.md";

/** The attendees of a meeting whose body is `body`, in a vault with Tina Brandt (alias Tina), Dan Okafor and @Olga Smirnova. */
function attendees(body: string) {
	const v = buildVault({
		"People/Tina Brandt.md": person({ aliases: ["Tina"] }),
		"People/Dan Okafor.md": person(),
		"People/@Olga Smirnova.md": person(),
		[PATH]: md({ date: "2026-11-23" }, body),
	});
	return { credited: v.index.attendeesOf(PATH).sort(), written: v.index.note(PATH)?.attendees.map((r) => r.target) ?? [], problems: v.index.problems().map((p) => p.code) };
}

describe("attendees written as plain names where a meeting lists them", () => {
	it("reads the names listed under an Attendees heading, as a template that asks for names writes them", () => {
		expect(attendees("## Attendees\n- Tina\n- Dan Okafor (Ops)\n\n## Notes\n- Dan\n").credited).toEqual(["People/Dan Okafor.md", "People/Tina Brandt.md"]);
	});

	it("reads the names after an attendees label on its line: `**Attendees**: Tina, Dan Okafor`", () => {
		expect(attendees("**Attendees**: Tina, Dan Okafor\n").credited).toEqual(["People/Dan Okafor.md", "People/Tina Brandt.md"]);
		expect(attendees("Partecipanti: Tina e Dan Okafor\n").credited).toEqual(["People/Dan Okafor.md", "People/Tina Brandt.md"]);
	});

	it("reads names after a lone label, with a mention's @ and a role after a dash", () => {
		expect(attendees("**Attendees:**\n- @Tina\n- Dan Okafor - Operations\n").credited).toEqual(["People/Dan Okafor.md", "People/Tina Brandt.md"]);
	});

	it("names the person of a note named with a mention's @ (`@Olga Smirnova.md`) Olga Smirnova, and finds her by that name", () => {
		const v = buildVault({ "People/@Olga Smirnova.md": person(), [PATH]: md({ date: "2026-11-23", attendees: ["Olga Smirnova"] }, "") });
		expect(v.index.person("People/@Olga Smirnova.md")?.person?.name).toBe("Olga Smirnova");
		expect(v.index.attendeesOf(PATH)).toEqual(["People/@Olga Smirnova.md"]);
		expect(attendees("## Attendees\n- Olga Smirnova\n").credited).toEqual(["People/@Olga Smirnova.md"]);
	});

	it("reports a listed name that has no person note as an unknown attendee", () => {
		const read = attendees("## Attendees\n- Mario Verdi\n");
		expect(read.written).toEqual(["Mario Verdi"]);
		expect(read.problems).toContain("unknown-attendee");
	});

	it("reads names with a surname's lowercase particles, an apostrophe, five words, an emoji or no capitals", () => {
		const read = attendees("## Attendees\n- Ludwig van Beethoven\n- Maria de la Cruz Lopez\n- d'Amico\n- 👤 Tina\n- Dan Okafor 🎉\n- 田中太郎\n");
		expect(read.written).toEqual(["Ludwig van Beethoven", "Maria de la Cruz Lopez", "d'Amico", "Tina", "Dan Okafor", "田中太郎"]);
		expect(read.credited).toEqual(["People/Dan Okafor.md", "People/Tina Brandt.md"]);
	});

	it.each([
		["## Attendees\n- \n- name\n", "an empty item and a template's lowercase placeholder"],
		["## Attendees\n- [Click to add name]\n- {{attendees}}\n- <% tp.file.cursor() %>\n", "template placeholders"],
		["## Attendees\n- Everyone from the design team joined in the afternoon.\n", "a sentence"],
		["## Attendees\nTina was late, Dan was early.\n", "a paragraph, not a list"],
		["## Notes\n- Tina\n- Dan Okafor\n", "names under another heading"],
		["## Attendees\n- [ ] Ask Tina about the budget\n", "a task (a box of only a name is a roll's: see absent-attendees.test.ts)"],
		["## Attendees\n- Discussed budget\n- Follow up next week\n", "notes written where the names go"],
		["**Attendees**: \n", "an empty label"],
		["**Agenda**: Budget, Hiring\n", "another label"],
	])("reads nobody from %j (%s)", (body) => {
		expect(attendees(body).written).toEqual([]);
	});
});
