import { describe, expect, it } from "vitest";
import { NoteDecoder, NoteEncoder } from "../../src/cli/cache-codec";
import { buildVault, person } from "../builders";

describe("a person at two organisations in the CLI's cache", () => {
	it("reads back both organisations, beside a person at one", () => {
		const vault = buildVault({});
		const notes = [vault.parse("People/Anna.md", person({ org: ["Acme", "Lumen"] })), vault.parse("People/Ben.md", person({ org: "Orbit" }))];
		const encoder = new NoteEncoder();
		const encoded = notes.map((n) => encoder.encodeNote(n.path, n));
		const stored = JSON.parse(JSON.stringify({ shapes: encoder.shapes, encoded })) as { shapes: unknown; encoded: unknown[] };
		const decoder = NoteDecoder.fromJson(stored.shapes);
		expect(notes.map((n, i) => decoder.decodeNote(n.path, stored.encoded[i]))).toStrictEqual(notes);
		expect(notes[0]?.person?.orgs).toEqual(["Acme", "Lumen"]);
	});
});
