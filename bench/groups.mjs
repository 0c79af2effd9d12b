// The group planner benchmark on its own: `npm run bench:groups` (also part of `npm run bench`).
import { spawnSync } from "node:child_process";
import esbuild from "esbuild";

export async function groupsBench() {
	const here = new URL(".", import.meta.url).pathname;
	await esbuild.build({ entryPoints: [`${here}groups-bench.ts`], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: `${here}../dist/groups-bench.cjs`, logLevel: "warning" });
	const run = spawnSync(process.execPath, [`${here}../dist/groups-bench.cjs`], { encoding: "utf8" });
	if (run.status !== 0) throw new Error(run.stderr);
	return JSON.parse(run.stdout);
}

export function printGroups(g) {
	process.stdout.write(`\nGroup planner (${g.attendees} attendees in ${g.groups} tables of 8, ${g.metPairs} pairs who already met):\n\n`);
	for (const [name, value, verdict] of [
		["Plan, one round", `${g.ms1.toFixed(0)} ms`, g.ms1 < 2000 ? "ok (< 2 s)" : "OVER (target < 2 s)"],
		["Plan, two rounds", `${g.ms2.toFixed(0)} ms (${g.repeatedPairs} repeated tablemates)`, ""],
		["Score against random splits", `${g.score.toFixed(1)} vs ${g.randomScore.toFixed(1)}`, g.score > g.randomScore ? "better" : "NOT BETTER"],
		["Shared interests per tablemate pair", `${g.sharedPerPair}`, ""],
		["Same-organisation / already-met pairs", `${g.sameOrgPairs} / ${g.alreadyMetPairs}`, ""],
	]) process.stdout.write(`${name.padEnd(44)} ${value.padEnd(32)} ${verdict}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) printGroups(await groupsBench());
