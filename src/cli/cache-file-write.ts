import { createHash, randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { removeAbandonedTemps } from "./cache-temps";
import { makeDirs } from "./make-dirs";
import { mayWriteCacheIn } from "./own-file";
import { errorCode } from "./fs-port";

/**
 * Writing the parse cache's file (see parse-cache.ts for its layout), apart from the cache itself:
 * plain data in (the lines to write, grouped by table), the file out. The digest is taken over the
 * chunks as they are written, a few thousand lines at a time, not line by line.
 */
export interface CacheFileJob {
	file: string;
	format: string;
	key: string;
	/** How many strings the tables held when the notes were last written anew (the header keeps it for the next run). */
	strings: number;
	/** The tables of strings, as one line of JSON. */
	tables: string;
	/** The notes' lines, grouped by table, in the order of `tables`. */
	groups: string[][];
}

/** The notes read could not be kept: the cache's folder, and the error's code (ENOSPC, ENOTDIR…). */
export interface CacheNotKept {
	dir: string;
	reason: string;
}

/** How many lines are joined and written at a time: no copy of the whole file is ever built in memory. */
const WRITE_LINES = 4096;

/** The file's text after its header: the tables' line, then each line after a newline, a few thousand at a time. */
function* bodyChunks(job: CacheFileJob): Generator<string> {
	yield job.tables;
	for (const lines of job.groups) {
		for (let i = 0; i < lines.length; i += WRITE_LINES) yield `\n${lines.slice(i, i + WRITE_LINES).join("\n")}`;
	}
}

/** Writes all of `bytes` at `position` of the file. */
function writeAllAt(fd: number, bytes: Buffer, position: number): void {
	let written = 0;
	while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, position + written);
}

/** The header line: the format, the key, how many notes each table has, the strings' count, and the digest (see `HEADER_DIGEST_TAIL`). */
function headerLine(job: CacheFileJob, digest: string): Buffer {
	const groups = job.groups.map((lines) => lines.length);
	const count = groups.reduce((a, b) => a + b, 0);
	return Buffer.from(`${JSON.stringify({ format: job.format, key: job.key, count, groups, strings: job.strings, digest })}\n`, "utf8");
}

/** How the temporary files of `file` are named: `.notes.json.<pid>.<random>.tmp`. */
const tmpPrefix = (file: string): string => `.${basename(file)}.`;

/** A SHA-256 digest in hex has 64 characters: the header's length is known before the digest is. */
const DIGEST_PLACEHOLDER = "0".repeat(64);

/**
 * The header line ends with the digest's value and `"}` (its newline aside): the digest covers the
 * header before its value (format, key, counts of notes and strings) and everything after the header.
 */
export const HEADER_DIGEST_TAIL = DIGEST_PLACEHOLDER.length + 2;

/**
 * Writes the cache file: to a temporary file created exclusively, synced, then renamed over the old
 * one, so a reader (another run) sees the old file or the new one, never a part. The header says how
 * many notes each table has and the SHA-256 of the whole file but the digest's own value. False when it cannot be written
 * (the temporary file is removed): a cache only saves time; `failed` is told why (ENOSPC, ENOTDIR, EROFS…), not
 * when a root run leaves another user's folder alone (mayWriteCacheIn).
 */
export function writeCacheFile(job: CacheFileJob, failed: (reason: string) => void = () => undefined): boolean {
	const dir = dirname(job.file);
	if (!mayWriteCacheIn(dir)) return false;
	const tmp = join(dir, `${tmpPrefix(job.file)}${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
	let fd = -1;
	try {
		makeDirs(dir);
		const prefix = tmpPrefix(job.file);
		removeAbandonedTemps(dir, (name) => name.startsWith(prefix) && name.endsWith(".tmp"));
		fd = openSync(tmp, "wx", 0o600);
		// One pass: each chunk is joined once, written after the header's place and taken into the digest;
		// the header, of the same length whatever its digest, is written last, in its place.
		const hash = createHash("sha256");
		const placeholder = headerLine(job, DIGEST_PLACEHOLDER);
		hash.update(placeholder.subarray(0, placeholder.length - 1 - HEADER_DIGEST_TAIL));
		let position = placeholder.length;
		for (const chunk of bodyChunks(job)) {
			const bytes = Buffer.from(chunk, "utf8");
			hash.update(bytes);
			writeAllAt(fd, bytes, position);
			position += bytes.length;
		}
		writeAllAt(fd, headerLine(job, hash.digest("hex")), 0);
		fsyncSync(fd);
		closeSync(fd);
		fd = -1;
		renameSync(tmp, job.file);
		return true;
	} catch (error) {
		failed(errorCode(error));
		if (fd >= 0) closeSync(fd);
		try {
			unlinkSync(tmp);
		} catch {
			// Nothing was created.
		}
		return false;
	}
}
