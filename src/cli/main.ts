import { availableParallelism } from "node:os";
import type { Writable } from "node:stream";
import manifest from "../../manifest.json";
import { type Translate, translator } from "../i18n";
import { parseArgs } from "./args";
import { languageOf } from "./message-language";
import { answer } from "./answered-run";
import { CliError } from "./vault-files";
import { CliMessage } from "./messages";
import { environmentWarnings } from "./environment-warnings";
import { machineParallelism } from "./parallel-read";
import { isReadWorker, runReadWorker } from "./read-worker";
import { forTerminal } from "./terminal-text";
import { endIfSignalled } from "./write-signals";
import { optionWords } from "./option-names";

/**
 * A reader that stops early (`rapport people | head -1`) closes the pipe: Node then emits EPIPE on
 * stdout, which unhandled ends the process with a stack trace. The output was not wanted any more:
 * end quietly, with the command's exit code (set before anything is printed: `rapport doctor | head -1`
 * still exits 1 when there are problems). Any other failure (a full disk: ENOSPC) lost the answer:
 * said, with exit code 2, even when the command had ended with 0 before the write failed. On stderr
 * the same, except that a failure there cannot be said: exit code 2 alone (unhandled, it was 1, the
 * code `doctor` gives for problems found).
 */
function endOnFailedOutput(t: Translate): void {
	const commandCode = (): number => (typeof process.exitCode === "number" ? process.exitCode : 0);
	process.stdout.on("error", (error: Error & { code?: string }) => {
		if (error.code !== "EPIPE") {
			process.stderr.write(`rapport: ${t("cli.error.stdoutFailed", { reason: error.message || (error.code ?? "") })}\n`);
			exitAfterOutput(2);
		}
		exitAfterOutput(commandCode());
	});
	process.stderr.on("error", (error: Error & { code?: string }) => exitAfterOutput(error.code === "EPIPE" ? commandCode() : 2));
}

/** Work that waits until the answer (or the error) is printed: the notes' cache is written then. */
const afterOutput: (() => void)[] = [];

/** Does the work that waited for the output, each job once. */
function runAfterOutput(): void {
	for (let job = afterOutput.shift(); job !== undefined; job = afterOutput.shift()) job();
}

/** Ends the process once the waiting work is done: a reader that stopped early (`| head -1`) still leaves the cache written. */
function exitAfterOutput(code: number): never {
	runAfterOutput();
	process.exit(code);
}

/** Writes `bytes`; resolves true once they were handed over whole, false when the stream failed. */
function printed(stream: Writable, bytes: Buffer): Promise<boolean> {
	return new Promise((resolve) => stream.write(bytes, (error) => resolve(error === null || error === undefined)));
}

async function main(argv: readonly string[]): Promise<number> {
	const t = translator(languageOf(argv, process.env));
	endOnFailedOutput(t);
	try {
		// `--version` anywhere on the line, as GNU tools take it (`--help` with it still gives the help).
		const options = optionWords(argv);
		if (options.includes("--version") && !options.includes("--help") && !options.includes("-h")) {
			process.stdout.write(`rapport ${manifest.version}\n`);
			return 0;
		}
		const args = parseArgs(argv, process.env);
		if (args === "help") {
			// Asked for (--help): the answer, on stdout. No command at all: a usage error, on stderr.
			const code = argv.length === 0 ? 2 : 0;
			process.exitCode = code;
			(argv.length === 0 ? process.stderr : process.stdout).write(t("cli.usage") + "\n");
			return code;
		}
		for (const line of environmentWarnings(process.env, process.stdout.isTTY === true, availableParallelism(), t)) process.stderr.write(forTerminal(`rapport: ${line}\n`));
		const result = await answer(args, machineParallelism(__filename), { afterOutput: (job) => afterOutput.push(job) });
		process.exitCode = result.exitCode;
		// The answer is stored for the next run only once it was printed whole.
		const whole = (await printed(process.stdout, result.stdout)) && (result.stderr.length === 0 || (await printed(process.stderr, result.stderr)));
		if (whole) result.keep?.();
		// A Ctrl-C that came while a note was written (write-signals.ts), or that stopped an import's writes, ends the process now, by its signal.
		endIfSignalled();
		await new Promise((resolve) => setImmediate(resolve));
		return result.exitCode;
	} catch (error) {
		const message = error instanceof CliMessage ? error.render(t) : error instanceof CliError ? t(error.key, error.params) : t("cli.error.unexpected", { reason: error instanceof Error ? error.message : String(error) });
		process.exitCode = 2;
		process.stderr.write(forTerminal(`rapport: ${message}\n`));
		return 2;
	} finally {
		runAfterOutput();
	}
}

// The same bundle is the reading threads' script (see read-worker.ts): started as one, it reads notes instead.
if (isReadWorker()) runReadWorker();
else void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
