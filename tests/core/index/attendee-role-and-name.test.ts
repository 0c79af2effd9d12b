import { describe, expect, it } from "vitest";
import { buildVault } from "../../builders";
import { fresh, seen } from "./what-a-user-sees";

/*
 * An attendees entry that joins a word for oneself or a role to a name (`- Noi e Marco`, `- Me and Marco`, `- Io e
 * Giulia`, `attendees: Noi e Marco`): the name is the person, and the role word counts only when a person's note is
 * named so, as it does alone (`- Noi`). Before, doctor asked for a note `Noi` beside Marco, or, with Marco not in the
 * vault yet, for a note `Noi e Piero` instead of `Piero`.
 */
const person = "---\ntype: person\n---\n";
const people = { "People/Marco Bianchi.md": person, "People/Giulia Neri.md": person, "People/Anna Rossi.md": person };
const listed = (entry: string): string => `---\ntype: meeting\ndate: 2026-11-20\n---\n## Attendees\n${entry}\n- Anna Rossi\n`;

/** The meeting's attendees (sorted) and the names doctor asks a note for, with the entry `entry` under its attendees heading. */
function read(entry: string, note = listed(entry)): { attendees: string[]; asked: unknown[] } {
	const v = buildVault({ ...people, "Meetings/Kickoff.md": note });
	expect(seen(v)).toEqual(seen(fresh(v)));
	return { attendees: [...v.index.attendeesOf("Meetings/Kickoff.md")].sort(), asked: v.index.problems().map((p) => p.params.name) };
}

describe("an attendees entry that joins a word for oneself or a role to a name", () => {
	it.each([
		["- Noi e Marco", "People/Marco Bianchi.md"],
		["- Me and Marco", "People/Marco Bianchi.md"],
		["- Io e Giulia", "People/Giulia Neri.md"],
		["- Noi & Marco", "People/Marco Bianchi.md"],
		["- Cliente e Giulia Neri", "People/Giulia Neri.md"],
		["- Host and Marco", "People/Marco Bianchi.md"],
	])("is the person named, with no note asked for the role word: %s", (entry, named) => {
		expect(read(entry)).toEqual({ attendees: ["People/Anna Rossi.md", named].sort(), asked: [] });
	});

	it.each(["- Noi e Piero", "- Me and Piero", "- Noi & Piero"])("asks for a note of the name alone when the vault has none: %s", (entry) => {
		expect(read(entry)).toEqual({ attendees: ["People/Anna Rossi.md"], asked: ["Piero"] });
	});

	it("is the person named in an attendees property too (attendees: Noi e Marco)", () => {
		expect(read("", "---\ntype: meeting\ndate: 2026-11-20\nattendees: Noi e Marco\n---\n")).toEqual({ attendees: ["People/Marco Bianchi.md"], asked: [] });
	});

	it("counts the role word when a person's note is named so (People/Noi.md), as the word alone does", () => {
		const v = buildVault({ ...people, "People/Noi.md": person, "Meetings/Kickoff.md": listed("- Noi e Marco") });
		expect([...v.index.attendeesOf("Meetings/Kickoff.md")].sort()).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md", "People/Noi.md"]);
	});

	it("leaves an entry of two names without a role word as it was read: a play stays whole (Romeo e Giulietta), a couple is its people", () => {
		expect(read("- Romeo e Giulietta").asked).toEqual(["Romeo e Giulietta"]);
		expect(read("- Marco e Giulia").attendees).toEqual(["People/Anna Rossi.md", "People/Giulia Neri.md", "People/Marco Bianchi.md"]);
	});

	it.each([
		["- Noi e Marco", "People/Noi e Marco.md"],
		["- Me & My Monkey", "People/Me & My Monkey.md"],
	])("is the one person whose note is named as the whole entry, as Simon and Garfunkel is (attack28): %s", (entry, whole) => {
		const v = buildVault({ ...people, [whole]: person, "Meetings/Kickoff.md": listed(entry) });
		expect(seen(v)).toEqual(seen(fresh(v)));
		expect({ attendees: [...v.index.attendeesOf("Meetings/Kickoff.md")].sort(), asked: v.index.problems().map((p) => p.params.name) }).toEqual({ attendees: ["People/Anna Rossi.md", whole].sort(), asked: [] });
	});
});
