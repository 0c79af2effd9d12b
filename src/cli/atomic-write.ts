import { createHash, randomBytes } from "node:crypto";
import { basename, dirname, sep } from "node:path";
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
 * the edit is made again on the fresh text, a few times, then Rapport gives up and says so.
 */

export type WriteResult = "unchanged" | "updated" | "created";

/** Recomputes the new text from the note as it is now (null when it does not exist yet). */
export type TextEdit = (before: string | null) => string;

const ATTEMPTS = 4;

interface Snapshot {
	text: string;
	size: number;
	mtimeMs: number;
	ino: number;
	hash: string;
	mode: number;
	uid: number;
	gid: number;
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
	return { text: decoder.decode(bytes), size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, hash: hashOf(bytes), mode: stat.mode, uid: stat.uid, gid: stat.gid };
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

/** A complete, synced temporary copy of `text` beside `file`, with the mode and owner of `like`. */
function writeTemp(fs: FsPort, file: string, text: string, like: Snapshot | null): string {
	// Beside the file as its path is written: join() would take a `link/..` away, which the system does not.
	const temp = `${dirname(file)}${sep}.${basename(file)}.${randomBytes(12).toString("hex")}.rapport-tmp`;
	const fd = fs.open(temp, "wx", 0o666);
	try {
		if (like) {
			fs.fchmod(fd, like.mode & 0o7777);
			keepOwner(fs, fd, file, like);
		}
		writeAll(fs, fd, new TextEncoder().encode(text));
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

/**
 * Changes `file` to `edit(its text)`. `root` is the vault (symlinks must stay inside it); null for a
 * file the user named explicitly (`--out`). The edit may throw to refuse (the note is then untouched).
 */
export function updateFile(file: string, edit: TextEdit, options: { root: string | null; fs?: FsPort }): WriteResult {
	const fs = options.fs ?? nodeFs;
	if (fs === nodeFs) holdSignalsBetweenWrites();
	let target = file;
	let temp: string | null = null;
	try {
		target = writeTarget(fs, options.root, file);
		for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
			const before = snapshot(fs, target);
			if (before && (before.mode & 0o200) === 0) throw new CliMessage("write.readOnly", { path: file });
			const after = edit(before?.text ?? null);
			if (before && after === before.text) return "unchanged";
			fs.mkdir(dirname(target));
			temp = writeTemp(fs, target, after, before);
			if (!unchangedSince(fs, target, before)) {
				removeQuietly(fs, temp);
				temp = null;
				continue;
			}
			fs.rename(temp, target);
			temp = null;
			syncFolder(fs, dirname(target));
			return before ? "updated" : "created";
		}
	} catch (error) {
		if (temp !== null) removeQuietly(fs, temp);
		throw failed(file, error);
	}
	throw new CliMessage("write.keptChanging", { path: file });
}

/** Replaces `file` with `text` as `updateFile` does: for a file the user named (`--out`), outside the vault or not. */
export function writeFileAtomic(file: string, text: string, fs: FsPort = nodeFs): WriteResult {
	return updateFile(file, () => text, { root: null, fs });
}
