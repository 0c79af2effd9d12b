import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * A meeting's attendee written as a first name alone, without `@`: `- Marco` under `## Attendees`, `attendees: [Marco]`,
 * `- Marco` nested under a Logseq `- Attendees` item. With only `People/Marco Bianchi.md` in the vault, the meeting
 * was no contact with Marco, and doctor asked for a note `Marco` (a second Marco, the very duplicate Rapport warns of).
 * Now a plain first name is the one person whose first name it is, as `@marco` already was; two of that first name:
 * nobody, and doctor says who it could be.
 */
const person = "---\ntype: person\n---\n";
const people = { "People/Marco Bianchi.md": person, "People/Anna Rossi.md": person, "People/Jean-Luc Picard.md": person };
const heading = "---\ntype: meeting\ndate: 2026-11-20\n---\n## Attendees\n- Marco\n- Anna Rossi\n\n## Notes\n- [ ] send the deck\n";
const property = "---\ntype: meeting\ndate: 2026-11-21\nattendees: [Marco, Jean-Luc]\n---\n";
const outline = "- type:: meeting\n- date:: 2026-11-22\n- Attendees\n\t- Marco\n- Notes\n\t- went well\n";

describe("an attendee written as a first name alone", () => {
	it("is the one person of that first name, under a heading, in a property and in an outline, with no note asked for", () => {
		const v = buildVault({ ...people, "Meetings/Kickoff.md": heading, "Meetings/Review.md": property, "Meetings/Standup.md": outline });
		expect(v.index.attendeesOf("Meetings/Kickoff.md").sort()).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		expect(v.index.attendeesOf("Meetings/Review.md").sort()).toEqual(["People/Jean-Luc Picard.md", "People/Marco Bianchi.md"]);
		expect(v.index.attendeesOf("Meetings/Standup.md")).toEqual(["People/Marco Bianchi.md"]);
		expect(v.index.lastInteraction("People/Marco Bianchi.md")?.day).toBe("2026-11-22");
		// The meeting's follow-up is Marco's too.
		expect(v.index.followUpsOf("People/Marco Bianchi.md").map((f) => f.text)).toEqual(["send the deck"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("names nobody when two people share the first name, and doctor says who it could be; read again as people come and go", () => {
		const v = buildVault({ ...people, "Meetings/Review.md": property });
		v.write("People/Marco Neri.md", person);
		expect(v.index.attendeesOf("Meetings/Review.md")).toEqual(["People/Jean-Luc Picard.md"]);
		expect(v.index.problems().map((p) => [p.code, p.params.name, p.params.candidates])).toEqual([["ambiguous-attendee", "Marco", "People/Marco Bianchi.md, People/Marco Neri.md"]]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("People/Marco Bianchi.md");
		expect(v.index.attendeesOf("Meetings/Review.md").sort()).toEqual(["People/Jean-Luc Picard.md", "People/Marco Neri.md"]);
		expect(v.index.problems()).toEqual([]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("is first the person named so whole (Marco.md), then one of that first name; nobody of it still asks for a note", () => {
		const v = buildVault({ ...people, "People/Marco.md": person, "Meetings/Review.md": property });
		expect(v.index.attendeesOf("Meetings/Review.md").sort()).toEqual(["People/Jean-Luc Picard.md", "People/Marco.md"]);
		v.remove("People/Marco.md");
		expect(v.index.attendeesOf("Meetings/Review.md").sort()).toEqual(["People/Jean-Luc Picard.md", "People/Marco Bianchi.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("Meetings/Review.md", "---\ntype: meeting\ndate: 2026-11-21\nattendees: [Piero]\n---\n");
		expect(v.index.attendeesOf("Meetings/Review.md")).toEqual([]);
		expect(v.index.problems().map((p) => [p.code, p.params.name])).toEqual([["unknown-attendee", "Piero"]]);
	});

	it("is the one person of that first name with a note after it in parentheses (`- Luca (remote)`), told apart by it among two", () => {
		const meeting = "---\ntype: meeting\ndate: 2026-11-20\n---\n## Attendees\n- Marco (Lumen)\n- Anna (remote)\n";
		const v = buildVault({ ...people, "People/Marco Neri.md": "---\ntype: person\norg: Lumen\n---\n", "Meetings/Sync.md": meeting });
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(["People/Anna Rossi.md", "People/Marco Neri.md"]);
		expect(v.index.problems()).toEqual([]);
		v.write("People/Anna Verdi.md", person);
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Marco Neri.md"]);
		expect(v.index.problems().map((p) => [p.code, p.params.name])).toEqual([["ambiguous-attendee", "Anna (remote)"]]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.remove("People/Anna Rossi.md");
		expect(v.index.attendeesOf("Meetings/Sync.md").sort()).toEqual(["People/Anna Verdi.md", "People/Marco Neri.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
		v.write("People/Marco Neri.md", person);
		expect(v.index.attendeesOf("Meetings/Sync.md")).toEqual(["People/Anna Verdi.md"]);
		expect(seen(v)).toEqual(seen(fresh(v)));
	});

	it("is a person only by a word of letters: a code, a number or a team's name of two words stays unknown", () => {
		const v = buildVault({ ...people, "People/Q3 Planning.md": person, "Meetings/Review.md": "---\ntype: meeting\ndate: 2026-11-21\nattendees: [Q3, \"2026\", Marco Team]\n---\n" });
		expect(v.index.attendeesOf("Meetings/Review.md")).toEqual([]);
	});
});
