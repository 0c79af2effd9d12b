import { en, type MessageKey } from "./en";
import { it } from "./it";

export type Locale = "en" | "it";
export type { MessageKey };

export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, it };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Picks the catalog for a language code such as `it`, `it-IT` or `en-GB`; English otherwise. */
export function localeFor(language: string | null | undefined): Locale {
	return (language ?? "").toLowerCase().startsWith("it") ? "it" : "en";
}

/** A translator for one locale. Missing keys fall back to English, then to the key itself. */
export function translator(locale: Locale): Translate {
	const catalog = CATALOGS[locale];
	return (key, vars) => {
		const text = catalog[key] ?? en[key] ?? key;
		return vars ? text.replace(/\{(\w+)\}/g, (all, name: string) => (vars[name] !== undefined ? String(vars[name]) : all)) : text;
	};
}

/** Picks `key_one` or `key_other` for `n`. */
export function plural(t: Translate, base: "when.late" | "when.in" | "when.every" | "notice.followUpsCreated" | "balance.newPeople" | "balance.nurtured" | "calendar.peopleDone", n: number): string {
	return t(`${base}_${n === 1 ? "one" : "other"}`, { n });
}
