import type { ParsedNote } from "../core/notes/note";
import type { Slicer } from "./slicer";
import { NoteCodec, StringTable } from "../core/notes/stored-note";

/**
 * Parsed notes kept between Obsidian sessions in IndexedDB, one database per vault (as Dataview keeps
 * its index), so a start re-reads only the notes whose size or modification time changed. The notes
 * are kept in CHUNKS records (a note's record chosen by a hash of its path, so nothing maps paths to
 * records in memory), each a flat list `path, size, mtime, text, path, size, …`: a start reads the
 * vault in a few hundred records rather than one per note (each record costs IndexedDB a lookup and
 * the main thread a value to take apart and an object to collect), a page of records per request,
 * and decodes a note only once its file's stat has matched. The text is the compact form of
 * stored-note.ts; the strings many notes repeat are kept once, in `strings:<first number>` records
 * beside the store's key. Everything is checked before it is used: a store written for another
 * Rapport, parser, settings, vault config or store format is cleared; so is a store holding a record
 * of another shape, or a table of strings with a gap (a store that cannot be trusted only costs a
 * full index); a note whose text does not decode is read again. A changed note rewrites its record
 * (read and written in one transaction, so no other note of it is lost); writes go in batches of a
 * few milliseconds, one transaction each, so that storing a whole vault never holds the main thread long.
 */

const NOTES = "notes";
const META = "meta";
const STRINGS = "strings:";
/** The form of the records: part of the store's key, so a store of an earlier form is cleared, never misread. */
const FORMAT = 4;
/**
 * How many records the notes are spread over: about 200 notes each in a vault of 100,000 (a change
 * rewrites one of about 30 KB), one each in a small vault.
 */
export const CHUNKS = 512;
/**
 * Records read per request: about 3,200 notes at 100,000, a megabyte or so, still one short task for IndexedDB. Each
 * request is a round trip to IndexedDB and a pause between slices: a start at 100,000 notes makes 33 of them, not 129.
 */
const PAGE = 16;
/** About how many changed notes one write transaction takes. */
const NOTES_PER_WRITE = 2000;
/** Values per note in a record. */
const FIELDS = 4;
/** More `strings:` records than this (one is added by each write that meets new strings) are merged into one. */
const MAX_STRING_RECORDS = 64;

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = (): void => resolve(req.result);
		req.onerror = (): void => reject(req.error ?? new Error("IndexedDB request failed"));
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = (): void => resolve();
		tx.onabort = (): void => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
		tx.onerror = (): void => reject(tx.error ?? new Error("IndexedDB transaction failed"));
	});
}

/** The record a note is kept in: a hash of its path (FNV-1a over its UTF-16 code units), fixed by the store's format. */
export function chunkOf(path: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % CHUNKS;
}

/** Whether a record is a flat list of notes as written: `path, size, mtime, text` for each. */
function isChunk(value: unknown): value is unknown[] {
	if (!Array.isArray(value) || value.length % FIELDS !== 0) return false;
	for (let i = 0; i < value.length; i += FIELDS) {
		if (typeof value[i] !== "string" || typeof value[i + 1] !== "number" || typeof value[i + 2] !== "number" || typeof value[i + 3] !== "string") return false;
	}
	return true;
}

/**
 * Hands the notes of a record to `each` from value `from` on, until the slice is used up; where it
 * stopped. Plain synchronous code: a loop inside an async function keeps its variables in the
 * function's saved state, and runs markedly slower.
 */
function handOver(chunk: unknown[], from: number, slicer: Slicer, each: (path: string, size: number, mtime: number, text: string) => void): number {
	for (let i = from; i < chunk.length; ) {
		each(chunk[i] as string, chunk[i + 1] as number, chunk[i + 2] as number, chunk[i + 3] as string);
		i += FIELDS;
		if (slicer.due()) return i;
	}
	return chunk.length;
}

/** A store that cannot be trusted as a whole: it is cleared. */
class Untrusted extends Error {}

/**
 * The table of strings from the `strings:<first>` records, which must follow each other without a
 * gap; and how many records it took.
 */
function stringTable(keys: IDBValidKey[], values: unknown[]): { table: StringTable; records: number } {
	const parts: { first: number; strings: string[] }[] = [];
	keys.forEach((key, i) => {
		if (typeof key !== "string" || !key.startsWith(STRINGS)) return;
		const strings = values[i];
		if (!Array.isArray(strings) || !strings.every((s) => typeof s === "string")) throw new Untrusted();
		parts.push({ first: Number(key.slice(STRINGS.length)), strings });
	});
	parts.sort((a, b) => a.first - b.first);
	const all: string[] = [];
	for (const { first, strings } of parts) {
		if (first !== all.length) throw new Untrusted();
		for (const s of strings) all.push(s);
	}
	return { table: new StringTable(all), records: parts.length };
}

