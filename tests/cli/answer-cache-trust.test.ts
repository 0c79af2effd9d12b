import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, chownSync, closeSync, copyFileSync, existsSync, linkSync, openSync, readFileSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { answer } from "../../src/cli/answered-run";
import { answerFiles, HOUR_AGO, run, runHere, runTracked, runTrackedHere, testVault, type TestVault } from "./answer-runs";
import { CLI } from "./run-cli";

/** What makes a stored answer untrusted or a run unfit to store, and the commands never answered from the store. */

const PEOPLE = ["people", "--json", "--date", "2026-11-27"];

/**
 * The answer files' cases run in this process (answer-runs.ts, `runHere`): which file is trusted is decided by
 * the code the built command runs; the built command's runs below check what only processes show (a second run,
 * a full disk, runs of commands that write).
 */
const here = { run: runHere, runTracked: runTrackedHere };
const built = { run: (v: TestVault, args: string[]) => Promise.resolve(run(v, args)), runTracked: (v: TestVault, args: string[]) => Promise.resolve(runTracked(v, args)) };
type Runs = typeof here;

/** The one answer file of the vault, after a run of PEOPLE stored it. */
async function storedFile(v: TestVault, runs: Runs): Promise<string> {
	await runs.run(v, PEOPLE);
	const files = answerFiles(v);
	expect(files).toHaveLength(1);
	return join(v.dir, files[0] ?? "");
}

/** An answer file as Rapport writes one (digest line, header, stdout, stderr), saying `stdout`. */
function craft(file: string, stdout: string, header: Record<string, unknown> = {}): void {
	const key = /answer-([0-9a-f]{64})\.bin$/.exec(file)?.[1];
	const out = Buffer.from(stdout);
	const body = Buffer.concat([Buffer.from(JSON.stringify({ format: "rapport-answer-1", key, exitCode: 0, stdout: out.length, stderr: 0, ...header }) + "\n"), out]);
	writeFileSync(file, Buffer.concat([Buffer.from(createHash("sha256").update(body).digest("hex") + "\n"), body]), { mode: 0o600 });
	chmodSync(file, 0o600);
}

/**
 * What PEOPLE prints without a cache on a vault of FILES as testVault writes it (same notes, same stamps; the answer
 * names no vault folder): run once, for every test below whose vault's notes are left as written.
 */
let untouched: string | undefined;
const uncachedAnswer = (): string => (untouched ??= run(testVault(), [...PEOPLE, "--no-cache"]).stdout);

/** The run (in this process) prints what the built command prints without cache, read anew; and writes a good answer again for the next run (`v`'s notes as testVault wrote them). */
async function ignoredAndRewritten(v: TestVault): Promise<void> {
	const expected = uncachedAnswer();
	const r = await runTrackedHere(v, PEOPLE);
	expect([r.stdout, r.parsed]).toEqual([expected, true]);
	const next = await runTrackedHere(v, PEOPLE);
	expect([next.stdout, next.parsed]).toEqual([expected, false]);
}

