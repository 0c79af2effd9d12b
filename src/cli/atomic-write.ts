import { createHash, randomBytes } from "node:crypto";
import { basename, dirname, sep } from "node:path";
import { notUtf8, type NotUtf8 } from "../core/shared/utf8";
import { errorCode, type FsPort, nodeFs } from "./fs-port";
import { holdSignalsBetweenWrites } from "./write-signals";
import { CliMessage } from "./messages";
import { resolvesInside } from "./vault-paths";
import { CliError } from "./vault-files";

/**
 * How the CLI changes a file without ever losing text: the new text goes to a temporary file created
 * exclusively, with an unguessable name, in the same folder; every byte is written (or the write
 * fails), the file and then its folder are synced, and only a complete file is renamed over the note.
 * The note keeps its mode and owner; a symlinked note is written through to its target (inside the
 * vault only); a read-only note is refused. If another program changed the note since it was read,
 * or made it since it was found missing (a new note takes its name by a hard link, never replacing a
 * file), the edit is made again on the fresh text, a few times, then Rapport gives up and says so. A note
 * with hard links (another name for the same file) is written in place, so every name keeps seeing
 * it, after a copy of it as it was is made beside it (kept only if the write is cut short). A note
 * whose bytes are not UTF-8 (an old Windows-1252 note, a UTF-16 one) is refused: its text was read
 * with U+FFFD in place of those bytes, and writing it back would lose them.
 */

export type WriteResult = "unchanged" | "updated" | "created";

/** Recomputes the new text from the note as it is now (null when it does not exist yet). */
export type TextEdit = (before: string | null) => string;

const ATTEMPTS = 4;

interface Snapshot {
	bytes: Uint8Array;
	text: string;
	size: number;
	mtimeMs: number;
	ino: number;
	hash: string;
	mode: number;
	uid: number;
	gid: number;
	/** How many names the file has: more than one for a hard-linked note. */
	nlink: number;
	/** Where the bytes stop being UTF-8; null when they are UTF-8. */
	notUtf8: NotUtf8 | null;
}

/** UTF-8 that keeps a BOM as the note's first character (the default decoder drops it, and the write would lose it). */
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

function hashOf(bytes: Uint8Array): string {
	return createHash("sha256").update(bytes).digest("hex");
}

/** The note as it is now, or null when it does not exist. */
function snapshot(fs: FsPort, file: string): Snapshot | null {
	let stat;
	try {
		stat = fs.stat(file);
	} catch (error) {
		if (errorCode(error) === "ENOENT") return null;
		throw error;
	}
	if (!stat.isFile()) throw new CliMessage("write.notAFile", { path: file });
	const bytes = fs.readFile(file);
	return { bytes, text: decoder.decode(bytes), nlink: stat.nlink, size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, hash: hashOf(bytes), mode: stat.mode, uid: stat.uid, gid: stat.gid, notUtf8: notUtf8(bytes) };
}

/** Whether the note is still exactly what was read: same size, time, inode and content (or still missing). */
function unchangedSince(fs: FsPort, file: string, before: Snapshot | null): boolean {
	let now: Snapshot | null;
	try {
		now = snapshot(fs, file);
	} catch {
		return false;
	}
	if (before === null || now === null) return before === now;
	return now.size === before.size && now.mtimeMs === before.mtimeMs && now.ino === before.ino && now.hash === before.hash;
}

/** Writes every byte of `data`, however few each call takes; fails rather than stop short. */
function writeAll(fs: FsPort, fd: number, data: Uint8Array): void {
	let done = 0;
	while (done < data.length) {
		const n = fs.write(fd, data, done, data.length - done);
		if (!(n > 0)) throw Object.assign(new Error(`only ${done} of ${data.length} bytes could be written`), { code: "EIO" });
		done += n;
	}
}

function removeQuietly(fs: FsPort, path: string): void {
	try {
		fs.unlink(path);
	} catch {
		// Already gone: nothing to clean up.
	}
}

