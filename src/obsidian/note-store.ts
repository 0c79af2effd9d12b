import type { ParsedNote } from "../core/notes/note";

/**
 * Parsed notes kept between Obsidian sessions in IndexedDB, one database per vault (as Dataview keeps
 * its index), so a start re-reads only the notes whose size or modification time changed. Everything
 * in the store is checked before it is used: a store written for another Rapport, parser, settings or
 * vault config is cleared; an entry of the wrong shape is ignored; a store that cannot be opened or
 * read only costs a full index. Notes are kept as plain structured-clone data, whatever their shape.
 */

export interface StoredNote {
	size: number;
	mtime: number;
	note: ParsedNote;
}

const NOTES = "notes";
const META = "meta";
/** Read in pages, so that no single page of deserialising holds the main thread for long. */
const PAGE = 500;

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

function isStoredNote(path: string, value: unknown): value is StoredNote {
	if (typeof value !== "object" || value === null) return false;
	const v = value as Partial<StoredNote>;
	return typeof v.size === "number" && typeof v.mtime === "number" && typeof v.note === "object" && v.note !== null && v.note.path === path;
}

export class NoteStore {
	private pending = new Map<string, StoredNote | null>();
	private flushing: Promise<void> | null = null;

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
	 * Every stored note when the store was written for `key`; otherwise the store is cleared for `key`
	 * and nothing is returned. `pause` is called between pages (the caller yields to the UI there).
	 */
	async load(key: string, pause: () => Promise<boolean>): Promise<Map<string, StoredNote>> {
		const out = new Map<string, StoredNote>();
		try {
			const meta = this.db.transaction(META, "readonly").objectStore(META);
			const storedKey: unknown = await request(meta.get("key"));
			if (storedKey !== key) {
				await this.reset(key);
				return out;
			}
			let after: string | null = null;
			for (;;) {
				const store = this.db.transaction(NOTES, "readonly").objectStore(NOTES);
				const page = await this.page(store, after);
				page.keys.forEach((k, i) => {
					const value = page.values[i];
					if (typeof k === "string" && isStoredNote(k, value)) out.set(k, value);
				});
				if (page.keys.length < PAGE) break;
				const last: IDBValidKey | undefined = page.keys[page.keys.length - 1];
				if (typeof last !== "string") break;
				after = last;
				if (!(await pause())) break;
			}
		} catch {
			out.clear();
		}
		return out;
	}

	/** Up to PAGE stored notes after the key `after` (from the start when null). */
	private async page(store: IDBObjectStore, after: string | null): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
		const range = after === null ? undefined : this.keyRange.lowerBound(after, true);
		const [keys, values] = await Promise.all([request(store.getAllKeys(range, PAGE)), request(store.getAll(range, PAGE) as IDBRequest<unknown[]>)]);
		return { keys, values };
	}

	/** Empties the store and marks it as written for `key`. */
	async reset(key: string): Promise<void> {
		this.pending.clear();
		const tx = this.db.transaction([NOTES, META], "readwrite");
		tx.objectStore(NOTES).clear();
		tx.objectStore(META).put(key, "key");
		await done(tx);
	}

	/** Remembers a note as read from a file of this size and modification time (written in batches). */
	put(path: string, size: number, mtime: number, note: ParsedNote): void {
		this.pending.set(path, { size, mtime, note });
	}

	delete(path: string): void {
		this.pending.set(path, null);
	}

	/** Writes what changed since the last flush, in one transaction. */
	async flush(): Promise<void> {
		while (this.flushing) await this.flushing;
		if (this.pending.size === 0) return;
		const batch = this.pending;
		this.pending = new Map();
		this.flushing = (async (): Promise<void> => {
			try {
				const tx = this.db.transaction(NOTES, "readwrite");
				const store = tx.objectStore(NOTES);
				for (const [path, value] of batch) {
					if (value === null) store.delete(path);
					else store.put(value, path);
				}
				await done(tx);
			} catch {
				// The store only saves time: a failed write costs a re-read at the next start.
			}
		})();
		await this.flushing;
		this.flushing = null;
	}

	close(): void {
		this.db.close();
	}
}
