import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";

/*
 * Attendees written as the handles of a chat or a mention plugin: `@AnnaRossi`, `@anna.rossi`,
 * `@elena_marino`, `@luca-ferri`, a person's name run together. Before, each was an unknown attendee
 * (in a property) or nobody at all (a lowercase handle under `## Attendees`), and the meeting counted for no one.
 */
const person = "---\ntype: person\n---\n";
const people = {
	"People/Anna Rossi.md": person,
	"People/Marco Bianchi.md": person,
	"People/Elena Marino.md": person,
	"People/Luca D'Amico.md": person,
};

describe("an attendee written as a handle", () => {
	it("in a property is the person whose name it runs together", () => {
		const v = buildVault({ ...people, "Meetings/Sync.md": "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"@AnnaRossi\", \"@marco.bianchi\", \"@elena_marino\", \"@luca-damico\"]\n---\n" });
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(Object.keys(people).sort());
		expect(v.index.lastInteraction("People/Marco Bianchi.md")?.day).toBe("2026-11-20");
		expect(v.index.problems()).toEqual([]);
	});

	it("listed under an attendees heading counts, lowercase too", () => {
		const v = buildVault({ ...people, "Meetings/Sync.md": "---\ntype: meeting\ndate: 2026-11-20\n---\n## Attendees\n- @AnnaRossi\n- **@marco.bianchi**\n- @elena_marino, @Luca-DAmico\n" });
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(Object.keys(people).sort());
	});

	it("is read again when her note comes after the meeting, and when it goes", () => {
		const v = buildVault({ "Meetings/Sync.md": "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"@anna.rossi\"]\n---\n" });
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual([]);
		v.index.set(v.parse("People/Anna Rossi.md", person));
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Anna Rossi.md"]);
		v.index.remove("People/Anna Rossi.md");
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual([]);
	});

	it("that two people's names run together to credits neither, and doctor says who it could be", () => {
		const v = buildVault({ "People/Anna Rossi.md": person, "People/Anna-Rossi Bianca.md": "---\ntype: person\naliases: [Annaro Ssi]\n---\n", "Meetings/Sync.md": "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"@anna.rossi\"]\n---\n" });
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual([]);
		expect(v.index.problems().map((p) => p.code)).toContain("ambiguous-attendee");
	});
});

describe("what is no handle stays as it was", () => {
	it("a lowercase handle nobody's first name is, and a link to a name run together (a first name alone: see plain-first-names)", () => {
		const v = buildVault({
			...people,
			"Meetings/Sync.md": "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"Anna\", \"[[AnnaRossi]]\"]\n---\n## Attendees\n- @tina\n",
		});
		// `Anna` alone is Anna Rossi, the one Anna (plain-first-names.test.ts); `[[AnnaRossi]]` opens no note, and `@tina` is no one's.
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Anna Rossi.md"]);
		// Round 15: `@tina` is kept as a handle (it could be a Tina's), naming nobody here and asking for no note.
		expect(v.index.note("Meetings/Sync.md")?.attendees.map((a) => a.target)).toEqual(["Anna", "AnnaRossi", "@tina"]);
		expect(v.index.problems().filter((p) => p.params.name === "@tina" || p.params.name === "tina")).toEqual([]);
	});

	it("a handle that says everyone names nobody", () => {
		const v = buildVault({ ...people, "Meetings/Sync.md": "---\ntype: meeting\ndate: 2026-11-20\n---\n## Attendees\n- @all_hands\n- [[Anna Rossi]]\n" });
		expect(v.index.note("Meetings/Sync.md")?.attendees.map((a) => a.target)).toEqual(["Anna Rossi"]);
	});
});

describe("a team's handle listed as an attendee", () => {
	it("names no one and asks for no note, as before handles were read; a person's lowercase handle beside it still counts", () => {
		const v = buildVault({ ...people, "Meetings/Sync.md": "---\ntype: meeting\ndate: 2026-11-20\n---\n## Attendees\n- @marco.bianchi\n- @design-team\n- @eng_leads\n- @mobile.squad\n" });
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Marco Bianchi.md"]);
		expect(v.index.problems()).toEqual([]);
	});
});
