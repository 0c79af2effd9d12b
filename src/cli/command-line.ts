import { availableParallelism } from "node:os";
import type { Writable } from "node:stream";
import manifest from "../../manifest.json";
import { translator } from "../i18n";
import { parseArgs } from "./args";
import { languageOf } from "./message-language";
import { answer } from "./answered-run";
import { CliError } from "./vault-files";
import { CliMessage } from "./messages";
import { environmentWarnings } from "./environment-warnings";
import { machineParallelism } from "./parallel-read";
import { forTerminal } from "./terminal-text";
import { endIfSignalled } from "./write-signals";
import { optionWords } from "./option-names";
import type { CacheNotKept } from "./cache-file-write";

/** What a run of the command line is given: the process's own streams and environment (main.ts), or a test's. */
export interface CommandLineIo {
	stdout: Writable & { isTTY?: boolean };
	stderr: Writable;
	env: Record<string, string | undefined>;
	/** The script the reading threads start from: the CLI's bundle. */
	workerFile: string;
	/** Told the exit code as soon as it is known, before anything is printed (a reader that stops early still gets it). */
	setExitCode(code: number): void;
	/** Takes work that waits until the answer is printed (the notes' cache is written then). */
	afterOutput(job: () => void): void;
}

/** Writes `bytes`; resolves true once they were handed over whole, false when the stream failed. */
function printed(stream: Writable, bytes: Buffer): Promise<boolean> {
	return new Promise((resolve) => stream.write(bytes, (error) => resolve(error === null || error === undefined)));
}

/** Runs `rapport ARGV`: prints the answer (or the error) on `io`'s streams and resolves with the exit code. */
export async function runCommandLine(argv: readonly string[], io: CommandLineIo): Promise<number> {
	const t = translator(languageOf(argv, io.env));
	try {
		// `--version` anywhere on the line, as GNU tools take it (`--help` with it still gives the help).
		const options = optionWords(argv);
		if (options.includes("--version") && !options.includes("--help") && !options.includes("-h")) {
			io.stdout.write(`rapport ${manifest.version}\n`);
			return 0;
		}
		const args = parseArgs(argv, io.env);
		if (args === "help") {
			// Asked for (--help): the answer, on stdout. No command at all: a usage error, on stderr.
			const code = argv.length === 0 ? 2 : 0;
			io.setExitCode(code);
			(argv.length === 0 ? io.stderr : io.stdout).write(t("cli.usage") + "\n");
			return code;
		}
		for (const line of environmentWarnings(io.env, io.stdout.isTTY === true, availableParallelism(), t)) io.stderr.write(forTerminal(`rapport: ${line}\n`));
		// The notes' cache is written once the answer is out; a cache that could not be written is said then, as the run stays right but the next one slow.
		const afterOutput = (job: () => CacheNotKept | null): void =>
			io.afterOutput(() => {
				const notKept = job();
				if (notKept !== null) io.stderr.write(forTerminal(`rapport: ${t("cli.warning.cacheNotKept", { dir: notKept.dir, reason: notKept.reason })}\n`));
			});
		const result = await answer(args, machineParallelism(io.workerFile, io.env), { env: io.env, afterOutput });
		io.setExitCode(result.exitCode);
		// The answer is stored for the next run only once it was printed whole.
		const whole = (await printed(io.stdout, result.stdout)) && (result.stderr.length === 0 || (await printed(io.stderr, result.stderr)));
		if (whole) result.keep?.();
		// A Ctrl-C that came while a note was written (write-signals.ts), or that stopped an import's writes, ends the process now, by its signal.
		endIfSignalled();
		await new Promise((resolve) => setImmediate(resolve));
		return result.exitCode;
	} catch (error) {
		const message = error instanceof CliMessage ? error.render(t) : error instanceof CliError ? t(error.key, error.params) : t("cli.error.unexpected", { reason: error instanceof Error ? error.message : String(error) });
		io.setExitCode(2);
		io.stderr.write(forTerminal(`rapport: ${message}\n`));
		return 2;
	}
}
