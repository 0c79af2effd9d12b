import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BadEntry, decodeLine, encodeLine } from "../../src/cli/cache-codec";
import { NoteCodec, StringTable } from "../../src/core/notes/stored-note";
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

const STAMP = { size: 150, mtimeMs: 1764000000000.25, ctimeMs: 1764000000001.5 };

/** Notes written as cache lines with one table of strings, the table through JSON as the file keeps it, and read back. */
function roundTrip(notes: ParsedNote[]): ParsedNote[] {
	const codec = new NoteCodec();
	const lines = notes.map((n) => encodeLine(n.path, STAMP, n, codec));
	const reader = new NoteCodec(new StringTable(JSON.parse(JSON.stringify(codec.strings.since(0))) as string[]));
	return lines.map((line, i) => {
		const back = decodeLine(line, reader);
		expect([back.path, back.stamp]).toEqual([notes[i]?.path, STAMP]);
		return back.note;
	});
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

	it("gives back a note whose title is not its file's name with its own title, and lines in ASCII", () => {
		const [note] = demoNotes().filter((n) => n.kind === "person");
		if (!note) throw new Error("no demo person");
		const renamed = { ...note, title: "Ånother títle" };
		expect(roundTrip([renamed])[0]?.title).toBe("Ånother títle");
		expect(encodeLine(renamed.path, STAMP, renamed, new NoteCodec())).toMatch(/^[\x20-\x7e]+$/);
	});

	it("refuses a line that does not fit its layout", () => {
		const [note] = demoNotes().filter((n) => n.attendees.length > 0);
		if (!note) throw new Error("no demo meeting");
		const codec = new NoteCodec();
		const line = JSON.parse(encodeLine(note.path, STAMP, note, codec)) as unknown[];
		const decode = (value: unknown, table = codec): ReturnType<typeof decodeLine> => decodeLine(JSON.stringify(value), table);
		expect(decode(line).note).toEqual(note);
		expect(() => decode(line.slice(0, -1))).toThrow(BadEntry);
		expect(() => decode([42, ...line.slice(1)])).toThrow(BadEntry);
		expect(() => decode([...line.slice(0, 2), null, ...line.slice(3)])).toThrow(BadEntry);
		expect(() => decode([...line.slice(0, 4), { k: "x" }])).toThrow(BadEntry);
		expect(() => decode([...line.slice(0, 4), "not a note"])).toThrow(BadEntry);
		// A table that lacks the strings the line names.
		expect(() => decode(line, new NoteCodec())).toThrow(BadEntry);
	});
});
