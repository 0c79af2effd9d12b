import { type App, Component, Events, TFile } from "obsidian";
import { InsightsCache } from "../core/relationships/insights";
import { ProblemCounter } from "../core/relationships/vault-checks";
import { AgendaBuilder } from "../core/agenda/agenda";
import { today } from "../core/dates/dates";
import { createParseContext, type ParseContext, type ParsedNote } from "../core/notes/note";
import type { RapportSettings } from "../core/config/settings";
import type { VaultConfig } from "../core/config/vault-config";
import { VaultIndex } from "../core/index/vault-index";
import manifest from "../../manifest.json";
import { PARSER_VERSION } from "../core/notes/parser-version";
import { readNote, readText } from "./note-source";
import { NoteStore } from "./note-store";
import { startNotes } from "./start-notes";
import { unreadableNote } from "../core/index/unreadable-note";
import { problem } from "../core/shared/problems";
import { Slicer } from "./slicer";
import { readLogseqConfig, readVaultConfig } from "./vault-config";
import { isLiveCalendar, loadLiveCalendars, syncCalendarFile } from "./live-calendars";

/** A note the disk refused when the vault was read, and the disk's reason. */
export interface RefusedNote {
	path: string;
	reason: string;
}

export interface IndexStatus {
	ready: boolean;
	people: number;
	meetings: number;
	followUps: number;
	problems: number;
	/** How long the last full indexing took, start to end. */
	ms: number;
	/** How long of `ms` it took to a complete index, before today's agenda and insights were worked out ahead of the panel. */
	indexMs: number;
	/** The longest the main thread was held in one go while indexing. */
	longestSliceMs: number;
	/** Notes of the last full indexing taken from the store of the previous session (unchanged since). */
	fromStore: number;
}

/** How many notes' references are filed between two looks at the clock, after a start (see `rebuild`). */
const FILE_REFERENCES_PER_STEP = 256;

/** While Obsidian is still reading the vault's metadata (a cold start), the least time between two `changed` events to views. */
const COLD_START_INTERVAL_MS = 2000;

/**
 * The vault index, built once after the layout is ready in slices that never block typing, then
 * kept current one note at a time from the metadata cache's `changed`/`deleted` and the vault's
 * `rename`. Views listen to `changed` and read `index` and `agendas`.
 */
export class LiveIndex extends Component {
	index = new VaultIndex(() => this.settings().me);
	agendas = new AgendaBuilder(this.index);
	/** Fading ties, meetings without follow-up, give-back prompts and network balance, kept per index revision. */
	insights = new InsightsCache(this.index);
	/** How many problems "List problems" shows, counted again only after a change. */
	readonly problemCounter = new ProblemCounter();
	config: VaultConfig;
	readonly events = new Events();
	private ctx: ParseContext;
	private status: IndexStatus = { ready: false, people: 0, meetings: 0, followUps: 0, problems: 0, ms: 0, indexMs: 0, longestSliceMs: 0, fromStore: 0 };
	private generation = 0;
	/** Whole readings of the vault done (the first one, then each rebuild): see `viewRevision`. */
	private wholeReadings = 0;
	/** Notes that changed while a full indexing was running: read again once it is done. */
	private changedDuringBuild: Set<string> | null = null;
	/** Parsed notes kept between sessions; undefined until first opened, null when IndexedDB is not there. */
	private store: NoteStore | null | undefined = undefined;
	/** A `changed` held back during a cold start (sent with the next interval or at `resolved`). */
	private heldBack: number | null = null;
	/**
	 * Per note, the number of the latest reading begun after a change: reads answer in any order (one
	 * from disk can end after a later one from memory), so a reading that a newer one (or a delete)
	 * overtook is dropped instead of putting older text back in the index.
	 */
	private readonly readings = new Map<string, number>();
	private lastReading = 0;

	constructor(
		private readonly app: App,
		private readonly settings: () => RapportSettings,
		/** A note still in the vault could not be read after it changed (the plugin says so in a Notice). */
		private readonly unreadable: (path: string, reason: string) => void = () => undefined,
		/** Notes the disk refused when the vault was read, by path, once that reading is done (the plugin says so in one Notice). */
		private readonly refusedAtStart: (notes: readonly RefusedNote[]) => void = () => undefined,
	) {
		super();
		this.config = readVaultConfig(app);
		this.ctx = createParseContext(settings(), this.config);
	}

