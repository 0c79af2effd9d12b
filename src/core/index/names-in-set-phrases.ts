import { AFTER_A_STOP, SENTENCE_START } from "./first-names-as-words";

/*
 * Italian first names that are also words stand in a task as the word inside a set phrase: `Rosa dei candidati` (the
 * shortlist), `Pietra miliare` (a milestone), `Angelo custode`, `Stella polare`, `Felice anno nuovo`, `Settimana
 * Bianca`. A task so read stays every attendee's: a shared follow-up is the safer mistake, for a wrong owner hides it
 * from the others. Outside the phrase the name is hers (`Rosa del marketing`, `Chiedere a Rosa dei preventivi`: the
 * `dei` of some quotes, after a word that asks her).
 */

/** The words that follow each name (folded) in its set phrases, as a pattern on the text after it. */
const SET_PHRASES = new Map<string, RegExp>([
	// Not any `dei` or `delle`: `Rosa delle risorse umane` is Rosa of HR.
	["rosa", /^[ \t]+(?:dei[ \t]+(?:candidati|nomi|venti|fornitori|profili|papabili|finalisti)|delle[ \t]+(?:candidature|opzioni|proposte|offerte)|finale|ristretta)(?![\p{L}\p{N}])/iu],
	["pietra", /^[ \t]+(?:miliare|angolare|miliari)(?![\p{L}\p{N}])/iu],
	["angelo", /^[ \t]+custode(?![\p{L}\p{N}])/iu],
	["stella", /^[ \t]+(?:polare|cometa)(?![\p{L}\p{N}])/iu],
	["felice", /^[ \t]+anno[ \t]+nuovo(?![\p{L}\p{N}])/iu],
]);
/**
 * The word that comes before each name (folded) in its set phrases, as a pattern on the text before it: `Settimana
 * Bianca` (the ski week), `Carta Bianca`. A word that opens the task before a name is otherwise no word of another
 * name (`Chiama Bianca`), so these are named one by one. Not `Prima Pietra`: `Chiamare prima Pietra` is her.
 */
const SET_PHRASES_BEFORE = new Map<string, RegExp>([
	["bianca", /(?:^|[^\p{L}\p{N}])(?:settimana|carta|pagina|notte|bandiera|scheda)[ \t]$/iu],
]);
/** An Italian article right before a name (`la Rosa dei candidati`, `l'Angelo custode`); not `alla`, which speaks to her. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:la|una|il|lo|un)[ \t]$|(?:^|[^\p{L}\p{N}])l['’]$/iu;

/**
 * Whether the first name `key` (folded), with the text `before` and `after` it, is the word of one of its set phrases:
 * after the word that comes before it (`SET_PHRASES_BEFORE`: `Settimana Bianca`), or before the words that follow it
 * (`SET_PHRASES`), opening the task or a sentence of it (`fromStart`: `before` is all there is before it) or after an
 * article (`Preparare la Rosa dei candidati`).
 */
export function inASetPhrase(key: string, before: string, after: string, fromStart: boolean): boolean {
	if (SET_PHRASES_BEFORE.get(key)?.test(before) === true) return true;
	const phrase = SET_PHRASES.get(key);
	if (phrase === undefined || !phrase.test(after)) return false;
	return (SENTENCE_START.test(before) && (fromStart || AFTER_A_STOP.test(before))) || ARTICLE_BEFORE.test(before);
}
