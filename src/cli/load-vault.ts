import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import manifest from "../../manifest.json";
import { createParseContext, type ParseContext, type ParsedNote, type ParsedNoteDetail } from "../core/notes/note";
import { PARSER_VERSION } from "../core/notes/parser-version";
import type { RapportSettings } from "../core/config/settings";
import type { VaultConfig } from "../core/config/vault-config";
import { VaultIndex } from "../core/index/vault-index";
import { errorCode, listNotes, nodeNoteFiles, type NoteFiles, type NoteStamp } from "./note-files";
import { type NoteRead, type NoteReadListener, parseText, readNoteFile } from "./note-reading";
import { unreadableNote } from "../core/index/unreadable-note";
import { cacheFileOf, cacheKey, defaultCacheRoot, NoteCache, vaultCacheDir } from "./parse-cache";
import { type ListJob, type Parallelism, PARALLEL_FROM, readInParallel, startListing, startStamping, type StampJob } from "./parallel-read";
import type { Problem } from "../core/shared/problems";
import type { Listed } from "./stamp-chunks";
import { readFetched } from "./fetched-read";
import { appendAll } from "../core/shared/lists";
import { type LiveCalendarFile, syncLiveCalendar } from "../core/calendar/live";
import { today } from "../core/dates/dates";
import { readSettings, readVaultConfig } from "./vault-files";
import { nodeFs } from "./fs-port";
import { vaultFile } from "./vault-paths";
import { readOwnFileHead } from "./own-file";
import type { CacheNotKept } from "./cache-file-write";

export interface LoadedVault {
	root: string;
	settings: RapportSettings;
	config: VaultConfig;
	context: ParseContext;
	index: VaultIndex;
}

export interface LoadOptions {
	/** Where per-vault caches live (`--cache-dir`); null: no cache (`--no-cache`); undefined: the platform's cache folder. */
	cacheRoot?: string | null;
	/** The file-system port (tests inject faults through it; a port given reads on the main thread only). */
	files?: NoteFiles;
	env?: Record<string, string | undefined>;
	/** Rapport's version, part of the cache's key (tests simulate an upgrade with it). */
	rapportVersion?: string;
	/** Worker threads to read with (the CLI gives the machine's); none: the main thread reads alone. */
	parallelism?: Parallelism;
	/** From how many notes to read on several threads (default PARALLEL_FROM). */
	parallelFrom?: number;
	/**
	 * Told of each note read from disk (not from the cache): a command that needs more of a note than
	 * the index holds need not read it again. Such a load reads on this thread only.
	 */
	onRead?: NoteReadListener;
	/** The vault's notes as already listed and stamped (by a repeat run looking for its stored answer): not listed again. */
	listed?: Listed;
	/** The settings and vault config as already read (by the same repeat run, for its key): not read again. */
	read?: { settings: RapportSettings; config: VaultConfig };
	/** Takes work that can wait until the answer is printed (writing the notes' cache, which says why when it could not be written); none: done at once. */
	afterOutput?: (job: () => CacheNotKept | null) => void;
}

export type { NoteReadListener };

/** What loading read: how many notes came from the cache and how many were parsed. */
export interface LoadStats {
	notes: number;
	fromCache: number;
	parsed: number;
}

/** Reads one note from disk into what core needs (the CLI's half of the note-source port). */
export function readNote(root: string, path: string, context: ParseContext, files: NoteFiles = nodeNoteFiles): ParsedNoteDetail {
	return parseText(path, files.read(join(root, path)), context);
}

/** The cache of this vault for these settings and config (null: none). */
function cacheFile(root: string, settings: RapportSettings, config: VaultConfig, options: LoadOptions): { file: string | null; key: string } {
	const key = cacheKey({ rapportVersion: options.rapportVersion ?? manifest.version, parserVersion: PARSER_VERSION, settings, config });
	const cacheRoot = options.cacheRoot === undefined ? defaultCacheRoot(options.env) : options.cacheRoot;
	return { file: cacheRoot === null ? null : cacheFileOf(vaultCacheDir(cacheRoot, root)), key };
}

