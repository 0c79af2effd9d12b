/*
 * First names that are also common nouns (`Summer`, `Rose`, `Grant`): before another noun they qualify it (`Summer
 * update`, `Paris invoices overdue`), as a city's name does. A task so read stays every attendee's: a shared
 * follow-up is the safer mistake, for a wrong owner hides it from the others. Where they open a task, see
 * `opensAsWord` (first-names-as-words.ts).
 */

/**
 * First names that are also common English nouns (folded): seasons, weather, flowers, stones, virtues, things
 * (`Summer`, `Storm`, `Rose`, `Ruby`, `Grace`, `Cash`). Before another noun they qualify it (`Summer update`,
 * `Rose garden plan`), as a city's name does (`Paris update`).
 */
const NAMES_THAT_ARE_NOUNS = new Set([
	"summer", "winter", "spring", "autumn", "storm", "rain", "sky", "river", "forest", "dawn", "rose", "lily", "iris", "daisy", "ivy",
	"holly", "heather", "hazel", "olive", "violet", "ruby", "amber", "pearl", "crystal", "jade", "coral", "faith", "joy", "hope", "grace",
	"honey", "cash", "price", "page", "brook", "kit", "chip", "dot", "dash", "peg", "carol", "lance", "cook", "mason", "hunt", "rush",
	"skip", "buck", "jack",
]);

/**
 * What says how the things of a plural stand, right after it: a state (`overdue`, `pending`, `late`, `still pending`,
 * `on hold`), or a colon or a spaced dash that makes it a heading (`Rose orders: chase the supplier`). A verb in the
 * third person is seldom followed by one (`Paris invoices the client`, `Rose replies to the client` are hers).
 */
const STANDING_AFTER =
	/^(?:[ \t]*:|[ \t]+[-–—][ \t]|[ \t]+(?:(?:still|all|now|again|long)[ \t]+)?(?:overdue|due|pending|outstanding|unpaid|unsigned|unsent|late|missing|delayed|stuck|blocked|incomplete|on[ \t]+hold)(?![\p{L}\p{N}]))/iu;

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
