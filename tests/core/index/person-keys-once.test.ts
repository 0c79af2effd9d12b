import { describe, expect, it, vi } from "vitest";
import { personKeys } from "../../../src/core/index/resolver";
import { nameKeyOf, spellingOf, wordOrderKey } from "../../../src/core/index/person-keys";
import type { ParsedNote } from "../../../src/core/notes/note";
import { umlautsWrittenOut } from "../../../src/core/shared/umlauts";
import { buildVault } from "../../builders";
import { expectLinear } from "../../growth";

/*
 * A person's keys work out each of her names once: her name as the file gives it and as her note writes it are
 * nearly always one (a start reads ten thousand people), and an alias may repeat either.
 */

const person = (path: string, frontmatter: string, body = ""): ParsedNote => {
	const note = buildVault({ [path]: `---\ntype: person\n${frontmatter}---\n${body}` }).index.person(path);
	if (!note) throw new Error(`${path} is no person`);
	return note;
};

/** How many string replacements `personKeys` makes for `note` (once its names' foldings are cached by an earlier call). */
function replacementsFor(note: ParsedNote): number {
	personKeys(note);
	const replace = vi.spyOn(String.prototype, "replace");
	try {
		personKeys(note);
		return replace.mock.calls.length;
	} finally {
		replace.mockRestore();
	}
}

describe("a person's keys", () => {
	it("cost no more string replacements when her aliases repeat her name and its umlauts written out", () => {
		const alone = person("People/Jürgen Müller.md", "");
		const repeated = person("People/Jürgen Müller.md", 'aliases: ["Jürgen Müller", "Juergen Mueller", "Jürgen Müller"]\nname: Jürgen Müller\n');
		expect(replacementsFor(repeated)).toBe(replacementsFor(alone));
	});

	it("are the keys of each name once, in the order the names come: file name, name, aliases, then umlauts written out", () => {
		const jurgen = person("People/Jürgen Müller.md", 'aliases: ["Jürgen Müller", "Juergen Mueller", "Jay M", "Jay M"]\nname: Jürgen Müller\n');
		const names = ["Jürgen Müller", "Juergen Mueller", "Jay M"];
		const keys = personKeys(jurgen);
		// Each name's folded key, in order, before the spellings and word orders of any.
		expect(keys.slice(0, 3)).toEqual(names.map(nameKeyOf));
		expect(keys).toEqual(expect.arrayContaining([`\u0000${spellingOf("Jürgen Müller")}`, wordOrderKey(nameKeyOf("Jay M"))]));
		expect(new Set(keys).size).toBe(keys.length);
		expect(umlautsWrittenOut("Jürgen Müller")).toBe("Juergen Mueller");
	});

	it("of a person with many distinct aliases take time that grows with them, not with their square", () => {
		const anna = person("People/Anna Rossi.md", "");
		const withAliases = (n: number): ParsedNote => ({ ...anna, person: anna.person && { ...anna.person, aliases: Array.from({ length: n }, (_, i) => `Alias ${i}`) } });
		expectLinear((size) => personKeys(withAliases(size)), { small: 20_000 });
	});
});
