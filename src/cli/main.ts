import { localeFor, translator } from "../i18n";
import { parseArgs } from "./args";
import { runCommand } from "./commands";
import { CliError } from "./vault-files";
import { CliMessage } from "./messages";
import { nodeFs } from "./fs-port";
import { machineParallelism } from "./parallel-read";
import { isReadWorker, runReadWorker } from "./read-worker";
import { forTerminal, jsonForTerminal } from "./terminal-text";

/** The language of messages, before (or without) a valid command line: `--lang`, then LC_ALL / LANG. */
function languageOf(argv: readonly string[]): ReturnType<typeof localeFor> {
	const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
	const given = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.slice("--lang=".length) : argv[i + 1];
	return localeFor(given ?? process.env.LC_ALL ?? process.env.LANG);
}

async function main(argv: readonly string[]): Promise<number> {
	const t = translator(languageOf(argv));
	try {
		const args = parseArgs(argv, process.env);
		if (args === "help") {
			process.stdout.write(t("cli.usage") + "\n");
			return argv.length === 0 ? 2 : 0;
		}
		const result = await runCommand(args, nodeFs, machineParallelism(__filename));
		process.stdout.write(args.json ? jsonForTerminal(result.stdout) : forTerminal(result.stdout));
		if (result.stderr) process.stderr.write(forTerminal(result.stderr));
		return result.exitCode;
	} catch (error) {
		const message = error instanceof CliMessage ? error.render(t) : error instanceof CliError ? t(error.key, error.params) : t("cli.error.unexpected", { reason: error instanceof Error ? error.message : String(error) });
		process.stderr.write(forTerminal(`rapport: ${message}\n`));
		return 2;
	}
}

// The same bundle is the reading threads' script (see read-worker.ts): started as one, it reads notes instead.
if (isReadWorker()) runReadWorker();
else void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
