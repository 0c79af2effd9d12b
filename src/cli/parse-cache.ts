import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ParsedNote } from "../core/notes/note";
import type { NoteStamp } from "./note-files";
import { type CacheFileJob, type CacheNotKept, HEADER_DIGEST_TAIL, writeCacheFile } from "./cache-file-write";
import { asciiJson, decodeLine, encodeLine, type NoteLine } from "./cache-codec";
import { NoteCodec, StringTable } from "../core/notes/stored-note";
import { readOwnFile } from "./own-file";

export { defaultCacheRoot } from "./cache-root";

/**
 * The CLI's persistent cache of parsed notes, one file per vault in the platform's cache folder
 * (never inside the vault). Each note's entry is trusted only while the file's size, modification
 * time and change time are the ones it was read with; the whole file only for the Rapport version,
 * parser version, settings and vault config it was written with. A file that is missing, truncated,
 * corrupt or written for something else is ignored and rebuilt. Notes are stored in the form the
 * plugin's store keeps them in (core/notes/stored-note.ts), a line each (`cache-codec.ts`).
 *
 * The file: a header line (format, key, how many notes each table of strings has, the SHA-256 of
 * the whole file but the digest's own value), a line with the tables of strings, then one line per
 * note, `[path, size, mtime, ctime, note]`, grouped by table. The digest is checked before any line is
 * used: a line that is well formed but not the one written (a flipped digit, a sync tool's merge)
 * makes the whole file damaged, never another note's data served (about 7 ms for 50,000 notes).
 * One line per note keeps loading light: each line's JSON is garbage as soon as its note is
 * decoded, and an unchanged note is written back as the very line it was read from. Several tables
 * let a note encoded by a reading thread (with that thread's table) be stored as the thread wrote it.
 * A table only grows (its lines keep their numbers); when the tables hold many more strings than
 * the notes need (notes changed or went, run after run), every note is written anew with one table.
 */

const FORMAT = "rapport-note-cache-6";
const FILE = "notes.json";
/**
 * A note modified this close to the run's start may change again within the same clock tick without
 * its stamp changing (coarse file-system clocks): it is not stored, so the next run reads it again.
 */
export const RACY_MS = 2000;
/** Larger than the cache of any vault Rapport can hold in memory (about 0.5 KB a note): a file past it is not read. */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

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

/**
 * What a cache file held when it was opened, kept in flat tables (one Map entry and one note per
 * note, the stamps in one typed array): a warm run keeps all of it alive, and the fewer objects it
 * holds, the less the engine copies while the notes are loaded. A note's line is taken again from
 * the file's bytes only when the cache is written again.
 */
interface OldEntries {
	/** Each path's number, in file order. */
	index: Map<string, number>;
	notes: ParsedNote[];
	/** Size, modification and change time of note i at 3i, 3i+1, 3i+2. */
	stamps: Float64Array;
	/** The file's bytes, and where note i's line starts and ends in them. */
	bytes: Buffer;
	starts: Int32Array;
	ends: Int32Array;
	/** The table of strings of note i's line. */
	tableOf: Uint16Array;
	tables: StringTable[];
	/** How many strings the tables held when the notes were last written anew (see `STRINGS_GROWTH`). */
	strings: number;
}

const NO_ENTRIES: OldEntries = { index: new Map(), notes: [], stamps: new Float64Array(0), bytes: Buffer.alloc(0), starts: new Int32Array(0), ends: new Int32Array(0), tableOf: new Uint16Array(0), tables: [], strings: 0 };

/** The tables of strings of a file, when its line of tables is a list of lists of strings. */
function tablesOf(value: unknown): StringTable[] | null {
	if (!Array.isArray(value) || value.length > 0xffff) return null;
	const tables: StringTable[] = [];
	for (const list of value as unknown[]) {
		if (!Array.isArray(list) || !list.every((s) => typeof s === "string")) return null;
		tables.push(new StringTable(list));
	}
	return tables;
}

/** The entries of a cache file when it is whole and written for `key`; none otherwise. */
function readEntries(file: string, key: string): OldEntries {
	// Another user's file (a shared --cache-dir), one others may write, or a named pipe: never read.
	const bytes = readOwnFile(file, MAX_CACHE_BYTES);
	if (bytes === undefined) return NO_ENTRIES;
	try {
		return entriesOf(bytes, key) ?? NO_ENTRIES;
	} catch {
		return NO_ENTRIES;
	}
}

/** The line of `bytes` that starts at `start`: where it ends (at its newline, or at the end of the file). */
function lineEnd(bytes: Buffer, start: number): number {
	const end = bytes.indexOf(NEWLINE, start);
	return end < 0 ? bytes.length : end;
}

const NEWLINE = 10;

