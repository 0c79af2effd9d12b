// `node bench/plugin-start.mjs --people N --meetings N [--runs N]`: the plugin path of `npm run bench` alone (issue 14's
// plugin start row), on a generated vault (made once, then reused), without the CLI, graph and import parts.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import esbuild from "esbuild";

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const spec = { people: arg("people", 10000), meetings: arg("meetings", 90000), seed: arg("seed", 42), staleOpen: 0.03 };
const here = new URL(".", import.meta.url).pathname;
await esbuild.build({ entryPoints: [`${here}generate.ts`], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: `${here}../dist/bench-generate.cjs`, logLevel: "warning" });
const { BENCH_TODAY, generateVault } = createRequire(import.meta.url)("../dist/bench-generate.cjs");
const root = `${here}.vault/${spec.people}-${spec.meetings}-${spec.seed}`;
generateVault(root, spec);
await esbuild.build({ entryPoints: [`${here}plugin-bench.ts`], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: `${here}../dist/plugin-bench.cjs`, alias: { obsidian: `${here}../tests/fakes/obsidian.ts` }, logLevel: "warning" });
const run = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=12000", `${here}../dist/plugin-bench.cjs`, root, BENCH_TODAY, ...process.argv.slice(2).filter((a, i, all) => a === "--start-only" || a === "--warm-runs" || all[i - 1] === "--warm-runs")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
process.stdout.write(run.stdout);
process.exit(run.status ?? 1);
