/**
 * The plugin path on the generated vault, inside the in-memory Obsidian (bundled by bench/run.mjs
 * with `obsidian` aliased to tests/fakes/obsidian.ts, on happy-dom): indexing from prepared metadata,
 * the longest main-thread slice while indexing, and the panel's refresh after one note changes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Window as HappyWindow } from "happy-dom";
import moment from "moment";
import { listMarkdownFiles } from "../src/cli/vault-files";

const root = process.argv[2] ?? "";
const benchToday = process.argv[3] ?? "2026-11-27";

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
	const win = new HappyWindow();
	Object.assign(globalThis, { window: win, document: win.document, HTMLElement: win.HTMLElement, Node: win.Node, Event: win.Event, MouseEvent: win.MouseEvent, KeyboardEvent: win.KeyboardEvent });
	const fake = await import("../tests/fakes/obsidian");
	const { default: RapportPlugin } = await import("../src/main");
	const { AGENDA_VIEW } = await import("../src/ui/agenda-view");
	fake.installDomHelpers(win as unknown as Window & typeof globalThis);
	const app = new fake.App();
	app.dailyNotesOptions = { folder: "Daily", format: "YYYY-MM-DD" };
	Object.assign(win, { app, moment });
	const paths = listMarkdownFiles(root);
	const tPrepare = performance.now();
	for (const p of paths) app.vault.seed(p, readFileSync(join(root, p), "utf8"));
	const prepareMs = performance.now() - tPrepare;

	const plugin = new RapportPlugin(app as never, { id: "rapport", name: "Rapport", version: "0", minAppVersion: "1.8.0", description: "", author: "" });
	await plugin.load();
	const t0 = performance.now();
	app.workspace.setLayoutReady();
	while (!plugin.live.getStatus().ready) await new Promise((r) => setTimeout(r, 1));
	const indexMs = performance.now() - t0;
	const status = plugin.live.getStatus();

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
		JSON.stringify({ prepareMs, indexMs, firstPanelMs, longestSliceMs: status.longestSliceMs, people: status.people, panelItems: items, refreshMedianMs: percentile(refresh, 50), refreshP95Ms: percentile(refresh, 95) }) + "\n",
	);
}

void main();
