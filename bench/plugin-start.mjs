// `node bench/plugin-start.mjs --people N --meetings N [--start-only] [--warm-runs N] [--profile FILE] [--alloc-profile FILE]`: the plugin path of `npm run bench` alone (issue 14's
// plugin start row), on a generated vault (made once, then reused), without the CLI, graph and import parts.
import { spawnSync } from "node:child_process";
import esbuild from "esbuild";
import { benchGenerator, benchSpec, vaultRoot } from "./bench-vault.mjs";

const { spec, stress } = benchSpec();
const here = new URL(".", import.meta.url).pathname;
const { BENCH_TODAY, generateVault } = await benchGenerator();
const root = vaultRoot(spec, stress);
generateVault(root, spec);
await esbuild.build({ entryPoints: [`${here}plugin-bench.ts`], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: `${here}../dist/plugin-bench.cjs`, alias: { obsidian: `${here}../tests/fakes/obsidian.ts` }, logLevel: "warning" });
const run = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=12000", `${here}../dist/plugin-bench.cjs`, root, BENCH_TODAY, ...process.argv.slice(2).filter((a, i, all) => a === "--start-only" || a === "--warm-runs" || all[i - 1] === "--warm-runs" || a === "--profile" || all[i - 1] === "--profile" || a === "--alloc-profile" || all[i - 1] === "--alloc-profile")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
process.stdout.write(run.stdout);
process.exit(run.status ?? 1);
