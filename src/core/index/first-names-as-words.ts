import { isCityName } from "./cities-as-first-names";
import { isNounName, pluralThatStands } from "./nouns-as-first-names";

/*
 * Where a first name that opens a task is a word and no person: a verb (`Jack up the prices`, Italian `Salvo il
 * file`), or a noun or a city's name that qualifies the noun after it (`Summer update`, `Paris offsite planning`). A
 * task so read stays every attendee's: a shared follow-up is the safer mistake, for a wrong owner hides it from the
 * others. Where a first name is a place, see `cities-as-first-names.ts`.
 */

/**
 * Lower-case words that make a first name before them the subject of its task (`Jack to send`, `Jack will`, `Jack and
 * Bob`, `Jack with Anna`, `Jack send the deck`, `Salvo deve`, `Salvo manda`): `to`, modals and auxiliaries, `and`/`e`,
 * `with`/`con`, and the verbs a task is most often written with, English in its bare form (`ENGLISH_VERBS`: a verb never
 * takes a verb as its object) and Italian in the third person. Verbs ending in `s` (`sends`) and Italian infinitives and
 * futures (`mandare`, `manderà`) are read by their endings (see `isSubjectsWord`).
 */
const SUBJECT_WORDS = new Set([
	"to", "will", "would", "should", "shall", "must", "can", "could", "may", "might", "need", "needs", "has", "have", "had", "is", "was",
	"and", "or", "also", "please", "cc", "re", "vs", "not", "never", "non",
	"with",
	"e", "ed", "o", "deve", "devono", "dovrebbe", "può", "puo", "potrebbe", "ha", "hanno", "è", "sta", "va", "fa", "si", "anche",
	"manda", "invia", "prepara", "chiama", "scrive", "sente", "controlla", "organizza", "prenota", "verifica", "aggiorna", "condivide",
	"segue", "porta", "prende", "chiede", "risponde", "contatta", "gestisce", "presenta", "sistema", "recupera", "inoltra", "fissa",
	"mette", "vede", "apre", "chiude", "passa", "rivede", "rilegge", "carica", "segnala", "propone", "coordina", "raccoglie", "sollecita",
	"ricorda", "avvisa", "spedisce", "compila", "firma", "paga", "ordina", "compra", "cerca", "trova", "parla", "incontra", "finisce",
	"completa", "crea", "scarica", "stampa", "riprende", "informa", "conferma", "chiarisce", "definisce", "approva", "valuta", "analizza",
	"inserisce", "sposta", "annulla", "rinnova", "fare", "dare", "dire", "con",
]);
/**
 * English verbs a task is most often written with, in their bare form (`Jack send the deck`). Most are nouns too
 * (`update`, `review`, `call`): after a first name that is also a noun, with nothing they act on, they are the noun
 * it qualifies (`Summer update`, see `qualifiesANoun`).
 */
const ENGLISH_VERBS = new Set([
	"send", "check", "call", "email", "mail", "book", "follow", "review", "update", "draft", "schedule", "write", "ask", "confirm", "set",
	"organise", "organize", "reach", "ping", "sync", "look", "find", "get", "make", "fix", "contact", "finish", "circulate", "chase",
	"create", "plan", "reply", "respond", "order", "buy", "pay", "sign", "submit", "invite", "arrange", "talk", "speak", "meet", "prep",
	"handle", "own", "lead", "run", "do", "take", "bring", "put", "give", "tell", "let", "go", "try", "start", "forward", "test",
	"investigate", "research", "read", "print", "post", "upload", "collect", "gather", "coordinate", "introduce", "join", "help", "clarify",
	"verify", "validate", "approve", "agree", "decide", "figure", "clean", "move", "add", "remove", "close", "open", "file", "log", "track",
	"present", "demo", "think", "work", "explore", "double-check", "loop", "circle", "touch", "summarise", "summarize", "outline",
	"compile", "propose", "sort", "kick", "pull", "nudge", "remind", "raise", "escalate", "ship", "finalise", "finalize", "publish", "align",
	"discuss", "provide", "recap", "assess", "analyse", "analyze", "estimate", "edit", "hand", "pick", "liaise", "connect", "report", "dig",
	"fill", "complete", "deliver", "build", "design", "implement", "sketch", "negotiate", "renew", "cancel", "reschedule", "invoice", "text",
	"message", "ring", "phone", "brief", "debrief", "onboard", "prioritise", "prioritize", "request", "reserve", "push", "merge", "deploy",
	"source", "wrap", "keep", "double", "flag", "note", "prepare", "share", "pass", "manage", "drive", "cover", "attend", "hire",
]);
/**
 * Words that say the first name before them did, does or will do something: adverbs (`Jack already sent`, `Salvo già
 * mandato`) and English irregular past tenses (`Summer sent the figures`); regular ones are read by their ending
 * (`Rose reviewed`, see `PAST_TENSE`).
 */
