import { en, type MessageKey } from "./en";
import { it } from "./it";
import type { FileNameWords } from "../core/contacts/names";

export type Locale = "en" | "it";
export type { MessageKey };

export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, it };

/** A key written in the catalogs as `base_one`, `base_other` (and any other plural category). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_${"zero" | "one" | "two" | "few" | "many" | "other"}` ? Base : never }[MessageKey];

/** What `t` takes: a catalog key, or the base of a plural key (then `vars.n` picks the form). */
export type TranslationKey = MessageKey | PluralKey;

export type Translate = (key: TranslationKey, vars?: Readonly<Record<string, string | number>>) => string;

/** Picks the catalog for a language code such as `it`, `it-IT` or `en-GB`; English otherwise. */
export function localeFor(language: string | null | undefined): Locale {
	return (language ?? "").toLowerCase().startsWith("it") ? "it" : "en";
}

/**
 * A translator for one locale. Missing keys fall back to English, then to the key itself.
 * Any key has plural forms when the catalog has `key_one` / `key_other` (…): the form is chosen for
 * `vars.n` by the locale's `Intl.PluralRules`, falling back to `_other`.
 */
export function translator(locale: Locale): Translate {
	const catalog = CATALOGS[locale] as Readonly<Record<string, string | undefined>>;
	const reference = en as Readonly<Record<string, string | undefined>>;
	const rules = new Intl.PluralRules(locale);
	const lookup = (key: string): string | undefined => catalog[key] ?? reference[key];
	return (key, vars) => {
		let text = lookup(key);
		if (text === undefined && typeof vars?.n === "number") text = lookup(`${key}_${rules.select(vars.n)}`) ?? lookup(`${key}_other`);
		text ??= key;
		if (!vars) return text;
		const filled = (name: string): string | undefined => (vars[name] !== undefined ? String(vars[name]) : undefined);
		return locale === "it" ? fillItalian(text, filled) : text.replace(/\{(\w+)\}/g, (all, name: string) => filled(name) ?? all);
	};
}

/**
 * Italian placeholders, with the euphonic *d* Italian writes before a vowel: "Presenta Marco ad Anna",
 * "Attorno ad Alessandro" (the catalog's "a {name}", "e {name}"); only for the same vowel, as current usage has it.
 */
function fillItalian(text: string, filled: (name: string) => string | undefined): string {
	return text.replace(/(?:(^|[\s(])([ae]) )?\{(\w+)\}/g, (all, before: string | undefined, word: string | undefined, name: string) => {
		const value = filled(name);
		if (value === undefined) return all;
		if (word === undefined) return value;
		const joined = value.charAt(0).toLowerCase() === word ? `${word}d` : word;
		return `${before ?? ""}${joined} ${value}`;
	});
}

/** The words a file name Rapport makes may need (core/contacts/names.ts), in the language of `t`. */
export function fileNameWords(t: Translate): FileNameWords {
	return { contact: t("fileName.contact"), device: t("fileName.device") };
}
