import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BadEntry, NoteDecoder, NoteEncoder } from "../../src/cli/cache-codec";
import { readNote } from "../../src/cli/load-vault";
import { listNotes } from "../../src/cli/note-files";
import { readSettings, readVaultConfig } from "../../src/cli/vault-files";
import { createParseContext, type ParsedNote } from "../../src/core/notes/note";

const DEMO = join(__dirname, "..", "..", "examples", "vault");

function demoNotes(): ParsedNote[] {
	const context = createParseContext(readSettings(DEMO), readVaultConfig(DEMO));
	return listNotes(DEMO).paths.map((path) => readNote(DEMO, path, context).note);
}

/** Every key of a value and its nested objects, in order: what decides an object's layout in the engine. */
function keyOrder(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(keyOrder);
	if (value === null || typeof value !== "object") return typeof value;
	return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
}

function roundTrip(notes: ParsedNote[]): ParsedNote[] {
	const encoder = new NoteEncoder();
	const encoded = notes.map((n) => encoder.encodeNote(n.path, n));
	const stored = JSON.parse(JSON.stringify({ shapes: encoder.shapes, encoded })) as { shapes: unknown; encoded: unknown[] };
	const decoder = NoteDecoder.fromJson(stored.shapes);
	return notes.map((n, i) => decoder.decodeNote(n.path, stored.encoded[i]));
}

describe("the parse cache's compact layout", () => {
	it("gives back every note of the demo vault as the parser read it, keys in the same order", () => {
		const notes = demoNotes();
		expect(notes.length).toBeGreaterThan(20);
		expect(notes.some((n) => n.person && n.person.aliases.length > 0 && n.followUps.length > 0)).toBe(true);
		const back = roundTrip(notes);
		expect(back).toEqual(notes);
		expect(back.map(keyOrder)).toEqual(notes.map(keyOrder));
	});

	it("keeps a note's empty lists shared and frozen, as the parser makes them", () => {
		const [back] = roundTrip(demoNotes().filter((n) => n.kind === "meeting" && n.exchanges.length === 0));
		expect(Object.isFrozen(back?.exchanges)).toBe(true);
	});

	it("stores no note whose path or title is not its own", () => {
		const [note] = demoNotes();
		if (!note) throw new Error("no demo note");
		expect(new NoteEncoder().encodeNote("Elsewhere/x.md", note)).toBeNull();
		expect(new NoteEncoder().encodeNote(note.path, { ...note, title: "Another title" })).toBeNull();
	});

	it("refuses an entry that does not fit its shape", () => {
		const [note] = demoNotes();
		if (!note) throw new Error("no demo note");
		const encoder = new NoteEncoder();
		const encoded = encoder.encodeNote(note.path, note) as unknown[];
		const decoder = NoteDecoder.fromJson(encoder.shapes);
		expect(() => decoder.decodeNote(note.path, encoded.slice(0, -1))).toThrow(BadEntry);
		expect(() => decoder.decodeNote(note.path, [99, ...encoded.slice(1)])).toThrow(BadEntry);
	});
});
