import type { ParsedNote } from "./note";
import { NoteReader } from "./stored-note-reader";
import { NoteWriter } from "./stored-note-writer";
import type { Stored } from "./stored-shape";
import { StringTable } from "./string-table";

export { StringTable };

/**
 * A parsed note as the plugin's store (IndexedDB) and the CLI's parse cache (a file) keep it between
 * sessions: one compact JSON value per note.
 * Only what the note holds is written (no empty lists, nulls or falses), references as
 * `target, 1 | 0, line` one after another in one flat list of numbers, and the path only as the store's key. The strings that many notes repeat
 * (link targets, days, circles, organisations, interests) are written once, in the store's `StringTable`,
 * and each note holds their numbers. Reading a note back gives the very `ParsedNote` the parser
 * made, down to the shared empty list and one shared copy of each repeated string, without looking
 * a single string up: a start from the store costs no more memory than reading every note, and the
 * index hashes each name once. A text that is not JSON or not of this shape, or that refers to a
 * string the table does not have, reads as null (the note is then read again).
 *
 * `NoteCodec` writes notes for the store and reads them back, with the store's table of repeated
 * strings; the shape is in `stored-shape.ts`, the writing and the reading in `stored-note-writer.ts`
 * and `stored-note-reader.ts`.
 */
export class NoteCodec {
	private readonly writer: NoteWriter;
	private readonly reader: NoteReader;

	constructor(readonly strings: StringTable = new StringTable()) {
		this.writer = new NoteWriter(strings);
		this.reader = new NoteReader(strings);
	}

	/** The note as the store writes it (its path is the store's key); new repeated strings join the table. */
	encode(note: ParsedNote): string {
		return JSON.stringify(this.writer.note(note));
	}

	/** Ends a load: the references shared among the notes it read are no longer looked up (the notes keep theirs). */
	forgetSharedRefs(): void {
		this.reader.forgetSharedRefs();
	}

	/** The note stored for `path` by `encode`, or null when `text` is not such a note. */
	decode(path: string, text: string): ParsedNote | null {
		try {
			return this.reader.note(path, JSON.parse(text) as Stored);
		} catch {
			// Not JSON, or not of the shape written: the note is read again.
			return null;
		}
	}

	/** As `decode`, for the note's JSON already parsed (a value inside a larger JSON text, as a line of the CLI's cache holds it). */
	decodeValue(path: string, value: unknown): ParsedNote | null {
		if (typeof value !== "object" || value === null) return null;
		try {
			return this.reader.note(path, value as Stored);
		} catch {
			return null;
		}
	}
}
