import { localeFor } from "../i18n";
import { optionWords } from "./option-names";

/** The languages Rapport speaks, as the first letters of a locale or language name. */
const SPOKEN = /^(en|it)(?=$|[_.@-])/i;

/** The language Rapport speaks that a language or locale name names (`it`, `IT`, `it_IT`, `en-GB`, `it_IT.UTF-8`); null for any other. */
export function spokenLanguage(name: string): "en" | "it" | null {
	const language = SPOKEN.exec(name)?.[1]?.toLowerCase();
	return language === "en" || language === "it" ? language : null;
}

/**
 * The language of the environment for messages, as GNU gettext reads it: the locale is the first of
 * LC_ALL, LC_MESSAGES and LANG that is set and not empty (POSIX); then LANGUAGE, a list of languages
 * in order of preference (`it:en`, `de:it`), comes before it, with the first language of the list that
 * Rapport speaks, unless the locale is the C one ("C" or "POSIX", or none set), where it is ignored.
 */
export function languageFromEnv(env: Record<string, string | undefined>): string | undefined {
	let locale: string | undefined;
	for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
		const value = env[name];
		if (value !== undefined && value !== "") {
			locale = value;
			break;
		}
	}
	if (locale === undefined || locale === "C" || locale === "POSIX") return locale;
	return (env.LANGUAGE ?? "").split(":").find((language) => SPOKEN.test(language)) ?? locale;
}

/** The language of messages, before (or without) a valid command line: `--lang`, then the environment (languageFromEnv). */
export function languageOf(line: readonly string[], env: Record<string, string | undefined>): ReturnType<typeof localeFor> {
	const argv = optionWords(line);
	const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
	const given = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.slice("--lang=".length) : argv[i + 1];
	return localeFor(given ?? languageFromEnv(env));
}
