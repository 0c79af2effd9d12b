import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import manifest from "../../manifest.json";
import { createParseContext, type ParseContext, parseNote, parseNoteDetail, type ParsedNote, type ParsedNoteDetail } from "../core/notes/note";
import { PARSER_VERSION } from "../core/notes/parser-version";
import type { RapportSettings } from "../core/config/settings";
import type { VaultConfig } from "../core/config/vault-config";
import { VaultIndex } from "../core/index/vault-index";
import type { Problem } from "../core/shared/problems";
import { listNotes, nodeNoteFiles, type NoteFiles, unreadable } from "./note-files";
import { cacheKey, defaultCacheRoot, NoteCache, vaultCacheDir } from "./parse-cache";
import { readFrontmatter } from "./safe-frontmatter";
import { syncLiveCalendar } from "../core/calendar/live";
import { today } from "../core/dates/dates";
import { readSettings, readVaultConfig } from "./vault-files";

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
	/** The file-system port (tests inject faults through it). */
	files?: NoteFiles;
	env?: Record<string, string | undefined>;
	/** Rapport's version, part of the cache's key (tests simulate an upgrade with it). */
	rapportVersion?: string;
	/** Told of each note read from disk (not from the cache): a command that needs more of a note than the index holds need not read it again. */
	onRead?: NoteReadListener;
}

export type NoteReadListener = (path: string, text: string, frontmatter: Record<string, unknown> | null) => void;

/** What loading read: how many notes came from the cache and how many were parsed. */
export interface LoadStats {
	notes: number;
	fromCache: number;
	parsed: number;
}

/** Reads one note from disk into what core needs (the CLI's half of the note-source port). */
export function readNote(root: string, path: string, context: ParseContext, files: NoteFiles = nodeNoteFiles): ParsedNoteDetail {
	const text = files.read(join(root, path));
	return parseText(path, text, context);
}

function parseText(path: string, text: string, context: ParseContext): ParsedNoteDetail {
	const fm = readFrontmatter(path, text);
	return parseNoteDetail(path, text, fm.data, context, fm.problems);
}

/** A note that could not be read: in the index only to carry its problem (it counts as no person, no meeting). */
function unreadableNote(path: string, problem: Problem, context: ParseContext): ParsedNote {
	const note = parseNote(path, "", null, context);
	return { ...note, kind: "other", isEvent: false, date: null, time: null, person: null, problems: [problem] };
}

/** The cache of this vault for these settings and config, or no cache. */
function openCache(root: string, settings: RapportSettings, config: VaultConfig, options: LoadOptions): NoteCache {
	const key = cacheKey({ rapportVersion: options.rapportVersion ?? manifest.version, parserVersion: PARSER_VERSION, settings, config });
	const cacheRoot = options.cacheRoot === undefined ? defaultCacheRoot(options.env) : options.cacheRoot;
	return NoteCache.open(cacheRoot === null ? null : vaultCacheDir(cacheRoot, root), key);
}

/**
 * Every note of the vault, each from the cache when its file is unchanged, read and parsed otherwise.
 * A note or folder that cannot be read (permissions, removed mid-scan, a folder where a file was) is
 * a problem on its path, and every other note is still read.
 */
export function readVaultNotes(root: string, context: ParseContext, cache: NoteCache, files: NoteFiles, onRead?: NoteReadListener): { notes: ParsedNote[]; stats: LoadStats } {
	const listed = listNotes(root, files);
	const notes: ParsedNote[] = listed.problems.map((p) => unreadableNote(p.path, p, context));
	let fromCache = 0;
	for (const path of listed.paths) {
		const file = join(root, path);
		try {
			const stamp = files.stamp(file);
			const cached = cache.lookup(path, stamp);
			if (cached) {
				notes.push(cached);
				fromCache++;
				continue;
			}
			const text = files.read(file);
			const fm = readFrontmatter(path, text);
			const note = parseNoteDetail(path, text, fm.data, context, fm.problems).note;
			onRead?.(path, text, fm.data);
			cache.store(path, stamp, note);
			notes.push(note);
		} catch (error) {
			notes.push(unreadableNote(path, unreadable(path, error), context));
		}
	}
	return { notes, stats: { notes: listed.paths.length, fromCache, parsed: listed.paths.length - fromCache } };
}

export function loadVault(root: string, options: LoadOptions = {}): LoadedVault & { stats: LoadStats } {
	const settings = readSettings(root);
	const config = readVaultConfig(root);
	const context = createParseContext(settings, config);
	const cache = openCache(root, settings, config, options);
	const { notes, stats } = readVaultNotes(root, context, cache, options.files ?? nodeNoteFiles, options.onRead);
	cache.save();
	const index = new VaultIndex(() => settings.me);
	index.addAll(notes);
	// Live calendars: their events count as meetings, as in the plugin, without any note.
	for (const path of settings.calendarFiles) {
		const file = join(root, path);
		if (existsSync(file)) syncLiveCalendar(index, path, readFileSync(file, "utf8"), { today: today(), myEmails: settings.myEmails });
	}
	return { root, settings, config, context, index, stats };
}
