import { unlinkSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { answerFiles, run, runAsync, runTracked, testVault, type TestVault, writeOld } from "./answer-runs";

/**
 * Notes edited (to an old modification time, as a sync app or `cp -p` leaves them), added and deleted while a first run
 * (no stored answer: it keys its answer with the stamps its notes were read with, e69ab4d) reads the vault, a large note
 * among them read apart: whenever each change falls, the next run prints what a run without any cache prints.
 */

const ARGS = ["people", "--json", "--date", "2026-11-27"];
const COUNT = 2500;

function bigVault(): TestVault {
	const files: Record<string, string> = { ".obsidian/app.json": "{}\n" };
	for (let i = 0; i < COUNT; i++) files[`People/Person ${i}.md`] = `---\ntype: person\ncircle: work\n---\n# Person ${i}\n`;
	// Over what the fetching thread sends (16 MB): read on the main thread.
	files["People/Zed Large.md"] = "---\ntype: person\ncircle: work\n---\n" + "x".repeat(17 * 1024 * 1024) + "\n";
	return testVault(files);
}



describe("a first run while the vault changes", () => {
	it("never leaves an answer the next run prints for a vault that changed since it was read", async () => {
		const v = bigVault();
		for (let round = 0; round < 3; round++) {
			const first = runAsync(v, ARGS);
			let done = false;
			void first.then(() => (done = true));
			for (let k = 0; !done && k < 60; k++) {
				await sleep(25);
				const i = (k * 97 + round * 13) % COUNT;
				// Same size, another circle, an hour-old stamp: only the change time says it changed.
				writeOld(v.root, `People/Person ${i}.md`, `---\ntype: person\ncircle: ${round % 2 === 0 ? "home" : "club"}\n---\n# Person ${i}\n`);
				if (k % 5 === 0) writeOld(v.root, `People/Added ${round} ${k}.md`, "---\ntype: person\ncircle: work\n---\n# Added\n");
				if (k % 7 === 3) unlinkSync(join(v.root, `People/Person ${(i + 1) % COUNT}.md`));
			}
			await first;
			const next = runTracked(v, ARGS);
			const uncached = run(v, [...ARGS, "--no-cache"]);
			expect([next.stdout, next.stderr, next.status]).toEqual([uncached.stdout, uncached.stderr, uncached.status]);
			// Quiet now: the next run answers from the store, as it printed.
			const quiet = runTracked(v, ARGS);
			expect(quiet.stdout).toEqual(uncached.stdout);
			expect(answerFiles(v).length).toBeGreaterThan(0);
			// A new cache folder for the next round: another first run.
			v.cache = `${v.cache}-${round}`;
			v.dir = v.dir.replace(/rapport-answer-cache-[^/]+/, (m) => `${m}-${round}`);
		}
	}, 120_000);
});
