import { describe, expect, it } from "vitest";
import { decodeLine, encodeLine } from "../../../src/cli/cache-codec";
import { NoteCodec, StringTable } from "../../../src/core/notes/stored-note";
import { buildVault, person } from "../../builders";

describe("a person at two organisations kept between sessions", () => {
	const vault = buildVault({});
	const notes = [vault.parse("People/Anna.md", person({ org: ["Acme", "Lumen"] })), vault.parse("People/Ben.md", person({ org: "Orbit" }))];

	it("reads back both organisations from the plugin's store, beside a person at one (who gets no list)", () => {
		expect(notes[0]?.person?.orgs).toEqual(["Acme", "Lumen"]);
		const codec = new NoteCodec();
		const texts = notes.map((n) => codec.encode(n));
		const reader = new NoteCodec(new StringTable(codec.strings.since(0)));
		expect(notes.map((n, i) => reader.decode(n.path, texts[i] ?? ""))).toStrictEqual(notes);
	});

	it("reads back both organisations from the CLI's cache lines", () => {
		const codec = new NoteCodec();
		const lines = notes.map((n) => encodeLine(n.path, { size: 1, mtimeMs: 2, ctimeMs: 3 }, n, codec));
		const reader = new NoteCodec(new StringTable(JSON.parse(JSON.stringify(codec.strings.since(0))) as string[]));
		expect(lines.map((line) => decodeLine(line, reader).note)).toStrictEqual(notes);
	});
});
