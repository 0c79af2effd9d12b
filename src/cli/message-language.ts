import { localeFor } from "../i18n";
import { optionWords } from "./option-names";

/** The language of the environment for messages: the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty, as POSIX reads them. */
export function languageFromEnv(env: Record<string, string | undefined>): string | undefined {
	for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
		const value = env[name];
		if (value !== undefined && value !== "") return value;
	}
	return undefined;
}

/** The language of messages, before (or without) a valid command line: `--lang`, then LC_ALL / LC_MESSAGES / LANG. */
export function languageOf(line: readonly string[], env: Record<string, string | undefined>): ReturnType<typeof localeFor> {
	const argv = optionWords(line);
	const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
	const given = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.slice("--lang=".length) : argv[i + 1];
	return localeFor(given ?? languageFromEnv(env));
}
