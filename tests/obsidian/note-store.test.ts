// @vitest-environment happy-dom
import moment from "moment";
import { describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { CHUNKS, NoteStore, chunkOf } from "../../src/obsidian/note-store";
import { App, installDomHelpers } from "../fakes/obsidian";
import { until } from "./harness";
import { type Disk, freshIndexedDb, quit, start } from "./sessions";

function disk(): Disk {
	const d: Disk = new Map();
	const old = Date.now() - 3600_000;
	d.set("People/Anna Rossi.md", { text: "---\ntype: person\ncadence: 2w\n---\n# Anna\n", mtime: old });
	d.set("People/Marco Bianchi.md", { text: "---\ntype: person\ncadence: 4w\n---\n", mtime: old });
	d.set("People/Sara Conti.md", { text: "---\ntype: person\n---\n", mtime: old });
	d.set("Meetings/2026-11-02 Coffee.md", { text: '---\ntype: meeting\ndate: 2026-11-02\nattendees: ["[[Anna Rossi]]", "[[Marco Bianchi]]"]\n---\n', mtime: old });
	return d;
}

/** Changes the store behind Rapport's back, as a bug or a broken disk could. */
async function tamper(change: (notes: IDBObjectStore, meta: IDBObjectStore) => void): Promise<void> {
	const raw = await new Promise<IDBDatabase>((resolve) => {
		const req = window.indexedDB.open("rapport/notes/Test vault", 1);
		req.onsuccess = (): void => resolve(req.result);
	});
	const tx = raw.transaction(["notes", "meta"], "readwrite");
	change(tx.objectStore("notes"), tx.objectStore("meta"));
	await new Promise((r) => (tx.oncomplete = r));
	raw.close();
}

const cadenceDays = (plugin: RapportPlugin, path: string): number | undefined => plugin.live.index.person(path)?.person?.cadence?.days;

describe("the plugin's store of parsed notes across a restart", () => {
	it("re-reads only the notes that changed, were added or renamed while Obsidian was closed, and forgets deleted ones", async () => {
		freshIndexedDb();
		const d = disk();
		const first = await start(d);
		expect(first.plugin.live.getStatus().fromStore).toBe(0);
		expect(first.reads).toHaveLength(4);
		await quit(first, d);

		// While Obsidian was closed: Anna's cadence edited (same size), a note added, Marco renamed, Sara deleted.
		const anna = d.get("People/Anna Rossi.md");
		if (!anna) throw new Error("no Anna");
		d.set("People/Anna Rossi.md", { text: anna.text.replace("2w", "3w"), mtime: anna.mtime + 5000 });
		d.set("People/Luca Ferri.md", { text: "---\ntype: person\ncadence: 1w\n---\n", mtime: Date.now() });
		const marco = d.get("People/Marco Bianchi.md");
		if (!marco) throw new Error("no Marco");
		d.delete("People/Marco Bianchi.md");
		d.set("People/Marco B.md", marco);
		d.delete("People/Sara Conti.md");

		const second = await start(d);
		expect(second.reads.sort()).toEqual(["People/Anna Rossi.md", "People/Luca Ferri.md", "People/Marco B.md"]);
		expect(second.plugin.live.getStatus().fromStore).toBe(1);
		expect(cadenceDays(second.plugin, "People/Anna Rossi.md")).toBe(21);
		expect(cadenceDays(second.plugin, "People/Luca Ferri.md")).toBe(7);
		expect(second.plugin.live.index.person("People/Sara Conti.md")).toBeUndefined();
		expect(second.plugin.live.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-02");
		await quit(second, d);

		// Nothing changed: nothing is read at all, and the index is the same.
		const third = await start(d);
		expect(third.reads).toEqual([]);
		expect(third.plugin.live.index.counts()).toEqual(second.plugin.live.index.counts());
		await quit(third, d);
	});

	it("keeps notes edited during a session for the next one", async () => {
		freshIndexedDb();
		const d = disk();
		const first = await start(d);
		const file = first.app.vault.getFileByPath("People/Sara Conti.md");
		if (!file) throw new Error("no Sara");
		await first.app.vault.process(file, (t) => t.replace("type: person", "type: person\ncadence: 6w"));
		await first.app.metadataCache.settled();
		await until(() => cadenceDays(first.plugin, "People/Sara Conti.md") === 42);
		await quit(first, d);
		const second = await start(d);
		expect(second.reads).toEqual([]);
		expect(cadenceDays(second.plugin, "People/Sara Conti.md")).toBe(42);
	});

	it("reads everything again after a settings change, and after the store was cleared", async () => {
		freshIndexedDb();
		const d = disk();
		await quit(await start(d), d);
		const changed = await start(d, { peopleFolder: "Contacts" });
		expect(changed.reads).toHaveLength(4);
		await quit(changed, d);
		freshIndexedDb();
		const cleared = await start(d);
		expect(cleared.reads).toHaveLength(4);
		expect(cleared.plugin.live.index.counts().people).toBe(3);
	});

	it("reads again only a note whose stored text cannot be read back, and keeps the rest", async () => {
		freshIndexedDb();
		const d = disk();
		await quit(await start(d), d);
		await tamper((notes) => {
			// The record keeps the file's stat: only its note is broken.
			const chunk = chunkOf("People/Anna Rossi.md");
			const req = notes.get(chunk);
			req.onsuccess = (): void => {
				const record = [...(req.result as unknown[])];
				record[record.indexOf("People/Anna Rossi.md") + 3] = '{"k":"p","p":{"name":';
				notes.put(record, chunk);
			};
		});
		const next = await start(d);
		expect(next.reads).toEqual(["People/Anna Rossi.md"]);
		expect(cadenceDays(next.plugin, "People/Anna Rossi.md")).toBe(14);
		await quit(next, d);
		expect((await start(d)).reads).toEqual([]);
	});

	it("clears a store holding a record of another shape: everything is read again, once", async () => {
		freshIndexedDb();
		const d = disk();
		await quit(await start(d), d);
		await tamper((notes) => {
			notes.put({ size: "x", note: null }, chunkOf("People/Anna Rossi.md"));
			// A record that lost a note's last value.
			notes.put(["Gone.md", 1, 1], (chunkOf("People/Anna Rossi.md") + 1) % CHUNKS);
		});
		const next = await start(d);
		expect(next.reads).toHaveLength(4);
		expect(next.plugin.live.index.counts().people).toBe(3);
		await quit(next, d);
		expect((await start(d)).reads).toEqual([]);
	});

	it("clears a store of the earlier form (a record per note) once: everything is read again, then nothing", async () => {
		freshIndexedDb();
		const d = disk();
		await quit(await start(d), d);
		await tamper((notes, meta) => {
			// The records an earlier Rapport wrote: one per note under its path, the store's key with form 3.
			const req = notes.getAll();
			req.onsuccess = (): void => {
				notes.clear();
				for (const record of req.result as unknown[][]) for (let i = 0; i < record.length; i += 4) notes.put(record.slice(i, i + 4), record[i] as string);
			};
			const key = meta.get("key");
			key.onsuccess = (): void => void meta.put(String(key.result).replace(/^4:/, "3:"), "key");
		});
		const next = await start(d);
		expect(next.reads).toHaveLength(4);
		expect(next.plugin.live.index.lastInteraction("People/Marco Bianchi.md")?.day).toBe("2026-11-02");
		await quit(next, d);
		expect((await start(d)).reads).toEqual([]);
	});

	it("keeps the other notes of a record when one of them changes during a session", async () => {
		freshIndexedDb();
		const d = disk();
		// Notes stored in the same record as Anna's.
		const neighbours: string[] = [];
		for (let i = 0; neighbours.length < 2; i++) if (chunkOf(`Meetings/m${i}.md`) === chunkOf("People/Anna Rossi.md")) neighbours.push(`Meetings/m${i}.md`);
		for (const path of neighbours) d.set(path, { text: '---\ntype: meeting\ndate: 2026-11-05\nattendees: ["[[Anna Rossi]]"]\n---\n', mtime: Date.now() - 1000 });
		await quit(await start(d), d);
		const second = await start(d);
		const anna = second.app.vault.getFileByPath("People/Anna Rossi.md");
		if (!anna) throw new Error("no Anna");
		await second.app.vault.process(anna, (t) => t.replace("2w", "5w"));
		await second.app.metadataCache.settled();
		await until(() => cadenceDays(second.plugin, "People/Anna Rossi.md") === 35);
		const gone = second.app.vault.getFileByPath(neighbours[1] ?? "");
		if (!gone) throw new Error("no neighbour");
		await second.app.fileManager.trashFile(gone);
		await until(() => second.plugin.live.index.note(gone.path) === undefined);
		await quit(second, d);
		d.delete(gone.path);
		const third = await start(d);
		expect(third.reads).toEqual([]);
		expect(cadenceDays(third.plugin, "People/Anna Rossi.md")).toBe(35);
		expect(third.plugin.live.index.note(neighbours[0] ?? "")?.date).toBe("2026-11-05");
		expect(third.plugin.live.index.note(neighbours[1] ?? "")).toBeUndefined();
	});

	it("clears a store whose table of shared strings has a gap: no note is read with another's names", async () => {
		freshIndexedDb();
		const d = disk();
		await quit(await start(d), d);
		await tamper((_notes, meta) => {
			meta.delete("strings:0");
			meta.put(["Sara Conti"], "strings:1");
		});
		const next = await start(d);
		expect(next.reads).toHaveLength(4);
		expect(next.plugin.live.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-02");
	});

	it("does not remember a note read before Obsidian had its properties: the next start reads it again, with its attendees", async () => {
		freshIndexedDb();
		const d = disk();
		// Obsidian is quit before its metadata for the meeting arrived.
		const first = await start(d, undefined, ["Meetings/2026-11-02 Coffee.md"]);
		// Read meanwhile with Obsidian's YAML parser (note-source.ts): her meeting counts at once, but is not stored.
		expect(first.plugin.live.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-02");
		await quit(first, d);
		const next = await start(d);
		expect(next.reads).toEqual(["Meetings/2026-11-02 Coffee.md"]);
		expect(next.plugin.live.index.lastInteraction("People/Anna Rossi.md")?.day).toBe("2026-11-02");
	});

	it("indexes everything without a store when IndexedDB is not there", async () => {
		expect(await NoteStore.open("x", undefined)).toBeNull();
		const s = await start(disk());
		expect(s.plugin.live.getStatus()).toMatchObject({ ready: true, fromStore: 0, people: 3 });
	});
});

describe("the note store, opened again", () => {
	it("keeps every stored note as it was when a changed note is saved before the store is loaded", async () => {
		freshIndexedDb();
		const first = await start(disk());
		const stored = disk();
		await quit(first, stored);
		const coffee = first.plugin.live.index.note("Meetings/2026-11-02 Coffee.md");
		if (!coffee) throw new Error("no meeting");
		// The next session: a note saved by an update that arrives before the store is read (a file synced while Obsidian was closed).
		const store = await NoteStore.open("rapport/notes/Test vault");
		if (!store) throw new Error("no store");
		const synced = { ...coffee, path: "Meetings/2026-11-28 Sync.md", title: "2026-11-28 Sync", date: "2026-11-28", attendees: coffee.attendees.map((a, i) => ({ ...a, target: ["Bruno Verdi", "Carla Neri"][i] ?? a.target })) };
		store.put(synced.path, 10, Date.now(), synced);
		await store.flush();
		store.close();
		const second = await start(stored);
		expect(second.plugin.live.index.note("Meetings/2026-11-02 Coffee.md")).toEqual(coffee);
		expect(second.plugin.live.index.attendeesOf("Meetings/2026-11-02 Coffee.md")).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
	});
});

describe("a start during which a note goes away", () => {
	it("still finishes, with every other note, when a listed note can no longer be read", async () => {
		installDomHelpers(window);
		const app = new App();
		app.dailyNotesOptions = { folder: "Daily", format: "YYYY-MM-DD" };
		Object.assign(window, { app, moment });
		for (const [path, { text }] of disk()) app.vault.seed(path, text);
		const cachedRead = app.vault.cachedRead.bind(app.vault);
		// Deleted by a sync between the listing of the vault and its reading.
		app.vault.cachedRead = (file) => (file.path === "People/Sara Conti.md" ? Promise.reject(new Error("ENOENT: no such file")) : cachedRead(file));
		const plugin = new RapportPlugin(app as never, manifest);
		await plugin.load();
		app.workspace.setLayoutReady();
		await until(() => plugin.live.getStatus().ready);
		expect(plugin.live.getStatus().people).toBe(2);
		expect(plugin.live.index.attendeesOf("Meetings/2026-11-02 Coffee.md")).toEqual(["People/Anna Rossi.md", "People/Marco Bianchi.md"]);
		plugin.unload();
	});
});
