import type { Translate } from "../i18n";

/**
 * What the environment asks of a run that Rapport cannot give, said once on stderr before the answer
 * (outside the stored answers: a run answered from the store says it too).
 */

/** `RAPPORT_THREADS` as a count: a whole number from 1, written as digits alone; "invalid" for anything else; null when unset or empty. */
export function threadsAsked(env: Record<string, string | undefined>): number | "invalid" | null {
	const value = env.RAPPORT_THREADS;
	if (value === undefined || value === "") return null;
	// Digits alone: parseInt read "1.5" as 1 and " 2" or "2x" as 2, and "0" or "-1" were dropped without a word.
	if (!/^[0-9]{1,4}$/.test(value)) return "invalid";
	const n = Number(value);
	return n >= 1 ? n : "invalid";
}

/** The charset a locale name names (`ja_JP.SJIS`: SJIS), null when it names none (`C`, `en_US`, `POSIX`). */
function charsetOf(locale: string): string | null {
	const dot = locale.indexOf(".");
	if (dot < 0) return null;
	const at = locale.indexOf("@", dot);
	const charset = locale.slice(dot + 1, at < 0 ? undefined : at);
	return charset === "" ? null : charset;
}

/** The locale that decides the charset, as the C library reads it: the first of LC_ALL, LC_CTYPE and LANG that is set and not empty. */
function ctypeLocale(env: Record<string, string | undefined>): string | null {
	for (const name of ["LC_ALL", "LC_CTYPE", "LANG"]) {
		const value = env[name];
		if (value !== undefined && value !== "") return value;
	}
	return null;
}

/**
 * The locale's charset when it names one that is not UTF-8 (`LANG=ja_JP.SJIS`, `LC_ALL=en_US.ISO-8859-1`),
 * with a UTF-8 locale of the same language to suggest; null otherwise. A locale naming no charset (`C`,
 * `en_US`) is left alone: terminals read UTF-8 nearly everywhere, and a container's `C` is the rule, not a choice.
 */
export function notUtf8Locale(env: Record<string, string | undefined>): { locale: string; charset: string; suggestion: string } | null {
	const locale = ctypeLocale(env);
	if (locale === null) return null;
	const charset = charsetOf(locale);
	if (charset === null || /^utf-?8$/i.test(charset)) return null;
	const language = locale.slice(0, locale.indexOf("."));
	return { locale, charset, suggestion: `${/^[A-Za-z]{2,3}(_[A-Za-z]{2})?$/.test(language) ? language : "en_US"}.UTF-8` };
}

/**
 * The lines to say before a command runs: a `RAPPORT_THREADS` that is not a count (the machine's count
 * is used), and a locale whose charset is not UTF-8 when stdout is a terminal (Rapport writes UTF-8
 * anyway: every modern terminal reads it; a pipe or a file gets UTF-8 as documented, without a word).
 */
export function environmentWarnings(env: Record<string, string | undefined>, stdoutIsTerminal: boolean, cores: number, t: Translate): string[] {
	const lines: string[] = [];
	if (threadsAsked(env) === "invalid") lines.push(t("cli.warning.badThreads", { value: JSON.stringify(env.RAPPORT_THREADS ?? ""), n: Math.max(1, cores) }));
	const locale = stdoutIsTerminal ? notUtf8Locale(env) : null;
	if (locale !== null) lines.push(t("cli.warning.notUtf8Locale", locale));
	return lines;
}