interface PendingNote {
	size: number;
	mtime: number;
	note: ParsedNote;
}

export class NoteStore {
	/** Writes and reads notes with the table of strings of this store (as loaded, and grown since). */
	codec = new NoteCodec();
	/** How many strings of the table the store holds. */
	private storedStrings = 0;
	/**
	 * Whether the table of shared strings is known (read by `load`, or started afresh by a reset):
	 * until then nothing is written, or a note saved at start-up (a file changed while Obsidian was
	 * closed) would replace the stored table with its own few strings and every other note would
	 * decode with the wrong names and days.
	 */
	private tableKnown = false;
	/**
	 * What changed since the last flush, already grouped by record (hashed as each note is put, while
	 * its reading's slice runs): a flush after a full indexing takes the batch as it is, instead of
	 * grouping 100,000 notes in one go on the main thread.
	 */
	private pending = new Map<number, Map<string, PendingNote | null>>();
	private flushing: Promise<void> | null = null;
	/** Grows when the store is cleared: a write begun before stops. */
	private epoch = 0;

	private constructor(
		private readonly db: IDBDatabase,
		private readonly keyRange: typeof IDBKeyRange,
	) {}

	/** Opens (or creates) the store named `name`; null when IndexedDB is missing or refuses. */
	static async open(name: string, factory: IDBFactory | undefined = window.indexedDB, keyRange: typeof IDBKeyRange | undefined = window.IDBKeyRange): Promise<NoteStore | null> {
		if (!factory || !keyRange) return null;
		try {
			const req = factory.open(name, 1);
			req.onupgradeneeded = (): void => {
				const db = req.result;
				if (!db.objectStoreNames.contains(NOTES)) db.createObjectStore(NOTES);
				if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
			};
			const db = await request(req);
			if (!db.objectStoreNames.contains(NOTES) || !db.objectStoreNames.contains(META)) {
				db.close();
				return null;
			}
			return new NoteStore(db, keyRange);
		} catch {
			return null;
		}
	}

	/**
	 * Hands every stored record to `each`, page by page as IndexedDB answers, when the store was
	 * written for `key` and can be trusted. Each request is awaited outside the slices of `slicer`,
	 * which gives the main thread back whenever a slice is used up. "stopped" when `stillWanted`
	 * turned false; "untrusted" when the store was written for something else or holds a record of
	 * another shape: it is then cleared for `key`, and what `each` was given must be forgotten.
	 */
	async load(key: string, slicer: Slicer, stillWanted: () => boolean, each: (path: string, size: number, mtime: number, text: string) => void): Promise<"loaded" | "stopped" | "untrusted"> {
		while (this.flushing) await this.flushing;
		const formatKey = `${FORMAT}:${key}`;
		try {
			const meta = await slicer.wait(this.meta());
			if (meta.key !== formatKey) throw new Untrusted();
			const { table, records } = stringTable(meta.keys, meta.values);
			this.codec = new NoteCodec(table);
			this.storedStrings = table.size;
			this.tableKnown = true;
			if (records > MAX_STRING_RECORDS) await slicer.wait(this.mergeStrings());
			for (let after = -1; ; ) {
				const { keys, values } = await slicer.wait(this.page(after));
				// IndexedDB handed the page over in a task of its own: the notes are read in the next one.
				if (!(await slicer.pause(stillWanted))) return "stopped";
				for (const chunk of values) if (!isChunk(chunk)) throw new Untrusted();
				for (const chunk of values as unknown[][]) {
					for (let i = 0; i < chunk.length; ) {
						i = handOver(chunk, i, slicer, each);
						if (i < chunk.length && !(await slicer.pause(stillWanted))) return "stopped";
					}
				}
				const last = keys[keys.length - 1];
				if (values.length < PAGE || typeof last !== "number") return "loaded";
				after = last;
			}
		} catch {
			await slicer.wait(this.reset(formatKey)).catch(() => undefined);
			return "untrusted";
		} finally {
			this.codec.forgetSharedRefs();
		}
	}