/** Syncs a folder so the rename survives a crash; some systems cannot open folders, which is fine. */
function syncFolder(fs: FsPort, dir: string): void {
	let fd: number;
	try {
		fd = fs.open(dir, "r");
	} catch {
		return;
	}
	try {
		fs.fsync(fd);
	} catch (error) {
		if (!["EINVAL", "EISDIR", "EPERM", "EBADF", "ENOTSUP"].includes(errorCode(error))) throw error;
	} finally {
		fs.close(fd);
	}
}

/**
 * Gives the temporary copy of `file` the owner and group of the note it replaces (`like`). A user may
 * not give a file a group they are not in (a note left in group root by `sudo cp` and `chown -R you`;
 * on macOS a file takes its folder's group): then the copy keeps the user's own group only when that
 * changes nobody's access, the note being theirs and its group having the rights everyone has (0644,
 * 0600). Otherwise, or for another user's note, nothing is written: the note's readers would change.
 */
function keepOwner(fs: FsPort, fd: number, file: string, like: Snapshot): void {
	const own = fs.fstat(fd);
	if (own.uid === like.uid && own.gid === like.gid) return;
	try {
		fs.fchown(fd, like.uid, like.gid);
	} catch (error) {
		const groupGivesNothing = ((like.mode >> 3) & 0o7) === (like.mode & 0o7);
		if (errorCode(error) !== "EPERM" || own.uid !== like.uid || !groupGivesNothing) throw new CliMessage("write.ownerWouldChange", { path: file });
	}
}

/** A complete, synced temporary copy of `bytes` beside `file`, with the mode and owner of `like`. */
function writeTemp(fs: FsPort, file: string, bytes: Uint8Array, like: Snapshot | null): string {
	// Beside the file as its path is written: join() would take a `link/..` away, which the system does not.
	const temp = `${dirname(file)}${sep}.${basename(file)}.${randomBytes(12).toString("hex")}.rapport-tmp`;
	const fd = fs.open(temp, "wx", 0o666);
	try {
		if (like) {
			fs.fchmod(fd, like.mode & 0o7777);
			keepOwner(fs, fd, file, like);
		}
		writeAll(fs, fd, bytes);
		fs.fsync(fd);
	} catch (error) {
		fs.close(fd);
		removeQuietly(fs, temp);
		throw error;
	}
	fs.close(fd);
	return temp;
}

/** The file to write: the note itself, or the target of a symlinked note when that target is in the vault. */
function writeTarget(fs: FsPort, root: string | null, file: string): string {
	let link = false;
	try {
		link = fs.lstat(file).isSymbolicLink();
	} catch (error) {
		if (errorCode(error) !== "ENOENT") throw error;
	}
	if (!link) return file;
	let target: string;
	try {
		target = fs.realpath(file);
	} catch {
		throw new CliMessage("write.notAFile", { path: file });
	}
	if (root !== null && !resolvesInside(fs, root, target)) throw new CliMessage("write.outsideVault", { path: file, target });
	return target;
}

function failed(file: string, error: unknown): CliError {
	if (error instanceof CliError) return error;
	const reason = error instanceof Error ? error.message : String(error);
	return new CliMessage("write.failed", { path: file, reason });
}

/** Writes `bytes` over the file from its start and cuts it to their length, then syncs it: the file keeps its inode and so its hard links. */
function overwrite(fs: FsPort, target: string, bytes: Uint8Array, opened?: number): void {
	const fd = opened ?? fs.open(target, "r+");
	try {
		writeAll(fs, fd, bytes);
		fs.ftruncate(fd, bytes.length);
		fs.fsync(fd);
	} finally {
		fs.close(fd);
	}
}

/**
 * A hard-linked note, written in place: a rename would give this name a new file and leave the other
 * names on the old text. A synced copy of the note as it was goes beside it first; if the write is
 * cut short the old bytes are put back, and if even that fails the copy stays and the message names
 * it. False when the note changed since it was read (the caller reads it again).
 */
