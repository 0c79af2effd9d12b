import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { vaultCacheDir } from "../../src/cli/parse-cache";
import { CLI, type CliRun, runInProcess } from "./run-cli";

/** Helpers of the answer cache's tests: a small vault whose files are old enough to be trusted, and runs of the built CLI on it. */

// One clock of old stamps for every test file: each note written gets a stamp of its own (run-cli.ts).
export { HOUR_AGO, writeOld } from "./run-cli";
import { HOUR_AGO } from "./run-cli";

export const FILES: Record<string, string> = {
	"People/Anna Rossi.md": "---\ntype: person\ncadence: 2w\ncircle: work\n---\n# Anna\n",
	"People/Marco Bianchi.md": "---\ncircle: work\n---\n# Marco\n",
	"Meetings/2026-11-02 Coffee.md": '---\ntype: meeting\ndate: 2026-11-02\nattendees: ["[[Anna Rossi]]", "[[Marco Bianchi]]"]\n---\n- [ ] Send Anna the deck 📅 2026-11-09\n',
	"Journal/2026-11-20.md": "# Day\n\nMet [[Marco Bianchi]] for lunch.\n",
	".obsidian/app.json": "{}\n",
};

export interface TestVault {
	root: string;
	cache: string;
	/** The vault's cache folder (parse cache and answers). */
	dir: string;
}

export function testVault(files: Record<string, string> = FILES): TestVault {
	const root = mkdtempSync(join(tmpdir(), "rapport-answer-vault-"));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
		utimesSync(join(root, path), HOUR_AGO - 600, HOUR_AGO - 600);
	}
	const cache = mkdtempSync(join(tmpdir(), "rapport-answer-cache-"));
	return { root, cache, dir: vaultCacheDir(cache, root) };
}

const BASE_ENV = { LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "", TZ: "Europe/Rome" };

/** The command line of `run`: `ARGS --vault ROOT --cache-dir CACHE` (no `--cache-dir` with `--no-cache`). */
const commandLine = (v: TestVault, args: string[]): string[] => [...args, "--vault", v.root, ...(args.includes("--no-cache") ? [] : ["--cache-dir", v.cache])];
const runEnv = (v: TestVault, env: Record<string, string>) => ({ ...process.env, ...BASE_ENV, XDG_CACHE_HOME: join(v.cache, "xdg"), ...env });

/** `rapport ARGS --vault ROOT --cache-dir CACHE` (no `--cache-dir` with `--no-cache`). */
export function run(v: TestVault, args: string[], env: Record<string, string> = {}): CliRun {
	const r = spawnSync(process.execPath, [CLI, ...commandLine(v, args)], { encoding: "utf8", timeout: 60_000, env: runEnv(v, env) });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/**
 * The same run in this process (run-cli.ts, `runInProcess`), for what a stored answer's key holds. Its days are
 * the test's own TZ (only the key sees `env`'s TZ): give it a --date. The key holds the code that runs, so an
 * answer stored by one of these is found by these, not by the built command, and the other way round.
 */
export function runHere(v: TestVault, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
	return runInProcess(commandLine(v, args), runEnv(v, env));
}

/** The same run, started without waiting for it. */
export function runAsync(v: TestVault, args: string[]): Promise<CliRun> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CLI, ...args, "--vault", v.root, "--cache-dir", v.cache], { env: { ...process.env, ...BASE_ENV } });
		let stdout = "";
		let stderr = "";
		child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
		child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
		child.on("close", (status) => resolve({ status, stdout, stderr }));
	});
}

/** The answer files of the vault's cache folder. */
export function answerFiles(v: TestVault): string[] {
	return existsSync(v.dir) ? readdirSync(v.dir).filter((name) => name.startsWith("answer-")) : [];
}

/** The parse cache's file: a run that reads the vault writes it again when it is gone. */
export const parseCacheFile = (v: TestVault): string => join(v.dir, "notes.json");

/**
 * Runs `args` with the parse cache removed first: whether the run read the notes (it writes the parse
 * cache again) or printed a stored answer (it does not).
 */
export function runTracked(v: TestVault, args: string[], env: Record<string, string> = {}): CliRun & { parsed: boolean } {
	rmSync(parseCacheFile(v), { force: true });
	const r = run(v, args, env);
	return { ...r, parsed: existsSync(parseCacheFile(v)) };
}

/** `runTracked` in this process (`runHere`). */
export async function runTrackedHere(v: TestVault, args: string[], env: Record<string, string> = {}): Promise<CliRun & { parsed: boolean }> {
	rmSync(parseCacheFile(v), { force: true });
	const r = await runHere(v, args, env);
	return { ...r, parsed: existsSync(parseCacheFile(v)) };
}
