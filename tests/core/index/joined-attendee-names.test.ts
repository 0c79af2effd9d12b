import { describe, expect, it } from "vitest";
import { buildVault, md, person, type TestVault } from "../../builders";

/**
 * A meeting's attendees value of names joined by `and` (`e`, `und`, `és`) is split into people only where
 * a demanding user would: `attendees: Pride and Prejudice` at the `Pride and Prejudice reading group` is
 * the book, never two people called Pride and Prejudice; `Anna and Ben` are two people when the vault
 * knows them, however the meeting is titled. Made-up people.
 */

function meetingIn(path: string, attendees: unknown, people: string[] = []): TestVault {
	return buildVault({ ...Object.fromEntries(people.map((p) => [`People/${p}.md`, person()])), [path]: md({ type: "meeting", date: "2026-11-23", attendees }) });
}

const unknownNames = (v: TestVault, path: string) =>
	v.index
		.problems()
		.filter((p) => p.path === path && p.code === "unknown-attendee")
		.map((p) => p.params.name)
		.sort();

describe("names joined by and in a meeting's attendees", () => {
	// Each failed on the old code: the value was split into two unknown people (Pride, Prejudice; Romeo, Giulietta).
	it.each([
		["Meetings/Pride and Prejudice reading group.md", "Pride and Prejudice"],
		["Meetings/2026-11-23 Pride and Prejudice - reading group.md", "Pride and Prejudice"],
		["Meetings/Romeo e Giulietta.md", "Romeo e Giulietta"],
		["Meetings/2026-11-23 Romeo e Giulietta, prove.md", ["Romeo e Giulietta", "[[Anna]]"]],
	])("stays whole where the meeting's title starts with it: %s", (path, attendees) => {
		const v = meetingIn(path, attendees, ["Anna"]);
		const value = Array.isArray(attendees) ? attendees[0] : attendees;
		expect(unknownNames(v, path)).toEqual([value]);
		expect(v.index.attendeesOf(path)).toEqual(Array.isArray(attendees) ? ["People/Anna.md"] : []);
	});

	it("is the one person a note is named so, whatever the title", () => {
		const v = meetingIn("Meetings/2026-11-23 Concert.md", "Simon and Garfunkel", ["Simon and Garfunkel"]);
		expect(v.index.attendeesOf("Meetings/2026-11-23 Concert.md")).toEqual(["People/Simon and Garfunkel.md"]);
		expect(unknownNames(v, "Meetings/2026-11-23 Concert.md")).toEqual([]);
	});

	// Guards: these pass on the old code too.
	it("is each person when the vault knows each, even where the title starts with it", () => {
		const v = meetingIn("Meetings/Anna and Ben sync.md", "Anna and Ben", ["Anna", "Ben"]);
		expect(v.index.attendeesOf("Meetings/Anna and Ben sync.md")).toEqual(["People/Anna.md", "People/Ben.md"]);
	});

	it.each([
		["Meetings/Coffee with Anna and Ben.md", "Anna and Ben", ["Anna", "Ben"], ["People/Anna.md", "People/Ben.md"], []],
		["Meetings/2026-11-23 Intro.md", "Ada Park and Ben Cho", [], [], ["Ada Park", "Ben Cho"]],
		["Meetings/Romeo e Giulietta.md", "[[Romeo e Giulietta]]", [], [], ["Romeo e Giulietta"]],
		["Meetings/2026-11-23 Sync.md", "Anna and Ben", ["Anna"], ["People/Anna.md"], ["Ben"]],
	])("splits or keeps as before: %s with %j", (path, attendees, people, known, unknown) => {
		const v = meetingIn(path, attendees, people);
		expect(v.index.attendeesOf(path)).toEqual(known);
		expect(unknownNames(v, path)).toEqual(unknown);
	});

	it("is read again when a person named so, or each of its names, comes", () => {
		const v = meetingIn("Meetings/2026-11-23 Concert.md", "Simon and Garfunkel");
		expect(unknownNames(v, "Meetings/2026-11-23 Concert.md")).toEqual(["Garfunkel", "Simon"]);
		v.write("People/Simon and Garfunkel.md", person());
		expect(v.index.attendeesOf("Meetings/2026-11-23 Concert.md")).toEqual(["People/Simon and Garfunkel.md"]);
		v.remove("People/Simon and Garfunkel.md");
		v.write("People/Simon.md", person());
		v.write("People/Garfunkel.md", person());
		expect(v.index.attendeesOf("Meetings/2026-11-23 Concert.md")).toEqual(["People/Simon.md", "People/Garfunkel.md"]);
	});

	it("is its names where the title starts with it and one of them is a person: Anna's dinner with Marco, his note not made yet", () => {
		const v = meetingIn("Meetings/Anna e Marco - cena.md", "Anna e Marco", ["Anna"]);
		expect(v.index.attendeesOf("Meetings/Anna e Marco - cena.md")).toEqual(["People/Anna.md"]);
		expect(v.index.lastInteraction("People/Anna.md")?.day).toBe("2026-11-23");
		expect(unknownNames(v, "Meetings/Anna e Marco - cena.md")).toEqual(["Marco"]);
	});
});
