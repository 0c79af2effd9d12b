import { localeFor, translator } from "../i18n";
import { parseArgs } from "./args";
import { runCommand } from "./commands";
import { CliError } from "./vault-files";
import { CliMessage } from "./messages";

/** The language of messages, before (or without) a valid command line: `--lang`, then LC_ALL / LANG. */
function languageOf(argv: readonly string[]): ReturnType<typeof localeFor> {
	const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
	const given = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.slice("--lang=".length) : argv[i + 1];
	return localeFor(given ?? process.env.LC_ALL ?? process.env.LANG);
}

function main(argv: readonly string[]): number {
	const t = translator(languageOf(argv));
	try {
		const args = parseArgs(argv, process.env);
		if (args === "help") {
			process.stdout.write(t("cli.usage") + "\n");
			return argv.length === 0 ? 2 : 0;
		}
		const result = runCommand(args);
		process.stdout.write(result.stdout);
		if (result.stderr) process.stderr.write(result.stderr);
		return result.exitCode;
	} catch (error) {
		const message = error instanceof CliMessage ? error.render(t) : error instanceof CliError ? t(error.key, error.params) : t("cli.error.unexpected", { reason: error instanceof Error ? error.message : String(error) });
		process.stderr.write(`rapport: ${message}\n`);
		return 2;
	}
}

process.exitCode = main(process.argv.slice(2));
