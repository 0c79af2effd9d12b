import { createHash, randomBytes } from "node:crypto";
import { closeSync, fsyncSync, lstatSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { removeAbandonedTemps } from "./cache-temps";
import { errorCode } from "./note-files";
import { makeDirs } from "./make-dirs";
import { mayWriteCacheIn, readOwnFile } from "./own-file";

/**
 * The CLI's answers kept between runs, as a build tool keeps its outputs: what a command that only
 * prints printed (stdout, stderr, exit code), under the digest of every input its answer depends on
 * (answer-key.ts). A repeat run on an unchanged vault prints the stored answer instead of reading,
 * indexing and reporting again.
 *
 * One file per answer, in the vault's cache folder beside the parse cache, named by its key:
 * `answer-<key>.bin`. Its bytes: the SHA-256 (hex) of everything after it and a newline, a header line
 * (format, key, exit code, byte lengths of stdout and stderr), then stdout's bytes and stderr's bytes.
 * A file is used only when it is a regular file of this user's alone (a `--cache-dir` in a shared folder
 * must not let another user plant an answer), at most `MAX_ANSWER_BYTES`, whole (its digest matches),
 * and written for this very key in this format; anything else is ignored and written again. Written to
 * a new file (0600) and renamed over the old one; only the `KEEP` answers last written are kept.
 */

const FORMAT = "rapport-answer-1";
const PREFIX = "answer-";
const SUFFIX = ".bin";
const NAME = /^answer-[0-9a-f]{64}\.bin$/;
const TEMP = /^\.answer-[0-9a-f]{64}\.bin\.[0-9]+\.[0-9a-f]{12}\.tmp$/;
/** Larger answers are neither stored nor read (a people list of 100,000 notes is about 40 MB). */
export const MAX_ANSWER_BYTES = 256 * 1024 * 1024;
/** How many answers a vault keeps: the last few command lines run on it. */
export const KEEP = 4;
const DIGEST_HEX = 64;

export interface StoredAnswer {
	stdout: Buffer;
	stderr: Buffer;
	exitCode: number;
}

/** The file of the answer stored under `key` in the vault's cache folder `dir`. */
export function answerFile(dir: string, key: string): string {
	return join(dir, `${PREFIX}${key}${SUFFIX}`);
}

const sha256 = (...parts: Uint8Array[]): string => {
	const hash = createHash("sha256");
	for (const part of parts) hash.update(part);
	return hash.digest("hex");
};

/** The answer stored under `key` in `dir`, when its file is there, trusted, whole and written for that key. */
export function readAnswer(dir: string, key: string): StoredAnswer | undefined {
	const bytes = readOwnFile(answerFile(dir, key), MAX_ANSWER_BYTES);
	if (bytes === undefined || bytes.length <= DIGEST_HEX + 1 || bytes[DIGEST_HEX] !== NEWLINE) return undefined;
	const body = bytes.subarray(DIGEST_HEX + 1);
	if (bytes.toString("latin1", 0, DIGEST_HEX) !== sha256(body)) return undefined;
	const headerEnd = body.indexOf(NEWLINE);
	if (headerEnd < 0) return undefined;
	try {
		const header = JSON.parse(body.toString("utf8", 0, headerEnd)) as { format?: unknown; key?: unknown; exitCode?: unknown; stdout?: unknown; stderr?: unknown };
		const { exitCode, stdout, stderr } = header;
		if (header.format !== FORMAT || header.key !== key || !isCount(exitCode) || !isCount(stdout) || !isCount(stderr)) return undefined;
		const start = headerEnd + 1;
		if (start + stdout + stderr !== body.length) return undefined;
		return { stdout: body.subarray(start, start + stdout), stderr: body.subarray(start + stdout), exitCode };
	} catch {
		return undefined;
	}
}

/**
 * Whether the vault's cache folder may hold a stored answer: false only when it is missing or lists
 * none (a first run, a new cache folder), so that a run need not stamp its notes ahead to look for one.
 */
export function holdsAnswers(dir: string): boolean {
	try {
		return readdirSync(dir).some((name) => NAME.test(name));
	} catch (error) {
		return errorCode(error) !== "ENOENT";
	}
}

const NEWLINE = 10;
const isCount = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

function writeAll(fd: number, bytes: Uint8Array): void {
	for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

/**
 * Stores `answer` under `key` in `dir`: a new file only this user may read, synced, renamed over the
 * old one (another run reads the old answer or the new one, never a part); then only the `KEEP`
 * newest answers stay. False when it could not be written: an answer only saves time.
 */
export function writeAnswer(dir: string, key: string, answer: StoredAnswer): boolean {
	if (answer.stdout.length + answer.stderr.length > MAX_ANSWER_BYTES - 1024 || !mayWriteCacheIn(dir)) return false;
	const file = answerFile(dir, key);
	const temp = join(dir, `.${PREFIX}${key}${SUFFIX}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
	let fd = -1;
	try {
		makeDirs(dir);
		const header = Buffer.from(JSON.stringify({ format: FORMAT, key, exitCode: answer.exitCode, stdout: answer.stdout.length, stderr: answer.stderr.length }) + "\n", "utf8");
		fd = openSync(temp, "wx", 0o600);
		writeAll(fd, Buffer.from(sha256(header, answer.stdout, answer.stderr) + "\n", "latin1"));
		writeAll(fd, header);
		writeAll(fd, answer.stdout);
		writeAll(fd, answer.stderr);
		fsyncSync(fd);
		closeSync(fd);
		fd = -1;
		renameSync(temp, file);
	} catch {
		if (fd >= 0) closeSync(fd);
		removeQuietly(temp);
		return false;
	}
	pruneAnswers(dir, file);
	return true;
}

/** Keeps the `KEEP` answers last written in `dir` (`kept` among them), and removes abandoned temporary files. */
function pruneAnswers(dir: string, kept: string): void {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return;
	}
	removeAbandonedTemps(dir, (name) => TEMP.test(name), names);
	const answers: { file: string; mtimeMs: number }[] = [];
	for (const name of names) {
		if (!NAME.test(name)) continue;
		const file = join(dir, name);
		try {
			answers.push({ file, mtimeMs: file === kept ? Number.POSITIVE_INFINITY : lstatSync(file).mtimeMs });
		} catch {
			// Gone meanwhile: another run pruned it.
		}
	}
	answers.sort((a, b) => b.mtimeMs - a.mtimeMs);
	for (const { file } of answers.slice(KEEP)) removeQuietly(file);
}

function removeQuietly(file: string): void {
	try {
		unlinkSync(file);
	} catch {
		// Not there, or not ours to remove.
	}
}
