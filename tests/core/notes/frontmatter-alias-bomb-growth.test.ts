import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/config/settings";
import { defaultVaultConfig } from "../../../src/core/config/vault-config";
import { createParseContext, parseNote } from "../../../src/core/notes/note";
import { expectLinear } from "../../growth";

/*
 * A meeting whose attendees are `w` aliases of a list of `w` aliases of one link: `w` times two aliases written, `w`²
 * links once they are expanded, as Obsidian's metadata cache hands them over (one list object at each place). Reading it
 * walked every expanded link: time grew with the square of its text. Each list is walked once now.
 */
const ctx = createParseContext(defaultSettings(), defaultVaultConfig());

function meeting(width: number): { text: string; frontmatter: Record<string, unknown> } {
	const aliases = (name: string): string => Array.from({ length: width }, () => `*${name}`).join(", ");
	const block = [`type: meeting`, `date: 2026-07-02`, `one: &one "[[Anna Rossi]]"`, `row: &row [${aliases("one")}]`, `attendees: [${aliases("row")}]`].join("\n");
	return { text: `---\n${block}\n---\n`, frontmatter: yaml.load(block, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> };
}

describe("a meeting whose attendees are aliases of a list of aliases", () => {
	it("is read in time that grows with its text, not with the square of it", () => {
		const notes = new Map<number, ReturnType<typeof meeting>>();
		const read = (size: number): unknown => {
			const width = Math.round(size / 10);
			const note = notes.get(width) ?? meeting(width);
			notes.set(width, note);
			return parseNote("Meetings/2026-07-02 Aliases.md", note.text, note.frontmatter, ctx);
		};
		expect(parseNote("Meetings/2026-07-02 Aliases.md", meeting(300).text, meeting(300).frontmatter, ctx).problems.map((p) => p.code)).toEqual(["frontmatter-too-complex"]);
		expectLinear(read, { small: 3_000 });
	});
});
