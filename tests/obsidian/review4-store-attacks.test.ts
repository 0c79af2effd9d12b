// @vitest-environment happy-dom
import fc from "fast-check";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import type { ParsedNote } from "../../src/core/notes/note";
import { chunkOf, NoteStore } from "../../src/obsidian/note-store";
import { Slicer } from "../../src/obsidian/slicer";
import { buildVault, person } from "../builders";

/**
 * Hostile review of issue 14, round 4: the plugin's store format 4 keeps notes in 512 records chosen
 * by a hash of the path, and a change rewrites its record. Notes sharing a record, changed in the
 * same tick, across flushes that overlap, renamed across records, deleted and made again, with a
 * write that fails midway: after a restart, the store gives each note as last written, or (for a
 * write that failed) as an earlier version of that same note, never another note's data.
 */

const KEY = "review4";
const parser = buildVault({});

/** Paths of which several share one record (the same hash bucket), and a few elsewhere. */
function collidingPaths(): string[] {
	const target = chunkOf("People/Anna.md");
	const same: string[] = ["People/Anna.md"];
	for (let i = 0; same.length < 4; i++) if (chunkOf(`People/P${i}.md`) === target) same.push(`People/P${i}.md`);
	return [...same, "People/Zoë 🎸.md", "Meetings/Jose\u0301.md", "People/Other.md"];
}
const PATHS = collidingPaths();

interface Version {
	size: number;
	mtime: number;
	note: ParsedNote;
}

function version(path: string, n: number): Version {
	const note = parser.parse(path, person({ cadence: `${1 + (n % 9)}w`, aliases: [`A${n}`] }));
	return { size: 100 + n, mtime: 1_700_000_000_000 + n, note };
}

async function open(factory: IDBFactory): Promise<NoteStore> {
	const store = await NoteStore.open("rapport/notes/review4", factory, IDBKeyRange);
	if (!store) throw new Error("no store");
	return store;
}

/** A restart: a new connection loads every record; what it hands over, decoded. */
async function reload(factory: IDBFactory): Promise<Map<string, { size: number; mtime: number; note: ParsedNote | null }>> {
	const store = await open(factory);
	const out = new Map<string, { size: number; mtime: number; note: ParsedNote | null }>();
	const result = await store.load(KEY, new Slicer(), () => true, (path, size, mtime, text) => {
		expect(out.has(path)).toBe(false);
		out.set(path, { size, mtime, note: store.codec.decode(path, text) });
	});
	store.close();
	expect(result).toBe("loaded");
	return out;
}

type Op = { kind: "put"; path: string } | { kind: "delete"; path: string } | { kind: "rename"; from: string; to: string } | { kind: "flush"; awaited: boolean } | { kind: "fail-next-write" };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 4, arbitrary: fc.record({ kind: fc.constant("put" as const), path: fc.constantFrom(...PATHS) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...PATHS) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("rename" as const), from: fc.constantFrom(...PATHS), to: fc.constantFrom(...PATHS) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("flush" as const), awaited: fc.boolean() }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant("fail-next-write" as const) }) },
);

/**
 * Makes the store's next write transaction fail midway, as a full disk makes it (QuotaExceededError):
 * it aborts right after its first record is put, so none of its records is written.
 */
function failNextWrite(store: NoteStore): void {
	const db = (store as unknown as { db: IDBDatabase }).db;
	const transaction = db.transaction.bind(db);
	db.transaction = ((names: string | string[], mode?: IDBTransactionMode) => {
		const tx = transaction(names, mode);
		if (mode !== "readwrite") return tx;
		db.transaction = transaction;
		const objectStore = tx.objectStore.bind(tx);
		tx.objectStore = (name: string): IDBObjectStore => {
			const os = objectStore(name);
			const put = os.put.bind(os);
			os.put = (value: unknown, key?: IDBValidKey): IDBRequest<IDBValidKey> => {
				const req = put(value, key);
				tx.abort();
				return req;
			};
			return os;
		};
		return tx;
	}) as IDBDatabase["transaction"];
}

describe("the plugin's store of notes in hashed records, after a restart", () => {
	it("gives every note as last written, for any puts, deletes and renames among notes sharing a record, with overlapping flushes", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
				const factory = new IDBFactory();
				const store = await open(factory);
				expect(await store.load(KEY, new Slicer(), () => true, () => undefined)).toBe("untrusted"); // a new store: made for KEY
				const latest = new Map<string, Version>();
				/** Every version ever put per path, and whether a write failed since (then an earlier version may stay). */
				const history = new Map<string, Version[]>();
				let failed = false;
				let n = 0;
				const running: Promise<void>[] = [];
				const put = (path: string): void => {
					const v = version(path, n++);
					store.put(path, v.size, v.mtime, v.note);
					latest.set(path, v);
					history.set(path, [...(history.get(path) ?? []), v]);
				};
				for (const op of ops) {
					if (op.kind === "put") put(op.path);
					else if (op.kind === "delete") {
						store.delete(op.path);
						latest.delete(op.path);
					} else if (op.kind === "rename") {
						if (!latest.has(op.from) || op.from === op.to) continue;
						store.delete(op.from);
						latest.delete(op.from);
						put(op.to);
					} else if (op.kind === "fail-next-write") {
						failNextWrite(store);
						failed = true;
					} else if (op.awaited) await store.flush();
					else running.push(store.flush());
				}
				await Promise.all(running);
				await store.flush();
				store.close();
				const loaded = await reload(factory);
				for (const [path, got] of loaded) {
					const want = latest.get(path);
					if (want && got.size === want.size && got.mtime === want.mtime) {
						expect(got.note).toEqual(want.note);
						continue;
					}
					// Not the latest: only after a failed write, and then an earlier version of this very note, whole.
					expect(failed).toBe(true);
					const earlier = history.get(path)?.find((v) => v.size === got.size && v.mtime === got.mtime);
					expect(earlier).toBeDefined();
					expect(got.note).toEqual(earlier?.note);
				}
				if (!failed) expect([...loaded.keys()].sort()).toEqual([...latest.keys()].sort());
				else for (const path of latest.keys()) if (!loaded.has(path)) expect(failed).toBe(true);
			}),
			{ numRuns: 60 },
		);
	});

	it("keeps both of two notes sharing a record that change in the same tick", async () => {
		const factory = new IDBFactory();
		const store = await open(factory);
		await store.load(KEY, new Slicer(), () => true, () => undefined);
		const [a, b] = PATHS as [string, string];
		expect(chunkOf(a)).toBe(chunkOf(b));
		store.put(a, 1, 1, version(a, 1).note);
		const first = store.flush();
		store.put(b, 2, 2, version(b, 2).note);
		const second = store.flush();
		await Promise.all([first, second]);
		store.close();
		expect([...(await reload(factory)).keys()].sort()).toEqual([a, b].sort());
	});
});
