import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
	resolve: {
		alias: {
			// Integration tests load the real plugin class against an in-memory Obsidian.
			obsidian: fileURLToPath(new URL("./tests/fakes/obsidian.ts", import.meta.url)),
		},
	},
	test: {
		include: ["tests/**/*.test.ts"],
		// One seed per commit for the property tests (tests/setup/property-seed.ts).
		setupFiles: ["tests/setup/property-seed.ts"],
		// One temporary folder per run, removed at its end (tests/setup/temp-root.ts).
		globalSetup: ["tests/setup/temp-root.ts"],
		environment: "node",
		pool: "threads",
		// A test that spawns the CLI on a vault of thousands of notes takes 5-7 s on an idle 2-core machine and three
		// times that on a loaded one (the whole suite's two workers, or another job beside it): a minute before a test
		// counts as hung, so a slow machine does not fail the suite. Speed is measured by `npm run bench`, not here.
		testTimeout: 60_000,
		// obsidian-daily-notes-interface requires "obsidian": run it through the alias too.
		server: { deps: { inline: ["obsidian-daily-notes-interface"] } },
	},
});
