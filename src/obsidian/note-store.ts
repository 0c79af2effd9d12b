import type { ParsedNote } from "../core/notes/note";
import { SLICE_MS, type Slicer } from "./slicer";
import { NoteCodec, StringTable } from "./stored-note";

/**
 * Parsed notes kept between Obsidian sessions in IndexedDB, one database per vault (as Dataview keeps
 * its index), so a start re-reads only the notes whose size or modification time changed. Each note
 * is one small record under its path, `[path, size, mtime, text]`, the text in the compact form of
 * stored-note.ts; the strings many notes repeat are kept once, in `strings:<first number>` records
 * beside the store's key. A start reads the records back a thousand at a time with one request
 * each (strings cost the structured clone next to nothing), and decodes a note only once its file's
 * stat has matched. Everything is checked before it is used: a store written for another Rapport,
 * parser, settings, vault config or store format is cleared; so is a store holding a record of
 * another shape, or a table of strings with a gap (a store that cannot be trusted only costs a full
 * index); a note whose text does not decode is read again. Writes go in batches of a few
 * milliseconds, one transaction each, so that storing a whole vault never holds the main thread long.
 */

/** A note's record: its path, the size and modification time of the file it was read from, and the stored note. */
export type StoredEntry = [path: string, size: number, mtime: number, note: string];

const NOTES = "notes";
const META = "meta";
const STRINGS = "strings:";
/** The form of the records: part of the store's key, so a store of an earlier form is cleared, never misread. */
const FORMAT = 3;
/** Records read per request: each page is one short task for IndexedDB (a few milliseconds at most), about 150 KB of strings. */
const PAGE = 1000;
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

function isEntry(value: unknown): value is StoredEntry {
	return Array.isArray(value) && value.length === 4 && typeof value[0] === "string" && typeof value[1] === "number" && typeof value[2] === "number" && typeof value[3] === "string";
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
	private pending = new Map<string, PendingNote | null>();
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
	async load(key: string, slicer: Slicer, stillWanted: () => boolean, each: (entry: StoredEntry) => void): Promise<"loaded" | "stopped" | "untrusted"> {
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
			let after: string | null = null;
			for (;;) {
				const values: unknown[] = await slicer.wait(this.page(after));
				// IndexedDB handed the page over in a task of its own: the notes are read in the next one.
				if (!(await slicer.pause(stillWanted))) return "stopped";
				let last: StoredEntry | null = null;
				for (const value of values) {
					if (!isEntry(value)) throw new Untrusted();
					each(value);
					last = value;
					if (slicer.due() && !(await slicer.pause(stillWanted))) return "stopped";
				}
				if (values.length < PAGE || last === null) return "loaded";
				after = last[0];
			}
		} catch {
			await slicer.wait(this.reset(formatKey)).catch(() => undefined);
			return "untrusted";
		}
	}

	private async meta(): Promise<{ key: unknown; keys: IDBValidKey[]; values: unknown[] }> {
		const store = this.db.transaction(META, "readonly").objectStore(META);
		const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll() as IDBRequest<unknown[]>)]);
		return { key: values[keys.indexOf("key")], keys, values };
	}

	/** Up to PAGE stored records after the path `after` (from the start when null), in one request. */
	private async page(after: string | null): Promise<unknown[]> {
		const store = this.db.transaction(NOTES, "readonly").objectStore(NOTES);
		const range = after === null ? undefined : this.keyRange.lowerBound(after, true);
		return request(store.getAll(range, PAGE) as IDBRequest<unknown[]>);
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
		this.pending.set(path, { size, mtime, note });
	}

	delete(path: string): void {
		this.pending.set(path, null);
	}

	/** Writes what changed since the last flush, in batches of about SLICE_MS of work, one transaction each. */
	async flush(): Promise<void> {
		while (this.flushing) await this.flushing;
		// Before the store is loaded, what is put waits: it is written by the first flush after.
		if (this.pending.size === 0 || !this.tableKnown) return;
		const batch = [...this.pending];
		this.pending = new Map();
		this.flushing = this.write(batch);
		await this.flushing;
		this.flushing = null;
	}

	private async write(batch: [string, PendingNote | null][]): Promise<void> {
		const epoch = this.epoch;
		let next = 0;
		try {
			while (next < batch.length && epoch === this.epoch) {
				const tx = this.db.transaction([NOTES, META], "readwrite");
				const notes = tx.objectStore(NOTES);
				const started = performance.now();
				do {
					const [path, value] = batch[next++] ?? ["", null];
					if (value === null) notes.delete(path);
					else notes.put([path, value.size, value.mtime, this.codec.encode(value.note)] satisfies StoredEntry, path);
				} while (next < batch.length && performance.now() - started < SLICE_MS);
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

	close(): void {
		this.db.close();
	}
}
