import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/**
 * Notes typed without markup (pasted from a document or an email, or written on a phone) put the word `Attendees`
 * on a line of its own, no colon and no bold, with the list of people right after it.
 */
describe("attendees listed under a plain word on a line of its own", () => {
	const people = { "People/Anna Rossi.md": person(), "People/Marco Bianchi.md": person(), "People/Zoe Park.md": person() };
	const attendeesOf = (...body: string[]) =>
		buildVault({ ...people, "Meetings/2026-11-20 Sync.md": body.join("\n") + "\n" }).index.attendeesOf("Meetings/2026-11-20 Sync.md");

	it.each([["Attendees"], ["Partecipanti"], ["Participants"], ["  Teilnehmer  "], ["Meeting attendees"]])("reads the list right after a line that is only %s", (label) => {
		expect(attendeesOf("Weekly sync", "", label, "- [[Anna Rossi]]", "- [[Marco Bianchi]]", "", "Notes", "- [[Zoe Park]] sent the deck")).toEqual([
			"People/Anna Rossi.md",
			"People/Marco Bianchi.md",
		]);
	});

	it("reads the list after a blank line, and names typed without links", () => {
		expect(attendeesOf("Attendees", "", "- Anna Rossi", "- [[Marco Bianchi]]", "", "Discussed the roadmap with [[Zoe Park]].")).toEqual([
			"People/Anna Rossi.md",
			"People/Marco Bianchi.md",
		]);
	});

	it("reads the list under the word underlined as a heading (Attendees, then ---)", () => {
		expect(attendeesOf("Attendees", "---------", "- [[Anna Rossi]]", "", "Notes", "-----", "- [[Zoe Park]] sent the deck")).toEqual(["People/Anna Rossi.md"]);
	});

	it("reads no list after the word inside a sentence, a list item of that word, or Present alone (a retrospective's)", () => {
		expect(attendeesOf("We thanked the attendees", "- [[Zoe Park]]")).toEqual([]);
		expect(attendeesOf("- Attendees", "- [[Zoe Park]]")).toEqual([]);
		expect(attendeesOf("Past", "- shipped v2", "Present", "- [[Zoe Park]] owns the migration")).toEqual([]);
	});
});

/** Documents pasted from a word processor put the roll in a table right under the label. */
describe("a table right after an attendees label", () => {
	const people = { "People/Anna Rossi.md": person(), "People/Marco Bianchi.md": person(), "People/Zoe Park.md": person() };
	const attendeesOf = (...body: string[]) =>
		buildVault({ ...people, "Meetings/2026-11-20 Sync.md": body.join("\n") + "\n" }).index.attendeesOf("Meetings/2026-11-20 Sync.md");
	const roll = ["| Name | Role |", "|---|---|", "| Anna Rossi | PM |", "| [[Marco Bianchi]] | Design |"];

	it.each([["Attendees"], ["**Attendees:**"], ["Partecipanti:"]])("reads the names and links of the table under %s", (label) => {
		expect(attendeesOf(label, "", ...roll, "", "Notes", "- [[Zoe Park]] sent the deck")).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
	});

	it.each([["People"], ["With"], ["Who"], ["Host"], ["Chair"]])("reads no list after %s alone, a section of the notes as often, and keeps the meeting's links, and the person its name names as its attendee", (label) => {
		const v = buildVault({
			...people,
			"Meetings/2026-11-20 Sync with Anna.md": ["Agenda", "- Budget", "", label, "- Hiring two engineers", "- Promotions", "", "Notes", "- talked with [[Zoe Park]]"].join("\n") + "\n",
		});
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync with Anna.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-20");
		expect(v.index.lastInteraction("People/Zoe Park.md")?.day).toBe("2026-11-20");
		expect(v.index.problems().map((p) => p.code)).toEqual([]);
	});

	it("reads no table after the label's list as attendees (a table of action items below it)", () => {
		expect(attendeesOf("**Attendees:**", "- [[Anna Rossi]]", "", "| Action | Owner |", "|---|---|", "| Send the deck | [[Zoe Park]] |")).toEqual(["People/Anna Rossi.md"]);
	});
});

/**
 * Notes typed on a phone or pasted from an email put the names right under the label, one a line and without bullets,
 * up to a blank line: `Attendees:`, `Anna Rossi`, `[[Marco Bianchi]]`.
 */
describe("names one a line, without bullets, right under an attendees label", () => {
	const people = { "People/Anna Rossi.md": person(), "People/Marco Bianchi.md": person(), "People/Zoe Park.md": person() };
	const vaultOf = (...body: string[]) => buildVault({ ...people, "Meetings/2026-11-20 Sync.md": body.join("\n") + "\n" });
	const attendeesOf = (...body: string[]) => vaultOf(...body).index.attendeesOf("Meetings/2026-11-20 Sync.md");

	it.each([["Attendees"], ["Attendees:"], ["**Attendees:**"], ["Partecipanti:"], ["Presenti:"]])("credits the names and links on the lines under %s, up to the blank line", (label) => {
		expect(attendeesOf("Weekly sync", label, "Anna Rossi", "[[Marco Bianchi]]", "", "Zoe Park", "Discussed the roadmap")).toEqual([
			"People/Anna Rossi.md",
			"People/Marco Bianchi.md",
		]);
	});

	it("stops at a heading or a line of prose, and reads two names on one line", () => {
		expect(attendeesOf("Attendees:", "Anna Rossi, Marco Bianchi", "## Notes", "Zoe Park")).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		expect(attendeesOf("Attendees:", "Anna Rossi", "We met [[Zoe Park]] at the door.", "Marco Bianchi")).toEqual(["People/Anna Rossi.md"]);
	});

	it("counts a typed name only when a person has it, and asks for no note for one no person has", () => {
		const v = vaultOf("Partecipanti:", "Anna Rossi", "Budget", "Luca Verdi", "", "Note", "- [[Zoe Park]] ha inviato le slide");
		expect(v.index.attendeesOf("Meetings/2026-11-20 Sync.md")).toEqual(["People/Anna Rossi.md"]);
		expect(v.index.problems()).toEqual([]);
	});

	it("reads no names after a blank line under the label, nor under a label that is not the attendees'", () => {
		expect(attendeesOf("Attendees:", "", "Zoe Park")).toEqual([]);
		expect(attendeesOf("Agenda:", "Zoe Park")).toEqual([]);
	});
});
