import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Problem, problem } from "../core/shared/problems";
import { isLeftoverName } from "./leftovers";
import { hasEntry } from "./has-entry";

/** What the cache compares to know whether a note changed since it was read. */
export interface NoteStamp {
	size: number;
	mtimeMs: number;
	ctimeMs: number;
}

/**
 * The CLI's file-system port for reading a vault: listing Markdown files, their stamps and their text.
 * Every call may throw a Node file-system error (EACCES, ENOENT, EISDIR, …); `readVaultFiles` turns
 * each into a problem on that path. Tests pass their own to inject faults.
 */
export interface NoteFiles {
	/** Entries of one folder: name, and whether it is a folder, a file or a symbolic link. */
	list(dir: string): { name: string; isDirectory: boolean; isFile: boolean; isSymbolicLink: boolean }[];
	stamp(file: string): NoteStamp;
	read(file: string): string;
	/**
	 * The text with the stamp of the very file read, taken before its text (as `stamp` then `read`):
	 * one open and one fstat instead of a stat by path and an open. Ports without it stamp, then read.
	 */
	readStamped?(file: string): { text: string; stamp: NoteStamp };
}

const isFolder = (file: string): Error => Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: "EISDIR" });
/** A named pipe, a device or a socket where a note was (a link named `.md` to one): no note, and never read (a pipe would wait for a writer, `/dev/zero` never ends). */
const notAFile = (file: string): Error => Object.assign(new Error(`ENOTREG: not a regular file, read '${file}'`), { code: "ENOTREG" });
/** Notes are opened without waiting: opening a named pipe for reading would wait for a writer, forever. No effect on a regular file. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Scratch space for reading notes (most are a few kilobytes): grown when a larger note comes. */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * The largest note read: a larger file, or one that turns out larger as it is read (a link named
 * `.md` to `/proc/self/pagemap`, whose size says 0, reads gigabytes), is a problem on its path
 * (EFBIG), not read until memory runs out. No Markdown note comes near it.
 */
const MAX_NOTE_BYTES = 64 * 1024 * 1024;

const tooLarge = (file: string): Error => Object.assign(new Error(`EFBIG: file too large, read '${file}'`), { code: "EFBIG" });

function readStamped(file: string, atMost = MAX_NOTE_BYTES): { text: string; stamp: NoteStamp } {
	const { bytes, length, stamp } = readBytesStamped(file, atMost);
	if (length < 0) throw tooLarge(file);
	return { text: bytes.toString("utf8", 0, length), stamp };
}

/**
 * A text file of the vault (a note, a template, a config file) as notes are read: a regular file only,
 * opened without waiting, of `atMost` bytes at the most; throws otherwise (EFBIG, ENOTREG, EISDIR, or
 * the system's error).
 */
export function readVaultText(file: string, atMost = MAX_NOTE_BYTES): string {
	return readStamped(file, atMost).text;
}

/** The bytes of a text file of the vault, read as `readVaultText` reads it (a regular file of `atMost` bytes at the most). */
export function readVaultBytes(file: string, atMost = MAX_NOTE_BYTES): Uint8Array {
	const { bytes, length } = readBytesStamped(file, atMost);
	if (length < 0) throw tooLarge(file);
	return Uint8Array.prototype.slice.call(bytes, 0, length);
}

/**
 * A file's bytes, whole, with the stamp of the very file read (one open and one fstat). The bytes are
 * the first `length` of `bytes`: scratch space that the next read reuses. `largerThan`: a regular file
 * of more bytes is not read (`length` is then -1), its stamp still given; nor is one that turns out
 * larger as it is read (it grew since its fstat, or its size says 0 as /proc's files and some FUSE
 * file systems' do), whose reading stops there.
 */
