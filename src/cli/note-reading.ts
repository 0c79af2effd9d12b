import { join } from "node:path";
import { parseNoteDetail, type ParseContext, type ParsedNote, type ParsedNoteDetail } from "../core/notes/note";
import type { Problem } from "../core/shared/problems";
import { type NoteFiles, type NoteStamp, unreadable } from "./note-files";
import { readFrontmatter } from "./safe-frontmatter";
import type { NoteLine } from "./cache-codec";

/** Told of a note read from disk, with its text and frontmatter. */
export type NoteReadListener = (path: string, text: string, frontmatter: Record<string, unknown> | null) => void;

/**
 * One note read from disk: its reading and the stamp it was read with (none when not asked), or why
 * it could not be read. `line`: the note as a reading thread encoded it, for the cache to store as it is.
 */
export type NoteRead = { path: string; stamp: NoteStamp | null; note: ParsedNote; line?: NoteLine } | { path: string; problem: Problem };

/** A note's text read; `onRead` is told of it with its frontmatter (a command that needs more than the index holds). */
export function parseText(path: string, text: string, context: ParseContext, onRead?: NoteReadListener): ParsedNoteDetail {
	const fm = readFrontmatter(path, text);
	const detail = parseNoteDetail(path, text, fm.data, context, fm.problems);
	onRead?.(path, text, fm.data);
	return detail;
}

/**
 * Stamps (when `withStamp`: the cache needs it) and reads one note. Any failure, of the file system
 * or of reading the text, is a problem on the note's path: every other note is still read.
 */
export function readNoteFile(root: string, path: string, context: ParseContext, files: NoteFiles, withStamp: boolean, onRead?: NoteReadListener): NoteRead {
	const file = join(root, path);
	try {
		if (withStamp && files.readStamped) {
			const { text, stamp } = files.readStamped(file);
			return { path, stamp, note: parseText(path, text, context, onRead).note };
		}
		const stamp = withStamp ? files.stamp(file) : null;
		return { path, stamp, note: parseText(path, files.read(file), context, onRead).note };
	} catch (error) {
		return { path, problem: unreadable(path, error) };
	}
}

/**
 * A note whose bytes another thread read (`bytes` from `start` to `end`): decoded and parsed as
 * `readNoteFile` reads it, a failure of either (a text longer than a string may be) a problem on its path.
 */
export function readFetchedNote(path: string, bytes: Buffer, start: number, end: number, stamp: NoteStamp | null, context: ParseContext): NoteRead {
	try {
		return { path, stamp, note: parseText(path, bytes.toString("utf8", start, end), context).note };
	} catch (error) {
		return { path, problem: unreadable(path, error) };
	}
}