/** What loading reports besides the notes: worker threads that failed (their notes were read on the main thread). */
export interface LoadReport {
	stats: LoadStats;
	workerFailures: string[];
	/** How many notes and folders could not be read (each a problem on its path). */
	unread: number;
	/** Files a cut-short write of Rapport's left beside notes (leftovers.ts), found by the same listing: no notes, named by doctor. */
	leftovers: string[];
	/**
	 * The notes as this load listed them, each with the stamp it was read with or found unchanged by
	 * (NaN when it has none: unreadable, or read without a cache): what a run that looked at no stamp
	 * before (no stored answer to look for) keys its answer with.
	 */
	listed?: Listed;
}

/**
 * Every note of the vault, each from the cache when its file is unchanged, read and parsed otherwise.
 * A note or folder that cannot be read (permissions, removed mid-scan, a folder where a file was) is
 * a problem on its path, and every other note is still read. On a large vault, worker threads stamp
 * the notes while this thread loads the cache, and read and parse the notes the cache cannot give.
 *
 * `newIndex`, when given, makes an index to fill while a thread lists and stamps the vault: with
 * every cached note, as if none had changed, in the order of their paths. When the stamps come, the
 * cached notes whose file changed or is gone are taken out of it again; `index` is that index, and
 * `notes` only what it still lacks (read now, or unreadable), to add. When too many changed for
 * taking them out to pay, `index` is null and `notes` are all the notes, as without `newIndex`.
 */
