import { describe, expect, it } from "vitest";
import { NoteCodec, StringTable } from "../../src/obsidian/stored-note";
import { buildVault, person } from "../builders";

describe("a person at two organisations kept in the plugin's store", () => {
	// FAILS on main: NoteCodec.person (src/obsidian/stored-note.ts) writes the fields it lists and not `orgs`, so after
	// a warm start the plugin knows only her first organisation; it needs `put(out, "orgs", …)` and its read back.
	// src/obsidian/stored-note.ts is the lead's this round.
	it.skip("reads back both organisations", () => {
		const note = buildVault({}).parse("People/Anna.md", person({ org: ["Acme", "Lumen"] }));
		const codec = new NoteCodec();
		const text = codec.encode(note);
		expect(new NoteCodec(new StringTable(codec.strings.since(0))).decode(note.path, text)).toStrictEqual(note);
	});
});
