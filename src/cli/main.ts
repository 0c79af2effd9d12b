import { parseArgs, USAGE } from "./args";
import { runCommand } from "./commands";
import { CliError } from "./vault-files";
import { CliMessage } from "./messages";
import { localeFor, translator } from "../i18n";

function main(argv: readonly string[]): number {
	let lang = localeFor(process.env.LC_ALL ?? process.env.LANG);
	try {
		const args = parseArgs(argv, process.env);
		if (args === "help") {
			process.stdout.write(USAGE + "\n");
			return argv.length === 0 ? 2 : 0;
		}
		lang = args.lang;
		const result = runCommand(args);
		process.stdout.write(result.stdout);
		return result.exitCode;
	} catch (error) {
		const message = error instanceof CliMessage ? error.render(translator(lang)) : error instanceof CliError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
		process.stderr.write(`rapport: ${message}\n`);
		return 2;
	}
}

process.exitCode = main(process.argv.slice(2));
