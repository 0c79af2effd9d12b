// The CLI against its floor, on one generated vault, all measured in the same run:
// the floor (a Node process that lists the vault, reads every note and splits its frontmatter),
// `rapport people --json` cold (empty cache folder), warm (second run, unchanged vault: the stored
// answer), and warm after one note was touched (no stored answer fits: the parse cache, one note read).
// `node bench/cli-bench.mjs VAULT` prints and returns one JSON object (wall times in ms, process start included).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const cli = join(here, "..", "dist", "rapport.cjs");

function timed(args) {
	const t0 = performance.now();
	const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 30 });
	const ms = performance.now() - t0;
	if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
	return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A person note of the vault: touched between runs, as an edit that keeps the note's size. */
function someNote(vault) {
	const name = readdirSync(join(vault, "People")).find((n) => n.endsWith(".md"));
	if (name === undefined) throw new Error(`no person note in ${vault}`);
	return join(vault, "People", name);
}

export function cliBench(vault, { runs = 3 } = {}) {
	const floorArgs = [join(here, "floor.mjs"), vault];
	timed(floorArgs); // the file cache warm for everyone
	const floors = [];
	const colds = [];
	const warms = [];
	const edited = [];
	const note = someNote(vault);
	const { mtimeMs } = statSync(note);
	for (let i = 0; i < runs; i++) {
		const cache = mkdtempSync(join(tmpdir(), "rapport-bench-cache-"));
		const people = [cli, "people", "--json", "--vault", vault, "--cache-dir", cache];
		floors.push(timed(floorArgs));
		colds.push(timed(people));
		warms.push(timed(people));
		// An hour before its old stamp and a second more each time: old enough for the caches, never the same twice.
		const t = (mtimeMs - 3_600_000 - 1000 * (i + 1)) / 1000;
		utimesSync(note, t, t);
		edited.push(timed(people));
		rmSync(cache, { recursive: true, force: true });
	}
	const load = loadavg()[0];
	const floorMs = median(floors);
	const coldMs = median(colds);
	const warmMs = median(warms);
	const warmEditedMs = median(edited);
	return { floorMs, coldMs, warmMs, warmEditedMs, coldRatio: coldMs / floorMs, warmRatio: warmMs / floorMs, warmEditedRatio: warmEditedMs / floorMs, floors, colds, warms, edited, load };
}

export function printCli(notes, r) {
	process.stdout.write(`\nCLI \`people --json\` on ${notes} notes, against the floor measured in the same run (median of ${r.floors.length}; load average ${r.load.toFixed(1)}):\n\n`);
	for (const [name, value, verdict] of [
		["Floor: read every note, split its frontmatter", `${(r.floorMs / 1000).toFixed(2)} s`, ""],
		["Cold (empty cache)", `${(r.coldMs / 1000).toFixed(2)} s = ${r.coldRatio.toFixed(2)}× floor`, r.coldRatio <= 3 ? "ok (≤ 3×)" : "OVER (target ≤ 3×)"],
		["Warm (second run, unchanged vault)", `${(r.warmMs / 1000).toFixed(2)} s = ${r.warmRatio.toFixed(2)}× floor`, r.warmRatio <= 1 ? "ok (≤ 1×)" : "OVER (target ≤ 1×)"],
		["Warm, one note touched since (parse cache)", `${(r.warmEditedMs / 1000).toFixed(2)} s = ${r.warmEditedRatio.toFixed(2)}× floor`, ""],
	]) process.stdout.write(`${name.padEnd(48)} ${value.padEnd(28)} ${verdict}\n`);
}

if (process.argv[1] && process.argv[1].endsWith("cli-bench.mjs")) {
	const vault = process.argv[2];
	const runs = Number(process.argv[3] ?? 3);
	const r = cliBench(vault, { runs });
	const notes = JSON.parse(spawnSync(process.execPath, [join(here, "floor.mjs"), vault], { encoding: "utf8" }).stdout).notes;
	printCli(notes, r);
	mkdirSync(join(here, "results"), { recursive: true });
	writeFileSync(join(here, "results", `cli-${notes}.json`), JSON.stringify({ vault, notes, ...r }, null, 2) + "\n");
}
