import { isCityName } from "./cities-as-first-names";

/*
 * Where a first name in a task's text is a time and no person: a season or a day that is a first name (`Summer`,
 * `Winter`, Italian `Domenica`) after a word of time (`Review prices before Summer`, `Freeze hiring until Winter`,
 * `Chiudere il report entro Domenica`), or a season or a city before a
 * year (`Summer 2027 planning`, `Paris 2026 offsite`). A task so read stays every attendee's: a shared follow-up is
 * the safer mistake, for a wrong owner hides it from the others.
 */

/** Seasons that are first names, folded. */
const SEASONS = new Set(["summer", "winter", "spring", "autumn"]);
/** Days that are first names, folded: Italian `Domenica` (Sunday), a time after a word of time (`entro Domenica`). */
const DAYS = new Set(["domenica"]);
/** A word of time right before a season: `before Summer`, `until Winter`, `entro l'estate` has no capital name. Not `by` (`reviewed by Summer`) nor `from` (`the figures from Summer`). */
const TIME_BEFORE = /(?:^|[^\p{L}\p{N}])(?:before|until|till|during|after|since|throughout|entro|prima di|durante|dopo|fino a)[ \t]$/iu;
/** A year right after a name: `Summer 2027`, `Paris 2026`. */
const YEAR_AFTER = /^[ \t]+(?:19|20)\d\d(?![\p{L}\p{N}])/u;

/**
 * Whether the first name `key` (folded), with the text `before` and `after` it, is a time: a season or a day
 * (`DAYS`: `entro Domenica`) after a word of time, or a season or a well-known city (`isCityName`) before a year.
 * Never one written as a possessive (`possessive`: `Summer's 2027 numbers`, `after Summer's call` are hers).
 */
export function namesATime(key: string, before: string, after: string, possessive: boolean): boolean {
	if (possessive) return false;
	const season = SEASONS.has(key);
	if ((season || DAYS.has(key)) && TIME_BEFORE.test(before)) return true;
	return (season || isCityName(key)) && YEAR_AFTER.test(after);
}