export async function readVaultNotes(root: string, context: ParseContext, cache: { file: string | null; key: string }, files: NoteFiles, options: LoadOptions, newIndex?: () => VaultIndex): Promise<{ notes: ParsedNote[]; index: VaultIndex | null } & LoadReport> {
	const threads = files === nodeNoteFiles && options.onRead === undefined && options.parallelism !== undefined && options.parallelism.workers > 0 ? options.parallelism : null;
	const parallelFrom = options.parallelFrom ?? PARALLEL_FROM;
	const workerFailures: string[] = [];
	// A large cache on disk and the small stamping script: one thread lists and stamps the vault while this one loads the cache.
	const given = options.listed === undefined ? null : { ...options.listed, stamping: null };
	const listing = given === null && threads?.stampFile !== undefined && cache.file !== null && cachedNoteCount(cache.file) >= parallelFrom ? startListing(root, threads.stampFile) : null;
	const here = given ?? (listing === null ? listHere(root, context, files, cache.file, threads, parallelFrom) : null);
	const notesCache = NoteCache.open(cache.file, cache.key);
	// The thread is still at work: this one builds the index from the cache meanwhile, instead of waiting.
	let early = newIndex !== undefined && (listing !== null || given !== null) && notesCache.size > 0 ? newIndex() : null;
	early?.addAll(notesCache.notesByPath());
	const listed = here ?? (await listedBy(listing, root, files, workerFailures));
	const { paths } = listed;
	const parallel = threads !== null && paths.length >= parallelFrom ? threads : null;
	const notes: ParsedNote[] = listed.problems.map((p) => unreadableNote(p.path, p, context));
	/** The notes found unchanged, when they are in the index built early (for a build anew if too many changed). */
	const hits: ParsedNote[] = [];
	const withStamps = notesCache.enabled;
	// Each note's stamp as it was read or found unchanged (NaN: none): what a stored answer's key is made of.
	const seen = new Float64Array(3 * paths.length).fill(Number.NaN);
	let misses: string[] = paths;
	let missAt: number[] | null = null;
	if (notesCache.size > 0) {
		misses = [];
		missAt = [];
		let stamps = listed.stamps;
		if (listed.stamping) {
			const stamped = await listed.stamping.finish();
			workerFailures.push(...stamped.failures);
			stamps = stamped.stamps;
		}
		for (let i = 0; i < paths.length; i++) {
			const path = paths[i] ?? "";
			const stamp = stamps ? stampAt(stamps, i) : stampOrNull(files, join(root, path));
			const cached = stamp === null ? undefined : notesCache.lookup(path, stamp);
			if (!cached || stamp === null) {
				misses.push(path);
				missAt.push(i);
			} else {
				(early ? hits : notes).push(cached);
				putStamp(seen, i, stamp);
			}
		}
		// Changed, gone, or unreadable since the cache was written: out of the index built early (a changed
		// note comes back read). Taking a note out re-reads the notes naming the person it was: when many
		// changed (a sync tool touched every file), a build anew costs less.
		const stale = early ? notesCache.unconfirmed() : [];
		if (early && stale.length > REBUILD_FROM && stale.length * 8 > notesCache.size) {
			early = null;
			appendAll(notes, hits);
		}
		if (early) for (const path of stale) early.remove(path);
	} else if (listed.stamping) {
		// The cache file was stale or damaged: the stamps are not needed.
		workerFailures.push(...(await listed.stamping.finish()).failures);
	}
	const fromCache = paths.length - misses.length;
	const reads = await readMisses(root, misses, context, files, withStamps, misses.length >= parallelFrom ? parallel : null, options.onRead);
	workerFailures.push(...reads.failures);
	let unread = listed.problems.length;
	reads.reads.forEach((read, k) => {
		const i = missAt === null ? k : (missAt[k] ?? -1);
		if ("stamp" in read && read.stamp !== null && paths[i] === read.path) putStamp(seen, i, read.stamp);
	});
	for (const read of reads.reads) {
		if ("problem" in read) {
			unread++;
			notes.push(unreadableNote(read.path, read.problem, context));
		}
		else {
			if (read.stamp) notesCache.store(read.path, read.stamp, read.note, read.line);
			notes.push(read.note);
		}
	}
	// The user waits for the answer, not for the cache: written once the answer is out, when the caller allows.
	if (options.afterOutput) options.afterOutput(() => notesCache.save());
	else notesCache.save();
	return { notes, index: early, stats: { notes: paths.length, fromCache, parsed: misses.length }, workerFailures, unread, leftovers: listed.leftovers, listed: { paths, problems: listed.problems, stamps: seen, leftovers: listed.leftovers } };
}

function putStamp(stamps: Float64Array, i: number, stamp: NoteStamp): void {
	stamps[3 * i] = stamp.size;
	stamps[3 * i + 1] = stamp.mtimeMs;
	stamps[3 * i + 2] = stamp.ctimeMs;
}

/** From how many changed notes (and an eighth of the cache) a warm run builds its index anew rather than take them out of the one built early. */
const REBUILD_FROM = 256;

/** The largest live calendar file read (as the largest import): a wrong multi-gigabyte file is refused, not read until memory runs out. */
const MAX_CALENDAR_BYTES = 256 * 1024 * 1024;

/** A live calendar file's text, or why there is none: a path of the settings that leaves the vault is not read. */
function liveCalendarFile(root: string, path: string): LiveCalendarFile {
	let file: string;
	try {
		file = vaultFile(nodeFs, root, path);
	} catch {
		return { outside: true };
	}
	if (!existsSync(file)) return { missing: true };
	try {
		const stat = statSync(file);
		// A folder, a device or a pipe is no file to read (a pipe would never end).
		if (!stat.isFile()) return { unreadable: stat.isDirectory() ? "EISDIR" : "ENOTREG" };
		if (stat.size > MAX_CALENDAR_BYTES) return { unreadable: "EFBIG" };
		return { text: readFileSync(file, "utf8") };
	} catch (error) {
		return { unreadable: errorCode(error) };
	}
}

