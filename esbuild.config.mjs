import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

const banner = `/* Rapport: a local-first personal CRM for Obsidian. Bundled by esbuild; see the repository for the sources. */`;

/** The Obsidian plugin: runs on desktop and mobile, so no Node built-ins. */
const pluginOptions = {
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/*",
		"@lezer/*",
	],
	format: "cjs",
	target: "es2021",
	platform: "browser",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	outfile: "main.js",
};

/** The `rapport` command's bundle: Node, gray-matter allowed here and only here. */
const cliOptions = {
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "node",
	target: "node20",
	logLevel: "info",
	sourcemap: false,
	external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
	outfile: "dist/rapport-main.cjs",
};

/**
 * What `rapport` runs (`dist/rapport.cjs`): a launcher that runs the bundle above with its code kept
 * compiled between runs (src/cli/code-cache.ts).
 */
const launcherOptions = {
	...cliOptions,
	banner: { js: "#!/usr/bin/env node" },
	entryPoints: ["src/cli/launch.ts"],
	outfile: "dist/rapport.cjs",
};

/** The CLI's stamping threads: a small script of their own, so a warm run does not compile the whole CLI twice. */
const stampWorkerOptions = {
	...cliOptions,
	entryPoints: ["src/cli/stamp-worker.ts"],
	outfile: "dist/rapport-stamp.cjs",
};

/** The graph page's script, inlined by `rapport graph --html` into a page that loads nothing else. */
const graphPageOptions = {
	entryPoints: ["src/graph-view/page.ts"],
	bundle: true,
	format: "iife",
	platform: "browser",
	target: "es2021",
	minify: true,
	logLevel: "info",
	outfile: "dist/graph-page.js",
};

if (production) {
	await esbuild.build(pluginOptions);
	await esbuild.build(cliOptions);
	await esbuild.build(launcherOptions);
	await esbuild.build(stampWorkerOptions);
	await esbuild.build(graphPageOptions);
} else {
	const contexts = await Promise.all([pluginOptions, cliOptions, launcherOptions, stampWorkerOptions, graphPageOptions].map((o) => esbuild.context(o)));
	await Promise.all(contexts.map((c) => c.watch()));
}
