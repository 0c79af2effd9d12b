/**
 * The plugin path on the generated vault, inside the in-memory Obsidian (bundled by bench/run.mjs
 * with `obsidian` aliased to tests/fakes/obsidian.ts, on happy-dom): indexing from prepared metadata,
 * the longest main-thread slice while indexing, and the panel's refresh after one note changes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { listMarkdownFiles } from "../src/cli/vault-files";
import type RapportPlugin from "../src/main";
import { fakeApp, indexed, loadRapport } from "./fake-obsidian";

const root = process.argv[2] ?? "";
/** Warm starts measured (`--warm-runs N`, 3 by default). */
const WARM_RUNS = process.argv.includes("--warm-runs") ? Number(process.argv[process.argv.indexOf("--warm-runs") + 1]) : 3;
const benchToday = process.argv[3] ?? "2026-11-27";

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * The main thread's time on a CPU and its time spent ready to run but waiting for one (other
 * processes had it), in ms, from Linux's schedstat; zeros elsewhere.
 */
function mainThreadTimes(): { onCpu: number; waited: number } {
	try {
		const [onCpu = 0, waited = 0] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ").map(Number);
		return { onCpu: onCpu / 1e6, waited: waited / 1e6 };
	} catch {
		return { onCpu: 0, waited: 0 };
	}
}

/**
 * Watches the event loop every millisecond while work runs: the longest it could not run anything
 * (every task, IndexedDB's included, and garbage collection on the main thread), in wall time, and
 * the longest in the main thread's own CPU time (without the time other processes held the CPU).
 */
function watchLoop(): () => { blockedMs: number; blockedCpuMs: number } {
	let lastWall = performance.now();
	let lastCpu = mainThreadTimes().onCpu;
	let blockedMs = 0;
	let blockedCpuMs = 0;
	const tick = (): void => {
		const wall = performance.now();
		const cpu = mainThreadTimes().onCpu;
		blockedMs = Math.max(blockedMs, wall - lastWall);
		blockedCpuMs = Math.max(blockedCpuMs, cpu - lastCpu);
		lastWall = wall;
		lastCpu = cpu;
	};
	const timer = setInterval(tick, 1);
	return () => {
		clearInterval(timer);
		tick();
		return { blockedMs, blockedCpuMs };
	};
}

/**
 * Runs `work` and tells how long it took; the process's CPU time meanwhile (garbage collector
 * threads included), the main thread's, and how long the main thread waited for a CPU that other
 * processes held (this machine is shared: wall time alone says little); and the event loop's
 * longest block (see watchLoop).
 */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number; mainThreadCpuMs: number; waitedForCpuMs: number; loopBlockedMs: number; loopBlockedCpuMs: number }> {
	const cpu = process.cpuUsage();
	const main = mainThreadTimes();
	const started = performance.now();
	const stopWatching = watchLoop();
	const value = await work();
	const loop = stopWatching();
	const ms = performance.now() - started;
	const { user, system } = process.cpuUsage(cpu);
	const mainAfter = mainThreadTimes();
	return { value, ms, cpuMs: (user + system) / 1000, mainThreadCpuMs: mainAfter.onCpu - main.onCpu, waitedForCpuMs: mainAfter.waited - main.waited, loopBlockedMs: loop.blockedMs, loopBlockedCpuMs: loop.blockedCpuMs };
}

/**
 * Starts a CPU profile when `--profile FILE` is given (`--alloc-profile FILE`: a sampling profile of
 * what is allocated, and where); the function returned writes it to FILE.
 */
async function profileIfAsked(): Promise<() => Promise<void>> {
	const at = process.argv.indexOf("--profile");
	const file = at > 0 ? process.argv[at + 1] : undefined;
	const allocAt = process.argv.indexOf("--alloc-profile");
	const allocFile = allocAt > 0 ? process.argv[allocAt + 1] : undefined;
	if (allocFile) return profileAllocations(allocFile);
	if (!file) return async () => undefined;
	const { Session } = await import("node:inspector");
	const session = new Session();
	session.connect();
	const post = (method: string, params?: object): Promise<unknown> => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
	await post("Profiler.enable");
	await post("Profiler.setSamplingInterval", { interval: 500 });
	await post("Profiler.start");
	return async () => {
		const { profile } = (await post("Profiler.stop")) as { profile: unknown };
		writeFileSync(file, JSON.stringify(profile));
		session.disconnect();
	};
}

