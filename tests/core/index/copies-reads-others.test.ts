// A vault's build asks of every note whether it is read knowing other notes (`NoteCopies.readsOthers`): the answer
// must be the one `copiedNotePath` and `hasCopies` give, whatever the note's name, title and the copies known.
import { describe, expect, it } from "vitest";
import { buildVault, md } from "../../builders";
import { copiedNotePath, NoteCopies } from "../../../src/core/index/note-copies";
import type { ParsedNote } from "../../../src/core/notes/note";

const C = " (Marco's conflicted copy 2026-11-30)";
const NAMES = [
	"Anna Rossi", "Anna Rossi 2", `Anna Rossi${C}`, "Anna Rossi (1)", "anna rossi", "ANNA ROSSI", "Sync", "Sync 12", "Sync 123", "Sync-DESKTOP-1A2B3C4", "Sync-MARCO-PC",
	"2026-11-23 Quota rollout - Transcript", "2026-11-23 Quota rollout", "Sync.sync-conflict-20261130-101500-ABCDEFG", "Anna Rossi-marco-laptop-safeBackup-0001",
	"Ünal Öz", "ünal öz 3", "İpek", "", "a", "/", "Meeting 10769", "2025-03-01 Meeting 12",
];
const FOLDERS = ["", "People/", "Meetings/", "People/Friends/", "x.md/"];
const EXTENSIONS = [".md", ".MD", ".txt", ""];

/** Every note of those names, folders and extensions, titled by its file's name or by another name. */
function candidates(parse: (path: string, text: string) => ParsedNote): ParsedNote[] {
	const out: ParsedNote[] = [];
	for (const folder of FOLDERS) {
		for (const name of NAMES) {
			for (const ext of EXTENSIONS) {
				const path = `${folder}${name}${ext}`;
				for (const text of [md({ type: "meeting", date: "2026-11-20", attendees: ["[[Anna Rossi]]"] }), md({ type: "person" }), md(null, "Lunch")]) {
					const note = parse(path, text);
					out.push(note);
					for (const title of ["Anna Rossi 2", "Sync", `Sync${C}`, name]) out.push({ ...note, title });
				}
			}
		}
	}
	return out;
}

/** The copies known after these notes came in, one by one. */
function copiesOf(parse: (path: string, text: string) => ParsedNote, files: Record<string, string>): NoteCopies {
	const copies = new NoteCopies();
	const notes = new Map<string, ParsedNote>();
	for (const [path, text] of Object.entries(files)) {
		copies.apply(path, parse(path, text), notes, (p, n) => {
			if (n) notes.set(p, n);
			else notes.delete(p);
		});
	}
	return copies;
}

describe("whether a note is read knowing other notes", () => {
	const vault = buildVault({});
	const parse = (path: string, text: string): ParsedNote => vault.parse(path, text);
	const known: Record<string, Record<string, string>> = {
		"no copy known": { "People/Ben Cho.md": md({ type: "person" }) },
		"numbered copies known": { "People/Anna Rossi.md": md({ type: "person" }), "People/Anna Rossi 2.md": md({ type: "person" }), "Meetings/Sync 12.md": md({ type: "meeting", date: "2026-11-20" }) },
		"a conflict copy whose note is gone": { [`People/Anna Bianchi${C}.md`]: md({ type: "person", email: "anna@lumen.it" }) },
	};
	for (const [state, files] of Object.entries(known)) {
		it(`answers as copiedNotePath and hasCopies do, for every name, title, folder and extension, with ${state}`, () => {
			const copies = copiesOf(parse, files);
			const notes = candidates(parse);
			expect(notes.length).toBeGreaterThan(5000);
			for (const note of notes) expect(copies.readsOthers(note), `${note.path} titled ${note.title}`).toBe(copiedNotePath(note) !== null || copies.hasCopies(note.path));
		});
	}
});