function entriesOf(bytes: Buffer, key: string): OldEntries | null {
	// Each line is decoded from the file's bytes on its own: no string of the whole file is made.
	const headerEnd = bytes.indexOf(NEWLINE);
	if (headerEnd < 0) return null;
	// The tables end at the first note's line, or at the end of a cache of no note.
	const tablesEnd = lineEnd(bytes, headerEnd + 1);
	const header = JSON.parse(bytes.toString("utf8", 0, headerEnd)) as { format?: unknown; key?: unknown; count?: unknown; groups?: unknown; strings?: unknown; digest?: unknown };
	const { groups, count } = header;
	if (header.format !== FORMAT || header.key !== key || !Array.isArray(groups) || typeof count !== "number" || !Number.isInteger(count) || count < 0 || count > bytes.length) return null;
	// The digest covers every byte but its own value, the header's counts included: a count damaged
	// (notes moved into another table of strings, whose numbers mean other strings) is no file of Rapport's.
	const digestAt = headerEnd - HEADER_DIGEST_TAIL;
	if (typeof header.digest !== "string" || digestAt < 0 || bytes.toString("latin1", digestAt, headerEnd) !== `${header.digest}"}`) return null;
	if (header.digest !== createHash("sha256").update(bytes.subarray(0, digestAt)).update(bytes.subarray(headerEnd + 1)).digest("hex")) return null;
	const tables = tablesOf(JSON.parse(bytes.toString("utf8", headerEnd + 1, tablesEnd)));
	if (tables === null || tables.length !== groups.length) return null;
	const strings = typeof header.strings === "number" && Number.isInteger(header.strings) && header.strings >= 0 ? header.strings : 0;
	const out: OldEntries = { index: new Map(), notes: new Array<ParsedNote>(count), stamps: new Float64Array(3 * count), bytes, starts: new Int32Array(count), ends: new Int32Array(count), tableOf: new Uint16Array(count), tables, strings };
	let start = tablesEnd + 1;
	let n = 0;
	for (let t = 0; t < groups.length; t++) {
		const inGroup: unknown = groups[t];
		if (typeof inGroup !== "number" || !Number.isInteger(inGroup) || inGroup < 0 || n + inGroup > count) return null;
		const codec = new NoteCodec(tables[t]);
		for (let i = 0; i < inGroup; i++, n++) {
			if (start >= bytes.length) return null;
			const end = lineEnd(bytes, start);
			const { path, stamp, note } = decodeLine(bytes.toString("utf8", start, end), codec);
			// A path written twice is a file no run wrote (each run writes a path once): damaged.
			if (stamp === null || out.index.has(path)) return null;
			out.index.set(path, n);
			out.notes[n] = note;
			out.stamps[3 * n] = stamp.size;
			out.stamps[3 * n + 1] = stamp.mtimeMs;
			out.stamps[3 * n + 2] = stamp.ctimeMs;
			out.starts[n] = start;
			out.ends[n] = end;
			out.tableOf[n] = t;
			start = end + 1;
		}
	}
	if (n !== count || start < bytes.length) return null;
	return out;
}

/** A note read in this run, to store: its line as it will be written, and what it was made of (to write it anew with another table). */
interface FreshNote {
	/** As a reading thread encoded it; null: encoded when the file is written (after the answer, see `LoadOptions.afterOutput`). */
	line: NoteLine | null;
	stamp: NoteStamp;
	note: ParsedNote;
}

/**
 * When the tables of the lines to write hold more than this many times the strings they held when the
 * notes were last written anew (plus a margin), the notes are written anew with one table of only the
 * strings they use: notes that changed or went, run after run, left strings behind that no line needs.
 */
const STRINGS_GROWTH = 2;
const STRINGS_MARGIN = 1024;

export class NoteCache {
	/** Notes read (not from the cache) in this run, to store. */
	private readonly fresh = new Map<string, FreshNote>();
	/** Per old entry: 1 when this run found it unchanged (it is written back as it was). */
	private readonly kept: Uint8Array;
	private keptCount = 0;
	private readonly codec: NoteCodec;
	private changed = false;

	private constructor(
		private readonly file: string | null,
		private readonly key: string,
		private readonly old: OldEntries,
		private readonly startedAt: number,
	) {
		this.kept = new Uint8Array(old.notes.length);
		// Notes read on this thread extend the old file's first table (append-only: its entries stay valid).
		this.codec = new NoteCodec(old.tables[0] ?? new StringTable());
	}

	/** The cache in `file` (created when written), valid for `key`; `file` null: no cache at all (`--no-cache`). */
	static open(file: string | null, key: string, startedAt = Date.now()): NoteCache {
		return new NoteCache(file, key, file === null ? NO_ENTRIES : readEntries(file, key), startedAt);
	}

	/** Whether notes are kept at all (false with `--no-cache`). */
	get enabled(): boolean {
		return this.file !== null;
	}

	/** How many notes the cache held when opened. */
	get size(): number {
		return this.old.index.size;
	}

