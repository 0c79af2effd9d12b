import { createHash, randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { ParsedNote } from "../core/notes/note";
import type { NoteStamp } from "./note-files";
import { type Encoded, NoteDecoder, NoteEncoder, type ShapeKey } from "./cache-codec";

/**
 * The CLI's persistent cache of parsed notes, one file per vault in the platform's cache folder
 * (never inside the vault). Each note's entry is trusted only while the file's size, modification
 * time and change time are the ones it was read with; the whole file only for the Rapport version,
 * parser version, settings and vault config it was written with. A file that is missing, truncated,
 * corrupt or written for something else is ignored and rebuilt. Notes are stored as JSON in the
 * compact layout of `cache-codec.ts`, which follows any shape `ParsedNote` takes (a change of shape
 * bumps PARSER_VERSION).
 */

const FORMAT = "rapport-note-cache-2";
const FILE = "notes.json";
/**
 * A note modified this close to the run's start may change again within the same clock tick without
 * its stamp changing (coarse file-system clocks): it is not stored, so the next run reads it again.
 */
export const RACY_MS = 2000;

interface Entry {
	size: number;
	mtimeMs: number;
	ctimeMs: number;
	/** The note as stored: written back as is when unchanged. */
	encoded: Encoded;
	note: ParsedNote;
}

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

/** The cache file in a vault's cache folder. */
export function cacheFileOf(dir: string): string {
	return join(dir, FILE);
}

/** What the whole cache is valid for: a change in any of these makes every entry stale. */
export function cacheKey(parts: { rapportVersion: string; parserVersion: number; settings: unknown; config: unknown }): string {
	return createHash("sha256").update(JSON.stringify([parts.rapportVersion, parts.parserVersion, parts.settings, parts.config])).digest("hex");
}

function sameStamp(entry: Entry, stamp: NoteStamp): boolean {
	return entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs && entry.ctimeMs === stamp.ctimeMs;
}

/** The body of a cache file: columns of paths, stamps (size, mtime, ctime per note) and encoded notes. */
interface Body {
	shapes: unknown;
	paths: unknown;
	stamps: unknown;
	notes: unknown;
}

/** The entries of a cache file when it is whole and written for `key`; none otherwise. */
function readEntries(file: string, key: string): { entries: Map<string, Entry>; shapes: ShapeKey[][] } {
	const none = { entries: new Map<string, Entry>(), shapes: [] };
	let text: string;
	try {
		// The file is pure ASCII (see `asciiJson`): a one-byte string, read faster from a buffer than with an encoding.
		text = readFileSync(file).toString("utf8");
	} catch {
		return none;
	}
	const newline = text.indexOf("\n");
	if (newline < 0) return none;
	try {
		const header = JSON.parse(text.slice(0, newline)) as { format?: unknown; key?: unknown; count?: unknown };
		if (header.format !== FORMAT || header.key !== key || typeof header.count !== "number") return none;
		const body = JSON.parse(text.slice(newline + 1)) as Body;
		const count = header.count;
		const { paths, stamps, notes } = body;
		if (!Array.isArray(paths) || !Array.isArray(stamps) || !Array.isArray(notes)) return none;
		if (paths.length !== count || notes.length !== count || stamps.length !== 3 * count) return none;
		const decoder = NoteDecoder.fromJson(body.shapes);
		const entries = new Map<string, Entry>();
		for (let i = 0; i < count; i++) {
			const path: unknown = paths[i];
			const size: unknown = stamps[3 * i];
			const mtimeMs: unknown = stamps[3 * i + 1];
			const ctimeMs: unknown = stamps[3 * i + 2];
			if (typeof path !== "string" || typeof size !== "number" || typeof mtimeMs !== "number" || typeof ctimeMs !== "number") return none;
			const encoded = notes[i] as Encoded;
			entries.set(path, { size, mtimeMs, ctimeMs, encoded, note: decoder.decodeNote(path, encoded) });
		}
		return { entries, shapes: body.shapes as ShapeKey[][] };
	} catch {
		return none;
	}
}

/** JSON with every character beyond ASCII escaped, so that the file reads back without UTF-8 decoding. */
function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export class NoteCache {
	private readonly fresh = new Map<string, Entry>();
	private readonly encoder: NoteEncoder;
	private changed = false;

	private constructor(
		private readonly file: string | null,
		private readonly key: string,
		private readonly old: Map<string, Entry>,
		shapes: ShapeKey[][],
		private readonly startedAt: number,
	) {
		// Entries kept from the old file are written back as they were: their shapes keep their numbers.
		this.encoder = new NoteEncoder(shapes);
	}

	/** The cache in `file` (created when written), valid for `key`; `file` null: no cache at all (`--no-cache`). */
	static open(file: string | null, key: string, startedAt = Date.now()): NoteCache {
		if (file === null) return new NoteCache(null, key, new Map(), [], startedAt);
		const { entries, shapes } = readEntries(file, key);
		return new NoteCache(file, key, entries, shapes, startedAt);
	}

	/** Whether notes are kept at all (false with `--no-cache`). */
	get enabled(): boolean {
		return this.file !== null;
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
		return entry.note;
	}

	/** Remembers a note just read, unless its file changed too recently to trust its stamp. */
	store(path: string, stamp: NoteStamp, note: ParsedNote): void {
		this.changed = true;
		if (this.file === null || stamp.mtimeMs >= this.startedAt - RACY_MS) return;
		const encoded = this.encoder.encodeNote(path, note);
		if (encoded !== null) this.fresh.set(path, { size: stamp.size, mtimeMs: stamp.mtimeMs, ctimeMs: stamp.ctimeMs, encoded, note });
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
		const paths: string[] = [];
		const stamps: number[] = [];
		const notes: Encoded[] = [];
		for (const [path, entry] of this.fresh) {
			paths.push(path);
			stamps.push(entry.size, entry.mtimeMs, entry.ctimeMs);
			notes.push(entry.encoded);
		}
		const text = `${JSON.stringify({ format: FORMAT, key: this.key, count: paths.length })}\n${asciiJson({ shapes: this.encoder.shapes, paths, stamps, notes })}`;
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
