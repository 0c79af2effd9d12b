import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The test files that measure how a reader's time grows (they import tests/growth.ts): each runs in a process
 * of its own and measures that process's CPU time, so two workers, or another job on the machine, do not
 * stretch one of its measures and not the other.
 */
function growthTests(): string[] {
	return testsImporting("growth");
}

/** The test files that import `tests/<module>.ts`. */
function testsImporting(module: string): string[] {
	const tests = readdirSync("tests", { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".test.ts"));
	const imports = new RegExp(`from "(?:\\.\\.\\/)+${module}"`);
	return tests.map((path) => `tests/${path}`).filter((path) => imports.test(readFileSync(path, "utf8")));
}

const GROWTH = growthTests();
/**
 * The test files that build more items than one call takes arguments (they import tests/many-arguments.ts): each runs
 * in a process of its own, whose stack (Node's default) overflows at about 120,000 arguments, where a worker thread's
 * takes 500,000: they build a quarter as much (a vault of 500,000 attendees took seconds to index).
 */
const MANY_ARGUMENTS = testsImporting("many-arguments").filter((path) => !GROWTH.includes(path));
const APART = [...GROWTH, ...MANY_ARGUMENTS];
/** Pure code's tests (the core, the catalogs, the graph's layout): no module state to leak, so one module graph per worker instead of one per file. */
const UNIT = ["tests/core/**/*.test.ts", "tests/i18n/**/*.test.ts", "tests/graph-view/**/*.test.ts"];
/**
 * The plugin against the in-memory Obsidian: each file starts its own plugin on its own fake app and DOM, so one
 * module graph per worker (importing the plugin again for every file took four times as long as the tests).
 * A file that replaces a module (vi.mock) gets a module graph of its own.
 */
const PLUGIN = ["tests/obsidian/**/*.test.ts"];
const PLUGIN_MOCKING = ["tests/obsidian/bases-popout.test.ts"];
/**
 * The CLI's tests: they run the command line in-process or start the built command, each on vaults of its own, so
 * one module graph per worker too. A file that replaces a module or spies on one gets a module graph of its own.
 */
const CLI = ["tests/cli/**/*.test.ts"];
// not-a-file reads a file of gigabytes through the reader's size check: another file's module state left in a shared
// graph turned its EFBIG into EINVAL in CI, so it keeps a graph of its own too.
const CLI_MOCKING = ["tests/cli/settings-read-once.test.ts", "tests/cli/answer-cache-trust.test.ts", "tests/cli/not-a-file.test.ts"];
/**
 * The built UI in chromium, the built main.js itself (no Node built-ins, so it runs on a phone), and the files that
 * mock a module: each file in a module graph of its own.
 */
const APP = ["tests/browser/**/*.test.ts", "tests/bundle.test.ts", ...PLUGIN_MOCKING, ...CLI_MOCKING];

export default defineConfig({
	resolve: {
		alias: {
			// Integration tests load the real plugin class against an in-memory Obsidian.
			obsidian: fileURLToPath(new URL("./tests/fakes/obsidian.ts", import.meta.url)),
		},
	},
	test: {
		// One seed per commit for the property tests (tests/setup/property-seed.ts), asked of git once per run.
		setupFiles: ["tests/setup/property-seed.ts"],
		// One temporary folder per run, removed at its end (tests/setup/temp-root.ts).
		// The moment the run started, taken once (tests/setup/run-started.ts): the plugin's tests see its day throughout.
		globalSetup: ["tests/setup/temp-root.ts", "tests/setup/commit-seed.ts", "tests/setup/run-started.ts"],
		environment: "node",
		pool: "threads",
		// One worker per core (vitest's default leaves one core out: a single worker on a 2-core machine, while the
		// CLI processes and chromium the tests start wait on I/O as much as they compute).
		// RAPPORT_TEST_WORKERS sets another number: scripts/test-timezones.mjs runs two zones side by side with one each
		// (vitest's --maxWorkers does not reach the projects, which take the root config's).
		maxWorkers: Number(process.env.RAPPORT_TEST_WORKERS) || availableParallelism(),
		// A test that spawns the CLI on a vault of thousands of notes takes 5-7 s on an idle 2-core machine and three
		// times that on a loaded one (the whole suite's two workers, or another job beside it): a minute before a test
		// counts as hung, so a slow machine does not fail the suite. Speed is measured by `npm run bench`, not here.
		testTimeout: 60_000,
		// obsidian-daily-notes-interface requires "obsidian": run it through the alias too.
		server: { deps: { inline: ["obsidian-daily-notes-interface"] } },
		projects: [
			{ extends: true, test: { name: "growth", include: GROWTH, pool: "forks" } },
			{ extends: true, test: { name: "many-arguments", include: MANY_ARGUMENTS, pool: "forks" } },
			{ extends: true, test: { name: "unit", include: UNIT, exclude: APART, isolate: false } },
			// The plugin's tests write their notes for the day they load on: one day for the whole run (tests/run-day.ts).
			{ extends: true, test: { name: "plugin", include: PLUGIN, exclude: [...APART, ...PLUGIN_MOCKING], isolate: false, setupFiles: ["tests/setup/run-day.ts"] } },
			{ extends: true, test: { name: "cli", include: CLI, exclude: [...APART, ...CLI_MOCKING], isolate: false } },
			{ extends: true, test: { name: "app", include: APP, exclude: APART } },
		],
	},
});
