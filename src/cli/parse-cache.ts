import { createHash, randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import type { ParsedNote } from "../core/notes/note";
import type { NoteStamp } from "./note-files";
import { asciiJson, decodeLine, encodeLine, NoteDecoder, NoteEncoder, type NoteLine, type ShapeKey } from "./cache-codec";

/**
 * The CLI's persistent cache of parsed notes, one file per vault in the platform's cache folder
 * (never inside the vault). Each note's entry is trusted only while the file's size, modification
 * time and change time are the ones it was read with; the whole file only for the Rapport version,
 * parser version, settings and vault config it was written with. A file that is missing, truncated,
 * corrupt or written for something else is ignored and rebuilt. Notes are stored in the compact
 * layout of `cache-codec.ts`, which follows any shape `ParsedNote` takes (a change of shape bumps
 * PARSER_VERSION).
 *
 * The file: a header line (format, key, how many notes each table of shapes has), a line with the
 * tables of shapes, then one line per note, `[path, size, mtime, ctime, note]`, grouped by table.
 * One line per note keeps loading light: each line's JSON is garbage as soon as its note is
 * decoded, and an unchanged note is written back as the very line it was read from. Several tables
 * let a note encoded by a reading thread (with that thread's table) be stored as the thread wrote it.
 */

const FORMAT = "rapport-note-cache-3";
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
	line: NoteLine;
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

/** The entries of a cache file when it is whole and written for `key`; none otherwise. */
function readEntries(file: string, key: string): { entries: Map<string, Entry>; tables: ShapeKey[][][] } {
	const none = { entries: new Map<string, Entry>(), tables: [] };
	let text: string;
	try {
		// The file is pure ASCII (see `asciiJson`): a one-byte string, read faster from a buffer than with an encoding.
		text = readFileSync(file).toString("utf8");
	} catch {
		return none;
	}
	try {
		const headerEnd = text.indexOf("\n");
		if (headerEnd < 0) return none;
		// The tables end at the first note's line, or at the end of a cache of no note.
		const next = text.indexOf("\n", headerEnd + 1);
		const tablesEnd = next < 0 ? text.length : next;
		const header = JSON.parse(text.slice(0, headerEnd)) as { format?: unknown; key?: unknown; groups?: unknown };
		const groups = header.groups;
		if (header.format !== FORMAT || header.key !== key || !Array.isArray(groups)) return none;
		const tables: unknown = JSON.parse(text.slice(headerEnd + 1, tablesEnd));
		if (!Array.isArray(tables) || tables.length !== groups.length) return none;
		const entries = new Map<string, Entry>();
		let start = tablesEnd + 1;
		for (let t = 0; t < groups.length; t++) {
			const count: unknown = groups[t];
			if (typeof count !== "number" || !Number.isInteger(count) || count < 0) return none;
			const shapes = tables[t] as ShapeKey[][];
			const decoder = NoteDecoder.fromJson(shapes);
			for (let i = 0; i < count; i++) {
				if (start >= text.length) return none;
				let end = text.indexOf("\n", start);
				if (end < 0) end = text.length;
				const line = text.slice(start, end);
				start = end + 1;
				const { path, stamp, note } = decodeLine(line, decoder);
				// A path written twice is a file no run wrote (each run writes a path once): damaged.
				if (stamp === null || entries.has(path)) return none;
				entries.set(path, { size: stamp.size, mtimeMs: stamp.mtimeMs, ctimeMs: stamp.ctimeMs, line: { shapes, text: line }, note });
			}
		}
		if (start < text.length) return none;
		return { entries, tables: tables as ShapeKey[][][] };
	} catch {
		return none;
	}
}

/** How many lines of the cache file are written at a time. */
const WRITE_LINES = 4096;

function writeAll(fd: number, text: string): void {
	const bytes = Buffer.from(text, "utf8");
	let written = 0;
	while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

export class NoteCache {
	private readonly fresh = new Map<string, Entry>();
	private readonly encoder: NoteEncoder;
	private changed = false;

	private constructor(
		private readonly file: string | null,
		private readonly key: string,
		private readonly old: Map<string, Entry>,
		tables: ShapeKey[][][],
		private readonly startedAt: number,
	) {
		// Notes read on this thread extend the old file's first table (append-only: its entries stay valid).
		this.encoder = new NoteEncoder(tables[0] ?? []);
	}

	/** The cache in `file` (created when written), valid for `key`; `file` null: no cache at all (`--no-cache`). */
	static open(file: string | null, key: string, startedAt = Date.now()): NoteCache {
		if (file === null) return new NoteCache(null, key, new Map(), [], startedAt);
		const { entries, tables } = readEntries(file, key);
		return new NoteCache(file, key, entries, tables, startedAt);
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

	/**
	 * Remembers a note just read, unless its file changed too recently to trust its stamp. `line`: the
	 * note already encoded with this stamp (by a reading thread), stored as it is.
	 */
	store(path: string, stamp: NoteStamp, note: ParsedNote, line?: NoteLine): void {
		this.changed = true;
		if (this.file === null || stamp.mtimeMs >= this.startedAt - RACY_MS) return;
		let stored = line;
		if (stored === undefined) {
			const encoded = this.encoder.encodeNote(path, note);
			if (encoded === null) return;
			stored = { shapes: this.encoder.shapes, text: encodeLine(path, stamp, encoded) };
		}
		this.fresh.set(path, { size: stamp.size, mtimeMs: stamp.mtimeMs, ctimeMs: stamp.ctimeMs, line: stored, note });
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
		// Lines grouped by table; a table no note uses any more is left out.
		const byTable = new Map<ShapeKey[][], string[]>();
		for (const entry of this.fresh.values()) {
			const lines = byTable.get(entry.line.shapes);
			if (lines) lines.push(entry.line.text);
			else byTable.set(entry.line.shapes, [entry.line.text]);
		}
		const groups = [...byTable.values()].map((lines) => lines.length);
		const header = JSON.stringify({ format: FORMAT, key: this.key, count: this.fresh.size, groups });
		const dir = join(this.file, "..");
		const tmp = join(dir, `.${FILE}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
		let fd = -1;
		try {
			mkdirSync(dir, { recursive: true });
			fd = openSync(tmp, "wx", 0o600);
			// Written a few thousand lines at a time: no copy of the whole file is ever built in memory.
			writeAll(fd, `${header}\n${asciiJson([...byTable.keys()])}`);
			for (const lines of byTable.values()) {
				for (let i = 0; i < lines.length; i += WRITE_LINES) writeAll(fd, `\n${lines.slice(i, i + WRITE_LINES).join("\n")}`);
			}
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
