/**
 * The plugin path on the generated vault, inside the in-memory Obsidian (bundled by bench/run.mjs
 * with `obsidian` aliased to tests/fakes/obsidian.ts, on happy-dom): indexing from prepared metadata,
 * the longest main-thread slice while indexing, and the panel's refresh after one note changes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listMarkdownFiles } from "../src/cli/vault-files";
import { fakeApp, indexed, loadRapport } from "./fake-obsidian";

const root = process.argv[2] ?? "";
const benchToday = process.argv[3] ?? "2026-11-27";

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
	const app = await fakeApp();
	const { AGENDA_VIEW } = await import("../src/ui/agenda-view");
	app.dailyNotesOptions = { folder: "Daily", format: "YYYY-MM-DD" };
	const paths = listMarkdownFiles(root);
	const tPrepare = performance.now();
	for (const p of paths) app.vault.seed(p, readFileSync(join(root, p), "utf8"));
	const prepareMs = performance.now() - tPrepare;

	// The store of parsed notes (IndexedDB; fake-indexeddb here): a first start fills it, a second
	// start of Rapport on the same, unchanged vault reads from it (the "warm store" row).
	const { IDBFactory, IDBKeyRange } = await import("fake-indexeddb");
	Object.assign(window, { indexedDB: new IDBFactory(), IDBKeyRange });
	const firstStart = await loadRapport(app);
	const t0 = performance.now();
	await indexed(app, firstStart);
	const indexMs = performance.now() - t0;
	await firstStart.live.closeStore();
	firstStart.unload();
	const plugin = await loadRapport(app);
	const tWarm = performance.now();
	await indexed(app, plugin);
	const warmIndexMs = performance.now() - tWarm;
	const warmStatus = plugin.live.getStatus();
	const status = firstStart.live.getStatus();

	// The panel on the bench's day, then one meeting note edited at a time.
	const tPanel = performance.now();
	await plugin.openAgendaView();
	const firstPanelMs = performance.now() - tPanel;
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
		JSON.stringify({ prepareMs, indexMs, warmIndexMs, warmLongestSliceMs: warmStatus.longestSliceMs, warmFromStore: warmStatus.fromStore, firstPanelMs, longestSliceMs: status.longestSliceMs, people: status.people, panelItems: items, refreshMedianMs: percentile(refresh, 50), refreshP95Ms: percentile(refresh, 95) }) + "\n",
	);
}

void main();
