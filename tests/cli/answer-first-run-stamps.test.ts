import { execFileSync } from "node:child_process";
import { renameSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerFiles, run, runTracked, testVault, type TestVault, writeOld } from "./answer-runs";

/**
 * A run that finds no stored answer (none yet, or the answers removed while the parse cache stays) keys the answer it
 * stores with the stamps its notes were read with or found unchanged in the parse cache by (e69ab4d). Whatever changed
 * since, the next run prints what a run without any cache prints.
 */

const ARGS = ["people", "--json", "--date", "2026-11-27"];

const uncached = (v: TestVault): [string, string, number | null] => {
	const r = run(v, [...ARGS, "--no-cache"]);
	return [r.stdout, r.stderr, r.status];
};
const answerOf = (r: { stdout: string; stderr: string; status: number | null }): [string, string, number | null] => [r.stdout, r.stderr, r.status];
const dropAnswers = (v: TestVault): void => {
	for (const name of answerFiles(v)) rmSync(join(v.dir, name));
};

describe("the answer a run with no stored answer keys by what it read", () => {
	it("is stored from notes found unchanged in the parse cache, and not printed once a note changes, keeping its size", () => {
		const v = testVault();
		run(v, ARGS);
		dropAnswers(v);
		// The parse cache stays: this run finds every note but one unchanged there.
		writeOld(v.root, "People/Marco Bianchi.md", "---\ncircle: home\n---\n# Marco\n");
		const second = run(v, ARGS);
		expect(answerOf(second)).toEqual(uncached(v));
		expect(answerFiles(v)).toHaveLength(1);
		const third = runTracked(v, ARGS);
		expect(third.parsed).toBe(false);
		expect(answerOf(third)).toEqual(answerOf(second));
		writeOld(v.root, "People/Marco Bianchi.md", "---\ncircle: work\n---\n# Marco\n");
		const fourth = runTracked(v, ARGS);
		expect(fourth.parsed).toBe(true);
		expect(answerOf(fourth)).toEqual(uncached(v));
	});

	it.each([
		["added", (v: TestVault) => writeOld(v.root, "People/Luca Verdi.md", "---\ntype: person\ncircle: work\n---\n# Luca\n")],
		["deleted", (v: TestVault) => unlinkSync(join(v.root, "People/Marco Bianchi.md"))],
		["renamed", (v: TestVault) => renameSync(join(v.root, "People/Marco Bianchi.md"), join(v.root, "People/Marco B.md"))],
	])("is not printed once a note is %s after a first run from the parse cache alone", (_name, change) => {
		const v = testVault();
		run(v, ARGS);
		dropAnswers(v);
		const second = run(v, ARGS);
		expect(answerFiles(v)).toHaveLength(1);
		change(v);
		const third = runTracked(v, ARGS);
		expect(third.parsed).toBe(true);
		expect(answerOf(third)).toEqual(uncached(v));
		expect(third.stdout).not.toEqual(second.stdout);
	});

	it("stores nothing after --no-cache, and the next run stores what a run without any cache prints", () => {
		const v = testVault();
		run(v, [...ARGS, "--no-cache"]);
		expect(answerFiles(v)).toHaveLength(0);
		const first = runTracked(v, ARGS);
		expect(first.parsed).toBe(true);
		expect(answerOf(first)).toEqual(uncached(v));
		const second = runTracked(v, ARGS);
		expect(second.parsed).toBe(false);
		expect(answerOf(second)).toEqual(answerOf(first));
	});

	it("is not printed once the settings change after a first run", () => {
		const v = testVault();
		run(v, ARGS);
		writeOld(v.root, ".obsidian/plugins/rapport/data.json", JSON.stringify({ peopleFolder: "Nobody" }) + "\n");
		const again = runTracked(v, ARGS);
		expect(again.parsed).toBe(true);
		expect(answerOf(again)).toEqual(uncached(v));
	});

	it.each([
		["a link to nowhere", (v: TestVault) => symlinkSync(join(v.root, "Gone/Nobody.md"), join(v.root, "People/Luca Verdi.md"))],
		["a pipe", (v: TestVault) => execFileSync("mkfifo", [join(v.root, "People/Luca Verdi.md")])],
	])("stores nothing while a note cannot be read (%s), and the note once readable is seen", (_name, make) => {
		const v = testVault();
		make(v);
		const first = run(v, ARGS);
		expect(answerOf(first)).toEqual(uncached(v));
		expect(answerFiles(v)).toHaveLength(0);
		rmSync(join(v.root, "People/Luca Verdi.md"));
		writeOld(v.root, "People/Luca Verdi.md", "---\ntype: person\ncircle: work\n---\n# Luca\n");
		const next = runTracked(v, ARGS);
		expect(next.parsed).toBe(true);
		expect(answerOf(next)).toEqual(uncached(v));
		expect(next.stdout).toContain("Luca Verdi");
	});
});
