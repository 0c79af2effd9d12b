import type { CalendarDay } from "./dates";
import { formatWithMoment } from "./moment-format";
import { withoutBracketed } from "./format-tokens";

/** The languages a daily note's name may be written in: Obsidian names them in its own language. */
const DAILY_LOCALES = ["en", "it"];

/** Tokens whose text depends on the language: month and weekday names (dd, moment's two-letter weekday, included), ordinals, and the locale's weeks (w, gg, e: English weeks start on Sunday). */
const NAMED_TOKENS = /MMM|dd|Do|w|gg|e/;

/**
 * The language to name a new daily note in, so that it is the note Obsidian opens for that day: the
 * one the vault's daily notes are already named in (the most of them), else `fallback` (the user's
 * language). A format of numbers only is the same in every language.
 */
export function dailyNoteLocale(format: string, existing: Iterable<{ name: string; day: CalendarDay }>, fallback: string): string {
	if (!NAMED_TOKENS.test(withoutBracketed(format))) return fallback;
	const votes = new Map<string, number>();
	for (const { name, day } of existing) {
		for (const locale of DAILY_LOCALES) {
			if (formatWithMoment(day, format, locale) === name) votes.set(locale, (votes.get(locale) ?? 0) + 1);
		}
	}
	let best = fallback;
	for (const [locale, n] of votes) if (n > (votes.get(best) ?? 0)) best = locale;
	return best;
}
