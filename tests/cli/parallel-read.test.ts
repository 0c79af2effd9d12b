import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { runCommand } from "../../src/cli/commands";
import { loadVault } from "../../src/cli/load-vault";
import { machineParallelism, PARALLEL_FROM } from "../../src/cli/parallel-read";
import { CLI, makeVault, STAMP_WORKER } from "./run-cli";

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

function run(args: string[], threads: number): { status: number | null; stdout: string; stderr: string } {
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, LANG: "en_US.UTF-8", RAPPORT_THREADS: String(threads) } });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const large = largeVault();

describe("reading a large vault on several threads", () => {
	const root = large;

	it.each(["people", "doctor"])("`%s` prints the same on two threads as on one, cold and warm", (command) => {
		const args = [command, "--json", "--vault", root, "--date", "2026-11-27"];
		const one = run([...args, "--no-cache"], 1);
		expect(one.stderr).toBe("");
		expect(run([...args, "--no-cache"], 2)).toEqual(one);
		const cache = mkdtempSync(join(tmpdir(), "rapport-cache-threads-"));
		expect(run([...args, "--cache-dir", cache], 2)).toEqual(one);
		expect(run([...args, "--cache-dir", cache], 2)).toEqual(one);
	});

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
		expect(machineParallelism(CLI, {}, 2)).toEqual({ workers: 1, workerFile: CLI, stampFile: STAMP_WORKER });
		expect(machineParallelism(join(tmpdir(), "elsewhere", "rapport.cjs"), {}, 2).stampFile).toBeUndefined();
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
