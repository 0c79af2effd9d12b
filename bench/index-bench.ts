/**
 * Benchmarks of the core on a generated vault, run by `npm run bench` (bench/run.mjs) with --expose-gc.
 * Prints one JSON object: the measurements, in milliseconds and bytes.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { AgendaBuilder } from "../src/core/agenda/agenda";
import { addDays } from "../src/core/dates/dates";
import { InsightsCache } from "../src/core/relationships/insights";
import { createParseContext, parseNote, type ParsedNote } from "../src/core/notes/note";
import { defaultSettings } from "../src/core/config/settings";
import { defaultVaultConfig } from "../src/core/config/vault-config";
import { VaultIndex } from "../src/core/index/vault-index";
import { readFrontmatter } from "../src/cli/safe-frontmatter";
import { listMarkdownFiles } from "../src/cli/vault-files";

const root = process.argv[2] ?? "";
const benchToday = process.argv[3] ?? "2026-11-27";
/** "agenda": only the agenda, insights and heap rows, on an index built once (`bench/run.mjs --only agenda`). */
const onlyAgenda = process.argv[4] === "agenda";
const gc = (globalThis as { gc?: () => void }).gc;

/** The process's CPU time (user + system, every thread) in ms: on a busy shared machine it says more than the wall time. */
function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The floor: read every file and split off its frontmatter, nothing else. */
function floorRun(paths: string[]): number {
	const t0 = performance.now();
	let sum = 0;
	for (const p of paths) {
		const text = readFileSync(join(root, p), "utf8");
		const end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
		sum += end >= 0 ? text.slice(4, end).length : 0;
	}
	if (sum < 0) throw new Error("unreachable");
	return performance.now() - t0;
}

function indexRun(paths: string[]): { ms: number; index: VaultIndex } {
	const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
	const t0 = performance.now();
	const notes: ParsedNote[] = [];
	for (const p of paths) {
		const text = readFileSync(join(root, p), "utf8");
		const fm = readFrontmatter(p, text);
		notes.push(parseNote(p, text, fm.data, ctx, fm.problems));
	}
	const index = new VaultIndex();
	index.addAll(notes);
	// Every note's references filed under their names too (what a plugin start then does in the background), as the edits measured next would otherwise do at the first of them.
	index.fileWaitingReferences();
	return { ms: performance.now() - t0, index };
}

/** The heap in use after full collections. */
function heapAfterGc(): number {
	gc?.();
	gc?.();
	return process.memoryUsage().heapUsed;
}

/**
 * What today's agenda and insights keep, per note: with the builder and the cache held (`kept`),
 * then after dropping them (`filled`: what they made the index build and keep, such as its sorted
 * copies of each person's contacts; the rest is the builder's and the cache's own state).
 */
function heapOfAgendaAndInsights(index: VaultIndex, before: number, notes: number): { bytesPerNote: number; agendaFilledBytesPerNote: number } {
	let kept: [AgendaBuilder, InsightsCache] | null = [new AgendaBuilder(index), new InsightsCache(index)];
	kept[0].build(benchToday, { upcomingDays: 7, birthdayDays: 14 });
	kept[1].get(benchToday, defaultSettings());
	const bytesPerNote = (heapAfterGc() - before) / notes;
	kept = null;
	return { bytesPerNote, agendaFilledBytesPerNote: (heapAfterGc() - before) / notes };
}

/**
 * A person note renamed into another folder, a new person (a copy of another's note) added, and that
 * new person removed, in turn; after each, the agenda and insights as the panel keeps them. The
 * index is changed in memory only (the vault on disk is left as it is).
 */
function personEditRows(index: VaultIndex, builder: AgendaBuilder, insights: InsightsCache, people: string[], ctx: ReturnType<typeof createParseContext>) {
	const settings = { upcomingDays: 7, birthdayDays: 14 };
	const fullSettings = defaultSettings();
	const rows = { agenda: [] as number[], agendaCpu: [] as number[], insights: [] as number[], insightsCpu: [] as number[] };
	const read = (path: string, text: string): ParsedNote => {
		const fm = readFrontmatter(path, text);
		return parseNote(path, text, fm.data, ctx, fm.problems);
	};
	for (let i = 0; i < 90; i++) {
		const path = people[(i * 7919) % people.length] ?? "";
		const text = readFileSync(join(root, path), "utf8");
		if (i % 3 === 0) index.rename(path, read(`People/Moved/${path.slice("People/".length)}`, text));
		else if (i % 3 === 1) index.set(read(`People/New person ${i}.md`, text));
		else index.remove(`People/New person ${i - 1}.md`);
		let c0 = cpuMs();
		let t0 = performance.now();
		builder.build(benchToday, settings);
		rows.agenda.push(performance.now() - t0);
		rows.agendaCpu.push(cpuMs() - c0);
		c0 = cpuMs();
		t0 = performance.now();
		insights.get(benchToday, fullSettings);
		rows.insights.push(performance.now() - t0);
		rows.insightsCpu.push(cpuMs() - c0);
	}
	return rows;
}

