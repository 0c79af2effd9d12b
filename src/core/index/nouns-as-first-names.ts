/*
 * First names that are also common nouns (`Summer`, `Rose`, `Grant`): before another noun they qualify it (`Summer
 * update`, `Paris invoices overdue`), as a city's name does. A task so read stays every attendee's: a shared
 * follow-up is the safer mistake, for a wrong owner hides it from the others. Where they open a task, see
 * `opensAsWord` (first-names-as-words.ts).
 */

/**
 * First names that are also common English nouns (folded): seasons, weather, flowers, stones, virtues, things
 * (`Summer`, `Storm`, `Rose`, `Ruby`, `Grace`, `Cash`, `Grant`). Before another noun they qualify it (`Summer
 * update`, `Rose garden plan`, `Submit Grant application`), as a city's name does (`Paris update`).
 */
const NAMES_THAT_ARE_NOUNS = new Set([
	"summer", "winter", "spring", "autumn", "storm", "rain", "sky", "river", "forest", "dawn", "rose", "lily", "iris", "daisy", "ivy",
	"holly", "heather", "hazel", "olive", "violet", "ruby", "amber", "pearl", "crystal", "jade", "coral", "faith", "joy", "hope", "grace",
	"honey", "cash", "price", "page", "brook", "kit", "chip", "dot", "dash", "peg", "carol", "lance", "cook", "mason", "hunt", "rush",
	"skip", "buck", "jack", "grant",
]);

/**
 * What says how the things of a plural stand, right after it: a state (`overdue`, `pending`, `late`, `still pending`,
 * `on hold`), a verb of which the plural is the subject (`are overdue`, `need chasing`), or a colon or a spaced dash
 * that makes it a heading (`Rose orders: chase the supplier`). A verb in the third person is seldom followed by one
 * (`Paris invoices the client`, `Rose replies to the client` are hers).
 */
const STANDING_AFTER =
	/^(?:[ \t]*:|[ \t]+[-–—][ \t]|[ \t]+(?:(?:still|all|now|again|long)[ \t]+)?(?:overdue|due|pending|outstanding|unpaid|unsigned|unsent|late|missing|delayed|stuck|blocked|incomplete|on[ \t]+hold)(?![\p{L}\p{N}])|[ \t]+(?:are|were|have|need|remain|must|should|will|can|cannot|aren['’]t|weren['’]t|haven['’]t|don['’]t)(?![\p{L}\p{N}]))/iu;

/**
 * Verbs that make, finish or file a thing and seldom take a person as what they act on, right before a name: `Submit`
 * of `Submit Grant application`, `Prepare` of `Prepare Summer report`. Not verbs that give a person something or
 * speak to her (`Send Grant application`, `Ask Grant`, `Buy Rose flowers`, `Book Paris a room`): she keeps those.
 */
const MAKES_A_THING_BEFORE =
	/(?:^|[^\p{L}\p{N}])(?:submit|prepare|finish|finalise|finalize|complete|draft|file|renew|publish|print|upload|compile|proofread|sign|approve|archive|redo|revise)[ \t]$/iu;
/** One blank, then a lower-case word: the noun a name may qualify. */
const NOUN_AFTER = /^[ \t](\p{Ll}[\p{L}\p{M}'’-]*)/u;
/**
 * Lower-case words after a name that make it no qualifier of a noun: what speaks of the person (`Prepare Grant for
 * the interview`, `Prepare Rose to present`), joins her to another (`Submit Grant and Anna's applications`), or starts
 * what a verb acts on.
 */
const NO_NOUN = new Set([
	"to", "for", "with", "and", "or", "nor", "but", "on", "by", "at", "in", "of", "from", "about", "before", "after", "as", "if", "when",
	"that", "this", "these", "those", "the", "a", "an", "his", "her", "their", "our", "my", "your", "its", "it", "them", "him", "us",
	"me", "up", "out", "off", "back", "over", "into", "e", "ed", "o", "per", "con", "da", "di", "su", "not", "also", "please",
]);

/**
 * First names (folded) whose noun qualifies the noun after it far more often than the person owns it, between a verb
 * that makes a thing and that noun: `Submit Grant application`, `Prepare Summer report`. Not `Rose`, `Jack`, `Amber`:
 * `Prepare Jack onboarding`, `Draft Amber proposal` are theirs, their names written without the `'s`.
 */
const QUALIFY_IN_A_TASK = new Set(["grant", "summer", "winter", "spring", "autumn"]);
/**
 * Nouns of a place that a city's name qualifies (`Finalise Paris office lease`, `Renew Paris lease`): a well-known
 * city's namesake (`Sofia`) keeps any other (`Complete Sofia onboarding`, `Print Paris invoices`).
 */
const PLACE_NOUNS = new Set([
	"office", "offices", "team", "branch", "store", "shop", "warehouse", "site", "lease", "rent", "offsite", "event", "launch", "venue",
	"hq", "headquarters", "factory", "plant", "depot", "market", "expansion", "opening", "move", "hotel", "flight", "flights", "trip",
]);

/**
 * Whether the first name `key` (folded), between a verb that makes a thing (`before`, the text before it, see
 * `MAKES_A_THING_BEFORE`) and a lower-case word (`after`, the text after it, see `NO_NOUN`), qualifies that noun: a
 * noun that mostly does there (`QUALIFY_IN_A_TASK`: `Submit Grant application`, `Prepare Summer report`), or a
 * well-known city (`city`) before a noun of a place (`Finalise Paris office lease`).
 */
export function qualifiesTheNounAfter(key: string, city: boolean, before: string, after: string): boolean {
	if ((!city && !QUALIFY_IN_A_TASK.has(key)) || !MAKES_A_THING_BEFORE.test(before)) return false;
	const next = NOUN_AFTER.exec(after)?.[1]?.toLowerCase();
	if (next === undefined || NO_NOUN.has(next)) return false;
	return QUALIFY_IN_A_TASK.has(key) || PLACE_NOUNS.has(next);
}

/** Whether `key`, a folded first name, is also a common noun (`NAMES_THAT_ARE_NOUNS`). */
export function isNounName(key: string): boolean {
	return NAMES_THAT_ARE_NOUNS.has(key);
}

/**
 * Whether `word`, a lower-case word ending in `s` after a first name that is also a noun or a city, is a plural that
 * name qualifies, by what `rest` (the text after it) says of it (`STANDING_AFTER`): `Paris invoices overdue`, `Sofia
 * orders late again`, not `Paris invoices the client`, `Paris invoices by Friday` (unsure: she keeps it).
 */
export function pluralThatStands(word: string, rest: string): boolean {
	return /[^s]s$/u.test(word) && STANDING_AFTER.test(rest);
}
