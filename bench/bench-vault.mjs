// The seeded bench vault the bench scripts share: its spec from the command line (`--people N --meetings N
// --seed N`, `--stress`), the generator built from bench/generate.ts, and the folder each spec is kept in.
import { createRequire } from "node:module";
import esbuild from "esbuild";

const here = new URL(".", import.meta.url).pathname;

/** A number given on the command line as `--name N`, or `fallback`. */
export function numberArg(name, fallback) {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The vault the command line asks for; `--stress` leaves every old follow-up open. */
export function benchSpec() {
	const stress = process.argv.includes("--stress");
	return { spec: { people: numberArg("people", 10000), meetings: numberArg("meetings", 90000), seed: numberArg("seed", 42), staleOpen: stress ? 1 : 0.03 }, stress };
}

/** `generateVault` and `BENCH_TODAY`, from bench/generate.ts bundled for Node. */
export async function benchGenerator() {
	await esbuild.build({ entryPoints: [`${here}generate.ts`], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: `${here}../dist/bench-generate.cjs`, logLevel: "warning" });
	return createRequire(import.meta.url)("../dist/bench-generate.cjs");
}

/** Where a vault of this spec is kept and reused. */
export function vaultRoot(spec, stress = false) {
	return `${here}.vault/${spec.people}-${spec.meetings}-${spec.seed}${stress ? "-stress" : ""}`;
}