/** Samples what is allocated (every 4 KB or so, node:inspector) until the function returned writes the profile to `file`. */
async function profileAllocations(file: string): Promise<() => Promise<void>> {
	const { Session } = await import("node:inspector");
	const session = new Session();
	session.connect();
	const post = (method: string, params?: object): Promise<unknown> => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
	await post("HeapProfiler.enable");
	await post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
	return async () => {
		const { profile } = (await post("HeapProfiler.stopSampling")) as { profile: unknown };
		writeFileSync(file, JSON.stringify(profile));
		session.disconnect();
	};
}

const t00 = performance.now();
const step = (what: string): void => void (process.env.BENCH_TRACE && process.stderr.write(`${((performance.now() - t00) / 1000).toFixed(1)} s ${what}\n`));

/**
 * The first start, on an empty store, timed; then the store written and the plugin unloaded. Nothing of
 * that session is kept (as in a fresh Obsidian): it is no live heap for the next start's collections to go over.
 */
async function firstStartOn(app: Awaited<ReturnType<typeof fakeApp>>): Promise<{ cold: Omit<Awaited<ReturnType<typeof measured>>, "value">; status: ReturnType<RapportPlugin["live"]["getStatus"]>; storeWriteMs: number }> {
	const { value: firstStart, ...cold } = await measured(async () => {
		const started = await loadRapport(app);
		await indexed(app, started);
		return started;
	});
	step("first start indexed");
	const status = firstStart.live.getStatus();
	const tStore = performance.now();
	await firstStart.live.closeStore();
	const storeWriteMs = performance.now() - tStore;
	firstStart.unload();
	return { cold, status, storeWriteMs };
}

