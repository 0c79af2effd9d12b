/*
 * Where a first name in a task's text is a word and no person: a verb that opens the task (`Jack up the prices`,
 * Italian `Salvo il file`), or a city one travels to (`Book flights to Florence`, `Prenotare il volo per Milano`).
 * A task so read stays every attendee's: a shared follow-up is the safer mistake, for a wrong owner hides it from
 * the others.
 */

/**
 * Lower-case words that make a first name before them the subject of its task (`Jack to send`, `Jack will`, `Jack and
 * Bob`, `Jack with Anna`, `Jack send the deck`, `Salvo deve`, `Salvo manda`): `to`, modals and auxiliaries, `and`/`e`,
 * `with`/`con`, and the verbs a task is most often written with, English in its bare form (a verb never takes a verb as
 * its object) and Italian in the third person. Verbs ending in `s` (`sends`) and Italian infinitives and futures
 * (`mandare`, `manderà`) are read by their endings (see `isSubjectsWord`).
 */
const SUBJECT_WORDS = new Set([
	"to", "will", "would", "should", "shall", "must", "can", "could", "may", "might", "need", "needs", "has", "have", "had", "is", "was",
	"and", "or", "also", "please", "cc", "re", "vs", "not", "never", "non",
	"send", "check", "call", "email", "mail", "book", "follow", "review", "update", "draft", "schedule", "write", "ask", "confirm", "set",
	"organise", "organize", "reach", "ping", "sync", "look", "find", "get", "make", "fix", "contact", "finish", "circulate", "chase",
	"create", "plan", "reply", "respond", "order", "buy", "pay", "sign", "submit", "invite", "arrange", "talk", "speak", "meet", "prep",
	"handle", "own", "lead", "run", "do", "take", "bring", "put", "give", "tell", "let", "go", "try", "start", "forward", "test",
	"investigate", "research", "read", "print", "post", "upload", "collect", "gather", "coordinate", "introduce", "join", "help", "clarify",
	"verify", "validate", "approve", "agree", "decide", "figure", "clean", "move", "add", "remove", "close", "open", "file", "log", "track",
	"present", "demo", "think", "work", "explore", "double-check", "loop", "circle", "touch", "with", "summarise", "summarize", "outline",
	"compile", "propose", "sort", "kick", "pull", "nudge", "remind", "raise", "escalate", "ship", "finalise", "finalize", "publish", "align",
	"discuss", "provide", "recap", "assess", "analyse", "analyze", "estimate", "edit", "hand", "pick", "liaise", "connect", "report", "dig",
	"fill", "complete", "deliver", "build", "design", "implement", "sketch", "negotiate", "renew", "cancel", "reschedule", "invoice", "text",
	"message", "ring", "phone", "brief", "debrief", "onboard", "prioritise", "prioritize", "request", "reserve", "push", "merge", "deploy",
	"source", "wrap", "keep", "double", "flag", "note", "prepare", "share",
	"e", "ed", "o", "deve", "devono", "dovrebbe", "può", "puo", "potrebbe", "ha", "hanno", "è", "sta", "va", "fa", "si", "anche",
	"manda", "invia", "prepara", "chiama", "scrive", "sente", "controlla", "organizza", "prenota", "verifica", "aggiorna", "condivide",
	"segue", "porta", "prende", "chiede", "risponde", "contatta", "gestisce", "presenta", "sistema", "recupera", "inoltra", "fissa",
	"mette", "vede", "apre", "chiude", "passa", "rivede", "rilegge", "carica", "segnala", "propone", "coordina", "raccoglie", "sollecita",
	"ricorda", "avvisa", "spedisce", "compila", "firma", "paga", "ordina", "compra", "cerca", "trova", "parla", "incontra", "finisce",
	"completa", "crea", "scarica", "stampa", "riprende", "informa", "conferma", "chiarisce", "definisce", "approva", "valuta", "analizza",
	"inserisce", "sposta", "annulla", "rinnova", "fare", "dare", "dire", "con",
]);
/** Words ending in `s` that are no verb of a subject: objects, determiners, adverbs (`Jack us up`, `Jack this`). */
const NOT_THIRD_PERSON = new Set(["us", "this", "his", "its", "as", "yes", "less", "plus", "thus", "various", "across", "always", "perhaps", "unless", "towards", "besides", "afterwards"]);
/** An Italian infinitive (`mandare`, `chiedere`, `sentire`) or third-person future (`manderà`): the verb of a subject before it. */
const ITALIAN_VERB_ENDING = /^\p{Ll}{2,}(?:are|ere|ire|rà)$/u;
/** An English third person (`sends`, `checks`, `fixes`). */
const THIRD_PERSON = /^\p{Ll}{2,}s$/u;
/** Blanks, then a lower-case word: what follows a first name read as a verb. */
const LOWER_WORD_AFTER = /^[ \t]+(\p{Ll}[\p{L}\p{M}'’-]*)/u;
/** Text before a word that starts its sentence: nothing but marks since the start or a full stop, colon or the like. */
export const SENTENCE_START = /(?:^|[.:;!?])[^\p{L}\p{N}]*$/u;
/** Text before a word right after a full stop, colon or the like, and marks. */
export const AFTER_A_STOP = /[.:;!?][^\p{L}\p{N}]*$/u;

/**
 * First names that are also words a task can open with (folded): English verbs (`Jack up the prices`, `Chuck the old
 * drafts`, `Grace the launch`, `Foster the habit`) and Italian ones in the first person (`Salvo il file`, `Guido la
 * call`, `Libero la sala`). Only these are ever read as a verb: `Anna document the process` and `Marco pianifica la
 * call` name Anna and Marco, whatever word follows, for their names are no words.
 */
const NAMES_THAT_ARE_WORDS = new Set([
	"jack", "chuck", "nick", "rob", "bob", "pat", "sue", "drew", "grant", "chase", "bill", "mark", "will", "hope", "don", "frank",
	"pierce", "josh", "skip", "buck", "wade", "rush", "carol", "harry", "hector", "lance", "sally", "page", "max", "mike", "kit", "peg",
	"dash", "stew", "chip", "dot", "roger", "jimmy", "grace", "storm", "summer", "winter", "spring", "cash", "price", "cook", "foster",
	"tucker", "mason", "guy", "brook", "hunt", "ward",
	"salvo", "guido", "libero", "remo", "viola", "mira", "marina",
]);

/**
 * Whether a first name (`key`, folded) that is also a word (`NAMES_THAT_ARE_WORDS`) or a city (`CITIES`: `Paris
 * offsite planning`, `Sydney office move`) and opens the task or a sentence of it (`before`, the text before it;
 * `fromStart`, whether that is all of it) is read as a word: one space after it, then a lower-case word that does not
 * make it the subject (`Jack up the prices`, `Salvo il file`, not `Jack to send`, `Jack sends`, `Salvo manda`), nor a
 * word of her own name (`herWord`: `Maria de la Cruz`, `Luca di Stefano`). A mark after the name (`Jack: send`,
 * `**Jack** up`, `Jack - send`) keeps it a name.
 */
export function opensAsVerb(key: string, before: string, after: string, fromStart: boolean, herWord: (word: string) => boolean): boolean {
	if (!NAMES_THAT_ARE_WORDS.has(key) && !CITIES.has(key)) return false;
	const next = LOWER_WORD_AFTER.exec(after);
	if (next === null || !SENTENCE_START.test(before) || !(fromStart || AFTER_A_STOP.test(before))) return false;
	const word = next[1] ?? "";
	return !isSubjectsWord(word) && !herWord(word);
}

function isSubjectsWord(word: string): boolean {
	const key = word.toLowerCase().replace(/['’]/gu, "");
	if (SUBJECT_WORDS.has(key) || ITALIAN_VERB_ENDING.test(key)) return true;
	return THIRD_PERSON.test(key) && !NOT_THIRD_PERSON.has(key);
}

/**
 * Well-known cities that are also first names, folded (`Florence`, `Paris`, `Sydney`, Italian `Siena`, `Verona`): only
 * these are read as places, so a first name that is no city (`to Anna`) is never one.
 */
const CITIES = new Set([
	"florence", "paris", "austin", "sydney", "victoria", "savannah", "lourdes", "orlando", "charlotte", "madison", "dallas", "phoenix",
	"denver", "regina", "adelaide", "alexandria", "aurora", "sofia", "lima", "santiago", "valencia", "chelsea", "brooklyn", "georgia",
	"virginia", "carolina", "jackson", "houston", "london", "vienna", "siena", "verona", "venezia", "firenze", "milano", "roma", "genova",
	"alessandria", "adria", "marsala", "viterbo",
]);
/** A word of place before a city that says it is a place wherever it stands: `in Florence`, `at Florence`, `near Florence`. */
const PLACE_ALWAYS = /(?:^|[^\p{L}\p{N}])(?:in|at|near|nei|nel|presso)[ \t]$/iu;
/**
 * `in` or `at` that belongs to the verb before it, not to a place: `Loop in Florence`, `Fill in Paris`, `Bring in
 * Sydney`, `Look at Austin's draft`. The name after it is the person's.
 */
const VERB_PARTICLE = /(?:^|[^\p{L}\p{N}])(?:loop|looping|fill|filling|bring|bringing|pull|pulling|rope|roping|let|patch|clue|cc|looks?|looking|glance|point|aim)[ \t]+(?:in|at)[ \t]$/iu;
/** A word of direction before a city, which says so in a task about travel only: `to`, `from`, `via`, Italian `a`, `da`, `per`, `verso`. */
const PLACE_WHEN_TRAVEL = /(?:^|[^\p{L}\p{N}])(?:to|from|via|into|a|ad|da|per|verso|fino a)[ \t]$/iu;
/** Words of travel, English and Italian: a task with one of them goes to a city after `to`, `per`, `a`. */
const TRAVEL = /(?:^|[^\p{L}\p{N}])(?:flights?|fly|flying|trains?|trips?|travel[\p{L}\p{N}]*|hotels?|tickets?|airport|visa|taxi|transfer|voli|volo|treni|treno|viaggi[\p{L}\p{N}]*|trasfert[ae]|alberghi|albergo|bigliett[oi]|aeroporto|stazione|navetta)(?![\p{L}\p{N}])/iu;

/**
 * Whether the first name `key` (folded), with the text `before` it, names a city: a well-known city that is also a
 * first name (`CITIES`) after `in`, `at` or `near` (`Find a hotel in Florence`; not a verb's own `in` or `at`: `Loop in
 * Florence`, see `VERB_PARTICLE`), or after a word of direction in a task about travel (`Book flights to Florence`,
 * `Prenotare il volo per Milano`; `travel` tells whether the task speaks of travel, read once per task). `Send the deck to Florence` still names Florence.
 */
export function namesACity(key: string, before: string, travel: () => boolean): boolean {
	if (!CITIES.has(key)) return false;
	return (PLACE_ALWAYS.test(before) && !VERB_PARTICLE.test(before)) || (PLACE_WHEN_TRAVEL.test(before) && travel());
}

/** Whether a task's text speaks of travel (`TRAVEL`). */
export function speaksOfTravel(text: string): boolean {
	return TRAVEL.test(text);
}
