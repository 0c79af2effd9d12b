import { mkdtempSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createParseContext } from "../../src/core/notes/note";
import { readFetched } from "../../src/cli/fetched-read";
import { loadVault } from "../../src/cli/load-vault";
import { listNotes, nodeNoteFiles } from "../../src/cli/note-files";
import { type NoteRead, readNoteFile } from "../../src/cli/note-reading";
import { readSettings, readVaultConfig } from "../../src/cli/vault-files";
import { CLI, CLI_BUNDLE, makeVault, STAMP_WORKER } from "./run-cli";

// On two cores the CLI reads with one other thread that fetches the notes' files; started from the
// CLI's own bundle, that thread also parses chunks itself while the main thread is behind.

/** People, meetings with them and their follow-ups, a note too large to send, a link to nowhere: over 1,000 notes, several chunks. */
function vault(): string {
	const files: Record<string, string> = {};
	for (let i = 0; i < 300; i++) files[`People/Person ${i}.md`] = `---\ntype: person\ncadence: ${1 + (i % 4)}w\naliases: [P${i}]\n---\n- [ ] Call back 📅 2026-12-0${1 + (i % 9)}\n`;
	for (let i = 0; i < 900; i++) {
		const day = `2026-${String(1 + (i % 11)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
		files[`Meetings/${day} M${i}.md`] = `---\ntype: meeting\ndate: ${day}\nattendees: ["[[Person ${i % 300}]]", "[[P${(i * 7) % 300}]]"]\n---\n- [ ] Send Person ${i % 300} the notes\n`;
	}
	files["Meetings/broken.md"] = "---\ntype: meeting\ndate: [unclosed\n---\n";
	// 17 MB: more than the thread sends as bytes; parsed where it is read, to its last line.
	files["People/Marco.md"] = `---\ntype: person\n---\n${"x".repeat(17 * 1024 * 1024)}\n- [ ] Call Marco back\n`;
	const root = makeVault(files);
	symlinkSync(join(root, "nowhere.md"), join(root, "People", "Gone.md"));
	return root;
}

const root = vault();
const context = createParseContext(readSettings(root), readVaultConfig(root));
const paths = listNotes(root, nodeNoteFiles).paths;
const alone = paths.map((path) => readNoteFile(root, path, context, nodeNoteFiles, true));

/** A read as the index sees it: the note or the problem, without the cache line a thread encoded. */
const seen = (read: NoteRead) => ("problem" in read ? { path: read.path, problem: read.problem } : { path: read.path, stamp: read.stamp, note: read.note });
/** How many notes came back parsed by the thread (it sends each with the line the cache stores). */
const parsedByThread = (reads: NoteRead[]) => reads.filter((read) => "line" in read && read.line !== undefined).length;

describe("the fetching thread started from the CLI's bundle", () => {
	it.each([
		["the launcher", CLI],
		["the bundle itself", CLI_BUNDLE],
	])("parses every chunk it takes while the main thread is behind (started from %s), each note read as the main thread alone reads it", async (_, fetchFile) => {
		const { reads, failures } = await readFetched(root, paths, context, true, fetchFile, { busy: 0, readWhileWaiting: false });
		expect(failures).toEqual([]);
		expect(reads.map(seen)).toEqual(alone.map(seen));
		// Every note the thread could read came parsed: all but the link to nowhere, whose problem it sent instead.
		expect(parsedByThread(reads)).toBe(paths.length - 1);
	});

	it("only fetches when it may never parse, and the notes read the same", async () => {
		const { reads, failures } = await readFetched(root, paths, context, true, CLI, { busy: Number.POSITIVE_INFINITY });
		expect(failures).toEqual([]);
		expect(reads.map(seen)).toEqual(alone.map(seen));
		expect(parsedByThread(reads)).toBe(0);
	});

	it("fetches only, as before, when it is the small stamping script (no parser in it)", async () => {
		const { reads, failures } = await readFetched(root, paths, context, true, STAMP_WORKER, { busy: 0 });
		expect(failures).toEqual([]);
		expect(reads.map(seen)).toEqual(alone.map(seen));
		expect(parsedByThread(reads)).toBe(0);
	});

	it("reads every chunk on the main thread while the thread sends nothing, and does not wait for a thread that never sends", async () => {
		// Starts and then sends nothing, ever, and takes no chunk: on its own it would keep the run waiting.
		const dir = mkdtempSync(join(tmpdir(), "rapport-worker-"));
		const fetchFile = join(dir, "worker.cjs");
		writeFileSync(fetchFile, "setInterval(() => {}, 1000);");
		const { reads, failures } = await readFetched(root, paths, context, true, fetchFile);
		expect(failures).toEqual([]);
		expect(reads.map(seen)).toEqual(alone.map(seen));
	}, 20_000);

	it("leaves the notes of a parsed chunk that does not decode to the main thread, which reads them all, and reports it", async () => {
		const dir = mkdtempSync(join(tmpdir(), "rapport-worker-"));
		const fetchFile = join(dir, "worker.cjs");
		writeFileSync(fetchFile, 'const { parentPort, workerData } = require("node:worker_threads"); Atomics.add(new Int32Array(workerData.counter), 0, 1000); parentPort.postMessage({ first: 0, batch: { newStrings: "[", lines: ["x", "y"], unread: "[]" } }); parentPort.postMessage({ done: true });');
		const { reads, failures } = await readFetched(root, paths, context, true, fetchFile, { readWhileWaiting: false });
		expect(failures).toEqual(["EPROTO"]);
		expect(reads.map(seen)).toEqual(alone.map(seen));
	});

	it("leaves, after a cold run read with it, a cache from which the next run takes every note it can", async () => {
		const copy = vault();
		for (const path of readdirSync(copy, { recursive: true, encoding: "utf8" })) if (path.endsWith(".md") && !path.endsWith("Gone.md")) utimesSync(join(copy, path), Date.now() / 1000 - 3600, Date.now() / 1000 - 3600);
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-cache-parsing-thread-"));
		const options = { cacheRoot, parallelism: { workers: 1, workerFile: CLI, fetchFile: CLI }, parallelFrom: 1 };
		const cold = await loadVault(copy, options);
		expect(cold.workerFailures).toEqual([]);
		const warm = await loadVault(copy, options);
		expect(warm.stats).toEqual({ notes: cold.stats.notes, fromCache: cold.stats.notes - 1, parsed: 1 });
		const byPath = (v: typeof cold) => [...v.index.allNotes()].sort((a, b) => a.path.localeCompare(b.path));
		expect(byPath(warm)).toEqual(byPath(cold));
	});
});
