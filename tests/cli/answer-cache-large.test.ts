import { spawnSync } from "node:child_process";
import { statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PARALLEL_FROM } from "../../src/cli/parallel-read";
import { answerFiles, parseCacheFile, testVault, type TestVault } from "./answer-runs";
import { CLI, cliBesideStampScript, type CliRun } from "./run-cli";

/** A vault large enough to be stamped on threads: the stored answer is found, and missed, as on a small one. */

function largeVault(): TestVault {
	const files: Record<string, string> = {};
	for (let i = 0; i < PARALLEL_FROM / 2 + 50; i++) {
		files[`People/Person ${i}.md`] = `---\ntype: person\ncadence: ${1 + (i % 5)}w\n---\n`;
		files[`Meetings/2026-10-${String(1 + (i % 28)).padStart(2, "0")} M${i}.md`] = `---\ntype: meeting\nattendees: ["[[Person ${i}]]"]\n---\n`;
	}
	return testVault(files);
}

function people(v: TestVault, cli = CLI, threads = "3"): CliRun & { parsed: boolean } {
	try {
		writeFileSync(parseCacheFile(v), "");
	} catch {
		// No cache folder yet.
	}
	const before = statSync(parseCacheFile(v), { throwIfNoEntry: false })?.size ?? -1;
	const r = spawnSync(process.execPath, [cli, "people", "--json", "--date", "2026-11-27", "--vault", v.root, "--cache-dir", v.cache], { encoding: "utf8", maxBuffer: 1 << 28, timeout: 60_000, env: { ...process.env, LANG: "en_US.UTF-8", RAPPORT_THREADS: threads } });
	// A run that read the notes wrote the emptied parse cache again.
	const after = statSync(parseCacheFile(v), { throwIfNoEntry: false })?.size ?? -1;
	return { stdout: r.stdout, stderr: r.stderr, status: r.status, parsed: after !== before };
}


describe("the answer of a large vault, stamped on threads", () => {
	// Three threads: stamped on threads; two: on the main thread alone.
	it.each(["3", "2"])("is printed again unchanged without reading a note, and an edit that keeps size and mtime gives the new one (%s threads)", (threads) => {
		const v = largeVault();
		const first = people(v, CLI, threads);
		expect([first.status, first.parsed]).toEqual([0, true]);
		const second = people(v, CLI, threads);
		expect([second.stdout, second.stderr, second.status, second.parsed]).toEqual([first.stdout, first.stderr, 0, false]);
		const file = join(v.root, "People/Person 7.md");
		const { atime, mtime } = statSync(file);
		writeFileSync(file, "---\ntype: person\ncadence: 9w\n---\n");
		utimesSync(file, atime, mtime);
		const edited = people(v, CLI, threads);
		expect(edited.parsed).toBe(true);
		expect(edited.stdout).toContain('"cadenceDays": 63');
		expect(people(v, CLI, threads)).toMatchObject({ stdout: edited.stdout, parsed: false });
	});

	it.each([
		["throws at once", 'throw new Error("boom");'],
		["sends something else and goes on running", 'require("node:worker_threads").parentPort.postMessage({ paths: "x" }); setInterval(() => {}, 1000);'],
	])("is neither printed nor stored when a stamping thread %s: the run reads the vault and says so", (_name, script) => {
		const v = largeVault();
		const good = people(v);
		const broken = cliBesideStampScript(script);
		const files = answerFiles(v);
		expect(files).toHaveLength(1);
		const r = people(v, broken);
		expect([r.stdout, r.parsed, r.status]).toEqual([good.stdout, true, 0]);
		expect(r.stderr).not.toBe("");
		expect(answerFiles(v)).toEqual(files);
	});
});
