import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import { loadVault } from "../../src/cli/load-vault";
import { machineParallelism, PARALLEL_FROM } from "../../src/cli/parallel-read";
import { CLI, cliBesideStampScript, type CliRun, makeVault, runInProcess, STAMP_WORKER } from "./run-cli";

/** A vault above the size from which the CLI reads on several threads: people, meetings with them, a few broken notes. */
function largeVault(): string {
	const files: Record<string, string> = {};
	for (let i = 0; i < 700; i++) files[`People/Person ${i}.md`] = `---\ntype: person\ncadence: ${1 + (i % 5)}w\naliases: [P${i}]\n---\n- [ ] Call back 📅 2026-12-0${1 + (i % 9)}\n`;
	for (let i = 0; i < 1450; i++) {
		const day = `2026-${String(1 + (i % 11)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
		files[`Meetings/${day} M${i}.md`] = `---\ntype: meeting\ndate: ${day}\nattendees: ["[[Person ${i % 700}]]", "[[P${(i * 7) % 700}]]", "[[Nobody ${i % 3}]]"]\n---\n- [ ] Send the notes\n`;
	}
	files["Meetings/broken.md"] = "---\ntype: meeting\ndate: [unclosed\n---\n";
	return makeVault(files);
}

const threadsEnv = (threads: number) => ({ ...process.env, LANG: "en_US.UTF-8", RAPPORT_THREADS: String(threads) });

/** The built command, on `threads` threads in all. */
function run(args: string[], threads: number): CliRun {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28, env: threadsEnv(threads) });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command line in this process (its threads start from the built bundle, as the command's do). */
const runHere = (args: string[], threads: number): Promise<CliRun> => runInProcess(args, threadsEnv(threads));

const large = largeVault();

/** What one thread prints for `args` without a cache: run once per command, compared with each number of threads. */
const byOneThread = new Map<string, Promise<CliRun>>();
function oneThread(args: string[]): Promise<CliRun> {
	const key = args.join("\0");
	const printed = byOneThread.get(key) ?? runHere([...args, "--no-cache"], 1);
	byOneThread.set(key, printed);
	return printed;
}

/** How the main thread alone reads the large vault without a cache: read once, compared with each way of reading it on threads. */
let largeSerial: ReturnType<typeof loadVault> | undefined;
const largeReadAlone = (): ReturnType<typeof loadVault> => (largeSerial ??= loadVault(large, { cacheRoot: null }));

describe("reading a large vault on several threads", () => {
	const root = large;

	// Two threads: one fetches the files while the main thread parses; three: two parsing threads beside the main thread.
	// The cold run with a cache is the built command's own (its threads, the cache it leaves on disk); the other
	// runs are the same command lines in this process, the warm one reading the cache that command left.
	it.each([
		["people", 2],
		["doctor", 2],
		["people", 3],
		["doctor", 3],
	])("`%s` prints the same on %i threads as on one, cold and warm", async (command, threads) => {
		const args = [command, "--json", "--vault", root, "--date", "2026-11-27"];
		const one = await oneThread(args);
		expect(one.stderr).toBe("");
		expect(await runHere([...args, "--no-cache"], threads)).toEqual(one);
		const cache = mkdtempSync(join(tmpdir(), "rapport-cache-threads-"));
		expect(run([...args, "--cache-dir", cache], threads)).toEqual(one);
		expect(await runHere([...args, "--cache-dir", cache], threads)).toEqual(one);
	}, 60_000);

	it("stores every note the threads read, the main thread's too, and the next run takes them all from the cache", async () => {
		const root = largeVault();
		// Notes written an hour ago: the cache stores no note modified right before the run.
		const hourAgo = Date.now() / 1000 - 3600;
		for (const path of readdirSync(root, { recursive: true, encoding: "utf8" })) if (path.endsWith(".md")) utimesSync(join(root, path), hourAgo, hourAgo);
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-cache-main-lines-"));
		const options = { cacheRoot, parallelism: { workers: 1, workerFile: CLI }, parallelFrom: 1 };
		const cold = await loadVault(root, options);
		expect(cold.stats).toMatchObject({ fromCache: 0, parsed: cold.stats.notes });
		const warm = await loadVault(root, options);
		expect(warm.stats).toEqual({ notes: cold.stats.notes, fromCache: cold.stats.notes, parsed: 0 });
		const byPath = (vault: typeof cold) => [...vault.index.allNotes()].sort((a, b) => a.path.localeCompare(b.path));
		expect(byPath(warm)).toEqual(byPath(cold));
	});

	it("uses one thread per core, or RAPPORT_THREADS", () => {
		expect(machineParallelism("x.cjs", {}, 4).workers).toBe(3);
		expect(machineParallelism("x.cjs", {}, 1).workers).toBe(0);
		expect(machineParallelism("x.cjs", { RAPPORT_THREADS: "3" }, 2).workers).toBe(2);
		expect(machineParallelism("x.cjs", { RAPPORT_THREADS: "1" }, 8).workers).toBe(0);
		expect(PARALLEL_FROM).toBeLessThanOrEqual(2000);
	});

	it("stamps with the small script built next to the CLI, and with the CLI itself when that script is missing", () => {
		expect(machineParallelism(CLI, {}, 4)).toEqual({ workers: 3, workerFile: CLI, stampFile: STAMP_WORKER });
		expect(machineParallelism(join(tmpdir(), "elsewhere", "rapport.cjs"), {}, 2).stampFile).toBeUndefined();
	});

	it("on two cores, fetches the files on the other thread with the small script, and parses on the main thread", () => {
		expect(machineParallelism(CLI, {}, 2)).toEqual({ workers: 1, workerFile: CLI, stampFile: STAMP_WORKER, fetchFile: STAMP_WORKER });
		expect(machineParallelism(CLI, { RAPPORT_THREADS: "2" }, 8).fetchFile).toBe(STAMP_WORKER);
		expect(machineParallelism(CLI, {}, 3).fetchFile).toBeUndefined();
		// Without the small script, two parsing threads as before.
		expect(machineParallelism(join(tmpdir(), "elsewhere", "rapport.cjs"), {}, 2).fetchFile).toBeUndefined();
	});
});

/** A worker script that misbehaves: it cannot start, or takes a chunk of notes and dies without returning it. */
function brokenWorker(body: string): string {
	const file = join(mkdtempSync(join(tmpdir(), "rapport-worker-")), "worker.cjs");
	writeFileSync(file, body);
	return file;
}

describe("a reading thread that fails", () => {
	const root = makeVault({
		"People/Anna.md": "---\ntype: person\ncadence: 2w\n---\n",
		"People/Marco.md": "---\ntype: person\n---\n",
		"Meetings/2026-11-02 Coffee.md": '---\ntype: meeting\ndate: 2026-11-02\nattendees: ["[[Anna]]", "[[Marco]]"]\n---\n',
	});

	it.each([
		["cannot start", join(tmpdir(), "no-such-folder", "rapport.cjs")],
		["throws at once", brokenWorker('throw new Error("boom");')],
		// Takes every chunk (the shared counter) and exits without sending any: the main thread must read them all.
		["takes the notes and dies", brokenWorker('const { workerData } = require("node:worker_threads"); Atomics.add(new Int32Array(workerData.counter), 0, 1000); process.exit(3);')],
	])("costs no note when it %s, and is reported", async (_, workerFile) => {
		const serial = await loadVault(root, { cacheRoot: null });
		const vault = await loadVault(root, { cacheRoot: null, parallelism: { workers: 1, workerFile }, parallelFrom: 1 });
		expect(vault.workerFailures).toHaveLength(1);
		expect(vault.stats).toEqual(serial.stats);
		expect(vault.index.counts()).toEqual(serial.index.counts());
		expect(vault.index.lastInteraction("People/Anna.md")?.day).toBe("2026-11-02");
	});

	it.each([
		["cannot start", join(tmpdir(), "no-such-folder", "rapport-stamp.cjs")],
		["throws at once", brokenWorker('throw new Error("boom");')],
		["exits without a list", brokenWorker("process.exit(4);")],
		["sends something else than a list", brokenWorker('require("node:worker_threads").parentPort.postMessage({ paths: ["People/Anna.md"], problems: [], stamps: new Float64Array(1) });')],
	])("costs no note on a warm run when the stamping script %s, and is reported", async (_, stampFile) => {
		// Notes written an hour ago, so that the first run stores them all and the second has a cache to serve.
		for (const path of ["People/Anna.md", "People/Marco.md", "Meetings/2026-11-02 Coffee.md"]) utimesSync(join(root, path), Date.now() / 1000 - 3600, Date.now() / 1000 - 3600);
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-cache-broken-stamp-"));
		const serial = await loadVault(root, { cacheRoot: null });
		await loadVault(root, { cacheRoot });
		const warm = await loadVault(root, { cacheRoot, parallelism: { workers: 1, workerFile: CLI, stampFile }, parallelFrom: 1 });
		expect([warm.workerFailures.length, warm.stats]).toEqual([1, { notes: 3, fromCache: 3, parsed: 0 }]);
		expect(warm.index.counts()).toEqual(serial.index.counts());
		expect(warm.index.lastInteraction("People/Anna.md")?.day).toBe("2026-11-02");
	});

	it("says on stderr that a thread stopped, and prints the full answer", async () => {
		const args = parseArgs(["people", "--json", "--vault", large, "--no-cache"], {});
		if (args === "help") throw new Error("not a command");
		const result = await runCommand(args, undefined, { workers: 1, workerFile: brokenWorker("process.exit(5);") });
		expect(result.stderr).toBe("rapport: a reading thread stopped (exit code 5); the main thread read its notes, none is missing\n");
		expect((JSON.parse(result.stdout) as unknown[]).length).toBe(700);
	});

	it("reads the notes in the built CLI's own worker as on the main thread", async () => {
		const serial = await loadVault(root, { cacheRoot: null });
		const parallel = await loadVault(root, { cacheRoot: null, parallelism: { workers: 1, workerFile: CLI }, parallelFrom: 1 });
		expect(parallel.workerFailures).toEqual([]);
		expect([...parallel.index.allNotes()].sort((a, b) => a.path.localeCompare(b.path))).toEqual([...serial.index.allNotes()].sort((a, b) => a.path.localeCompare(b.path)));
	});
});

/** Notes sorted by path, as a load of the vault indexed them. */
const notesOf = (vault: Awaited<ReturnType<typeof loadVault>>) => [...vault.index.allNotes()].sort((a, b) => a.path.localeCompare(b.path));

describe("the fetching thread (two cores)", () => {
	const fetching = (cacheRoot: string | null, fetchFile = STAMP_WORKER) => ({ cacheRoot, parallelism: { workers: 1, workerFile: CLI, stampFile: STAMP_WORKER, fetchFile }, parallelFrom: 1 });
	/** A misbehaving fetching thread: the main thread reads nothing before it has sent something or ended, so that what it does first is always seen. */
	const fetchingFirst = (fetchFile: string) => ({ cacheRoot: null, parallelism: { ...fetching(null, fetchFile).parallelism, mainWaitsForFetching: true }, parallelFrom: 1 });

	it("gives every note of a large vault, past what it may send ahead, as the main thread alone reads it", async () => {
		const serial = await largeReadAlone();
		const fetched = await loadVault(large, fetching(null));
		expect(fetched.workerFailures).toEqual([]);
		expect(fetched.stats).toEqual(serial.stats);
		expect(notesOf(fetched)).toEqual(notesOf(serial));
	});

	it("reads notes that fill a chunk over several parts, a note too large to send, and a broken link named .md", async () => {
		const files: Record<string, string> = {};
		// 300 notes of about 20 kB: the first chunk (256 notes) holds 5 MB, sent in two parts.
		const filler = "Notes from the call, line by line.\n".repeat(600);
		for (let i = 0; i < 300; i++) files[`Meetings/2026-11-${String(1 + (i % 28)).padStart(2, "0")} Call ${i}.md`] = `---\ntype: meeting\ndate: 2026-11-${String(1 + (i % 28)).padStart(2, "0")}\nattendees: ["[[Anna]]"]\n---\n${filler}- [ ] Send Anna the draft ${i}\n`;
		files["People/Anna.md"] = "---\ntype: person\ncadence: 2w\n---\n";
		// 17 MB: more than the thread sends; the main thread reads it itself, to its last line.
		files["People/Marco.md"] = `---\ntype: person\n---\n${"x".repeat(17 * 1024 * 1024)}\n- [ ] Call Marco back\n`;
		const root = makeVault(files);
		symlinkSync(join(root, "nowhere.md"), join(root, "People", "Gone.md"));
		const serial = await loadVault(root, { cacheRoot: null });
		const fetched = await loadVault(root, fetching(null));
		expect(fetched.workerFailures).toEqual([]);
		expect(notesOf(fetched)).toEqual(notesOf(serial));
		expect(fetched.index.followUpCountOf("People/Anna.md")).toBe(300);
		expect(fetched.index.followUpCountOf("People/Marco.md")).toBe(1);
		expect(notesOf(fetched).flatMap((n) => n.problems.map((p) => [p.path, p.code]))).toEqual([["People/Gone.md", "note-vanished"]]);
	});

	it("stamps the notes it fetched, so that the next run takes them all from the cache", async () => {
		for (const path of readdirSync(large, { recursive: true, encoding: "utf8" })) if (path.endsWith(".md")) utimesSync(join(large, path), Date.now() / 1000 - 3600, Date.now() / 1000 - 3600);
		const cacheRoot = mkdtempSync(join(tmpdir(), "rapport-cache-fetched-"));
		const cold = await loadVault(large, fetching(cacheRoot));
		expect(cold.stats).toMatchObject({ fromCache: 0, parsed: cold.stats.notes });
		const warm = await loadVault(large, fetching(cacheRoot));
		expect(warm.stats).toEqual({ notes: cold.stats.notes, fromCache: cold.stats.notes, parsed: 0 });
		expect(notesOf(warm)).toEqual(notesOf(cold));
	});

	it.each([
		["cannot start", join(tmpdir(), "no-such-folder", "rapport-stamp.cjs")],
		["throws at once", brokenWorker('throw new Error("boom");')],
		["takes the notes and dies", brokenWorker('const { workerData } = require("node:worker_threads"); Atomics.add(new Int32Array(workerData.counter), 0, 1000); process.exit(3);')],
		["sends something else than notes", brokenWorker('const { parentPort } = require("node:worker_threads"); parentPort.postMessage({ first: 0, bytes: "People/Anna.md" }); parentPort.postMessage({ done: true });')],
		// Starts slowly (two seconds), as on a loaded machine: the main thread could read every note before its message.
		["sends something else than notes after a slow start", brokenWorker('const { parentPort } = require("node:worker_threads"); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000); parentPort.postMessage({ first: 0, bytes: "People/Anna.md" }); parentPort.postMessage({ done: true });')],
		[
			"sends one part, then dies",
			brokenWorker(
				'const { parentPort, workerData } = require("node:worker_threads"); Atomics.add(new Int32Array(workerData.counter), 0, 1000); const text = require("node:fs").readFileSync(workerData.fetch + "/" + workerData.paths[0]); parentPort.postMessage({ first: 0, bytes: new Uint8Array(text), ends: Int32Array.of(text.length), stamps: new Float64Array(3), failures: [], left: [] }); process.exit(6);',
			),
		],
	])("costs no note when it %s, and is reported", async (_, fetchFile) => {
		const serial = await largeReadAlone();
		const vault = await loadVault(large, fetchingFirst(fetchFile));
		expect(vault.workerFailures).toHaveLength(1);
		expect(vault.stats).toEqual(serial.stats);
		expect(vault.index.counts()).toEqual(serial.index.counts());
		expect([...vault.index.personPaths()]).toHaveLength(700);
	});

	it("makes a note whose bytes are more than a string can hold a problem on its path, and reads every other note", async () => {
		// The thread sends the first note as 600 MB of bytes (a file that grew as it was read, past what a string holds).
		const fetchFile = brokenWorker(
			'const { parentPort, workerData } = require("node:worker_threads"); Atomics.add(new Int32Array(workerData.counter), 0, 1000); const bytes = new Uint8Array(600 * 1024 * 1024); parentPort.postMessage({ first: 0, bytes, ends: Int32Array.of(bytes.length), stamps: new Float64Array(3), failures: [], left: [] }, [bytes.buffer]); parentPort.postMessage({ done: true });',
		);
		const serial = await largeReadAlone();
		const vault = await loadVault(large, fetchingFirst(fetchFile));
		const first = [...vault.index.allNotes()].map((n) => n.path).sort()[0] ?? "";
		expect(vault.workerFailures).toEqual([]);
		expect(vault.index.note(first)?.problems.map((p) => [p.code, p.params?.reason])).toEqual([["unreadable-note", "ERR_STRING_TOO_LONG"]]);
		expect(notesOf(vault).filter((n) => n.path !== first)).toEqual(notesOf(serial).filter((n) => n.path !== first));
	});
});


function runPeople(cli: string, cacheArgs: string[], threads = "2"): SpawnSyncReturns<string> {
	return spawnSync(process.execPath, [cli, "people", "--json", "--vault", large, ...cacheArgs], { encoding: "utf8", maxBuffer: 1 << 28, timeout: 60_000, env: { ...process.env, LANG: "en_US.UTF-8", RAPPORT_THREADS: threads } });
}

describe("a thread of the stamping script that sends something else and goes on running", () => {
	it("is stopped when it fetches: the CLI reads its notes, prints the full answer and ends", () => {
		// Sends a wrong message, then keeps taking chunks and sending, and never ends.
		const cli = cliBesideStampScript('const { parentPort, workerData } = require("node:worker_threads"); parentPort.postMessage({ first: "x" }); const counter = new Int32Array(workerData.counter); for (;;) { if (Atomics.add(counter, 0, 1) * workerData.chunk >= workerData.paths.length) break; parentPort.postMessage({ first: "x" }); } setInterval(() => {}, 1000);');
		const r = runPeople(cli, ["--no-cache"]);
		expect(r.signal).toBeNull();
		expect(r.stderr).toContain("EPROTO");
		expect((JSON.parse(r.stdout) as unknown[]).length).toBe(700);
	});

	it("is stopped when it lists, on a warm run: the CLI lists and stamps itself, prints the full answer and ends", () => {
		for (const path of readdirSync(large, { recursive: true, encoding: "utf8" })) if (path.endsWith(".md")) utimesSync(join(large, path), Date.now() / 1000 - 3600, Date.now() / 1000 - 3600);
		const cache = mkdtempSync(join(tmpdir(), "rapport-cache-listing-"));
		expect(runPeople(CLI, ["--cache-dir", cache]).status).toBe(0);
		// Sends a list of another shape, and never ends.
		const cli = cliBesideStampScript('require("node:worker_threads").parentPort.postMessage({ paths: "x" }); setInterval(() => {}, 1000);');
		// Three threads: with two, a warm run on the unchanged vault prints the answer the first run
		// stored (answer-cache.ts) and starts no thread. With three, the stamping for that answer's key
		// meets the script first (and gives up: no answer), then the listing of the run as ever.
		const r = runPeople(cli, ["--cache-dir", cache], "3");
		expect(r.signal).toBeNull();
		expect(r.stderr).toContain("EPROTO");
		expect((JSON.parse(r.stdout) as unknown[]).length).toBe(700);
	});
});
