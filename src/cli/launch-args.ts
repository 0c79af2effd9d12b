import { join } from "node:path";
import { defaultCacheRoot, withHome } from "./cache-root";

/** The CLI's bundle, beside its launcher (`dist/rapport-main.cjs` beside `dist/rapport.cjs`). */
export const BUNDLE = "rapport-main.cjs";

/**
 * Where the launcher keeps the compiled code for this command line (null: `--no-cache`). It reads
 * only what says where caches go: `--no-cache` keeps none, `--cache-dir` puts the code in a `code`
 * folder there, as the parsed notes go there; anything else about the command line is the bundle's
 * to check (a `--cache-dir` without a folder fails there, with its message).
 */
export function codeDir(argv: readonly string[], env: Record<string, string | undefined>): string | null {
	if (argv.includes("--no-cache")) return null;
	let given: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? "";
		if (arg === "--cache-dir") given = argv[i + 1];
		else if (arg.startsWith("--cache-dir=")) given = arg.slice("--cache-dir=".length);
	}
	const root = given === undefined || given === "" || given.startsWith("-") ? defaultCacheRoot(env) : (withHome(given, env.HOME ?? env.USERPROFILE) ?? given);
	return join(root, "code");
}
