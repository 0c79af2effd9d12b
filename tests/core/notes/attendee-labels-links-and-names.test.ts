import { describe, expect, it } from "vitest";
import { buildVault, md, person } from "../../builders";
import { namesBesideLinks } from "../../../src/core/notes/attendee-lines";
import { expectLinear } from "../../growth";

/**
 * An attendees label that links the people who have a note and types the others (made-up people): `**Attendees:**
 * [[Anna Rossi]], Ben Cho`. The typed names are attendees too.
 */
describe("names typed beside links after an attendees label", () => {
	const PATH = "Meetings/2026-11-20 Kickoff.md";
	const vault = (...body: string[]) => buildVault({ "People/Anna Rossi.md": person(), "People/Ben Cho.md": person(), "People/Lia Conti.md": person(), [PATH]: md({ type: "meeting" }, ...body) });

	it("reads the typed names and the links alike", () => {
		const v = vault("**Attendees:** [[Anna Rossi]], Ben Cho and Lia Conti");
		expect(v.index.attendeesOf(PATH).sort()).toEqual(["People/Anna Rossi.md", "People/Ben Cho.md", "People/Lia Conti.md"]);
	});

	it("reads no name from a piece that holds a link and more words, nor from a sentence", () => {
		expect(namesBesideLinks("**Attendees:** [[Anna Rossi]] CEO, Ben Cho")).toEqual([]);
		expect(namesBesideLinks("Attendees: [[Anna Rossi]], the whole design team")).toEqual([]);
		expect(namesBesideLinks("We met with: [[Anna Rossi]], Ben Cho")).toEqual([]);
	});

	it("reads a long label line in time that grows with its length", () => {
		expectLinear((size) => namesBesideLinks(`Attendees: ${"[[A]], Ben Cho, ".repeat(size / 16)}`), { small: 50_000 });
		expectLinear((size) => namesBesideLinks(`Attendees: ${"[[".repeat(size / 2)}`), { small: 50_000 });
	});
});
