/*
 * Where a first name in a task's text is a place and no person: after a word of place (`Find a hotel in Troy`), or
 * where a journey goes (`Book flights to Florence`, `Prenotare il volo per Milano`). A task so read stays every
 * attendee's: a shared follow-up is the safer mistake, for a wrong owner hides it from the others. A task that hands
 * something to her (`Send the tickets to Sofia`) is hers, travel or not.
 */

/**
 * Well-known cities that are also first names, folded (`Florence`, `Paris`, `Sydney`, Italian `Siena`, `Verona`):
 * only these are read as places after a word of direction (`to`, `per`), where any other first name is a person
 * (`Book flights to Anna`). After a word of place (`in`, `at`, `near`) any first name is a place.
 */
const CITIES = new Set([
	"florence", "paris", "austin", "sydney", "victoria", "savannah", "lourdes", "orlando", "charlotte", "madison", "dallas", "phoenix",
	"denver", "regina", "adelaide", "alexandria", "aurora", "sofia", "lima", "santiago", "valencia", "chelsea", "brooklyn", "georgia",
	"virginia", "carolina", "jackson", "houston", "london", "vienna", "siena", "verona", "venezia", "firenze", "milano", "roma", "genova",
	"alessandria", "adria", "marsala", "viterbo",
	// Countries that are first names too: `Trip to Jordan`.
	"jordan", "india", "israel", "kenya", "chad",
]);
/** A word of place before a first name that says it is a place wherever it stands: `in Troy`, `at Florence`, `near Lincoln`, `presso Vittoria`. */
const PLACE_ALWAYS = /(?:^|[^\p{L}\p{N}])(?:in|at|near|nei|nel|presso)[ \t]$/iu;
/**
 * `in` or `at` that belongs to the verb before it, not to a place: `Loop in Florence`, `Fill in Paris`, `Bring in
 * Sydney`, `Pencil in Troy`, `Call in Jordan`, `Look at Austin's draft`. The name after it is the person's.
 */
const VERB_PARTICLE = new RegExp(
	"(?:^|[^\\p{L}\\p{N}])(?:loop|looping|fill|filling|bring|bringing|pull|pulling|rope|roping|let|patch|clue|cc|looks?|looking|glance|point|aim|" +
		"call|calling|pencil|pencilling|penciling|count|slot|swap|sub|draft|drag|draw|dial|factor|sign|add|put|usher|invite|" +
		"hint|wave|nod|yell|shout|snap)[ \\t]+(?:in|at)[ \\t]$",
	"iu",
);
/** A word of direction before a city, which says so in a task about travel only: `to`, `from`, `via`, Italian `a`, `da`, `per`, `verso`. */
const PLACE_WHEN_TRAVEL = /(?:^|[^\p{L}\p{N}])(?:to|from|via|into|a|ad|da|per|verso|fino a)[ \t]$/iu;
/** Words of travel or of a move, English and Italian: a task with one of them goes to a city after `to`, `per`, `a` (`Move the team to Paris`). */
const TRAVEL = /(?:^|[^\p{L}\p{N}])(?:move|moves|moving|relocat[\p{L}]*|expand[\p{L}]*|expansion|trasloco|flights?|fly|flying|trains?|trips?|travel[\p{L}\p{N}]*|hotels?|tickets?|airport|visa|taxi|transfer|voli|volo|treni|treno|viaggi[\p{L}\p{N}]*|trasfert[ae]|alberghi|albergo|bigliett[oi]|aeroporto|stazione|navetta)(?![\p{L}\p{N}])/iu;
/** A journey right before the word of direction: `flights to`, `a trip to`, `il volo per`, `in trasferta a`. Its city is a place whoever the task is for. */
const JOURNEY_BEFORE = /(?:^|[^\p{L}\p{N}])(?:flights?|fly|flying|trains?|trips?|travel[\p{L}\p{N}]*|journey|taxi|transfer|voli|volo|treni|treno|viaggi[\p{L}\p{N}]*|trasfert[ae]|navetta)[ \t]+(?:to|from|via|into|a|ad|da|per|verso)[ \t]$/iu;
/**
 * Verbs that hand something to someone, English and Italian: `Send the tickets to Sofia`, `Forward the booking to
 * Sofia`, `Mandare i biglietti a Sofia`. The `to`, `a` or `per` after them names who gets it.
 */
