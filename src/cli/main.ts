import { type Translate, translator } from "../i18n";
import { languageOf } from "./message-language";
import { runCommandLine } from "./command-line";
import { isReadWorker, runReadWorker } from "./read-worker";

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

async function main(argv: readonly string[]): Promise<number> {
	endOnFailedOutput(translator(languageOf(argv, process.env)));
	try {
		return await runCommandLine(argv, {
			stdout: process.stdout,
			stderr: process.stderr,
			env: process.env,
			workerFile: __filename,
			setExitCode: (code) => (process.exitCode = code),
			afterOutput: (job) => afterOutput.push(job),
		});
	} finally {
		runAfterOutput();
	}
}

// The same bundle is the reading threads' script (see read-worker.ts): started as one, it reads notes instead.
if (isReadWorker()) runReadWorker();
else void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
