import { describe, expect, it } from "vitest";
import { decodeLine, encodeLine } from "../../../src/cli/cache-codec";
import { NoteCodec, StringTable } from "../../../src/core/notes/stored-note";
import { buildVault, person } from "../../builders";

const vault = buildVault({});
const diedOf = (text: string) => vault.parse("People/Nonno Piero.md", text).person?.died;

describe("a person note that says its person died", () => {
	it("keeps the day written under the keys people templates and family trees use", () => {
		expect(diedOf(person({ died: "2026-03-01" }))).toBe("2026-03-01");
		expect(diedOf(person({ death_date: "2026-03-01" }))).toBe("2026-03-01");
		expect(diedOf(person({ "date of death": "2026-03-01" }))).toBe("2026-03-01");
		// Unquoted in YAML, a day is a date: read as the same day.
		expect(diedOf("---\ntype: person\ndied: 2026-03-01\n---\n")).toBe("2026-03-01");
	});

	it("says so without a day when the note says it in words (`deceased: true`, Italian `morta: sì`, `decesso: primavera 2026`)", () => {
		expect(diedOf(person({ deceased: true }))).toBe(true);
		expect(diedOf(person({ is_deceased: true }))).toBe(true);
		expect(diedOf(person({ morta: "sì" }))).toBe(true);
		expect(diedOf(person({ decesso: "primavera 2026" }))).toBe(true);
	});

	it("says nothing of a person whose template keeps the key for someone alive (`deceased: false`, `died: no`, `morto: -`)", () => {
		for (const fm of [{ deceased: false }, { died: "no" }, { morto: "-" }, { died: "" }, {}]) expect(diedOf(person(fm)), JSON.stringify(fm)).toBeUndefined();
	});

	// A person template of Templater or QuickAdd (`died: "{{died}}"`) left unfilled for someone alive, a database's day of zeros, an Italian `morto: falso`.
	it("says nothing of a person whose template's placeholder for the day was never filled", () => {
		const written = ['died: "{{died}}"', "died: {{died}}", 'died: <% tp.system.prompt("Died") %>', 'died: [""]', "morto: falso", "gestorben: falsch", "died: 0000-00-00", 'death_date: "00/00/0000"'];
		for (const line of written) expect(diedOf(`---\ntype: person\n${line}\ncadence: monthly\n---\n`), line).toBeUndefined();
	});

	it("is still a person, with her name, birthday and cadence", () => {
		const note = vault.parse("People/Nonno Piero.md", person({ cadence: "monthly", birthday: "1950-12-05", died: "2026-03-01" }));
		expect(note.kind).toBe("person");
		expect(note.person).toMatchObject({ name: "Nonno Piero", birthday: { year: 1950, month: 12, day: 5 }, died: "2026-03-01" });
		expect(note.person?.cadence).not.toBeNull();
	});

	it("is read back the same from the plugin's store and the CLI's cache, a day or not", () => {
		const notes = [
			vault.parse("People/Nonno Piero.md", person({ died: "2026-03-01" })),
			vault.parse("People/Zia Lina.md", person({ deceased: true })),
			vault.parse("People/Anna.md", person({ deceased: false })),
		];
		expect(notes.map((n) => n.person?.died)).toEqual(["2026-03-01", true, undefined]);
		const codec = new NoteCodec();
		const texts = notes.map((n) => codec.encode(n));
		const reader = new NoteCodec(new StringTable(codec.strings.since(0)));
		expect(notes.map((n, i) => reader.decode(n.path, texts[i] ?? ""))).toStrictEqual(notes);
		const cli = new NoteCodec();
		const lines = notes.map((n) => encodeLine(n.path, { size: 1, mtimeMs: 2, ctimeMs: 3 }, n, cli));
		const cliReader = new NoteCodec(new StringTable(JSON.parse(JSON.stringify(cli.strings.since(0))) as string[]));
		expect(lines.map((line) => decodeLine(line, cliReader).note)).toStrictEqual(notes);
	});
});
