import type { ParsedNote } from "../core/notes/note";
import type { NoteCodec, StringTable } from "../core/notes/stored-note";
import type { NoteStamp } from "./note-files";

/**
 * The parse cache's lines (and a reading thread's, which the cache stores as they are): one note per
 * line, `[path, size, mtime, ctime, note]` in ASCII JSON, the note in the stored form the plugin's
 * store keeps too (core/notes/stored-note.ts): only what it holds, the strings many notes repeat
 * (names, link targets, days) as numbers in a table of strings that the lines of one group share.
 */

/** Thrown when a line is not in the layout: the caller drops the whole cache. */
export class BadEntry extends Error {}

/** A note encoded as one line, and the table of strings its numbers refer to. */
export interface NoteLine {
	table: StringTable;
	text: string;
}

/** Every character beyond ASCII escaped (inside JSON's strings, the only place JSON text has any), so that the file reads back without UTF-8 decoding. */
function ascii(json: string): string {
	return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** JSON with every character beyond ASCII escaped. */
export function asciiJson(value: unknown): string {
	return ascii(JSON.stringify(value));
}

/** One note as a line: `[path, size, mtime, ctime, note]` (stamp null when not taken), `note` as `codec` encodes it. */
export function encodeLine(path: string, stamp: NoteStamp | null, note: ParsedNote, codec: NoteCodec): string {
	return ascii(`[${JSON.stringify(path)},${JSON.stringify(stamp?.size ?? null)},${JSON.stringify(stamp?.mtimeMs ?? null)},${JSON.stringify(stamp?.ctimeMs ?? null)},${codec.encode(note)}]`);
}

/** A line back into its note and stamp, with the codec of the line's table; anything that does not fit throws `BadEntry`. */
export function decodeLine(text: string, codec: NoteCodec): { path: string; stamp: NoteStamp | null; note: ParsedNote } {
	const value: unknown = JSON.parse(text);
	if (!Array.isArray(value) || value.length !== 5) throw new BadEntry("line");
	const [path, size, mtimeMs, ctimeMs, stored] = value as unknown[];
	if (typeof path !== "string") throw new BadEntry("line");
	const note = codec.decodeValue(path, stored);
	if (note === null) throw new BadEntry(path);
	if (size === null && mtimeMs === null && ctimeMs === null) return { path, stamp: null, note };
	if (typeof size !== "number" || typeof mtimeMs !== "number" || typeof ctimeMs !== "number") throw new BadEntry(path);
	return { path, stamp: { size, mtimeMs, ctimeMs }, note };
}
