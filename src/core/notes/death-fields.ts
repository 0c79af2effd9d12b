import { type CalendarDay, parseDay } from "../dates/dates";
import { basename, unwrapLink } from "../shared/text";
import { type DeathDate, deathOnDay, deathPeriodOf } from "./death-period";
import type { NoteRecord } from "./note-record";
import { isUnfilledPlaceholder } from "./template";

/**
 * Keys that say the person has died: a note about someone of the past (Mozart's, tagged `#music/people`), not
 * someone to keep in touch with. As people, family-tree and genealogy templates write them: `died`, `death_date`,
 * `date of death`, `dod`, Italian `morto`, `deceduta`, `data_decesso`, German `gestorben`, Dutch `overleden`.
 */
export const DEATH_KEYS: readonly string[] = [
	"died",
	"death",
	"death_date",
	"deathdate",
	"date_of_death",
	"dod",
	"death_day",
	"deathday",
	"died_on",
	"date_died",
	"passed_away",
	"deceased",
	"is_deceased",
	"isdeceased",
	"morto",
	"morta",
	"morte",
	"deceduto",
	"deceduta",
	"decesso",
	"data_decesso",
	"data_del_decesso",
	"data_di_morte",
	"data_morte",
	"data_della_morte",
	"gestorben",
	"sterbedatum",
	"overleden",
];
/** Keys that say where the person died: a death without a day when no death key says more (`death_place: Milano`). */
const DEATH_PLACE_KEYS = ["death_place", "place_of_death", "deathplace", "luogo_di_morte", "luogo_decesso", "sterbeort"];
/** Keys of a birth day, which a family tree may write the death day in after a cross: `born: 1950-12-05 † 2024-03-01`. */
const BIRTH_KEYS = ["born", "birthday", "birth_date", "date_of_birth", "dob", "birthdate", "compleanno", "data_di_nascita", "nato", "nata", "life", "lifespan", "dates"];

/** What a death key holds in a template of someone alive (`deceased: false`, `died: no`, `morto: falso`, `gestorben: nein`). */
const ALIVE = new Set(["", "false", "falso", "falsch", "no", "n", "none", "nessuno", "nein", "nee", "0", "-", "\u2013", "\u2014", "n/a", "na", "alive", "living", "vivo", "viva", "vivente", "lebend"]);

/** A day of zeros, as a template or a database export writes a day not known or not set (`0000-00-00`, `00/00/0000`). */
const ZERO_DAY = /^0+[-/.]0+[-/.]0+$/;

/** The keys of a nested death (`death: {date: 2024-03-01, place: Milano}`) that hold its day. */
const NESTED_DAY_KEYS = ["date", "day", "data", "datum", "when", "on", "giorno"];

/**
 * Words written before a death day in its value: a cross (`† 2024-03-01`), `d.`, `died on`, `morto il 3 marzo 2024`,
 * `deceduta il`, `passed away on`; the day after them is read as any day is, and a year or a month after `in`, `nel`,
 * `im` (`died in 1987`, `morto nel 1987`, `gestorben im 1987`) as `deathPeriodOf` reads one.
 */
