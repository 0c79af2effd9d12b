import { handsOverTo } from "./cities-as-first-names";
import { AFTER_A_STOP, SENTENCE_START } from "./first-names-as-words";

/*
 * First names that are also months (`April`, `June`) or modals (`Will`, `Hope`, `May`): written alone, they mean the
 * month or the word far more often than the person (`Follow up in April`, `Will send the deck`, `Hope to close the
 * deal`). They are the person only where the task plainly speaks to or of her (`Ask April`, `Send the deck to April`,
 * `April to send the deck`, `Will: send the deck`). A full name (`April Ross`) or an alias always counts. Names that
 * are also verbs (`Mark`, `Bill`, `Grant`) are read as any other first name, the verb a task opens with aside (see
 * `opensAsWord`).
 */

/** Months that are first names, folded: the person only after a word that asks or hands something to her, or as a subject. */
const MONTHS = new Set(["april", "may", "june", "august"]);
/** Modals and verbs a task opens with that are first names, folded: the person anywhere but at a sentence's start, where a mark after it says so. */
const MODALS = new Set(["will", "hope"]);
/** Words that are no names at all here, read as words wherever they stand. */
const NEVER_ALONE = new Set(["sort", "check", "note", "see", "ask", "call"]);
/** A word that speaks to the person after it: `Ask April`, `Check with June`, `Chiedere a April` is `handsOverTo`'s. */
const ADDRESSED_BEFORE =
	/(?:^|[^\p{L}\p{N}])(?:ask|asking|tell|ping|e-?mail|call|remind|cc|thank|text|message|contact|nudge|brief|invite|with|chiedere|chiedi|sentire|senti|chiamare|chiama|ricordare|con)[ \t]$/iu;
/**
 * What makes a month at a sentence's start its subject: `April to send`, `June will book`. Not a colon: `June: ship
 * v2` is as often a plan for the month as a task for June, and a shared follow-up is the safer mistake.
 */
const MONTH_AS_SUBJECT = /^[ \t]+(?:to[ \t]+\p{Ll}|(?:will|should|must|can|could|would|shall|already|deve|manda)(?![\p{L}\p{N}]))/u;
/** A mark right after a name that says it is one: `Will: send`, `Will, send`, `Will - send`. */
const MARK_AFTER = /^(?:[ \t]*[:,]|[ \t]+[-–—][ \t])/u;

/** A capitalised word, then `and`, `e`, `&` or a comma, right before a name: `Anna and April`. */
const LISTED_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*)(?:[ \t]+(?:and|e|ed|&)[ \t]+|,[ \t]*)$/u;
/** `and`, `e`, `&` or a comma, then a capitalised word, right after a name: `April and Anna`. */
const LISTED_AFTER = /^(?:[ \t]+(?:and|e|ed|&)[ \t]+|,[ \t]*)(\p{Lu}[\p{L}\p{M}'’-]*)/u;

/** Emphasis marks right before a name (`**` of `Ask **April**`). */
const EMPHASIS_BEFORE = /[*_~]+$/u;
/** Emphasis marks right after a name (`**` of `**April** to send`). */
const EMPHASIS_AFTER = /^[*_~]+/u;

/** Whether `key`, a folded first name, is one of those seldom a person alone (a month, a modal, a word). */
export function isSeldomAlone(key: string): boolean {
	return MONTHS.has(key) || MODALS.has(key) || NEVER_ALONE.has(key);
}

/**
 * Whether the first name `key` (folded, `isSeldomAlone`), with the text `before` and `after` it, is the person here:
 * a month after a word that speaks to her (`Ask April`, `Check with June`), after a `to` or `a` that hands something
 * to her (`Send the deck to April`), or opening a sentence as a subject (`April to send the deck`), never as a
 * possessive (`April's numbers`); a modal anywhere but at a sentence's start, or there before a mark (`Will: send`);
 * either in a list with a word that names an attendee (`namesSomeone`: `Anna and April to review`, not `Between March
 * and April`).
 */
export function isHerHere(key: string, beforeMarked: string, afterMarked: string, fromStart: boolean, possessive: boolean, namesSomeone: (word: string) => boolean): boolean {
	// Emphasis around the name (`**April** to send`, `Ask **April**`) is read as if it were not there.
	const before = beforeMarked.replace(EMPHASIS_BEFORE, "");
	const after = afterMarked.replace(EMPHASIS_AFTER, "");
	if (!NEVER_ALONE.has(key) && listedWithSomeone(before, after, namesSomeone)) return true;
	const opens = SENTENCE_START.test(before) && (fromStart || AFTER_A_STOP.test(before));
	if (MODALS.has(key)) return !opens || MARK_AFTER.test(after);
	if (!MONTHS.has(key) || possessive) return false;
	if (opens) return key !== "may" && MONTH_AS_SUBJECT.test(after);
	return ADDRESSED_BEFORE.test(before) || handsOverTo(before);
}

/** Whether a name stands in a list (`and`, `e`, a comma) beside a word that names an attendee: `Anna and April`, `April, Anna`. */
export function listedWithSomeone(before: string, after: string, namesSomeone: (word: string) => boolean): boolean {
	const beside = [LISTED_BEFORE.exec(before)?.[1], LISTED_AFTER.exec(after)?.[1]];
	return beside.some((word) => word !== undefined && namesSomeone(word));
}
