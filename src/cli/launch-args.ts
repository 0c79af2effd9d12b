import { join } from "node:path";
import { defaultCacheRoot, homeOf, withHome } from "./cache-root";
import { optionValueAt, optionWords } from "./option-names";

/** The CLI's bundle, beside its launcher (`dist/rapport-main.cjs` beside `dist/rapport.cjs`). */
export const BUNDLE = "rapport-main.cjs";

/**
 * Where the launcher keeps the compiled code for this command line (null: none). `--cache-dir` puts
 * the code in a `code` folder there, as the parsed notes go there, else the platform's cache folder.
 * The command line is read as the command reads it (option-names.ts): `--no-cache` keeps none, and so
 * does a line the command refuses for its `--cache-dir` (a value missing, or two): no folder is made
 * for a run that ends with "--cache-dir needs a value". Anything else about the line is the bundle's to check.
 */
export function codeDir(argv: readonly string[], env: Record<string, string | undefined>): string | null {
	const given = cacheDirOf(argv);
	if (given === null) return null;
	const root = given === undefined ? defaultCacheRoot(env) : (withHome(given, homeOf(env)) ?? given);
	return join(root, "code");
}

/** The command line's `--cache-dir` (undefined: none given); null for `--no-cache` and for a line the command refuses for it. */
function cacheDirOf(line: readonly string[]): string | undefined | null {
	// After `--`, every word is an argument: `-- --cache-dir x` names no cache folder.
	const argv = optionWords(line);
	if (argv.includes("--no-cache")) return null;
	let given: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const option = optionValueAt(argv, i);
		if (option === undefined) continue;
		i = option.last;
		if (option.value === null) return null;
		if (option.name !== "--cache-dir") continue;
		if (given !== undefined && given !== option.value) return null;
		given = option.value;
	}
	return given;
}
