// `npm run bench`: generates (or reuses) a seeded vault and measures the core on it.
// Options: --people N --meetings N --seed N (defaults 10000, 90000, 42); `--only core` measures only
// the core rows (index, agenda, insights, heap) and updates them in bench/results/latest.json, `--only cli`
// the CLI rows on both vaults likewise;
// `--only agenda` builds the index once and prints only the agenda, insights and heap rows (writes nothing).
// A full run measures the core and plugin rows, then the CLI's, on this vault and on a half-size one (issue 14).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import esbuild from "esbuild";
import { graphBench } from "./graph-bench.mjs";
import { groupsBench, printGroups } from "./groups.mjs";
import { importBench, printImport } from "./import.mjs";
import { calendarBench, printCalendar } from "./calendar.mjs";
import { cliBench, printCli } from "./cli-bench.mjs";
import { benchGenerator, benchSpec, vaultRoot } from "./bench-vault.mjs";

const { spec, stress } = benchSpec();
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
const here = new URL(".", import.meta.url).pathname;
const { BENCH_TODAY, generateVault } = await benchGenerator();
const root = vaultRoot(spec, stress);

const t0 = Date.now();
const { reused } = generateVault(root, spec);
process.stdout.write(`${reused ? "Reusing" : "Generated"} vault: ${spec.people} people, ${spec.meetings} meetings (seed ${spec.seed}${stress ? ", stress: every old follow-up left open" : ""}) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

await esbuild.build({
	entryPoints: [`${here}index-bench.ts`],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: `${here}../dist/bench.cjs`,
	logLevel: "warning",
});

await esbuild.build({
	entryPoints: [`${here}plugin-bench.ts`],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile: `${here}../dist/plugin-bench.cjs`,
	alias: { obsidian: `${here}../tests/fakes/obsidian.ts` },
	logLevel: "warning",
});

/** The core rows (index, agenda, insights, heap) measured on the vault at `vault`; `agendaOnly`: the agenda, insights and heap rows only. */
function coreRows(vault, agendaOnly) {
	const run = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", `${here}../dist/bench.cjs`, vault, BENCH_TODAY, agendaOnly ? "agenda" : ""], { encoding: "utf8" });
	if (run.status !== 0) {
		process.stderr.write(run.stderr);
		process.exit(run.status ?? 1);
	}
	return JSON.parse(run.stdout);
}

function printCore(r, agendaOnly) {
	const targets = [
		["Full index from disk", `${r.fullIndexMs.toFixed(0)} ms`, ""],
		["Floor (read + split frontmatter)", `${r.floorMs.toFixed(0)} ms`, ""],
		["Ratio full / floor", r.ratio.toFixed(2), r.ratio <= 2.5 ? "ok (≤ 2.5)" : "OVER (target ≤ 2.5)"],
		["Incremental update, median", `${r.updateMedianMs.toFixed(3)} ms`, ""],
		["Incremental update, p95", `${r.updateP95Ms.toFixed(3)} ms`, r.updateP95Ms < 1 ? "ok (< 1 ms)" : "OVER (target < 1 ms)"],
		["Agenda for a day, cold, median", `${r.agendaColdMedianMs.toFixed(2)} ms (CPU ${r.agendaColdCpuMedianMs.toFixed(1)} ms, ${r.agendaItems} items)`, r.agendaColdMedianMs < 15 ? "ok (< 15 ms)" : "OVER (target < 15 ms)"],
		["Agenda after one note changed, p95", `${r.agendaAfterEditP95Ms.toFixed(2)} ms (CPU ${r.agendaAfterEditCpuP95Ms.toFixed(1)} ms)`, r.agendaAfterEditP95Ms < 10 ? "ok (< 10 ms)" : "OVER (target < 10 ms)"],
		["Insights after one note changed, p95", `${r.insightsAfterEditP95Ms.toFixed(2)} ms (CPU ${r.insightsAfterEditCpuP95Ms.toFixed(1)} ms)`, r.insightsAfterEditP95Ms < 10 ? "ok (< 10 ms)" : "OVER (target < 10 ms)"],
		["Agenda after a person edit, p95", `${r.agendaAfterPersonEditP95Ms.toFixed(2)} ms (CPU ${r.agendaAfterPersonEditCpuP95Ms.toFixed(1)} ms, median ${r.agendaAfterPersonEditMedianMs.toFixed(2)} ms)`, r.agendaAfterPersonEditP95Ms < 10 ? "ok (< 10 ms)" : "OVER (target < 10 ms)"],
		["Insights after a person edit, p95", `${r.insightsAfterPersonEditP95Ms.toFixed(2)} ms (CPU ${r.insightsAfterPersonEditCpuP95Ms.toFixed(1)} ms)`, r.insightsAfterPersonEditP95Ms < 10 ? "ok (< 10 ms)" : "OVER (target < 10 ms)"],
		["Agenda again, same day, median", `${r.agendaWarmMedianMs.toFixed(2)} ms`, r.agendaWarmMedianMs < 15 ? "ok (< 15 ms)" : "OVER (target < 15 ms)"],
		["Agenda after one note changed, median", `${r.agendaAfterEditMedianMs.toFixed(2)} ms (p95 ${r.agendaAfterEditP95Ms.toFixed(2)} ms)`, r.agendaAfterEditMedianMs < 15 ? "ok (< 15 ms)" : "OVER (target < 15 ms)"],
		["Insights (fading, unfollowed, ledger, balance), cold", `${r.insightsColdMs.toFixed(0)} ms`, ""],
		["Insights after one note changed, median", `${r.insightsAfterEditMedianMs.toFixed(1)} ms (p95 ${r.insightsAfterEditP95Ms.toFixed(1)} ms)`, ""],
		["Retained heap per note, agenda and insights kept", `${(r.bytesPerNote / 1024).toFixed(2)} KB (index alone ${(r.indexBytesPerNote / 1024).toFixed(2)} KB, with what they made it keep ${(r.agendaFilledBytesPerNote / 1024).toFixed(2)} KB)`, r.bytesPerNote <= 1024 ? "ok (≤ 1 KB)" : "OVER (target ≤ 1 KB)"],
	];
	const agendaRows = new Set(["Agenda for a day, cold, median", "Agenda after one note changed, p95", "Insights after one note changed, p95", "Agenda after a person edit, p95", "Insights after a person edit, p95", "Agenda again, same day, median", "Agenda after one note changed, median", "Insights (fading, unfollowed, ledger, balance), cold", "Insights after one note changed, median", "Retained heap per note, agenda and insights kept"]);
	process.stdout.write(`\n${r.notes} notes: ${r.people} people, ${r.meetings} meetings, ${r.followUps} open follow-ups (load average ${r.loadAverage.map((l) => l.toFixed(1)).join(", ")})\n\n`);
	for (const [name, value, verdict] of targets) if (!agendaOnly || agendaRows.has(name)) process.stdout.write(`${name.padEnd(40)} ${value.padEnd(28)} ${verdict}\n`);
}

/** The plugin rows, in the in-memory Obsidian, on the vault at `vault`. */
function pluginRows(vault) {
	const pluginRun = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=12000", `${here}../dist/plugin-bench.cjs`, vault, BENCH_TODAY], { encoding: "utf8" });
	if (pluginRun.status !== 0) {
		process.stderr.write(pluginRun.stderr);
		process.exit(pluginRun.status ?? 1);
	}
	return JSON.parse(pluginRun.stdout);
}

function printPlugin(notes, p) {
	process.stdout.write(`\nPlugin path on ${notes} notes (in-memory Obsidian, metadata prepared in ${(p.prepareMs / 1000).toFixed(1)} s):\n\n`);
	for (const [name, value, verdict] of [
		["Index from the metadata cache", `${p.indexMs.toFixed(0)} ms (${p.people} people)`, ""],
		["Start to a complete index, warm store", `${p.warmCompleteIndexMs.toFixed(0)} ms (${p.warmFromStore} from the store)`, p.warmCompleteIndexMs <= 1500 ? "ok (≤ 1.5 s)" : "OVER (target ≤ 1.5 s)"],
		["… and today's agenda and insights worked out", `${p.warmIndexMs.toFixed(0)} ms (main thread ${p.warmMainThreadCpuMs.toFixed(0)} ms CPU, ${p.warmWaitedForCpuMs.toFixed(0)} ms waiting for a CPU)`, ""],
		["Longest main-thread slice, warm store", `${p.warmLongestSliceMs} ms (event loop blocked ${p.warmLoopBlockedMs.toFixed(0)} ms, ${p.warmLoopBlockedCpuMs.toFixed(0)} ms of CPU)`, p.warmLongestSliceMs <= 50 ? "ok (≤ 50 ms)" : "OVER (target ≤ 50 ms)"],
		["Longest main-thread slice while indexing", `${p.longestSliceMs} ms`, p.longestSliceMs <= 50 ? "ok (≤ 50 ms)" : "OVER (target ≤ 50 ms)"],
		["First panel draw (today's agenda and insights)", `${p.firstPanelMs.toFixed(0)} ms`, ""],
		["Panel refresh after one note changed, median", `${p.refreshMedianMs.toFixed(1)} ms (p95 ${p.refreshP95Ms.toFixed(1)} ms, ${p.panelItems} items)`, ""],
	]) process.stdout.write(`${name.padEnd(44)} ${value.padEnd(32)} ${verdict}\n`);
}

/** Issue 14 asks for every row on this vault and on a half-size one. */
const halfSpec = { ...spec, people: Math.round(spec.people / 2), meetings: Math.round(spec.meetings / 2) };

/** The CLI against its floor (issue 14's first two rows) on this vault and on the half-size one. */
function cliRows() {
	const runs = [];
	for (const cliSpec of [spec, halfSpec]) {
		const cliRoot = vaultRoot(cliSpec, stress);
		generateVault(cliRoot, cliSpec);
		const c = cliBench(cliRoot);
		const notes = cliSpec.people + cliSpec.meetings;
		printCli(notes, c);
		runs.push({ notes, ...c });
	}
	return runs;
}

/** Keeps the rows of the last full run and replaces `rows` (a run of `--only core` or `--only cli`). */
function updateLatest(rows) {
	const latest = `${here}results/latest.json`;
	const previous = existsSync(latest) ? JSON.parse(readFileSync(latest, "utf8")) : {};
	mkdirSync(`${here}results`, { recursive: true });
	writeFileSync(latest, JSON.stringify({ ...previous, ...rows }, null, 2) + "\n");
}

if (only === "cli") {
	updateLatest({ cli: cliRows() });
	process.exit(0);
}
const r = coreRows(root, only === "agenda");
printCore(r, only === "agenda");
if (only === "agenda") process.exit(0);
if (only === "core") {
	updateLatest({ spec, ...r });
	process.exit(0);
}
const p = pluginRows(root);
printPlugin(spec.people + spec.meetings, p);
const halfRoot = vaultRoot(halfSpec, stress);
generateVault(halfRoot, halfSpec);
const halfCore = coreRows(halfRoot, false);
printCore(halfCore, false);
const halfPlugin = pluginRows(halfRoot);
printPlugin(halfSpec.people + halfSpec.meetings, halfPlugin);
const cliRuns = cliRows();
const groups = await groupsBench();
printGroups(groups);
const imported = importBench();
printImport(imported);
const calendar = calendarBench();
printCalendar(calendar);
const g = await graphBench();
if (g) {
	process.stdout.write(`\nGraph rendering in headless chromium (${g.nodes} people, ${g.edges} ties; software WebGL, --disable-gpu):\n\n`);
	for (const [name, value, verdict] of [
		["Time to the first drawn frame", `${g.firstFrameMs.toFixed(0)} ms (graph prepared in ${g.prepareMs.toFixed(0)} ms)`, g.firstFrameMs < 2000 ? "ok (< 2 s)" : "OVER (target < 2 s)"],
		["Render time per frame while panning, median", `${g.panMedianMs.toFixed(1)} ms (p95 ${g.panP95Ms.toFixed(1)} ms)`, g.panMedianMs < 16 ? "ok (< 16 ms)" : "OVER (target < 16 ms)"],
		["ForceAtlas2 in its worker, to convergence", g.layoutMs < 0 ? "not converged in 30 s" : `${(g.layoutMs / 1000).toFixed(1)} s`, ""],
		["JS heap growth while drawing", g.heapMB > 0 ? `${g.heapMB.toFixed(0)} MB` : "not measurable (a collection ran)", ""],
	]) process.stdout.write(`${name.padEnd(44)} ${value.padEnd(32)} ${verdict}\n`);
} else {
	process.stdout.write("\nGraph rendering: skipped (no /usr/bin/chromium; apt-get install -y chromium)\n");
}
mkdirSync(`${here}results`, { recursive: true });
writeFileSync(`${here}results/latest.json`, JSON.stringify({ spec, ...r, plugin: p, half: { spec: halfSpec, ...halfCore, plugin: halfPlugin }, cli: cliRuns, groups, import: imported, calendar, graph: g }, null, 2) + "\n");