const DONE_BY_A_SUBJECT = new Set([
	"already", "still", "just", "now", "then", "soon", "later", "again", "maybe", "probably", "definitely", "actually", "personally", "directly", "finally",
	"sent", "made", "did", "got", "took", "gave", "wrote", "met", "said", "told", "found", "brought", "bought", "paid", "ran", "came", "went", "sold",
	"spoke", "chose", "drove", "flew", "kept", "knew", "thought", "won", "began", "built", "caught", "heard", "held", "meant", "forgot", "understood",
	"già", "ancora", "subito", "poi", "appena", "forse", "probabilmente",
]);
/** An English regular past tense (`reviewed`, `emailed`): the verb of a subject before it. */
const PAST_TENSE = /^\p{Ll}{2,}ed$/u;
/** Words ending in `ed` that are no past tense (`Storm speed`, `Summer seed fund`). */
const NOT_PAST_TENSE = new Set(["seed", "speed", "feed", "breed", "greed", "weed", "creed", "shred", "bleed", "sled", "embed"]);
/** Words ending in `s` that are no verb of a subject: objects, determiners, adverbs (`Jack us up`, `Jack this`). */
const NOT_THIRD_PERSON = new Set(["us", "this", "his", "its", "as", "yes", "less", "plus", "thus", "various", "across", "always", "perhaps", "unless", "towards", "besides", "afterwards"]);
/** An Italian infinitive (`mandare`, `chiedere`, `sentire`) or third-person future (`manderà`): the verb of a subject before it. */
const ITALIAN_VERB_ENDING = /^\p{Ll}{2,}(?:are|ere|ire|rà)$/u;
/**
 * An English third person (`sends`, `fixes`, `replies`, `knows`): a word ending in `s` whose bare form is a verb a
 * task is written with (`ENGLISH_VERBS`), or any before what a verb acts on (`rest`, the text after it: `knows the
 * client`, `supports Anna`, `OBJECT_AFTER`). Else a plural noun (`Mark duplicates`, `Summer hours policy`, `Bill
 * clients for March`), or no plural at all (`access`, `process`).
 */
function isThirdPerson(key: string, rest: string): boolean {
	if (!key.endsWith("s") || key.endsWith("ss") || NOT_THIRD_PERSON.has(key)) return false;
	const bare = [key.slice(0, -1), key.endsWith("es") ? key.slice(0, -2) : "", key.endsWith("ies") ? `${key.slice(0, -3)}y` : ""];
	return bare.some((b) => ENGLISH_VERBS.has(b)) || OBJECT_AFTER.test(rest);
}
/** What a verb acts on, after it: a determiner, a pronoun, a particle, a capitalised name (`knows the client`, `supports Anna`). */
const OBJECT_AFTER =
	/^[ \t]+(?:(?:the|a|an|this|that|these|those|his|her|their|our|my|your|its|it|them|him|us|me|all|some|any|every|each|up|out|into|off|back|over)(?![\p{L}\p{N}])|\p{Lu})/u;
