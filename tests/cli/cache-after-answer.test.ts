import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answer } from "../../src/cli/answered-run";
import { parseArgs, type CliArgs } from "../../src/cli/args";
import { parseCacheFile, testVault, type TestVault } from "./answer-runs";

/** The notes' cache is written once the answer is out: the user does not wait for it. */

function peopleArgs(v: TestVault): CliArgs {
	const args = parseArgs(["people", "--json", "--date", "2026-11-27", "--vault", v.root, "--cache-dir", v.cache]);
	if (args === "help") throw new Error("not a command line");
	return args;
}

/** Runs `people` with its after-output work held back; gives the answer and that work. */
async function heldBack(v: TestVault): Promise<{ stdout: string; stored: boolean; later: (() => void)[] }> {
	const later: (() => void)[] = [];
	const a = await answer(peopleArgs(v), undefined, { afterOutput: (job) => later.push(job) });
	return { stdout: a.stdout.toString("utf8"), stored: a.stored, later };
}

describe("the answer comes before the notes' cache is written", () => {
	it("a first run has its answer while the cache is still unwritten, and writes it after", async () => {
		const v = testVault();
		const first = await heldBack(v);
		expect(first.stdout).toContain("Anna Rossi");
		expect(existsSync(parseCacheFile(v))).toBe(false);
		for (const job of first.later) job();
		expect(existsSync(parseCacheFile(v))).toBe(true);
	});

	it("the cache written after the answer serves the next run the same answer", async () => {
		const v = testVault();
		const first = await heldBack(v);
		for (const job of first.later) job();
		const second = await heldBack(v);
		expect(second.stdout).toBe(first.stdout);
	});
});