function main(): void {
	const tList = performance.now();
	const paths = listMarkdownFiles(root);
	const listMs = performance.now() - tList;
	let floorMs = 0;
	let fullMs = 0;
	let index: VaultIndex | null = null;
	if (!onlyAgenda) {
		floorRun(paths); // warm the file cache so both runs read from memory
		const floors = [floorRun(paths), floorRun(paths)];
		const fulls: number[] = [];
		for (let i = 0; i < 2; i++) {
			index = null;
			gc?.();
			const run = indexRun(paths);
			fulls.push(run.ms);
			index = run.index;
		}
		floorMs = Math.min(...floors);
		fullMs = Math.min(...fulls);
	}

	// Retained heap: build once more from a clean heap and keep the index, then also today's agenda
	// and insights as the side panel keeps them (the builder's and the cache's derived state).
	index = null;
	const before = heapAfterGc();
	const built = indexRun(paths);
	if (onlyAgenda) fullMs = built.ms;
	index = built.index;
	const indexBytesPerNote = (heapAfterGc() - before) / paths.length;
	const { bytesPerNote, agendaFilledBytesPerNote } = heapOfAgendaAndInsights(index, before, paths.length);

	// Incremental: rewrite one meeting note (new date, new attendee) and update the index.
	const ctx = createParseContext(defaultSettings(), defaultVaultConfig());
	const meetings = paths.filter((p) => p.startsWith("Meetings/"));
	const people = paths.filter((p) => p.startsWith("People/"));
	const updates: number[] = [];
	for (let i = 0; i < (onlyAgenda ? 0 : 2000); i++) {
		const path = meetings[(i * 7919) % meetings.length] ?? "";
		const text = readFileSync(join(root, path), "utf8");
		const person = (people[(i * 104729) % people.length] ?? "").slice("People/".length, -3);
		const edited = text.replace(/^date: .*$/m, `date: 2026-11-${String(1 + (i % 28)).padStart(2, "0")}`).replace(/^attendees: \[/m, `attendees: ["[[${person}]]", `);
		const t0 = performance.now();
		const fm = readFrontmatter(path, edited);
		index.set(parseNote(path, edited, fm.data, ctx, fm.problems));
		updates.push(performance.now() - t0);
	}

	// Agenda: cold (a new builder, nothing remembered), then as the side panel keeps it: the same
	// day again, and the same day right after one meeting note changed.
	const settings = { upcomingDays: 7, birthdayDays: 14 };
	const cold: number[] = [];
	const coldCpu: number[] = [];
	let items = 0;
	for (let i = 0; i < 14; i++) {
		const c0 = cpuMs();
		const t0 = performance.now();
		items = new AgendaBuilder(index).build(addDays(benchToday, i % 7), settings).items.length;
		cold.push(performance.now() - t0);
		coldCpu.push(cpuMs() - c0);
	}
	const builder = new AgendaBuilder(index);
	builder.build(benchToday, settings);
	// Insights (fading, meetings without follow-up, give-back, balance) as the panel keeps them:
	// cold once, then after each edit below.
	const fullSettings = defaultSettings();
	const insights = new InsightsCache(index);
	let t1 = performance.now();
	insights.get(benchToday, fullSettings);
	const insightsColdMs = performance.now() - t1;
	const insightsAfterEdit: number[] = [];
	const warm: number[] = [];
	const afterEdit: number[] = [];
	const afterEditCpu: number[] = [];
	const insightsAfterEditCpu: number[] = [];
	for (let i = 0; i < 100; i++) {
		let t0 = performance.now();
		builder.build(benchToday, settings);
		warm.push(performance.now() - t0);
		const path = meetings[(i * 4099) % meetings.length] ?? "";
		const text = readFileSync(join(root, path), "utf8").replace(/^date: .*$/m, `date: ${benchToday}`);
		const fm = readFrontmatter(path, text);
		index.set(parseNote(path, text, fm.data, ctx, fm.problems));
		let c0 = cpuMs();
		t0 = performance.now();
		builder.build(benchToday, settings);
		afterEdit.push(performance.now() - t0);
		afterEditCpu.push(cpuMs() - c0);
		c0 = cpuMs();
		t1 = performance.now();
		insights.get(benchToday, fullSettings);
		insightsAfterEdit.push(performance.now() - t1);
		insightsAfterEditCpu.push(cpuMs() - c0);
	}
	// People come, go and are renamed (a third each): the agenda and insights after each, as the panel keeps them.
	const personEdits = personEditRows(index, builder, insights, people, ctx);
	const counts = index.counts();
	process.stdout.write(
		JSON.stringify({
			notes: paths.length,
			people: counts.people,
			meetings: counts.meetings,
			followUps: counts.followUps,
			listMs,
			floorMs,
			fullIndexMs: fullMs,
			ratio: floorMs > 0 ? fullMs / floorMs : 0,
			updateMedianMs: percentile(updates, 50),
			updateP95Ms: percentile(updates, 95),
			agendaColdMedianMs: percentile(cold, 50),
			agendaColdCpuMedianMs: percentile(coldCpu, 50),
			agendaAfterEditCpuP95Ms: percentile(afterEditCpu, 95),
			insightsAfterEditCpuP95Ms: percentile(insightsAfterEditCpu, 95),
			agendaWarmMedianMs: percentile(warm, 50),
			agendaAfterEditMedianMs: percentile(afterEdit, 50),
			agendaAfterEditP95Ms: percentile(afterEdit, 95),
			agendaItems: items,
			insightsColdMs,
			insightsAfterEditMedianMs: percentile(insightsAfterEdit, 50),
			insightsAfterEditP95Ms: percentile(insightsAfterEdit, 95),
			agendaAfterPersonEditP95Ms: percentile(personEdits.agenda, 95),
			agendaAfterPersonEditCpuP95Ms: percentile(personEdits.agendaCpu, 95),
			agendaAfterPersonEditMedianMs: percentile(personEdits.agenda, 50),
			insightsAfterPersonEditP95Ms: percentile(personEdits.insights, 95),
			insightsAfterPersonEditCpuP95Ms: percentile(personEdits.insightsCpu, 95),
			bytesPerNote,
			indexBytesPerNote,
			agendaFilledBytesPerNote,
			loadAverage: loadavg(),
		}) + "\n",
	);
}

main();
