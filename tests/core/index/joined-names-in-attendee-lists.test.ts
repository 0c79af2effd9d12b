import { describe, expect, it } from "vitest";
import { buildVault, person, type TestVault } from "../../builders";

/*
 * An entry of a meeting's attendees list written with `e`, `and`, `&` (`- Romeo e Giulietta`, `- Anna e Marco
 * Rossi`): meeting notes list one person per item (`- Colin McNamara`), so such an item is one entry, a title
 * or a couple, split only where it names people: each name a full name, a couple's first names and their
 * surname, or names the vault knows. Made-up notes.
 */

function meetingListing(items: string[], people: string[] = []): TestVault {
	return buildVault({
		...Object.fromEntries(people.map((p) => [`People/${p}.md`, person()])),
		"Meetings/2026-11-23 Book club.md": `---\ntype: meeting\n---\n## Attendees\n${items.map((i) => `- ${i}`).join("\n")}\n`,
	});
}

const path = "Meetings/2026-11-23 Book club.md";
const unknownNames = (v: TestVault) =>
	v.index
		.problems()
		.filter((p) => p.code === "unknown-attendee")
		.map((p) => p.params.name)
		.sort();

describe("an attendees list item of names joined by e, and, &", () => {
	// Each failed on the old code: the item was split into two unknown people (Romeo, Giulietta; Anna, Marco Rossi; Ernst, Young).
	it("stays one entry when its names are not all full names: a play, a firm", () => {
		const v = meetingListing(["Romeo e Giulietta", "Ernst & Young", "[[Ada Park]]"], ["Ada Park"]);
		expect(v.index.attendeesOf(path)).toEqual(["People/Ada Park.md"]);
		expect(unknownNames(v)).toEqual(["Ernst & Young", "Romeo e Giulietta"]);
	});

	it("is the couple's note when one is named so, else each of the couple with their surname", () => {
		const couple = meetingListing(["Anna e Marco Rossi"], ["Anna e Marco Rossi"]);
		expect(couple.index.attendeesOf(path)).toEqual(["People/Anna e Marco Rossi.md"]);
		const each = meetingListing(["Anna e Marco Rossi"], ["Anna Rossi", "Marco Rossi"]);
		expect(each.index.attendeesOf(path)).toEqual(["People/Anna Rossi.md", "People/Marco Rossi.md"]);
		expect(unknownNames(each)).toEqual([]);
	});

	it("is one name to ask a note for while the vault knows none of the couple, read again as each of them comes", () => {
		const v = meetingListing(["Anna e Marco Rossi"]);
		expect(unknownNames(v)).toEqual(["Anna e Marco Rossi"]);
		v.write("People/Anna Rossi.md", person());
		expect(v.index.attendeesOf(path)).toEqual(["People/Anna Rossi.md"]);
		expect(unknownNames(v)).toEqual(["Marco Rossi"]);
	});

	// Guards: these read so before too.
	it("is its names when each is a full name, or a person the vault knows, or the item is a list with commas", () => {
		const v = meetingListing(["Luca Verdi and Sara Neri", "Pia, Ugo e Eva", "Anna e Marco"], ["Anna", "Marco"]);
		expect(v.index.attendeesOf(path)).toEqual(["People/Anna.md", "People/Marco.md"]);
		expect(unknownNames(v)).toEqual(["Eva", "Luca Verdi", "Pia", "Sara Neri", "Ugo"]);
	});

	it("keeps a label's names on its line as they were: **With:** Anna e Marco", () => {
		const v = buildVault({ "Meetings/2026-11-23 Dinner.md": "---\ntype: meeting\n---\n**With:** Anna e Marco\n" });
		expect(unknownNames(v)).toEqual(["Anna", "Marco"]);
	});
});
