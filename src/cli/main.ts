import { parseArgs, USAGE } from "./args";
import { runCommand } from "./commands";
import { CliError } from "./vault-files";

function main(argv: readonly string[]): number {
	try {
		const args = parseArgs(argv, process.env);
		if (args === "help") {
			process.stdout.write(USAGE + "\n");
			return argv.length === 0 ? 2 : 0;
		}
		const result = runCommand(args);
		process.stdout.write(result.stdout);
		return result.exitCode;
	} catch (error) {
		const message = error instanceof CliError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
		process.stderr.write(`rapport: ${message}\n`);
		return 2;
	}
}

process.exitCode = main(process.argv.slice(2));