export function readBytesStamped(file: string, largerThan = Number.POSITIVE_INFINITY): { bytes: Buffer; length: number; stamp: NoteStamp } {
	const fd = openSync(file, READ_FLAGS);
	try {
		const s = fstatSync(fd);
		if (s.isDirectory()) throw isFolder(file);
		if (!s.isFile()) throw notAFile(file);
		const stamp = { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
		if (s.size > largerThan) return { bytes: scratch, length: -1, stamp };
		if (scratch.length < s.size + 1) scratch = Buffer.allocUnsafe(Math.max(s.size + 1, 2 * scratch.length));
		const length = readToEnd((into, at, room) => readSync(fd, into, at, room, null), s.size, largerThan);
		return { bytes: scratch, length, stamp };
	} finally {
		closeSync(fd);
	}
}

/**
 * Reads a file into the scratch space to its end; how many bytes it holds. `size`: the regular file's
 * size from its fstat (-1 for anything else). A file that grew since is read whole, as readFileSync
 * reads it. A read that gives less than asked once `size` bytes are in has reached the end (no second
 * call to be told so); a shorter read before that is no end: network and FUSE file systems (a vault
 * on a cloud drive) may hand a file over in pieces. Past `atMost` bytes the reading stops and gives -1.
 */
export function readToEnd(read: (into: Buffer, at: number, room: number) => number, size: number, atMost = Number.POSITIVE_INFINITY): number {
	let length = 0;
	for (;;) {
		if (length > atMost) return -1;
		if (length === scratch.length) scratch = Buffer.concat([scratch, Buffer.allocUnsafe(scratch.length)]);
		const room = scratch.length - length;
		const got = read(scratch, length, room);
		length += got;
		if (got === 0 || (got < room && size >= 0 && length >= size)) return length > atMost ? -1 : length;
	}
}

export const nodeNoteFiles: NoteFiles = {
	list: (dir) => readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory(), isFile: e.isFile(), isSymbolicLink: e.isSymbolicLink() && !linksToFolder(join(dir, e.name)) })),
	stamp: (file) => {
		const s = statSync(file);
		if (s.isDirectory()) throw isFolder(file);
		return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs };
	},
	read: (file) => readVaultText(file),
	readStamped,
};

/** Symbolic links to folders are not followed (no loops); a link to a file is a note, a broken one a problem. */
function linksToFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

const SKIPPED_DIRS = new Set(["node_modules", ".git", ".trash"]);

/** The error code Node gives (EACCES, ENOENT, EISDIR, …), or the error's own words when it has none. */
export function errorCode(error: unknown): string {
	const code = (error as { code?: unknown }).code;
	if (typeof code === "string") return code;
	return error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
}

export function unreadable(path: string, error: unknown): Problem {
	const code = errorCode(error);
	if (code === "EISDIR") return problem(path, 0, "note-is-folder");
	if (code === "ENOENT") return problem(path, 0, "note-vanished");
	if (code === "ENOTREG") return problem(path, 0, "note-not-a-file");
	return problem(path, 0, "unreadable-note", { reason: code });
}

/**
 * Every Markdown file below `root` as vault-relative paths with `/`, sorted; hidden folders are skipped
 * as Obsidian does. `leftovers`: the temporary files Rapport's writes left when cut short (leftovers.ts). A folder that cannot be listed is a problem on its path, and the walk goes on.
 */
export function listNotes(root: string, files: NoteFiles = nodeNoteFiles): { paths: string[]; problems: Problem[]; leftovers: string[] } {
	const paths: string[] = [];
	const problems: Problem[] = [];
	const leftovers: string[] = [];
	const walk = (dir: string, rel: string): void => {
		let entries: ReturnType<NoteFiles["list"]>;
		try {
			entries = files.list(dir);
		} catch (error) {
			problems.push(problem(rel === "" ? "." : rel, 0, "folder-unreadable", { reason: errorCode(error) }));
			return;
		}
		for (const entry of entries) {
			if (entry.name.startsWith(".")) {
				if (entry.isFile && isLeftoverName(entry.name)) leftovers.push(rel === "" ? entry.name : `${rel}/${entry.name}`);
				continue;
			}
			if (SKIPPED_DIRS.has(entry.name)) continue;
			const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
			// A name that is not UTF-8 is listed with U+FFFD in place of its bytes, a name no file has: said so, not read as removed.
			if (entry.name.includes("\uFFFD") && !hasEntry(join(dir, entry.name))) {
				problems.push(problem(relPath, 0, "name-not-utf8"));
				continue;
			}
			if (entry.isDirectory) walk(join(dir, entry.name), relPath);
			else if (!entry.name.toLowerCase().endsWith(".md")) continue;
			else if (entry.isFile || entry.isSymbolicLink) paths.push(relPath);
			// A named pipe, a socket or a device named `.md` is no note, and never opened (a pipe would wait for a writer): a problem on its path, as a link to one is.
			else problems.push(unreadable(relPath, notAFile(join(dir, entry.name))));
		}
	};
	walk(root, "");
	return { paths: paths.sort(), problems, leftovers };
}