	private async meta(): Promise<{ key: unknown; keys: IDBValidKey[]; values: unknown[] }> {
		const store = this.db.transaction(META, "readonly").objectStore(META);
		const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll() as IDBRequest<unknown[]>)]);
		return { key: values[keys.indexOf("key")], keys, values };
	}

	/** Up to PAGE records after the one numbered `after`, with their numbers, in one transaction. */
	private async page(after: number): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
		const store = this.db.transaction(NOTES, "readonly").objectStore(NOTES);
		const range = this.keyRange.lowerBound(after, true);
		const [keys, values] = await Promise.all([request(store.getAllKeys(range, PAGE)), request(store.getAll(range, PAGE) as IDBRequest<unknown[]>)]);
		if (keys.length !== values.length) throw new Untrusted();
		return { keys, values };
	}

	/** Empties the store and marks it as written for `key`. */
	private async reset(key: string): Promise<void> {
		this.epoch++;
		this.pending.clear();
		this.codec = new NoteCodec();
		this.storedStrings = 0;
		this.tableKnown = true;
		const tx = this.db.transaction([NOTES, META], "readwrite");
		tx.objectStore(NOTES).clear();
		tx.objectStore(META).clear();
		tx.objectStore(META).put(key, "key");
		await done(tx);
	}

	/** Replaces the `strings:` records by one. */
	private async mergeStrings(): Promise<void> {
		const tx = this.db.transaction(META, "readwrite");
		const meta = tx.objectStore(META);
		meta.delete(this.keyRange.bound(STRINGS, `${STRINGS}\uffff`));
		meta.put(this.codec.strings.since(0), `${STRINGS}0`);
		await done(tx);
	}

	/** Remembers a note as read from a file of this size and modification time (written in batches). */
	put(path: string, size: number, mtime: number, note: ParsedNote): void {
		this.pendingOf(path).set(path, { size, mtime, note });
	}

	delete(path: string): void {
		this.pendingOf(path).set(path, null);
	}

	private pendingOf(path: string): Map<string, PendingNote | null> {
		const chunk = chunkOf(path);
		let changes = this.pending.get(chunk);
		if (!changes) this.pending.set(chunk, (changes = new Map<string, PendingNote | null>()));
		return changes;
	}

	/** Writes what changed since the last flush, in batches of a few thousand notes, one transaction each. */
	async flush(): Promise<void> {
		while (this.flushing) await this.flushing;
		// Before the store is loaded, what is put waits: it is written by the first flush after.
		if (this.pending.size === 0 || !this.tableKnown) return;
		const batch = this.pending;
		this.pending = new Map();
		this.flushing = this.write(batch);
		await this.flushing;
		this.flushing = null;
	}

	private async write(batch: Map<number, Map<string, PendingNote | null>>): Promise<void> {
		const epoch = this.epoch;
		const chunks = [...batch];
		let next = 0;
		try {
			while (next < chunks.length && epoch === this.epoch) {
				const tx = this.db.transaction([NOTES, META], "readwrite");
				const notes = tx.objectStore(NOTES);
				// Each record is read and written again in this transaction: its other notes stay as they are.
				// Each is rewritten in a task of its own (when its read answers); a transaction takes a few thousand notes.
				const rewrites: Promise<void>[] = [];
				let changed = 0;
				do {
					const entry = chunks[next++];
					if (!entry) break;
					const [chunk, changes] = entry;
					changed += changes.size;
					rewrites.push(request(notes.get(chunk)).then((old) => this.rewrite(notes, chunk, old, changes)));
				} while (next < chunks.length && changed < NOTES_PER_WRITE);
				await Promise.all(rewrites);
				// The strings these notes added to the table, in the same transaction: stored notes never name a missing one.
				const strings = this.codec.strings.size;
				if (strings > this.storedStrings) tx.objectStore(META).put(this.codec.strings.since(this.storedStrings), `${STRINGS}${this.storedStrings}`);
				await done(tx);
				if (epoch === this.epoch) this.storedStrings = Math.max(this.storedStrings, strings);
			}
		} catch {
			// The store only saves time: what was not written is read again at the next start.
		}
	}

	/** Writes record `chunk` again: what it held (`old`), without the notes that changed, then those still there. */
	private rewrite(notes: IDBObjectStore, chunk: number, old: unknown, changes: Map<string, PendingNote | null>): void {
		const kept: unknown[] = [];
		// A record that is not of the shape written is dropped: its notes are read again at the next start.
		if (isChunk(old)) {
			for (let i = 0; i < old.length; i += FIELDS) if (!changes.has(old[i] as string)) kept.push(old[i], old[i + 1], old[i + 2], old[i + 3]);
		}
		for (const [path, value] of changes) if (value !== null) kept.push(path, value.size, value.mtime, this.codec.encode(value.note));
		if (kept.length === 0) notes.delete(chunk);
		else notes.put(kept, chunk);
	}

	close(): void {
		this.db.close();
	}
}