function writeLinkedInPlace(fs: FsPort, file: string, target: string, bytes: Uint8Array, before: Snapshot): boolean {
	const copy = writeTemp(fs, target, before.bytes, before);
	if (!unchangedSince(fs, target, before)) {
		removeQuietly(fs, copy);
		return false;
	}
	let fd: number;
	try {
		fd = fs.open(target, "r+");
	} catch (error) {
		// Not one byte was written (a note locked in the Finder, or immutable): the note is whole, the copy not needed.
		removeQuietly(fs, copy);
		throw error;
	}
	try {
		overwrite(fs, target, bytes, fd);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		try {
			overwrite(fs, target, before.bytes);
		} catch {
			throw new CliMessage("write.failedKeptCopy", { path: file, reason, copy });
		}
		removeQuietly(fs, copy);
		throw error;
	}
	removeQuietly(fs, copy);
	return true;
}

/** File systems where hard links are not possible (FAT, some network shares, Android storage). */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "ENOSYS", "EXDEV", "EMLINK", "EOPNOTSUPP"]);

/**
 * Gives a note that did not exist its complete temporary file: a hard link, which never replaces a
 * file, so a note another program made meanwhile (Obsidian opening today's daily note from its
 * template) is not lost under Rapport's; false when the name is taken. Where the file system has no
 * hard links, a rename. The temporary file stays for the caller to remove.
 */
function placeNew(fs: FsPort, temp: string, target: string): boolean {
	try {
		fs.link(temp, target);
		return true;
	} catch (error) {
		const code = errorCode(error);
		if (code === "EEXIST") return false;
		if (!NO_LINKS.has(code)) throw error;
	}
	fs.rename(temp, target);
	return true;
}

/** Refuses to edit a note whose bytes are not UTF-8: the text Rapport would write back has lost them. */
function refuseNotUtf8(file: string, before: Snapshot | null): void {
	const bad = before?.notUtf8;
	if (bad) throw new CliMessage(bad.zeroed ? "write.zeroed" : bad.utf16 ? "write.utf16" : "write.notUtf8", { path: file, line: bad.line });
}

/**
 * Changes `file` to `edit(its text)`. `root` is the vault (symlinks must stay inside it); null for a
 * file the user named explicitly (`--out`). The edit may throw to refuse (the note is then untouched).
 * `replaces`: the edit writes a whole new file (an export), so the old one's encoding does not matter.
 */
export function updateFile(file: string, edit: TextEdit, options: { root: string | null; fs?: FsPort; replaces?: boolean }): WriteResult {
	const fs = options.fs ?? nodeFs;
	if (fs === nodeFs) holdSignalsBetweenWrites();
	let target = file;
	let temp: string | null = null;
	try {
		target = writeTarget(fs, options.root, file);
		for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
			const before = snapshot(fs, target);
			if (before && (before.mode & 0o200) === 0) throw new CliMessage("write.readOnly", { path: file });
			if (options.replaces !== true) refuseNotUtf8(file, before);
			const after = edit(before?.text ?? null);
			if (before && after === before.text) return "unchanged";
			fs.mkdir(dirname(target));
			if (before && before.nlink > 1) {
				if (!writeLinkedInPlace(fs, file, target, new TextEncoder().encode(after), before)) continue;
				return "updated";
			}
			temp = writeTemp(fs, target, new TextEncoder().encode(after), before);
			if (!unchangedSince(fs, target, before)) {
				removeQuietly(fs, temp);
				temp = null;
				continue;
			}
			if (before === null) {
				const placed = placeNew(fs, temp, target);
				removeQuietly(fs, temp);
				temp = null;
				// Another program made the note since it was found missing: the edit is made again on its text.
				if (!placed) continue;
				syncFolder(fs, dirname(target));
				return "created";
			}
			fs.rename(temp, target);
			temp = null;
			syncFolder(fs, dirname(target));
			return "updated";
		}
	} catch (error) {
		if (temp !== null) removeQuietly(fs, temp);
		throw failed(file, error);
	}
	throw new CliMessage("write.keptChanging", { path: file });
}

/** Replaces `file` with `text` as `updateFile` does: for a file the user named (`--out`), outside the vault or not. */
export function writeFileAtomic(file: string, text: string, fs: FsPort = nodeFs): WriteResult {
	return updateFile(file, () => text, { root: null, fs, replaces: true });
}
