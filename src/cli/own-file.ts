import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { dirname, resolve } from "node:path";

/**
 * Reading a file of Rapport's own caches. A `--cache-dir` may be a shared folder (`/tmp/rapport`), where
 * another user can put a file of their making, a link or a named pipe, in the place of one of ours: the
 * code the CLI runs (code-cache.ts), the notes it answers from (parse-cache.ts) and its stored answers
 * (answer-cache.ts) are read only from a regular file that is this user's, that no one else may write,
 * and that is not reached through a link.
 */

/** Whether a file is this user's, and no one else may write it (always, where the system has no users). */
export function ownedAlone(stat: Stats): boolean {
	const uid = process.getuid?.();
	return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
}

/**
 * Whether the file is the cache's file itself, not another name for some other file of this user's: a
 * link someone else put in a shared cache folder (`/tmp/rapport/code/cli.code` → a download of the
 * user's whose bytes they chose) would pass `ownedAlone`. The link is not followed (O_NOFOLLOW) and a
 * file with a second name (a hard link) is not read; cache files are only ever renamed into place.
 * Some network and FUSE file systems count no links (0).
 */
export function ownName(stat: Stats): boolean {
	return stat.nlink <= 1;
}

/**
 * What `read` makes of the open file at `file` when it is a regular file of at most `max` bytes, this
 * user's alone and under this name only (not through a link); undefined otherwise, or when it cannot
 * be read. Opened without waiting: a named pipe put in its place would otherwise hold the run until
 * something writes to it.
 */
function withOwnFile<T>(file: string, max: number, read: (fd: number, size: number) => T | undefined): T | undefined {
	let fd = -1;
	try {
		fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
		const stat = fstatSync(fd);
		if (!stat.isFile() || stat.size > max || !ownedAlone(stat) || !ownName(stat)) return undefined;
		return read(fd, stat.size);
	} catch {
		return undefined;
	} finally {
		if (fd >= 0) closeSync(fd);
	}
}

/** The first `length` bytes of `fd` (fewer when it is shorter); undefined when it ends before `length` and `whole` is asked. */
function readBytes(fd: number, length: number, whole: boolean): Buffer | undefined {
	const bytes = Buffer.alloc(length);
	let read = 0;
	while (read < length) {
		const n = readSync(fd, bytes, read, length - read, read);
		if (n === 0) return whole ? undefined : bytes.subarray(0, read);
		read += n;
	}
	return bytes;
}

/** The whole file at `file` when it is a regular file of at most `max` bytes, this user's alone (see withOwnFile). */
export function readOwnFile(file: string, max: number): Buffer | undefined {
	return withOwnFile(file, max, (fd, size) => readBytes(fd, size, true));
}

/** The first `length` bytes of such a file, of any size (fewer when it is shorter). */
export function readOwnFileHead(file: string, length: number): Buffer | undefined {
	return withOwnFile(file, Number.MAX_SAFE_INTEGER, (fd, size) => readBytes(fd, Math.min(size, length), false));
}

/**
 * Whether this run may make a cache's folders and files in `dir`: not when it runs as root in a folder
 * of another user's. `sudo rapport …` keeps the user's home on macOS (and with `sudo -E`): a first run
 * so made `~/.cache`, `~/.cache/rapport` and the vault's folder root's, where the user's own runs could
 * never write again (and other programs lost `~/.cache`), and the files root left there are never read
 * (see `ownedAlone`): every later run of theirs started cold. Such a run keeps no cache, as pip does.
 */
export function mayWriteCacheIn(dir: string): boolean {
	if (process.getuid?.() !== 0) return true;
	// The folder itself, else the nearest one above it that exists: whose the folders made in it would be.
	for (let at = resolve(dir); ; ) {
		try {
			return statSync(at).uid === 0;
		} catch {
			const up = dirname(at);
			if (up === at) return true;
			at = up;
		}
	}
}
