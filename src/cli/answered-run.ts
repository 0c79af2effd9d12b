import { realpathSync } from "node:fs";
import manifest from "../../manifest.json";
import { today } from "../core/dates/dates";
import { PARSER_VERSION } from "../core/notes/parser-version";
import type { RapportSettings } from "../core/config/settings";
import type { VaultConfig } from "../core/config/vault-config";
import type { CliArgs } from "./args";
import { answerable, answerKey, calendarStamps, codeStamp, configStamps, environmentOf, othersSettled, stampsSettled } from "./answer-key";
import { holdsAnswers, readAnswer, writeAnswer } from "./answer-cache";
import { runCommand } from "./commands";
import { nodeFs } from "./fs-port";
import type { LoadOptions, LoadReport } from "./load-vault";
import { listNotes } from "./note-files";
import { PARALLEL_FROM, type Parallelism, startStamping } from "./parallel-read";
import { cacheKey, defaultCacheRoot, RACY_MS, vaultCacheDir } from "./parse-cache";
import { type Listed, stampChunk } from "./stamp-chunks";
import { jsonForTerminal, forTerminal } from "./terminal-text";
import { assertVault, readSettings, readVaultConfig } from "./vault-files";

/**
 * A command line run with the store of answers (answer-cache.ts): a command that only prints, on a
 * vault unchanged since the same command line last ran (answer-key.ts), prints the stored answer
 * without reading, indexing or reporting; any other run goes as ever (with the parse cache) and, when
 * its answer can be trusted again, gives `keep` to store it once it was printed whole.
 */

export interface Answer {
	/** What to print, as printed (terminal-safe). */
	stdout: Buffer;
	stderr: Buffer;
	exitCode: number;
	/** Whether it is the stored answer of an earlier run. */
	stored: boolean;
	/** Stores the answer for the next run: to call once it was printed whole; null when it must not be stored. */
	keep: (() => void) | null;
}

export interface AnswerOptions {
	env?: Record<string, string | undefined>;
	/** Rapport's version, part of the key (tests simulate an upgrade with it). */
	rapportVersion?: string;
	/** Takes work that can wait until the answer is printed (the notes' cache, see `LoadOptions.afterOutput`). */
	afterOutput?: LoadOptions["afterOutput"];
}

/** What a key is made of besides the notes, looked at before anything is read: a file changed in between makes the next run's key another. */
interface KeyBasis {
	startedAt: number;
	config: ReturnType<typeof configStamps>;
	settings: RapportSettings;
	vaultConfig: VaultConfig;
	day: string;
	calendars: ReturnType<typeof calendarStamps>;
}

function keyBasisNow(root: string): KeyBasis {
	const startedAt = Date.now();
	const config = configStamps(root);
	const settings = readSettings(root);
	return { startedAt, config, settings, vaultConfig: readVaultConfig(root), day: today(), calendars: calendarStamps(root, settings.calendarFiles) };
}

/** The key of `basis` and the notes `listed`; null when the vault is not in a state to answer from (a note that cannot be stamped, a file changed a moment ago, a listing that failed). */
function keyOf(args: CliArgs, root: string, basis: KeyBasis, listed: Listed, options: AnswerOptions): string | null {
	if (listed.problems.length > 0) return null;
	// Files a cut-short write left (leftovers.ts) are no notes, and have no stamp in the key: doctor, which names them, looks afresh.
	if (args.command === "doctor" && listed.leftovers.length > 0) return null;
	const since = basis.startedAt - RACY_MS;
	if (!othersSettled(basis.config, since) || !othersSettled(basis.calendars, since) || !stampsSettled(listed.stamps, since)) return null;
	const rapportVersion = options.rapportVersion ?? manifest.version;
	// The bundle running (in the CLI, __filename is dist/rapport-main.cjs): rebuilt, it may answer otherwise under the same version.
	const code = codeStamp(__filename);
	if (code === null) return null;
	const parseKey = cacheKey({ rapportVersion, parserVersion: PARSER_VERSION, settings: basis.settings, config: basis.vaultConfig });
	let realRoot = root;
	try {
		realRoot = realpathSync(root);
	} catch {
		// Checked to exist: kept as given.
	}
	const { config, calendars, day } = basis;
	return answerKey({ rapportVersion, code, parseKey, args, realRoot, today: day, environment: environmentOf(options.env ?? process.env), config, calendars, paths: listed.paths, stamps: listed.stamps });
}

/** The key as the vault is now, its notes listed and stamped first; null as for `keyOf`. */
async function keyNow(args: CliArgs, root: string, parallelism: Parallelism | undefined, options: AnswerOptions): Promise<Found | null> {
	const basis = keyBasisNow(root);
	const listed = await listAndStamp(root, basis.settings, basis.vaultConfig, parallelism);
	const key = listed === null ? null : keyOf(args, root, basis, listed, options);
	return key === null || listed === null ? null : { key, listed, day: basis.day, read: readOf(basis) };
}

