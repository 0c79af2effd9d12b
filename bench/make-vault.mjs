// Generates (or reuses) a seeded bench vault and prints its folder: `node bench/make-vault.mjs --people N --meetings N`.
import { createRequire } from "node:module";
import esbuild from "esbuild";

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const spec = { people: arg("people", 10000), meetings: arg("meetings", 90000), seed: arg("seed", 42), staleOpen: 0.03 };
const here = new URL(".", import.meta.url).pathname;
await esbuild.build({ entryPoints: [`${here}generate.ts`], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: `${here}../dist/bench-generate.cjs`, logLevel: "warning" });
const { generateVault } = createRequire(import.meta.url)("../dist/bench-generate.cjs");
const root = `${here}.vault/${spec.people}-${spec.meetings}-${spec.seed}`;
generateVault(root, spec);
process.stdout.write(root + "\n");
