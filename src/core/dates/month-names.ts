/**
 * Months by name, as people and templates write them. English and Italian names are read in either order
 * (`March 10, 2026`, `10 marzo 2026`); German, Spanish and French ones only day first (`23. November 2026`,
 * `23 de noviembre de 2026`, `1er décembre 2026`), the only order those languages write: no name means two
 * months in two languages, so a name alone says which month it is.
 */

/** Names and short names of each month, January first, in English and Italian. */
const EITHER_ORDER = [
	["january", "jan", "gennaio", "gen"],
	["february", "feb", "febbraio"],
	["march", "mar", "marzo"],
	["april", "apr", "aprile"],
	["may", "maggio", "mag"],
	["june", "jun", "giugno", "giu"],
	["july", "jul", "luglio", "lug"],
	["august", "aug", "agosto", "ago"],
	["september", "sep", "sept", "settembre", "set"],
	["october", "oct", "ottobre", "ott"],
	["november", "nov", "novembre"],
	["december", "dec", "dicembre", "dic"],
];

/** Names and short names of each month, January first, in German (Austrian `Jänner` too), Spanish and French, accents written or not. */
const DAY_FIRST_ONLY = [
	["januar", "jänner", "jaenner", "enero", "ene", "janvier", "janv"],
	["februar", "febrero", "février", "fevrier", "févr", "fevr"],
	["märz", "maerz", "mär", "mrz", "mars"],
	["abril", "abr", "avril", "avr"],
	["mai", "mayo"],
	["juni", "junio", "juin"],
	["juli", "julio", "juillet", "juil"],
	["août", "aout"],
	["septiembre", "setiembre", "septembre"],
	["oktober", "okt", "octubre", "octobre"],
	["noviembre"],
	["dezember", "dez", "diciembre", "décembre", "decembre", "déc"],
];

function byName(lists: readonly (readonly string[])[]): ReadonlyMap<string, number> {
	return new Map(lists.flatMap((names, i) => names.map((name): [string, number] => [name, i + 1])));
}

const EITHER_ORDER_MONTHS = byName(EITHER_ORDER);
const DAY_FIRST_MONTHS = byName(DAY_FIRST_ONLY);

/** The number (1–12) of a month's name or short name in English or Italian (`dicembre`, `Dec`), else undefined. */
export function monthNumber(name: string): number | undefined {
	return EITHER_ORDER_MONTHS.get(name.toLowerCase());
}

/** `monthNumber`, and the German, Spanish and French names (`Dezember`, `Dez`, `diciembre`, `décembre`), for a month written after its day. */
export function monthNumberAfterDay(name: string): number | undefined {
	const lower = name.toLowerCase();
	return EITHER_ORDER_MONTHS.get(lower) ?? DAY_FIRST_MONTHS.get(lower);
}
