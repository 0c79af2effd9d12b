import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BadEntry, NoteDecoder, NoteEncoder } from "../../src/cli/cache-codec";
import { readNote } from "../../src/cli/load-vault";
import { listNotes } from "../../src/cli/note-files";
import { makeVault } from "./run-cli";
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

/** Notes that fill every field a parsed note has: each record the decoder builds in one piece, and the fields around them. */
function everyField(): ParsedNote[] {
	const files: Record<string, string> = {
		"People/Anna Rossi.md": [
			"---",
			"type: person",
			"name: Anna R.",
			"aliases: [Annie]",
			"cadence: 2w",
			"circle: friend",
			"birthday: 1990-04-12",
			"org: Acme",
			"interests: [jazz, climbing]",
			'met_via: "[[Marco]]"',
			'knows: ["[[Sara]]", Luca]',
			"closeness: 80",
			"since: 2020-01-05",
			"offers: [intros]",
			"asks: [funding]",
			"last_contact: 2026-11-01",
			"---",
			"- 2026-10-03 coffee",
			"- [ ] Send Anna the deck 📅 2026-11-30 ⏳ 2026-11-28 🛫 2026-11-20 🔁 every week",
			"- Gave a book #gave 2026-09-01",
		].join("\n"),
		"People/Broken.md": "---\ntype: person\ncadence: every blue moon\nbirthday: soon\ncloseness: 400\n---\n",
		"Meetings/2026-11-02 Coffee.md": '---\ntype: meeting\ndate: 2026-11-02\ntime: "09:30"\nattendees: ["[[Anna Rossi]]", Marco]\nkeep_together: ["[[Anna Rossi]], [[Marco]]"]\n---\n- [x] Shared notes with [[Anna Rossi]] ✅ 2026-11-03\n- [ ] Follow up with [[Marco]] 📅 2026-11-09\n- Received a tip from [[Sara]] #received\n',
		"Daily/2026-11-27.md": "Lunch with [[Anna Rossi]].\n- [ ] Call [[Marco]]\n",
	};
	const root = makeVault(files);
	const context = createParseContext(readSettings(root), readVaultConfig(root));
	return Object.keys(files).map((path) => readNote(root, path, context).note);
}

describe("the parse cache's compact layout", () => {
	it("gives back notes that fill every field (person, contacts, own contacts, follow-ups, exchanges, pins, problems), keys in the same order", () => {
		const notes = everyField();
		for (const field of ["contacts", "ownContacts", "followUps", "exchanges", "problems"] as const) expect(notes.some((n) => n[field].length > 0), field).toBe(true);
		expect(notes.some((n) => n.pins !== null && n.person === null)).toBe(true);
		expect(notes.some((n) => n.person !== null && n.person.metVia.length > 0 && n.person.birthday !== null && n.person.cadence !== null)).toBe(true);
		const back = roundTrip(notes);
		expect(back).toEqual(notes);
		expect(back.map(keyOrder)).toEqual(notes.map(keyOrder));
	});

	it("gives back an object whose keys a future parser ordered otherwise in that order, not in today's", () => {
		const [note] = demoNotes().filter((n) => n.attendees.length > 0);
		if (!note) throw new Error("no demo meeting");
		const encoder = new NoteEncoder();
		const reordered = { ...note, attendees: note.attendees.map((r) => ({ line: r.line, target: r.target, link: r.link })) };
		const encoded = JSON.parse(JSON.stringify(encoder.encodeNote(note.path, reordered))) as unknown;
		const back = NoteDecoder.fromJson(JSON.parse(JSON.stringify(encoder.shapes))).decodeNote(note.path, encoded);
		expect(back).toEqual(reordered);
		expect(Object.keys(back.attendees[0] ?? {})).toEqual(["line", "target", "link"]);
	});

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
		// A note whose path or title is given as a value instead of being its own.
		expect(() => decoder.decodeNote(note.path, [encoded[0], "Elsewhere/x.md", ...encoded.slice(2)])).toThrow(BadEntry);
		expect(() => decoder.decodeNote(note.path, [encoded[0], encoded[1], "Another title", ...encoded.slice(3)])).toThrow(BadEntry);
	});
});
