import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

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

/** Runs the built `rapport` command, as a user would. */
export function rapport(...args: string[]): CliRun {
	if (!existsSync(CLI)) throw new Error("dist/rapport.cjs is missing: run `npm run build` first");
	const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8", XDG_CACHE_HOME: TEST_CACHE_HOME } });
	return { stdout: r.stdout, stderr: r.stderr, status: r.status };
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