/** Blanks, then a lower-case word: what follows a first name read as a verb. */
const LOWER_WORD_AFTER = /^[ \t]+(\p{Ll}[\p{L}\p{M}'’-]*)/u;
/** Text before a word that starts its sentence: nothing but marks since the start or a full stop, colon or the like. */
export const SENTENCE_START = /(?:^|[.:;!?])[^\p{L}\p{N}]*$/u;
/** Text before a word right after a full stop, colon or the like, and marks. */
export const AFTER_A_STOP = /[.:;!?][^\p{L}\p{N}]*$/u;

/**
 * First names that are also words a task can open with (folded): English verbs (`Jack up the prices`, `Chuck the old
 * drafts`, `Grace the launch`, `Foster the habit`), Italian verbs in the first person (`Salvo il file`, `Guido la
 * call`, `Libero la sala`) and Italian adjectives and nouns (`Primo trimestre`, `Speranza di chiudere`). Only these are ever read as a verb: `Anna document the process` and `Marco pianifica la
 * call` name Anna and Marco, whatever word follows, for their names are no words.
 */
const NAMES_THAT_ARE_WORDS = new Set([
	"jack", "chuck", "nick", "rob", "bob", "pat", "sue", "drew", "grant", "chase", "bill", "mark", "will", "hope", "don", "frank",
	"pierce", "josh", "skip", "buck", "wade", "rush", "carol", "harry", "hector", "lance", "sally", "page", "max", "mike", "kit", "peg",
	"dash", "stew", "chip", "dot", "roger", "jimmy", "grace", "storm", "summer", "winter", "spring", "cash", "price", "cook", "foster",
	"tucker", "mason", "guy", "brook", "hunt", "ward",
	"salvo", "guido", "libero", "remo", "viola", "mira", "marina", "primo", "speranza",
]);

/** What follows a verb that acts on nothing: the end of the task, a mark (not a link or code, `MASK`), or a preposition (`update for the board`). */
const ACTS_ON_NOTHING = /^(?:[ \t]*$|[ \t]*[^\p{L}\p{N}\s\uE000]|[ \t]+(?:for|to|on|with|by|at|in|of|from|about|before|after|due|asap|per|re)(?![\p{L}\p{N}]))/u;

/**
 * Whether a first name (`key`, folded) that is also a word (`NAMES_THAT_ARE_WORDS`, `NAMES_THAT_ARE_NOUNS`) or a city
 * (`isCityName`: `Paris offsite planning`, `Sydney office move`) and opens the task or a sentence of it (`before`, the
 * text before it; `fromStart`, whether that is all of it) is read as a word: one space after it, then a lower-case word
 * that does not make it the subject (`Jack up the prices`, `Salvo il file`, not `Jack to send`, `Jack sends`, `Jack
 * already sent`, `Rose reviewed`, `Salvo manda`), nor a word of her own name (`herWord`: `Maria de la Cruz`, `Luca di
 * Stefano`), or, after a noun or a city, a noun it qualifies (`Summer update`, see `qualifiesANoun`) or a plural
 * whose state follows (`Paris invoices overdue`, see `pluralThatStands`). A mark after the
 * name (`Jack: send`, `**Jack** up`, `Jack - send`) keeps it a name.
 */
export function opensAsWord(key: string, before: string, after: string, fromStart: boolean, herWord: (word: string) => boolean): boolean {
	const noun = isNounName(key) || isCityName(key);
	if (!noun && !NAMES_THAT_ARE_WORDS.has(key)) return false;
	const next = LOWER_WORD_AFTER.exec(after);
	if (next === null || !SENTENCE_START.test(before) || !(fromStart || AFTER_A_STOP.test(before))) return false;
	const word = next[1] ?? "";
	if (herWord(word)) return false;
	const rest = after.slice(next[0].length);
	return !isSubjectsWord(word, rest) || (noun && (qualifiesANoun(word, rest) || pluralThatStands(word, rest)));
}

/**
 * Whether a first name (`key`, folded) that is also a verb (`NAMES_THAT_ARE_WORDS`) opens the task or a sentence of
 * it (`before`, the text before it; `fromStart`, whether that is all of it): before another attendee's name, it is
 * the verb acting on her (`Chase Anna for the figures`, `Mark Anna's deck as final`).
 */
export function opensAsAVerb(key: string, before: string, fromStart: boolean): boolean {
	return NAMES_THAT_ARE_WORDS.has(key) && SENTENCE_START.test(before) && (fromStart || AFTER_A_STOP.test(before));
}

/**
 * Whether `word`, an English verb in its bare form after a first name that is also a noun, is rather a noun it
 * qualifies: nothing it acts on follows (`rest`, the text after it): `Summer update`, `Summer review for the board`,
 * not `Summer update the deck`, where Summer is its subject.
 */
function qualifiesANoun(word: string, rest: string): boolean {
	return ENGLISH_VERBS.has(word.toLowerCase()) && ACTS_ON_NOTHING.test(rest);
}

/** Whether `word`, with the text `rest` after it, makes a first name before it the subject of the task. */
function isSubjectsWord(word: string, rest: string): boolean {
	const key = word.toLowerCase().replace(/['’]/gu, "");
	if (SUBJECT_WORDS.has(key) || ENGLISH_VERBS.has(key) || DONE_BY_A_SUBJECT.has(key) || ITALIAN_VERB_ENDING.test(key)) return true;
	if (PAST_TENSE.test(key) && !NOT_PAST_TENSE.has(key)) return true;
	return isThirdPerson(key, rest);
}
