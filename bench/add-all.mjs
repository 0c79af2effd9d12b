// `node bench/add-all.mjs [--people N --meetings N] [--runs N]`: VaultIndex.addAll alone on the generated vault (see bench/add-all-bench.ts).
import { spawnSync } from "node:child_process";
import esbuild from "esbuild";
import { benchGenerator, benchSpec, vaultRoot } from "./bench-vault.mjs";

const { spec, stress } = benchSpec();
const here = new URL(".", import.meta.url).pathname;
const { generateVault } = await benchGenerator();
const root = vaultRoot(spec, stress);
generateVault(root, spec);
await esbuild.build({ entryPoints: [`${here}add-all-bench.ts`], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: `${here}../dist/add-all-bench.cjs`, logLevel: "warning" });
const runs = process.argv.includes("--runs") ? ["--runs", process.argv[process.argv.indexOf("--runs") + 1]] : [];
const run = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8000", ...(process.argv.includes("--cpu-prof") ? ["--cpu-prof", "--cpu-prof-dir=/tmp"] : []), `${here}../dist/add-all-bench.cjs`, root, ...runs], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
process.stdout.write(run.stdout);
process.exit(run.status ?? 1);