async function main(): Promise<void> {
	const app = await fakeApp();
	const { AGENDA_VIEW } = await import("../src/ui/agenda-view");
	app.dailyNotesOptions = { folder: "Daily", format: "YYYY-MM-DD" };
	const paths = listMarkdownFiles(root);
	const tPrepare = performance.now();
	for (const p of paths) app.vault.seed(p, readFileSync(join(root, p), "utf8"));
	const prepareMs = performance.now() - tPrepare;
	step("prepared");

	// The store of parsed notes (IndexedDB; fake-indexeddb here): a first start fills it, a second
	// start of Rapport on the same, unchanged vault reads from it (the "warm store" row).
	const { IDBFactory, IDBKeyRange } = await import("fake-indexeddb");
	Object.assign(window, { indexedDB: new IDBFactory(), IDBKeyRange });
	// Each start is timed from the plugin's load (onload, then indexing once the layout is ready) to
	// a complete index. Before the second, the garbage of the first is collected: a real start is a
	// fresh Obsidian, with no earlier indexing's garbage to collect in its slices.
	const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
	collect();
	const { cold, status, storeWriteMs } = await firstStartOn(app);
	step("store written");
	// Warm starts, each on the store the previous session left; the median one is reported (this
	// machine is shared: one run alone says little), the others beside it. Each run's `span` is when it
	// began and ended on the clock `node --trace-gc-nvp` stamps its lines with (ms since the process
	// started), so that a trace's collections, bytes allocated and promoted can be summed per start.
	const startOnly = process.argv.includes("--start-only");
	const warmRuns: Awaited<ReturnType<typeof warmStart>>[] = [];
	let plugin = null as RapportPlugin | null;
	const warmStart = async (): Promise<{ ms: number; completeMs: number; cpuMs: number; mainThreadCpuMs: number; waitedForCpuMs: number; loopBlockedMs: number; loopBlockedCpuMs: number; longestSliceMs: number; fromStore: number; span: [number, number] }> => {
		collect();
		const from = performance.now();
		const run = await measured(async () => {
			const started = await loadRapport(app);
			await indexed(app, started);
			return started;
		});
		const to = performance.now();
		plugin = run.value;
		const { longestSliceMs, fromStore, ms, indexMs } = plugin.live.getStatus();
		const { value: _, ...times } = run;
		// The index is complete before the end: today's agenda and insights are then worked out ahead (ms - indexMs).
		return { ...times, completeMs: times.ms - (ms - indexMs), longestSliceMs, fromStore, span: [Math.round(from), Math.round(to)] };
	};
	// `--profile FILE`: a CPU profile of the warm starts alone (node:inspector), to see where their time goes.
	const stopProfile = await profileIfAsked();
	let heapBeforeLastStart = 0;
	for (let i = 0; i < WARM_RUNS; i++) {
		if (i === WARM_RUNS - 1) {
			collect();
			heapBeforeLastStart = process.memoryUsage().heapUsed;
		}
		const run = await warmStart();
		warmRuns.push(run);
		step(`warm start ${i + 1} indexed`);
		if (i < WARM_RUNS - 1 && plugin) {
			await plugin.live.closeStore();
			plugin.unload();
			plugin = null;
		}
	}
	await stopProfile();
	// What the plugin keeps after the last warm start (its index, caches and store), per note: the heap
	// after it, less the heap before it began (the previous start unloaded), both after a full collection.
	collect();
	const retainedPerNote = (process.memoryUsage().heapUsed - heapBeforeLastStart) / paths.length;
	const byTime = [...warmRuns].sort((a, b) => a.ms - b.ms);
	const warm = byTime[Math.floor(byTime.length / 2)] ?? warmRuns[0];
	if (!warm || !plugin) throw new Error("no warm start");

	const start = {
		prepareMs,
		indexMs: cold.ms,
		indexCpuMs: cold.cpuMs,
		indexMainThreadCpuMs: cold.mainThreadCpuMs,
		indexWaitedForCpuMs: cold.waitedForCpuMs,
		loopBlockedMs: cold.loopBlockedMs,
		loopBlockedCpuMs: cold.loopBlockedCpuMs,
		longestSliceMs: status.longestSliceMs,
		storeWriteMs,
		warmIndexMs: warm.ms,
		warmCompleteIndexMs: warm.completeMs,
		warmCpuMs: warm.cpuMs,
		warmLoopBlockedMs: warm.loopBlockedMs,
		warmLongestSliceMs: warm.longestSliceMs,
		warmFromStore: warm.fromStore,
		warmMainThreadCpuMs: warm.mainThreadCpuMs,
		warmWaitedForCpuMs: warm.waitedForCpuMs,
		warmLoopBlockedCpuMs: warm.loopBlockedCpuMs,
		warmRuns: warmRuns.map(({ ms, completeMs, cpuMs, mainThreadCpuMs, waitedForCpuMs, loopBlockedMs, loopBlockedCpuMs, longestSliceMs, span }) => ({ ms: Math.round(ms), completeMs: Math.round(completeMs), cpuMs: Math.round(cpuMs), mainThreadCpuMs: Math.round(mainThreadCpuMs), waitedForCpuMs: Math.round(waitedForCpuMs), loopBlockedMs: Math.round(loopBlockedMs), loopBlockedCpuMs: Math.round(loopBlockedCpuMs), longestSliceMs, span })),
		warmRetainedBytesPerNote: Math.round(retainedPerNote),
		people: status.people,
		loadAverage: loadavg()[0],
	};
	if (startOnly) {
		process.stdout.write(JSON.stringify(start) + "\n");
		return;
	}
	// The panel on the bench's day, then one meeting note edited at a time.
	const tPanel = performance.now();
	await plugin.openAgendaView();
	const firstPanelMs = performance.now() - tPanel;
	step("panel drawn");
	const daily = await app.vault.arrive(`Daily/${benchToday}.md`, "# Today\n");
	await app.metadataCache.settled();
	app.workspace.setActiveFile(daily);
	const view = app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
	if (!view) throw new Error("no panel");
	const meetings = paths.filter((p) => p.startsWith("Meetings/"));
	const refresh: number[] = [];
	let started = 0;
	app.metadataCache.on("changed", () => (started = performance.now()));
	let done = 0;
	plugin.live.events.on("changed", () => (done = performance.now()));
	for (let i = 0; i < 60; i++) {
		const file = app.vault.getFileByPath(meetings[(i * 7919) % meetings.length] ?? "");
		if (!file) continue;
		await app.vault.process(file, (t) => t.replace(/^date: .*$/m, `date: ${benchToday}`));
		await app.metadataCache.settled();
		while (done < started) await new Promise((r) => setTimeout(r, 0));
		refresh.push(done - started);
	}
	const items = view.containerEl.querySelectorAll(".rapport-agenda-item").length;
	process.stdout.write(
		JSON.stringify({ ...start, firstPanelMs, panelItems: items, refreshMedianMs: percentile(refresh, 50), refreshP95Ms: percentile(refresh, 95) }) + "\n",
	);
}

// The plugin stays loaded (its timers, the store's connection, the DOM's): end the process once the result is out.
void main().then(
	() => process.stdout.write("", () => process.exit(0)),
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	},
);
