// @vitest-environment happy-dom
// A start reads the store a page of records per IndexedDB request: each request is a round trip (in Obsidian, to the
// browser's IndexedDB process) and a task between two slices, so a large vault's store is read in few of them.
import { IDBFactory, IDBKeyRange, IDBObjectStore } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CHUNKS, NoteStore } from "../../src/obsidian/note-store";
import { Slicer } from "../../src/obsidian/slicer";

const NAME = "rapport/notes/pages";

/** Writes `records` behind the store's back: record n holds one note, `Note n.md`. */
async function fill(factory: IDBFactory, records: number): Promise<void> {
	const db = await new Promise<IDBDatabase>((resolve) => {
		const req = factory.open(NAME, 1);
		req.onsuccess = (): void => resolve(req.result);
	});
	const tx = db.transaction("notes", "readwrite");
	for (let n = 0; n < records; n++) tx.objectStore("notes").put([`Note ${n}.md`, n, n, "{}"], n);
	await new Promise((r) => (tx.oncomplete = r));
	db.close();
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("reading the store at a start", () => {
	it(`hands over every note of a store of ${CHUNKS} records, in order, in at most 33 page requests (32 pages, and the one that finds no more)`, async () => {
		const factory = new IDBFactory();
		const store = await NoteStore.open(NAME, factory, IDBKeyRange);
		if (!store) throw new Error("no store");
		// A first load finds an empty store and marks it as written for this key.
		expect(await store.load("key", new Slicer(), () => true, () => undefined)).toBe("untrusted");
		await fill(factory, CHUNKS);
		const getAll = vi.spyOn(IDBObjectStore.prototype, "getAll");
		const seen: string[] = [];
		expect(await store.load("key", new Slicer(), () => true, (path) => void seen.push(path))).toBe("loaded");
		expect(seen).toEqual(Array.from({ length: CHUNKS }, (_, n) => `Note ${n}.md`));
		const pages = getAll.mock.contexts.filter((store) => (store as IDBObjectStore).name === "notes").length;
		expect(pages).toBeLessThanOrEqual(33);
		store.close();
	});
});