const HANDS_OVER = new RegExp(
	"(?:^|[^\\p{L}\\p{N}])(?:send|sends|sending|forward|forwards|forwarding|give|gives|giving|e-?mails?|e-?mailing|mails?|mailing|hand|hands|" +
		"pass|passes|share|shares|show|shows|texts?|deliver|delivers|return|returns|" +
		"mandare|manda|mandiamo|inviare|invia|inviamo|girare|gira|giriamo|inoltrare|inoltra|dare|passare|passa|consegnare|consegna|" +
		"spedire|spedisce|mostrare|mostra|condividere|condivide|restituire|restituisce)(?![\\p{L}\\p{N}])",
	"iu",
);
/**
 * Verbs that move goods to a place, English and Italian: `Ship the order to Paris`, `Spedire l'ordine a Roma`. The
 * well-known city after their `to` or `a` is where the goods go, as a journey's is: shipping is to somewhere, where
 * sending (`Send the invoices to Paris`, `HANDS_OVER`) is to someone. `spedire` is in both: the ship reading wins.
 */
const SHIPS = /(?:^|[^\p{L}\p{N}])(?:ship|ships|shipping|spedire|spedisce|spediamo|spedisci|spedite)(?![\p{L}\p{N}])/giu;
/** `HANDS_OVER`, every match of a sentence: which of it and `SHIPS` comes last. */
const HANDS_OVER_ALL = new RegExp(HANDS_OVER.source, "giu");
/** `to`, `a` or `ad` right before a name: who a verb that hands something over hands it to. */
const TO = /(?:^|[^\p{L}\p{N}])(?:to|a|ad)[ \t]$/iu;
/** What ends a sentence, for the sentence a word stands in. */
const STOPS = [".", ":", ";", "!", "?"];

/** Whether `key`, a folded first name, is a well-known city (`CITIES`). */
export function isCityName(key: string): boolean {
	return CITIES.has(key);
}

/**
 * Whether the first name `key` (folded), with the text `before` it, names a place: any first name after `in`, `at`,
 * `near` or `presso` (`Find a hotel in Troy`; not a verb's own `in` or `at`: `Loop in Florence`, see `VERB_PARTICLE`;
 * not one written as a possessive, `possessive`: `in Troy's folder`, unless a well-known city), or a well-known city
 * (`CITIES`) after a word of direction in a task about travel (`Book flights to Florence`, `Prenotare il volo per
 * Milano`; `travel` tells whether the task speaks of travel, read once per task), unless its sentence hands something
 * over to her and the direction is no journey's (`Send the tickets to Sofia`, not `Send the team on a trip to Sofia`).
 * `Send the deck to Florence` still names Florence. A city where goods are shipped (`Ship the order to Paris`,
 * `Spedire l'ordine a Roma`, see `shipsThere`) is a place, travel or not, unless a possessive (`to Paris's office`)
 * or listed with another attendee (`listed`: `Ship the samples to Paris and Anna`).
 */
export function namesACity(key: string, before: string, possessive: boolean, travel: () => boolean, listed: () => boolean): boolean {
	if (PLACE_ALWAYS.test(before) && !VERB_PARTICLE.test(before)) return CITIES.has(key) || !possessive;
	if (!CITIES.has(key) || !PLACE_WHEN_TRAVEL.test(before)) return false;
	if (shipsThere(lastSentence(before))) return !possessive && !listed();
	if (!travel()) return false;
	return JOURNEY_BEFORE.test(before) || !HANDS_OVER.test(lastSentence(before));
}

/**
 * Whether the text `before` a name ends in a `to`, `a` or `ad` of a verb that hands something over, in its sentence:
 * `Send the deck to`, `Mandare il file a`; not `Postpone the launch to`.
 */
export function handsOverTo(before: string): boolean {
	return TO.test(before) && HANDS_OVER.test(lastSentence(before));
}

/**
 * Whether the last verb that moves something in `sentence` (the text before a city's name, in its sentence) ships
 * goods (`SHIPS`) rather than hands them over (`HANDS_OVER`): `Ship the order to`, not `Ship the order and send the
 * invoice to`.
 */
function shipsThere(sentence: string): boolean {
	const shipped = lastMatchAt(SHIPS, sentence);
	return shipped >= 0 && shipped >= lastMatchAt(HANDS_OVER_ALL, sentence);
}

/** Where the last match of the global pattern `pattern` in `text` starts; -1 for none. */
function lastMatchAt(pattern: RegExp, text: string): number {
	let at = -1;
	for (const m of text.matchAll(pattern)) at = m.index;
	return at;
}

/** The sentence the text `before` ends in: what follows its last full stop, colon or the like. */
function lastSentence(before: string): string {
	return before.slice(Math.max(...STOPS.map((stop) => before.lastIndexOf(stop))) + 1);
}

/** Whether a task's text speaks of travel (`TRAVEL`). */
export function speaksOfTravel(text: string): boolean {
	return TRAVEL.test(text);
}