/** What looking for the stored answer found: its key, and what the key was made from, for the run that stores it. */
interface Found {
	key: string;
	listed: Listed;
	day: string;
	/** The settings and vault config the key holds: the run answers from them, not from a second read. */
	read: Read;
}

type Read = NonNullable<LoadOptions["read"]>;

const readOf = (basis: KeyBasis): Read => ({ settings: basis.settings, config: basis.vaultConfig });

/**
 * The vault's notes and their stamps, as the parse cache takes them. A large vault on three threads
 * or more is stamped by this thread and the stamping threads together (the answer waits for nothing
 * else). With two, this thread stamps alone: starting the other thread costs about what it saves
 * (50,000 notes: the same time, a fifth more CPU time). Null when a thread failed.
 */
async function listAndStamp(root: string, settings: RapportSettings, config: VaultConfig, parallelism: Parallelism | undefined): Promise<Listed | null> {
	const { paths, problems, leftovers } = listNotes(root);
	if (parallelism === undefined || parallelism.workers < 2 || paths.length < PARALLEL_FROM) return { paths, problems, stamps: stampChunk(root, paths), leftovers };
	const { stamps, failures } = await startStamping(root, paths, settings, config, parallelism).finish();
	return failures.length > 0 ? null : { paths, problems, stamps, leftovers };
}

/** Runs `args`: from the stored answer when there is one for the vault as it is now, else as ever. */
export async function answer(args: CliArgs, parallelism?: Parallelism, options: AnswerOptions = {}): Promise<Answer> {
	if (!answerable(args)) return run(args, parallelism, options, null);
	const root = assertVault(args.vault);
	const dir = vaultCacheDir(args.cacheDir ?? defaultCacheRoot(options.env ?? process.env), root);
	// No answer stored for this vault (a first run, a new cache folder): none can be found, so the notes are
	// not stamped ahead; the answer is keyed with the stamps they were read with, taken before each read.
	if (!holdsAnswers(dir)) return runThenKey(args, root, dir, parallelism, options);
	const found = await keyNow(args, root, parallelism, options);
	if (found === null) return run(args, parallelism, options, null);
	const stored = readAnswer(dir, found.key);
	if (stored !== undefined) return { ...stored, stored: true, keep: null };
	return run(args, parallelism, options, { dir, ...found });
}

/** Runs the command as ever, then keys its answer with the stamps the notes were read with (see `LoadReport.listed`). */
async function runThenKey(args: CliArgs, root: string, dir: string, parallelism: Parallelism | undefined, options: AnswerOptions): Promise<Answer> {
	const basis = keyBasisNow(root);
	const ran = await runCommandFor(args, parallelism, options, { read: readOf(basis) });
	const listed = ran.report?.listed;
	const key = listed === undefined ? null : keyOf(args, root, basis, listed, options);
	return answerOf(args, ran, key === null ? null : { dir, key, day: basis.day });
}

/** Runs the command as ever; `store`: where its answer goes when it can be trusted (every note read, no thread failed, the same day throughout). */
async function run(args: CliArgs, parallelism: Parallelism | undefined, options: AnswerOptions, store: ({ dir: string } & Found) | null): Promise<Answer> {
	return answerOf(args, await runCommandFor(args, parallelism, options, store === null ? {} : { listed: store.listed, read: store.read }), store);
}

/** A command run: what it printed, and how loading the vault went (none when it loaded none). */
interface Ran {
	result: Awaited<ReturnType<typeof runCommand>>;
	report: LoadReport | undefined;
}

/** `given`: what looking for the answer already listed and read, not to list or read again. */
async function runCommandFor(args: CliArgs, parallelism: Parallelism | undefined, options: AnswerOptions, given: { listed?: Listed; read?: Read }): Promise<Ran> {
	let report: LoadReport | undefined;
	const result = await runCommand(args, nodeFs, parallelism, { ...given, rapportVersion: options.rapportVersion, afterOutput: options.afterOutput, onLoaded: (r) => (report = r) });
	return { result, report };
}

/** The answer of a run; stored (`keep`) when it can be trusted (every note read, no thread failed, the same day throughout). */
function answerOf(args: CliArgs, { result, report }: Ran, store: { dir: string; key: string; day: string } | null): Answer {
	const stdout = Buffer.from(args.json ? jsonForTerminal(result.stdout) : forTerminal(result.stdout), "utf8");
	const stderr = Buffer.from(result.stderr ? forTerminal(result.stderr) : "", "utf8");
	const trusted = store !== null && report !== undefined && report.unread === 0 && report.workerFailures.length === 0 && today() === store.day;
	const keep = trusted ? () => void writeAnswer(store.dir, store.key, { stdout, stderr, exitCode: result.exitCode }) : null;
	return { stdout, stderr, exitCode: result.exitCode, stored: false, keep };
}
