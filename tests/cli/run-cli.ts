import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";

export const CLI = join(__dirname, "..", "..", "dist", "rapport.cjs");
/** The bundle the command runs (`CLI` is its launcher, which keeps its code compiled between runs). */
export const CLI_BUNDLE = join(__dirname, "..", "..", "dist", "rapport-main.cjs");
/** The CLI's stamping threads' own script, built next to it. */
export const STAMP_WORKER = join(__dirname, "..", "..", "dist", "rapport-stamp.cjs");

/** The CLI's parse cache goes to a throwaway folder in tests, never to the user's cache folder. */
const TEST_CACHE_HOME = mkdtempSync(join(tmpdir(), "rapport-cache-"));

export interface CliRun {
	stdout: string;
	stderr: string;
	status: number | null;
}

/** The environment `rapport` runs the command in. */
const rapportEnv = (): Record<string, string | undefined> => ({ ...process.env, LANG: "en_US.UTF-8", XDG_CACHE_HOME: TEST_CACHE_HOME });

/** Runs the built `rapport` command, as a user would. */
export function rapport(...args: string[]): CliRun {
	if (!existsSync(CLI)) throw new Error("dist/rapport.cjs is missing: run `npm run build` first");
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: rapportEnv() });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** A stream that keeps what is written to it. */
function kept(): { stream: Writable; text: () => string } {
	const chunks: Buffer[] = [];
	const stream = new Writable({ write: (chunk: Buffer | string, _encoding, done) => (chunks.push(Buffer.from(chunk)), done()) });
	return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/**
 * `rapport ARGS` in `env`, run in this process by the code the built command runs (src/cli/command-line.ts;
 * its reading threads start from the built bundle, as the command's do): for what the answer is, not for what
 * only a process of its own shows (its exit status as a shell sees it, signals, pipes, its folder, stdin, the
 * files built beside it).
 */
export async function runInProcess(args: string[], env: Record<string, string | undefined>): Promise<CliRun> {
	// Imported here, not at the top: the files that only spawn the built command do not load the CLI's sources.
	const { runCommandLine } = await import("../../src/cli/command-line");
	const [stdout, stderr] = [kept(), kept()];
	const waiting: (() => void)[] = [];
	const status = await runCommandLine(args, { stdout: stdout.stream, stderr: stderr.stream, env, workerFile: CLI_BUNDLE, setExitCode: () => undefined, afterOutput: (job) => waiting.push(job) });
	for (const job of waiting) job();
	return { stdout: stdout.text(), stderr: stderr.text(), status };
}

/** The same command line as `rapport`, in the same environment, run in this process (`runInProcess`). */
export function rapportInProcess(...args: string[]): Promise<CliRun> {
	return runInProcess(args, rapportEnv());
}

export function json<T = unknown>(run: CliRun): T {
	if (run.status !== 0 && run.status !== 1) throw new Error(`rapport failed (${run.status}): ${run.stderr}`);
	return JSON.parse(run.stdout) as T;
}

/** Writes a throwaway vault; values are written byte for byte (CRLF and BOM included). */
export function makeVault(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), "rapport-vault-"));
	for (const [path, text] of Object.entries(files)) {
		const file = join(root, path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
	}
	return root;
}

/** An hour before the tests started: notes stamped then are old enough for the parse cache to keep. */
export const HOUR_AGO = Date.now() / 1000 - 3600;
let tick = 0;

/** Writes a note with a stamp old enough for the cache to keep it, and a new one each time (a second later than the last). */
export function writeOld(root: string, path: string, text: string): void {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
	tick++;
	utimesSync(join(root, path), HOUR_AGO + tick, HOUR_AGO + tick);
}

/** The built CLI copied beside a stamping script of its own (`script`, its source), which the CLI then uses for its threads. */
export function cliBesideStampScript(script: string): string {
	const dir = mkdtempSync(join(tmpdir(), "rapport-cli-"));
	copyFileSync(CLI, join(dir, "rapport.cjs"));
	copyFileSync(CLI_BUNDLE, join(dir, "rapport-main.cjs"));
	writeFileSync(join(dir, "rapport-stamp.cjs"), script);
	return join(dir, "rapport.cjs");
}