/** The vault's notes, and their stamps when they were taken with the list (or are being taken by `stamping`). */
interface ListedNotes {
	paths: string[];
	problems: Problem[];
	leftovers: string[];
	stamps: Float64Array | null;
	stamping: StampJob | null;
}

/** Lists on this thread; on a large vault with a cache file, worker threads stamp the notes while this one loads the cache. */
function listHere(root: string, context: ParseContext, files: NoteFiles, cacheFile: string | null, threads: Parallelism | null, parallelFrom: number): ListedNotes {
	const { paths, problems, leftovers } = listNotes(root, files);
	const stamping = threads !== null && paths.length >= parallelFrom && cacheFile !== null && existsSync(cacheFile) ? startStamping(root, paths, context.settings, context.config, threads) : null;
	return { paths, problems, leftovers, stamps: null, stamping };
}

/** The list a listing thread made; when it failed, the list made here (its reason joins `failures`). */
async function listedBy(listing: ListJob | null, root: string, files: NoteFiles, failures: string[]): Promise<ListedNotes> {
	const listed = listing === null ? { failure: "" } : await listing.finish();
	if (!("failure" in listed)) return { ...listed, stamping: null };
	if (listing !== null) failures.push(listed.failure);
	return { ...listNotes(root, files), stamps: null, stamping: null };
}

/** How many notes the cache file says it holds (its first line), 0 when it cannot be read: whether listing on a thread pays. */
function cachedNoteCount(file: string): number {
	// Read as the cache itself is (own-file.ts): a named pipe or another user's file in its place says nothing.
	const head = readOwnFileHead(file, 4096);
	if (head === undefined) return 0;
	try {
		const text = head.toString("latin1");
		const count = (JSON.parse(text.slice(0, text.indexOf("\n"))) as { count?: unknown }).count;
		return typeof count === "number" ? count : 0;
	} catch {
		return 0;
	}
}

function stampAt(stamps: Float64Array, i: number): NoteStamp | null {
	const size = stamps[3 * i] ?? Number.NaN;
	return Number.isNaN(size) ? null : { size, mtimeMs: stamps[3 * i + 1] ?? 0, ctimeMs: stamps[3 * i + 2] ?? 0 };
}

function stampOrNull(files: NoteFiles, file: string): NoteStamp | null {
	try {
		return files.stamp(file);
	} catch {
		return null;
	}
}

async function readMisses(root: string, paths: string[], context: ParseContext, files: NoteFiles, withStamps: boolean, parallel: Parallelism | null, onRead?: NoteReadListener): Promise<{ reads: NoteRead[]; failures: string[] }> {
	if (parallel?.fetchFile !== undefined) return readFetched(root, paths, context, withStamps, parallel.fetchFile, parallel.mainWaitsForFetching === true);
	if (parallel) return readInParallel(root, paths, context, withStamps, parallel);
	return { reads: paths.map((path) => readNoteFile(root, path, context, files, withStamps, onRead)), failures: [] };
}

export async function loadVault(root: string, options: LoadOptions = {}): Promise<LoadedVault & LoadReport> {
	const settings = options.read?.settings ?? readSettings(root);
	const config = options.read?.config ?? readVaultConfig(root);
	const context = createParseContext(settings, config);
	const newIndex = (): VaultIndex => new VaultIndex(() => settings.me);
	const read = await readVaultNotes(root, context, cacheFile(root, settings, config, options), options.files ?? nodeNoteFiles, options, newIndex);
	const { notes, stats, workerFailures, unread, leftovers, listed } = read;
	const index = read.index ?? newIndex();
	index.addAll(notes);
	// Live calendars: their events count as meetings, as in the plugin, without any note.
	// One that is missing, unreadable or no calendar gives a problem on its path instead, which `doctor` lists.
	for (const path of settings.calendarFiles) syncLiveCalendar(index, path, liveCalendarFile(root, path), { today: today(), myEmails: settings.myEmails });
	return { root, settings, config, context, index, stats, workerFailures, unread, leftovers, listed };
}