describe("an answer file that cannot be trusted is ignored and written again", () => {
	it("a planted answer of the user's own, whole, for this key, is printed (what makes the cases below dangerous)", async () => {
		for (const runs of [built, here]) {
			const v = testVault();
			craft(await storedFile(v, runs), "PLANTED\n");
			expect((await runs.run(v, PEOPLE)).stdout).toBe("PLANTED\n");
		}
	});

	it.each([
		["corrupt (a byte changed)", (file: string) => writeFileSync(file, Buffer.from(readFileSync(file).toString("latin1").replace('"name"', '"nome"'), "latin1"))],
		["cut short", (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2))],
		["empty", (file: string) => writeFileSync(file, "")],
		["of another key (another command line's, renamed)", (file: string) => craft(file, "PLANTED\n", { key: "0".repeat(64) })],
		["of another version of the format", (file: string) => craft(file, "PLANTED\n", { format: "rapport-answer-0" })],
		["lengths that do not add up", (file: string) => craft(file, "PLANTED\n", { stdout: 3 })],
		["writable by everyone (0666)", (file: string) => (craft(file, "PLANTED\n"), chmodSync(file, 0o666))],
		["writable by the group (0620)", (file: string) => (craft(file, "PLANTED\n"), chmodSync(file, 0o620))],
		["a folder", (file: string) => (rmSync(file), execFileSync("mkdir", [file]), undefined)],
	])("%s", async (_name, spoil) => {
		const v = testVault();
		const file = await storedFile(v, here);
		spoil(file);
		if (_name === "a folder") {
			expect((await runHere(v, PEOPLE)).stdout).toBe(uncachedAnswer());
			return;
		}
		await ignoredAndRewritten(v);
	});

	it.runIf(process.getuid?.() === 0)("another user's", async () => {
		const v = testVault();
		const file = await storedFile(v, here);
		craft(file, "PLANTED\n");
		chownSync(file, 65534, 65534);
		await ignoredAndRewritten(v);
	});

	it.each([
		// Crafted for this key (crafted under another name, its key would be refused whatever the link).
		["a link to an answer elsewhere", symlinkSync],
		// Crafted for this key, as the first test shows it would be printed.
		["a second name (hard link) of a file of the user's elsewhere, whose bytes someone else chose", linkSync],
	])("%s", async (_case, link) => {
		const v = testVault();
		const file = await storedFile(v, here);
		craft(file, "PLANTED\n");
		const elsewhere = join(v.cache, "elsewhere.bin");
		copyFileSync(file, elsewhere);
		rmSync(file);
		link(elsewhere, file);
		await ignoredAndRewritten(v);
	});
});

describe("a run that is not stored, nor answered from the store", () => {
	it("a note that cannot be read: every run reads the vault again", () => {
		const v = testVault();
		const fifo = join(v.cache, "pipe");
		execFileSync("mkfifo", [fifo]);
		symlinkSync(fifo, join(v.root, "People/Pipe.md"));
		const first = runTracked(v, ["doctor", "--date", "2026-11-27"]);
		expect(first.stdout).toContain("People/Pipe.md");
		expect(runTracked(v, ["doctor", "--date", "2026-11-27"]).parsed).toBe(true);
		expect(answerFiles(v)).toEqual([]);
	});

	it("a link named as a note whose file is gone: every run reads the vault again", () => {
		const v = testVault();
		symlinkSync(join(v.root, "nowhere.txt"), join(v.root, "People/Gone.md"));
		expect(runTracked(v, ["doctor", "--date", "2026-11-27"]).stdout).toContain("People/Gone.md");
		expect(runTracked(v, ["doctor", "--date", "2026-11-27"]).parsed).toBe(true);
		expect(answerFiles(v)).toEqual([]);
	});

	it.runIf(existsSync("/dev/full"))("an answer that could not be printed whole (stdout on a full disk)", () => {
		const v = testVault();
		const full = openSync("/dev/full", "w");
		try {
			const r = spawnSync(process.execPath, [CLI, ...PEOPLE, "--vault", v.root, "--cache-dir", v.cache], { stdio: ["ignore", full, "pipe"], encoding: "utf8", timeout: 30_000, env: { ...process.env, LANG: "en_US.UTF-8" } });
			expect([r.stderr, r.status]).toEqual(["rapport: could not write the answer to stdout (ENOSPC: no space left on device, write); it was not printed whole\n", 2]);
		} finally {
			closeSync(full);
		}
		expect(answerFiles(v)).toEqual([]);
		expect(runTracked(v, PEOPLE).parsed).toBe(true);
	});

	it.runIf(process.getuid?.() !== 0)("a note its user may not read, then fixed with chmod", () => {
		const v = testVault();
		const file = join(v.root, "People/Anna Rossi.md");
		chmodSync(file, 0o000);
		expect(run(v, PEOPLE).stdout).not.toContain("Anna Rossi");
		expect(answerFiles(v)).toEqual([]);
		chmodSync(file, 0o644);
		expect(runTracked(v, PEOPLE).stdout).toContain("Anna Rossi");
	});

	it("a file changed a moment ago, until it is older", async () => {
		// In this process: which stamps are too new to trust is decided by the code the built command runs.
		const v = testVault();
		// "A moment ago" as every run below sees it, however slowly a loaded machine starts each one: written now, and
		// stamped a minute ahead (a file changed within two seconds of a run's start is not trusted; nor is one stamped
		// after it, by a clock ahead of this one).
		const aMomentAgo = (path: string): void => utimesSync(path, Date.now() / 1000 + 60, Date.now() / 1000 + 60);
		writeFileSync(join(v.root, "People/Sara Conti.md"), "---\ntype: person\n---\n");
		aMomentAgo(join(v.root, "People/Sara Conti.md"));
		expect((await runTrackedHere(v, PEOPLE)).stdout).toContain("Sara Conti");
		expect(answerFiles(v)).toEqual([]);
		expect((await runTrackedHere(v, PEOPLE)).parsed).toBe(true);
		utimesSync(join(v.root, "People/Sara Conti.md"), HOUR_AGO, HOUR_AGO);
		await runHere(v, PEOPLE);
		expect((await runTrackedHere(v, PEOPLE)).parsed).toBe(false);
		// A config file too.
		writeFileSync(join(v.root, ".obsidian/daily-notes.json"), '{"format": "YYYY-MM-DD"}');
		aMomentAgo(join(v.root, ".obsidian/daily-notes.json"));
		expect((await runTrackedHere(v, PEOPLE)).parsed).toBe(true);
		expect((await runTrackedHere(v, PEOPLE)).parsed).toBe(true);
		expect(answerFiles(v)).toHaveLength(1);
	});

	it("--no-cache: nothing stored", async () => {
		const v = testVault();
		await runHere(v, [...PEOPLE, "--no-cache"]);
		await runHere(v, [...PEOPLE, "--no-cache"]);
		expect(execFileSync("find", [v.cache, "-name", "answer-*"], { encoding: "utf8" })).toBe("");
	});

	it("commands that write, or read more than the notes listed, run each time", () => {
		const v = testVault();
		const page = join(v.cache, "graph.html");
		for (let i = 0; i < 2; i++) {
			rmSync(page, { force: true });
			expect(run(v, ["graph", "--html", page, "--date", "2026-11-27"]).status).toBe(0);
			expect(existsSync(page)).toBe(true);
		}
		for (let i = 0; i < 2; i++) {
			rmSync(join(v.root, "2026-11-27.md"), { force: true });
			run(v, ["daily", "--write", "--date", "2026-11-27"]);
			expect(existsSync(join(v.root, "2026-11-27.md"))).toBe(true);
			utimesSync(join(v.root, "2026-11-27.md"), HOUR_AGO, HOUR_AGO);
		}
		for (const args of [["daily", "--date", "2026-11-28"], ["inspect", "People/Anna Rossi.md"], ["export", "vcard"]]) {
			expect(runTracked(v, args).parsed).toBe(true);
			expect(runTracked(v, args).parsed).toBe(true);
		}
		expect(answerFiles(v)).toEqual([]);
	});
});