const BEFORE_THE_DAY = /^(?:[\u2020\u271D\u271E+]|d\.|died|deceased|passed(?:\s+away)?|death|morto|morta|morte|deceduto|deceduta|decesso|scomparso|scomparsa|gestorben|verstorben|overleden)?\s*(?:on|il|l'|am|op|le|in\b|nel\b|im\b)?\s*/iu;

/** The death cross and the day after it in a birth day's value: `1950-12-05 † 2024-03-01`, `* 1950 † 3 marzo 2024`. */
const CROSS_AND_DAY = /[\u2020\u271D\u271E]\s*(.{1,40})$/u;

/**
 * Whether a death key's value says the person died: a day, `true`, a place, a map saying any of these; not `false`,
 * `no`, a dash, nor a template's placeholder left unfilled (`died: "{{died}}"`, `<% tp.system.prompt("Died") %>`, or
 * `{{died}}` unquoted, which YAML reads as a map of nothing), nor a day of zeros (`0000-00-00`), nor a list or map of
 * only such values (`died: [""]`, `death: {date: , place: }`).
 */
function saysDied(value: unknown, depth = 0): boolean {
	if (value === undefined || value === null || value === false || value === 0) return false;
	if (typeof value === "string") return !ALIVE.has(value.trim().toLowerCase()) && !isUnfilledPlaceholder(value) && !ZERO_DAY.test(value.trim());
	if (typeof value !== "object" || value instanceof Date) return true;
	if (depth >= 3) return false;
	const values = Array.isArray(value) ? (value as unknown[]) : Object.values(value as Record<string, unknown>);
	return values.some((v) => saysDied(v, depth + 1));
}

/**
 * The day a death key's value gives: a day as any date is read (`2026-03-01`, `March 1, 2026`), after a cross or
 * words (`† 2024-03-01`, `morto il 3 marzo 2024`), linked as a daily note (`[[2024-03-01]]`, which YAML reads as a list
 * in a list when unquoted, `[[Daily/2024-03-01|1 March]]`), the first of a list, or a nested map's `date`; else the
 * year or month written where the day is not known (`died: 1987`, `died: 1987-03`, `† marzo 1987`, see `DeathDate`).
 */
function deathDay(value: unknown, depth = 0): DeathDate | null {
	if (typeof value === "string") {
		const written = value.length > 200 ? "" : value.trim();
		const target = unwrapLink(written);
		const text = (target === written ? written : basename(target)).replace(BEFORE_THE_DAY, "");
		return onDay(parseDay(text) ?? parseDay(value)) ?? deathPeriodOf(text);
	}
	if (value === null || typeof value !== "object" || value instanceof Date) return onDay(parseDay(value)) ?? deathPeriodOf(value);
	if (depth >= 3) return null;
	if (Array.isArray(value)) {
		for (const v of value as unknown[]) {
			const day = deathDay(v, depth + 1);
			if (day !== null) return day;
		}
		return null;
	}
	const map = value as Record<string, unknown>;
	for (const key of Object.keys(map)) if (NESTED_DAY_KEYS.includes(key.trim().toLowerCase())) return deathDay(map[key], depth + 1);
	return null;
}

/** A death on `day`, when a day was read. */
function onDay(day: CalendarDay | null): DeathDate | null {
	return day === null ? null : deathOnDay(day);
}

/** The death day written after a cross in a birth day's value (`born: 1950-12-05 † 2024-03-01`), else null. */
function deathAfterTheBirth(record: NoteRecord): Death | null {
	for (const key of BIRTH_KEYS) {
		const field = record.field([key]);
		const value = field?.value;
		const text = typeof value === "string" && value.length <= 120 ? CROSS_AND_DAY.exec(value)?.[1] : undefined;
		const day = text === undefined ? null : deathDay(text);
		if (day !== null && field) return { died: day, line: field.line };
	}
	return null;
}

/** A death as a note's properties say it (see `diedOf`), with the line of the key that says it. */
export interface Death {
	died: DeathDate | true;
	/** 0-based line of the key (frontmatter) or inline field that says it. */
	line: number;
}

/**
 * What a note's properties say of its person's death: the day when a death key holds one (`died: 2026-03-01`,
 * `died: March 1, 2026`, `dod: "[[2026-03-01]]"`, `death: {date: 2026-03-01}`), or its year or month when the day
 * is not known (`died: 1987`, `died: 1987-03`), else when a birth day gives one after a cross; `true` when they say
 * so otherwise (`deceased: true`, `morto: sì`, `died: spring 2026`, `death_place: Milano`); null when no key says so
 * (`deceased: false`, `died: no`, `died:` left empty, none). A key with a day wins over one without (`deceased: true`
 * beside `death_date: 2026-03-01`).
 */
export function diedOf(record: NoteRecord): Death | null {
	let said: number | null = null;
	for (const key of DEATH_KEYS) {
		const field = record.field([key]);
		if (!field || !saysDied(field.value)) continue;
		const day = deathDay(field.value);
		if (day !== null) return { died: day, line: field.line };
		said ??= field.line;
	}
	const crossed = deathAfterTheBirth(record);
	if (crossed !== null) return crossed;
	if (said !== null) return { died: true, line: said };
	const place = record.field(DEATH_PLACE_KEYS);
	return place && saysDied(place.value) ? { died: true, line: place.line } : null;
}