	/** The note as last read, when the file is unchanged since. */
	lookup(path: string, stamp: NoteStamp): ParsedNote | undefined {
		const i = this.old.index.get(path);
		if (i === undefined) return undefined;
		const stamps = this.old.stamps;
		if (stamps[3 * i] !== stamp.size || stamps[3 * i + 1] !== stamp.mtimeMs || stamps[3 * i + 2] !== stamp.ctimeMs) return undefined;
		if (this.kept[i] === 0) {
			this.kept[i] = 1;
			this.keptCount++;
		}
		return this.old.notes[i];
	}

	/** Every note the cache held when opened, in the order of their paths (as a listing sorts them). */
	notesByPath(): ParsedNote[] {
		const { index, notes } = this.old;
		const paths = [...index.keys()].sort();
		const out = new Array<ParsedNote>(paths.length);
		for (let i = 0; i < paths.length; i++) out[i] = notes[index.get(paths[i] as string) as number] as ParsedNote;
		return out;
	}

	/** The paths the cache held that no `lookup` found unchanged (so far): changed, gone, or not looked up. */
	unconfirmed(): string[] {
		const out: string[] = [];
		for (const [path, i] of this.old.index) if (this.kept[i] === 0) out.push(path);
		return out;
	}

	/**
	 * Remembers a note just read, unless its file changed too recently to trust its stamp. `line`: the
	 * note already encoded with this stamp (by a reading thread), stored as it is.
	 */
	store(path: string, stamp: NoteStamp, note: ParsedNote, line?: NoteLine): void {
		this.changed = true;
		this.forgetOld(path);
		if (this.file === null || stamp.mtimeMs >= this.startedAt - RACY_MS) return;
		this.fresh.set(path, { line: line ?? null, stamp, note });
	}

	/** A path read again in this run: its old line is not written back. */
	private forgetOld(path: string): void {
		const i = this.old.index.get(path);
		if (i !== undefined && this.kept[i] === 1) {
			this.kept[i] = 0;
			this.keptCount--;
		}
	}

	/** The lines to write, grouped by table: unchanged notes as they were read, then notes read in this run; a table no note uses any more is left out. */
	private linesByTable(): Map<StringTable, string[]> {
		const byTable = new Map<StringTable, string[]>();
		const add = (table: StringTable, text: string): void => {
			const lines = byTable.get(table);
			if (lines) lines.push(text);
			else byTable.set(table, [text]);
		};
		const old = this.old;
		for (let i = 0; i < old.notes.length; i++) {
			const table = old.tables[old.tableOf[i] ?? 0];
			if (this.kept[i] === 1 && table !== undefined) add(table, old.bytes.toString("utf8", old.starts[i], old.ends[i]));
		}
		// In the order the notes were stored: the table numbers its strings as they come.
		for (const [path, { line, stamp, note }] of this.fresh) {
			if (line !== null) add(line.table, line.text);
			else add(this.codec.strings, encodeLine(path, stamp, note, this.codec));
		}
		return byTable;
	}

	/** Every note to write encoded anew with one table, in the same order as `linesByTable` gives them. */
	private linesAnew(): Map<StringTable, string[]> {
		const codec = new NoteCodec();
		const lines: string[] = [];
		const { notes, stamps, index } = this.old;
		for (const [path, i] of index) {
			const note = notes[i];
			if (this.kept[i] === 1 && note !== undefined) lines.push(encodeLine(path, { size: stamps[3 * i] ?? 0, mtimeMs: stamps[3 * i + 1] ?? 0, ctimeMs: stamps[3 * i + 2] ?? 0 }, note, codec));
		}
		for (const [path, { stamp, note }] of this.fresh) lines.push(encodeLine(path, stamp, note, codec));
		return new Map([[codec.strings, lines]]);
	}

	/**
	 * What to write for the notes of this run (and only those: deleted and renamed notes drop out), or
	 * null when nothing changed since the file was read, or there is no cache (`--no-cache`). The file
	 * is written by `writeCacheFile` (see `save`).
	 */
	private fileJob(): CacheFileJob | null {
		if (this.file === null) return null;
		if (!this.changed && this.keptCount === this.old.notes.length) return null;
		let byTable = this.linesByTable();
		let strings = 0;
		for (const table of byTable.keys()) strings += table.size;
		// A file written from scratch (no file before, or a whole new one) starts the count.
		let baseline = this.old.notes.length === 0 ? strings : this.old.strings;
		if (strings > STRINGS_GROWTH * baseline + STRINGS_MARGIN) {
			byTable = this.linesAnew();
			baseline = [...byTable.keys()].reduce((n, table) => n + table.size, 0);
		}
		return { file: this.file, format: FORMAT, key: this.key, strings: baseline, tables: asciiJson([...byTable.keys()].map((table) => table.since(0))), groups: [...byTable.values()] };
	}

	/** Writes the cache file now when anything changed (see `writeCacheFile`); why it could not be written, or null. */
	save(): CacheNotKept | null {
		const job = this.fileJob();
		let notKept: CacheNotKept | null = null;
		if (job !== null) writeCacheFile(job, (reason) => (notKept = { dir: dirname(job.file), reason }));
		return notKept;
	}
}
