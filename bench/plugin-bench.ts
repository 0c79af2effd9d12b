/**
 * The plugin path on the generated vault, inside the in-memory Obsidian (bundled by bench/run.mjs
 * with `obsidian` aliased to tests/fakes/obsidian.ts, on happy-dom): indexing from prepared metadata,
 * the longest main-thread slice while indexing, and the panel's refresh after one note changes.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { listMarkdownFiles } from "../src/cli/vault-files";
import { fakeApp, indexed, loadRapport } from "./fake-obsidian";

const root = process.argv[2] ?? "";
const benchToday = process.argv[3] ?? "2026-11-27";

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Runs `work` and tells how long it took, the process's CPU time meanwhile (this machine is shared:
 * wall time says little alone), and the longest the event loop could not run anything (every task,
 * IndexedDB's included, and garbage collection), probed every millisecond.
 */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number; loopBlockedMs: number }> {
	const loop = monitorEventLoopDelay({ resolution: 1 });
	const cpu = process.cpuUsage();
	const started = performance.now();
	loop.enable();
	const value = await work();
	loop.disable();
	const ms = performance.now() - started;
	const { user, system } = process.cpuUsage(cpu);
	return { value, ms, cpuMs: (user + system) / 1000, loopBlockedMs: loop.max / 1e6 };
}

const t00 = performance.now();
const step = (what: string): void => void (process.env.BENCH_TRACE && process.stderr.write(`${((performance.now() - t00) / 1000).toFixed(1)} s ${what}\n`));

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
	const cold = await measured(async () => {
		const started = await loadRapport(app);
		await indexed(app, started);
		return started;
	});
	const firstStart = cold.value;
	step("first start indexed");
	const tStore = performance.now();
	await firstStart.live.closeStore();
	const storeWriteMs = performance.now() - tStore;
	firstStart.unload();
	step("store written");
	collect();
	const warm = await measured(async () => {
		const started = await loadRapport(app);
		await indexed(app, started);
		return started;
	});
	const plugin = warm.value;
	step("warm start indexed");
	const warmStatus = plugin.live.getStatus();
	const status = firstStart.live.getStatus();

	const startOnly = process.argv[4] === "--start-only";
	const start = {
		prepareMs,
		indexMs: cold.ms,
		indexCpuMs: cold.cpuMs,
		loopBlockedMs: cold.loopBlockedMs,
		longestSliceMs: status.longestSliceMs,
		storeWriteMs,
		warmIndexMs: warm.ms,
		warmCpuMs: warm.cpuMs,
		warmLoopBlockedMs: warm.loopBlockedMs,
		warmLongestSliceMs: warmStatus.longestSliceMs,
		warmFromStore: warmStatus.fromStore,
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
	const daily = await app.vault.create(`Daily/${benchToday}.md`, "# Today\n");
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

void main();