	override onload(): void {
		const { metadataCache, vault } = this.app;
		this.registerEvent(metadataCache.on("changed", (file) => this.reading(file, this.update(file))));
		this.registerEvent(metadataCache.on("deleted", (file) => this.forget(file.path)));
		// A cold start ends: everything held back is told at once.
		this.registerEvent(metadataCache.on("resolved", () => this.flushHeldBack()));
		this.register(() => {
			if (this.heldBack !== null) window.clearTimeout(this.heldBack);
		});
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (file instanceof TFile) this.reading(file, this.rename(file, oldPath));
			}),
		);
		// Live calendar files: a change to one is followed like a change to a note.
		this.registerEvent(vault.on("create", (file) => void this.calendarChanged(file.path)));
		this.registerEvent(vault.on("modify", (file) => void this.calendarChanged(file.path)));
		this.registerEvent(vault.on("delete", (file) => void this.calendarChanged(file.path)));
		this.registerEvent(vault.on("rename", (file, oldPath) => void this.calendarChanged(oldPath).then(() => this.calendarChanged(file.path))));
	}

	/**
	 * Lets a reading after a change run. A read the disk refuses (a sync app or an antivirus holding the
	 * note) keeps the earlier reading in the index and is told; a note gone meanwhile (deleted, moved)
	 * says nothing, as its own event brings the index up to date.
	 */
	private reading(file: TFile, work: Promise<void>): void {
		work.catch((error: unknown) => {
			if (this.app.vault.getFileByPath(file.path) === file) this.unreadable(file.path, error instanceof Error ? error.message : String(error));
		});
	}

	private async calendarChanged(path: string): Promise<void> {
		if (!this.status.ready || !isLiveCalendar(this.settings(), path)) return;
		await syncCalendarFile(this.app, this.index, this.settings(), path);
		this.changed();
	}

	/** `text` read as the note `file` as the index reads notes: what an editor holding unsaved typing shows. */
	readText(file: TFile, text: string): ParsedNote {
		return readText(this.app, file, text, this.ctx);
	}

	/**
	 * `fn`'s answer with the index reading these notes as their editors show them (typing not saved
	 * yet), then reading them as saved again: nothing in between waits, so no change lands meanwhile.
	 */
	withTexts<T>(texts: readonly { file: TFile; text: string }[], fn: () => T): T {
		const saved = texts.filter(({ file }) => this.app.vault.getFileByPath(file.path) === file).map(({ file, text }) => ({ note: this.readText(file, text), before: this.index.note(file.path) }));
		for (const { note } of saved) this.index.set(note);
		try {
			return fn();
		} finally {
			for (const { note, before } of saved) {
				if (before) this.index.set(before);
				else this.index.remove(note.path);
			}
		}
	}

	override onunload(): void {
		// An indexing under way stops at its next pause.
		this.generation++;
		void this.closeStore();
	}

	/** Writes what the store still has to write, and closes it (when Rapport is unloaded or Obsidian quits). */
	async closeStore(): Promise<void> {
		const store = this.store;
		this.store = null;
		if (!store) return;
		await store.flush();
		store.close();
	}

	/** The store of this vault (IndexedDB, one database per vault as Dataview does). */
	private async openStore(): Promise<NoteStore | null> {
		if (this.store === undefined && typeof window.indexedDB === "undefined") this.store = null;
		if (this.store === undefined) {
			const id = (this.app as unknown as { appId?: string }).appId ?? this.app.vault.getName();
			this.store = await NoteStore.open(`rapport/notes/${id}`);
		}
		return this.store;
	}

	/** What the stored notes must have been read with: Rapport's and the parser's versions, the settings and the vault's config. */
	private storeKey(): string {
		return JSON.stringify([manifest.version, PARSER_VERSION, this.ctx.settings, this.config]);
	}

	getStatus(): IndexStatus {
		return { ...this.status };
	}

	/**
	 * Changes whenever what the views draw may have changed: an edit (the index's revision grows), or a
	 * whole reading done (the first one, or a rebuild after new rules), which may end at the revision the
	 * views last drew (an empty vault's is 0 before and after), so the index's revision alone is not enough.
	 */
	get viewRevision(): string {
		return `${this.wholeReadings}:${this.index.revision}`;
	}

	/**
	 * Reads every Markdown note (again): at start, and when the settings that decide what counts change.
	 * Notes unchanged since the last session come from the store; the rest through the metadata cache.
	 * All of it in slices of about SLICE_MS, so Obsidian stays responsive while it runs.
	 */
	async rebuild(): Promise<void> {
		const slicer = new Slicer();
		try {
			await this.rebuildIn(slicer);
		} finally {
			slicer.close();
		}
	}

	/** `rebuild`, its slices cut by `slicer`. */
	private async rebuildIn(slicer: Slicer): Promise<void> {
		const generation = ++this.generation;
		const started = performance.now();
		const stillWanted = (): boolean => generation === this.generation;
		this.changedDuringBuild = new Set();
		const logseqConfig = await readLogseqConfig(this.app);
		if (!stillWanted()) return;
		this.config = readVaultConfig(this.app, logseqConfig);
		this.ctx = createParseContext(this.settings(), this.config);
		const store = await slicer.wait(this.openStore());
		const refused: RefusedNote[] = [];
		const read = await startNotes(this.app, store, this.storeKey(), (file) => this.read(file, false), slicer, stillWanted, (file, error) => this.keptOrUnreadable(file, error, refused));
		if (!read) return;
		void store?.flush();
		const index = new VaultIndex(() => this.settings().me);
		if (!(await addInSlices(index, read.notes, slicer, stillWanted))) return;
		await loadLiveCalendars(this.app, index, this.settings());
		const indexMs = performance.now() - started;
		// Today's agenda, worked out in slices too, so the panel's first draw does not stall typing.
		const agendas = new AgendaBuilder(index);
		const pause = async (): Promise<boolean> => !slicer.due() || (await slicer.pause(stillWanted));
		await agendas.warmUp(today(), this.settings(), pause);
		// And each person's part of today's insights (fading, balance), for the same reason.
		const insights = new InsightsCache(index);
		await insights.warmUp(today(), this.settings(), pause);
		if (!stillWanted()) return;
		this.index = index;
		this.agendas = agendas;
		this.insights = insights;
		const missed = this.changedDuringBuild;
		this.changedDuringBuild = null;
		for (const path of missed) {
			const file = this.app.vault.getFileByPath(path);
			let note: ParsedNote | null = null;
			try {
				note = file ? await this.readLatest(file) : null;
			} catch (error) {
				// Held by another program: the reading this indexing has of it stays, and the indexing ends.
				if (file && this.app.vault.getFileByPath(path) === file) this.unreadable(path, error instanceof Error ? error.message : String(error));
				continue;
			}
			if (note) index.set(note);
			else if (!file) this.remove(index, path);
		}
		this.wholeReadings++;
		this.status = { ready: true, ...index.counts(), ms: Math.round(performance.now() - started), indexMs: Math.round(indexMs), longestSliceMs: Math.round(slicer.longest()), fromStore: read.fromStore };
		this.events.trigger("changed");
		if (refused.length > 0) this.refusedAtStart(refused.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
		// The notes' references under the names they name, in the background: the first person edited
		// after the start then finds them filed (it would otherwise file every one that is left at once).
		while (!index.fileWaitingReferences(FILE_REFERENCES_PER_STEP)) if (slicer.due() && !(await slicer.pause(stillWanted))) return;
	}

	/**
	 * Reads a note and remembers it in the store for the next session (written at once, or with the
	 * rest of a full indexing when `flush` is false). A note Obsidian has not read yet (no metadata:
	 * a cold start) is not stored: its properties arrive later, with the same size and time.
	 */
	private async read(file: TFile, flush = true, stillLatest: () => boolean = () => true): Promise<ParsedNote> {
		// The stat the text was read at: a change while reading gives the next start a newer stat, so the note is read again.
		const { size, mtime } = file.stat;
		const note = await readNote(this.app, file, this.ctx);
		if (this.store && stillLatest() && this.app.metadataCache.getFileCache(file) !== null) {
			this.store.put(file.path, size, mtime, note);
			if (flush) void this.store.flush();
		}
		return note;
	}

	/**
	 * What a full indexing keeps of a note the disk refuses (a program holding the file): the reading
	 * the index has of it from before, so a note read again with new settings is not lost meanwhile;
	 * else a note that carries only its problem ("List problems" names it), added to `refused`. The
	 * note's next change reads it again.
	 */
	private keptOrUnreadable(file: TFile, error: unknown, refused: RefusedNote[]): ParsedNote {
		const before = this.index.note(file.path);
		if (before && !isUnreadable(before)) return before;
		const reason = error instanceof Error ? error.message : String(error);
		refused.push({ path: file.path, reason });
		return unreadableNote(file.path, problem(file.path, 0, "unreadable-note", { reason }), this.ctx);
	}

	private remove(index: VaultIndex, path: string): void {
		index.remove(path);
		if (this.store) {
			this.store.delete(path);
			void this.store.flush();
		}
	}

	private async update(file: TFile): Promise<void> {
		if (file.extension !== "md") return;
		this.changedDuringBuild?.add(file.path);
		const note = await this.readLatest(file);
		if (!note) return;
		this.index.set(note);
		this.changed();
	}

	private forget(path: string): void {
		this.changedDuringBuild?.add(path);
		this.readings.delete(path);
		this.remove(this.index, path);
		this.changed();
	}

	private async rename(file: TFile, oldPath: string): Promise<void> {
		this.changedDuringBuild?.add(oldPath).add(file.path);
		if (file.extension !== "md") {
			this.forget(oldPath);
			return;
		}
		this.readings.delete(oldPath);
		this.store?.delete(oldPath);
		const note = await this.readLatest(file);
		if (note) this.index.rename(oldPath, note);
		else this.remove(this.index, oldPath);
		this.changed();
	}

	/**
	 * Reads a note after a change, or null when a newer reading of the same note began meanwhile (its
	 * answer counts) or the note was deleted or moved away: nothing older is indexed or stored.
	 */
	private async readLatest(file: TFile): Promise<ParsedNote | null> {
		const path = file.path;
		const reading = ++this.lastReading;
		this.readings.set(path, reading);
		const note = await this.read(file, true, () => this.readings.get(path) === reading);
		if (this.readings.get(path) !== reading) return null;
		this.readings.delete(path);
		return note;
	}

	private changed(): void {
		if (!this.status.ready) return;
		this.status = { ...this.status, ...this.index.counts() };
		if (this.metadataPending()) {
			// Thousands of notes arrive one by one on a cold start: views hear of them every couple of seconds, and at `resolved`.
			this.heldBack ??= window.setTimeout(() => this.flushHeldBack(), COLD_START_INTERVAL_MS);
			return;
		}
		this.events.trigger("changed");
	}

	/** Whether Obsidian is still reading the vault's metadata (`metadataCache.resolved`, a runtime flag not in its types). */
	private metadataPending(): boolean {
		return (this.app.metadataCache as unknown as { resolved?: boolean }).resolved === false;
	}

	private flushHeldBack(): void {
		if (this.heldBack === null) return;
		window.clearTimeout(this.heldBack);
		this.heldBack = null;
		this.events.trigger("changed");
	}
}

/** Whether the index holds `note` only for the problem of a read the disk refused. */
function isUnreadable(note: ParsedNote): boolean {
	return note.problems.length === 1 && note.problems[0]?.code === "unreadable-note";
}

/**
 * Adds the notes to the index in slices: as many at a time (through `addAll`) as the time left in
 * the slice allows, judged by what a note cost so far (a costly batch raises the estimate at once,
 * cheap ones lower it slowly: notes further on may cost more). False when a newer indexing started meanwhile.
 */
async function addInSlices(index: VaultIndex, notes: readonly ParsedNote[], slicer: Slicer, stillWanted: () => boolean): Promise<boolean> {
	let perNote = 0.1;
	for (let next = 0; next < notes.length; ) {
		const batch = Math.max(1, Math.min(1024, Math.floor((Math.max(slicer.left(), 1) * 0.75) / perNote)));
		const started = performance.now();
		const end = Math.min(notes.length, next + batch);
		index.addAll(notes.slice(next, end), end < notes.length);
		perNote = Math.max((performance.now() - started) / (end - next), perNote * 0.5, 0.001);
		next = end;
		if (slicer.due() && !(await slicer.pause(stillWanted))) return false;
	}
	return true;
}
