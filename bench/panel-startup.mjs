// Bundles bench/panel-startup.ts next to the browser tests (their paths are relative to that folder) and runs it.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "tests", "browser", ".panel-startup-bench.cjs");
await esbuild.build({ entryPoints: [join(here, "panel-startup.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: out, external: ["esbuild", "playwright-core", "vitest"], logLevel: "warning" });
const run = spawnSync(process.execPath, [out], { stdio: "inherit" });
rmSync(out, { force: true });
process.exit(run.status ?? 1);
