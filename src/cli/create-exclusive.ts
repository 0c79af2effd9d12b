import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, linkSync, openSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { hasEntry } from "./has-entry";
import { makeDirs } from "./make-dirs";
import { holdSignalsBetweenWrites } from "./write-signals";

/** Writes every byte of `data` to `fd`, however many calls it takes; a write that makes no progress is an error. */
export function writeAllBytes(fd: number, data: Uint8Array): void {
	let offset = 0;
	while (offset < data.length) {
		const written = writeSync(fd, data, offset, data.length - offset);
		if (written <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
		offset += written;
	}
}

/** Makes a folder's new entries durable (best effort). */
export function fsyncFolder(dir: string): void {
	try {
		const fd = openSync(dir, "r");
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Some platforms (Windows) cannot open a folder: the rename is still durable enough there.
	}
}

/** File systems where hard links are not possible (FAT, some network shares, Android storage). */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "ENOSYS", "EXDEV", "EMLINK", "EOPNOTSUPP"]);

/**
 * Creates a new file and never overwrites one: the text goes to a temporary file (created
 * exclusively, with an unguessable name, every byte written and synced), which is then hard-linked
 * to its name, an exclusive step that fails when the name is taken, and removed. Where a file system
 * has no hard links, the file is created with `wx` and written in place. Returns "exists" when the
 * name was taken; the temporary file is removed on every path. `syncFolder: false` leaves the
 * folder's sync to the caller, once for many files.
 */
export function createFileExclusive(path: string, text: string, options: { syncFolder?: boolean } = {}): "created" | "exists" {
	holdSignalsBetweenWrites();
	if (hasEntry(path)) return "exists";
	const dir = dirname(path);
	makeDirs(dir);
	const data = new TextEncoder().encode(text);
	const temp = join(dir, `.${basename(path)}.rapport-${randomBytes(8).toString("hex")}.tmp`);
	const fd = openSync(temp, "wx", 0o666);
	try {
		try {
			writeAllBytes(fd, data);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		try {
			linkSync(temp, path);
		} catch (error) {
			const code = (error as { code?: string }).code ?? "";
			if (code === "EEXIST") return "exists";
			if (!NO_LINKS.has(code)) throw error;
			return createInPlace(path, data);
		}
	} finally {
		try {
			unlinkSync(temp);
		} catch {
			// Already gone.
		}
	}
	if (options.syncFolder !== false) fsyncFolder(dir);
	return "created";
}

function createInPlace(path: string, data: Uint8Array): "created" | "exists" {
	let fd: number;
	try {
		fd = openSync(path, "wx", 0o666);
	} catch (error) {
		if ((error as { code?: string }).code === "EEXIST") return "exists";
		throw error;
	}
	try {
		writeAllBytes(fd, data);
		fsyncSync(fd);
	} catch (error) {
		closeSync(fd);
		// Never leave half a note behind: the file was ours, made a moment ago.
		unlinkSync(path);
		throw error;
	}
	closeSync(fd);
	return "created";
}
