import { describe, expect, it } from "vitest";
import { buildVault, meeting, person } from "../../builders";

/*
 * A name pasted from a right-to-left chat or a web page carries a mark of writing direction or a zero width at its
 * start, which no one sees: `\u200FAnna Rossi.md` beside `Anna Rossi.md` shows two files of one name.
 */
describe.each([
	["right-to-left mark", "\u200F"],
	["left-to-right mark", "\u200E"],
	["zero width space", "\u200B"],
	["byte order mark", "\uFEFF"],
	["Arabic letter mark", "\u061C"],
	["Hangul filler", "\u3164"],
	["Mongolian vowel separator", "\u180E"],
])("a person note whose name starts with an invisible %s", (_label, mark) => {
	const vault = buildVault({
		[`People/${mark}Anna Rossi.md`]: person({}),
		"People/Anna Rossi.md": person({}),
	});

	it("is listed by doctor with the note of the same name, as two notes of one person", () => {
		const duplicates = vault.index.problems().filter((p) => p.code === "duplicate-person");
		expect(duplicates.map((p) => [p.path, p.params.others])).toEqual([
			["People/Anna Rossi.md", `People/${mark}Anna Rossi.md`],
			[`People/${mark}Anna Rossi.md`, "People/Anna Rossi.md"],
		]);
	});
});

describe("a meeting whose attendee is written with the Arabic letter mark an Arabic chat puts before a pasted name", () => {
	const vault = buildVault({
		"People/Anna Rossi.md": person({ cadence: 30 }),
		"Meetings/2026-11-20 Sync.md": meeting("2026-11-20", ["\u061CAnna Rossi"]),
	});

	it("counts as a contact with the person of that name, and leaves no unknown attendee", () => {
		expect(vault.index.lastInteraction("People/Anna Rossi.md", "2026-12-01")?.day).toBe("2026-11-20");
		expect(vault.index.problems().filter((p) => p.code === "unknown-attendee")).toEqual([]);
	});
});

describe("two person notes whose names are invisible marks only, as a calendar guest's name pasted so makes them", () => {
	const vault = buildVault({
		"People/rlm@three.example.md": person({ name: "\u200F", email: "rlm@three.example" }),
		"People/shy@four.example.md": person({ name: "\u00AD", email: "shy@four.example" }),
	});

	it("are not listed by doctor as two notes of one person", () => {
		expect(vault.index.problems().filter((p) => p.code === "duplicate-person")).toEqual([]);
	});
});