describe("what the key holds besides the files (in process)", () => {
	afterEach(() => vi.useRealTimers());

	const args = (v: TestVault, command = "people") => {
		const parsed = parseArgs([command, "--json", "--vault", v.root, "--cache-dir", v.cache], {});
		if (parsed === "help") throw new Error("help");
		return parsed;
	};

	it("a Rapport upgrade", async () => {
		const v = testVault();
		const env = { TZ: "Europe/Rome", LANG: "en_US.UTF-8" };
		const first = await answer(args(v), undefined, { env, rapportVersion: "0.1.0" });
		first.keep?.();
		expect((await answer(args(v), undefined, { env, rapportVersion: "0.1.0" })).stored).toBe(true);
		const upgraded = await answer(args(v), undefined, { env, rapportVersion: "0.2.0" });
		expect([upgraded.stored, upgraded.keep !== null]).toEqual([false, true]);
	});

	it("the next day by the clock", async () => {
		const v = testVault();
		const env = { TZ: process.env.TZ ?? "", LANG: "en_US.UTF-8" };
		// Days after the notes were written: old enough to trust.
		const day = new Date(Date.now() + 86_400_000);
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(new Date(day.getFullYear(), day.getMonth(), day.getDate(), 12, 0));
		const first = await answer(args(v, "agenda"), undefined, { env });
		first.keep?.();
		expect((await answer(args(v, "agenda"), undefined, { env })).stored).toBe(true);
		vi.setSystemTime(new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1, 0, 1));
		const next = await answer(args(v, "agenda"), undefined, { env });
		expect(next.stored).toBe(false);
		expect(JSON.parse(next.stdout.toString())).not.toEqual(JSON.parse(first.stdout.toString()));
	});
});
