import { createHash, randomBytes } from "node:crypto";
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";
import { removeAbandonedTemps } from "./cache-temps";
import { makeDirs } from "./make-dirs";
import { mayWriteCacheIn, readOwnFile } from "./own-file";

/**
 * The CLI's code kept compiled between runs. Node 22 does this itself (`module.enableCompileCache`);
 * Node 20, which Rapport supports, does not, and compiling the 1.7 MB bundle costs every run about
 * 30 ms before any work, as much again in functions compiled on first call. The launcher (launch.ts)
 * compiles the bundle with the code V8 made in an earlier run (`Script` with `cachedData`), and after
 * a run that had none, or whose code V8 refused (another Node, other V8 flags), stores the code V8
 * holds by then, the functions that run called included.
 *
 * One file in a `code` folder of Rapport's cache folder: the SHA-256 of what the code was made from
 * (the bundle's text, Node's version and the machine's architecture), the SHA-256 of the code, then
 * the code. V8 checks a cache's version and source but not, in release builds, that its bytes are
 * whole: a file that is truncated, damaged or of another bundle is never handed to V8 and is written
 * again. V8 checks only the length of the source, not its text: code made from another script of the
 * bundle's length runs as the bundle, so a file someone else could have written is not read (own-file.ts). Written to a new file and renamed over the old one, so two runs at once never mix their bytes.
 * Like every cache of Rapport's it only saves time: any failure to read or write it is ignored.
 */

const FILE = "cli.code";
const DIGEST = 32;
/** Larger than any code V8 makes of the bundle (about 1 MB): a file past it is no file of ours, and is not read. */
const MAX_BYTES = 64 * 1024 * 1024;

/** The CommonJS wrapper Node puts around a module's text: the bundle runs as if `require`d. */
function wrapped(source: string): string {
	return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

/** What the code was made from: the bundle's text, and the Node that compiled it. */
function keyOf(source: string): Buffer {
	return createHash("sha256").update(source).update("\0").update(process.version).update("\0").update(process.arch).digest();
}

function sha256(bytes: Uint8Array): Buffer {
	return createHash("sha256").update(bytes).digest();
}

/** The code stored in `dir` for `key`, when the file is whole and was made from it. */
export function readCode(dir: string, key: Buffer): Buffer | undefined {
	const bytes = readOwnFile(join(dir, FILE), MAX_BYTES);
	if (bytes === undefined || bytes.length <= 2 * DIGEST) return undefined;
	if (!bytes.subarray(0, DIGEST).equals(key)) return undefined;
	const code = bytes.subarray(2 * DIGEST);
	return sha256(code).equals(bytes.subarray(DIGEST, 2 * DIGEST)) ? code : undefined;
}

const TEMP = /^\.cli\.code\.[0-9a-f]{12}\.tmp$/;

/**
 * Stores the code `makeCode` gives (made from `key`) in `dir`: a new file (only this user may read it)
 * renamed over the old one. The code is asked for only once the file could be made: V8 takes a few
 * milliseconds to give it, which a folder that cannot be written would cost every run.
 */
export function writeCode(dir: string, key: Buffer, makeCode: () => Buffer): void {
	if (!mayWriteCacheIn(dir)) return;
	let temp: string | null = null;
	try {
		makeDirs(dir, 0o700);
		temp = join(dir, `.${FILE}.${randomBytes(6).toString("hex")}.tmp`);
		const fd = openSync(temp, "wx", 0o600);
		try {
			const code = makeCode();
			for (const part of [key, sha256(code), code]) {
				for (let written = 0; written < part.length; ) written += writeSync(fd, part, written, part.length - written);
			}
		} finally {
			closeSync(fd);
		}
		renameSync(temp, join(dir, FILE));
		temp = null;
		removeAbandonedTemps(dir, (name) => TEMP.test(name));
	} catch {
		// Only time is lost: the next run compiles the bundle again.
	} finally {
		if (temp !== null) removeQuietly(temp);
	}
}

function removeQuietly(file: string): void {
	try {
		unlinkSync(file);
	} catch {
		// Nothing was made, or it is gone already.
	}
}

/**
 * Runs the CommonJS bundle `bundle` (the whole CLI) as Node would `require` it, compiled with the code
 * stored in `dir` (null: none kept, `--no-cache`). When there was none, or V8 refused it, the code
 * V8 holds when the process exits is stored for the next run.
 */
export function runCompiled(bundle: string, source: string, dir: string | null): void {
	const key = keyOf(source);
	const cached = dir === null ? undefined : readCode(dir, key);
	const script = new Script(wrapped(source), { filename: bundle, cachedData: cached });
	if (dir !== null && (cached === undefined || script.cachedDataRejected === true)) {
		process.once("exit", () => writeCode(dir, key, () => script.createCachedData()));
	}
	const run = script.runInThisContext() as (exports: object, require: ReturnType<typeof createRequire>, module: { exports: object }, filename: string, dirname: string) => void;
	const module = { exports: {} };
	run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}
