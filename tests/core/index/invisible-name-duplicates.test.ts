import { describe, expect, it } from "vitest";
import { buildVault, person } from "../../builders";

/*
 * A name pasted from a right-to-left chat or a web page carries a mark of writing direction or a zero width at its
 * start, which no one sees: `\u200FAnna Rossi.md` beside `Anna Rossi.md` shows two files of one name.
 */
describe.each([
	["right-to-left mark", "\u200F"],
	["left-to-right mark", "\u200E"],
	["zero width space", "\u200B"],
	["byte order mark", "\uFEFF"],
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
