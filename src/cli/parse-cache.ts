import { createHash, randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { ParsedNote } from "../core/notes/note";
import type { NoteStamp } from "./note-files";

/**
 * The CLI's persistent cache of parsed notes, one file per vault in the platform's cache folder
 * (never inside the vault). Each note's entry is trusted only while the file's size, modification
 * time and change time are the ones it was read with; the whole file only for the Rapport version,
 * parser version, settings and vault config it was written with. A file that is missing, truncated,
 * corrupt or written for something else is ignored and rebuilt. Notes are stored as plain JSON, so
 * the cache follows any shape `ParsedNote` takes (a change of shape bumps PARSER_VERSION).
 */

const FORMAT = "rapport-note-cache";
const FILE = "notes.json";
/**
 * A note modified this close to the run's start may change again within the same clock tick without
 * its stamp changing (coarse file-system clocks): it is not stored, so the next run reads it again.
 */
export const RACY_MS = 2000;

type Entry = [size: number, mtimeMs: number, ctimeMs: number, note: ParsedNote];

/** The platform's cache folder for Rapport: `$XDG_CACHE_HOME/rapport`, `~/Library/Caches/rapport`, `%LOCALAPPDATA%\rapport`. */
export function defaultCacheRoot(env: Record<string, string | undefined> = process.env, platform: string = process.platform, home: string = homedir()): string {
	if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "rapport");
	if (platform === "darwin") return join(home, "Library", "Caches", "rapport");
	if (platform === "win32") return join(env.LOCALAPPDATA ?? join(home, "AppData", "Local"), "rapport");
	return join(home, ".cache", "rapport");
}

/** The cache folder of one vault below `cacheRoot`: named by a hash of the vault's real path. */
export function vaultCacheDir(cacheRoot: string, vaultRoot: string): string {
	let real = resolve(vaultRoot);
	try {
		real = realpathSync(real);
	} catch {
		// The vault was checked to exist; keep the resolved path if it cannot be resolved further.
	}
	return join(cacheRoot, createHash("sha256").update(real).digest("hex").slice(0, 20));
}

/** What the whole cache is valid for: a change in any of these makes every entry stale. */
export function cacheKey(parts: { rapportVersion: string; parserVersion: number; settings: unknown; config: unknown }): string {
	return createHash("sha256").update(JSON.stringify([parts.rapportVersion, parts.parserVersion, parts.settings, parts.config])).digest("hex");
}

function sameStamp(entry: Entry, stamp: NoteStamp): boolean {
	return entry[0] === stamp.size && entry[1] === stamp.mtimeMs && entry[2] === stamp.ctimeMs;
}

function isEntry(path: string, value: unknown): value is Entry {
	if (!Array.isArray(value) || value.length !== 4) return false;
	const [size, mtime, ctime, note] = value as unknown[];
	return typeof size === "number" && typeof mtime === "number" && typeof ctime === "number" && typeof note === "object" && note !== null && (note as { path?: unknown }).path === path;
}

/** The entries of a cache file when it is whole and written for `key`; an empty map otherwise. */
function readEntries(file: string, key: string): Map<string, Entry> {
	const entries = new Map<string, Entry>();
	let text: string;
	try {
		text = readFileSync(file, "utf8");
	} catch {
		return entries;
	}
	const newline = text.indexOf("\n");
	if (newline < 0) return entries;
	try {
		const header = JSON.parse(text.slice(0, newline)) as { format?: unknown; key?: unknown; count?: unknown };
		if (header.format !== FORMAT || header.key !== key) return entries;
		const body = JSON.parse(text.slice(newline + 1)) as unknown;
		if (typeof body !== "object" || body === null || Array.isArray(body)) return entries;
		const raw = body as Record<string, unknown>;
		const paths = Object.keys(raw);
		if (paths.length !== header.count) return entries;
		for (const path of paths) {
			const value = raw[path];
			if (!isEntry(path, value)) return new Map();
			entries.set(path, value);
		}
	} catch {
		return new Map();
	}
	return entries;
}

/** Empty lists of a note read back from JSON become one shared frozen list again, as the parser makes them. */
const NONE: never[] = Object.freeze([]) as never[];
function shareEmptyLists(note: ParsedNote): ParsedNote {
	const record = note as unknown as Record<string, unknown>;
	for (const key of Object.keys(record)) {
		const value = record[key];
		if (Array.isArray(value) && value.length === 0) record[key] = NONE;
	}
	return note;
}

export class NoteCache {
	private readonly fresh = new Map<string, Entry>();
	private changed = false;

	private constructor(
		private readonly file: string | null,
		private readonly key: string,
		private readonly old: Map<string, Entry>,
		private readonly startedAt: number,
	) {}

	/** The cache in `dir` (created when written), valid for `key`; `dir` null: no cache at all (`--no-cache`). */
	static open(dir: string | null, key: string, startedAt = Date.now()): NoteCache {
		if (dir === null) return new NoteCache(null, key, new Map(), startedAt);
		const file = join(dir, FILE);
		return new NoteCache(file, key, readEntries(file, key), startedAt);
	}

	/** How many notes the cache held when opened. */
	get size(): number {
		return this.old.size;
	}

	/** The note as last read, when the file is unchanged since. */
	lookup(path: string, stamp: NoteStamp): ParsedNote | undefined {
		const entry = this.old.get(path);
		if (!entry || !sameStamp(entry, stamp)) return undefined;
		this.fresh.set(path, entry);
		return shareEmptyLists(entry[3]);
	}

	/** Remembers a note just read, unless its file changed too recently to trust its stamp. */
	store(path: string, stamp: NoteStamp, note: ParsedNote): void {
		this.changed = true;
		if (stamp.mtimeMs >= this.startedAt - RACY_MS) return;
		this.fresh.set(path, [stamp.size, stamp.mtimeMs, stamp.ctimeMs, note]);
	}

	/**
	 * Writes the notes of this run (and only those: deleted and renamed notes drop out) when anything
	 * changed: to a temporary file created exclusively, synced, then renamed over the old one, so a
	 * reader (another run) sees the old file or the new one, never a part. A cache that cannot be
	 * written is skipped: it only saves time.
	 */
	save(): boolean {
		if (this.file === null) return false;
		if (!this.changed && this.fresh.size === this.old.size) return false;
		const body: Record<string, Entry> = {};
		for (const [path, entry] of this.fresh) body[path] = entry;
		const text = `${JSON.stringify({ format: FORMAT, key: this.key, count: this.fresh.size })}\n${JSON.stringify(body)}`;
		const dir = join(this.file, "..");
		const tmp = join(dir, `.${FILE}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
		let fd = -1;
		try {
			mkdirSync(dir, { recursive: true });
			fd = openSync(tmp, "wx", 0o600);
			const bytes = Buffer.from(text, "utf8");
			let written = 0;
			while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
			fsyncSync(fd);
			closeSync(fd);
			fd = -1;
			renameSync(tmp, this.file);
			return true;
		} catch {
			if (fd >= 0) closeSync(fd);
			try {
				unlinkSync(tmp);
			} catch {
				// Nothing was created.
			}
			return false;
		}
	}
}
