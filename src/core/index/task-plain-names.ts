import { MASK } from "../notes/links";
import { isRoleWord } from "../notes/role-words";
import { type AttendeeNames, compact } from "./attendee-names";
import { wordsReadForNames } from "./task-owners";
import { isCityName, namesACity, speaksOfTravel } from "./cities-as-first-names";
import { AFTER_A_STOP, opensAsAVerb, opensAsWord, SENTENCE_START } from "./first-names-as-words";
import { inASetPhrase } from "./names-in-set-phrases";
import { isHerHere, isSeldomAlone, listedWithSomeone } from "./names-seldom-alone";
import { qualifiesTheNounAfter } from "./nouns-as-first-names";
import { namesATime } from "./seasons-as-times";

/*
 * Meeting notes name who a task is for in plain words as often as with `@`: `- [ ] Send Anna the deck`,
 * `- [ ] Mandare il preventivo a Giulia`, `- [ ] Giulia: prepare the demo`. Such a task is the follow-up
 * of the attendees it names, not of every attendee.
 */

/** A word written with a capital: where a name can stand. */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu;
/** An English possessive after a name: `Anna's deck`. */
const POSSESSIVE = /['’]s$/u;
/** What a name cannot follow: a letter or digit (inside a word), a tag's `#`, a path's `/`, `\` or `.`. */
const INSIDE_A_WORD = /[\p{L}\p{M}\p{N}_#/\\.]/u;
/** A capitalised word at the start of a word, then a slash: `Summer/` of `Summer/Anna`. */
const NAME_BEFORE_SLASH = /(?:^|[\s(*_])(\p{Lu}[\p{L}\p{M}'’-]*)\/$/u;
/** A space between two words of one name. */
const ONE_SPACE = /^ (?=\p{Lu})/u;
/**
 * English words after which a capitalised first name qualifies the noun after it and is no person: `Open the Paris
 * office`, `Prepare the Summer sale`, `Review prices this Summer`, `Plan next Summer's offsite`. Not Italian articles:
 * `Chiedere alla Giulia` is Giulia.
 */
const DETERMINER_BEFORE = /(?:^|[^\p{L}\p{N}])(?:the|this|next|last|every|each|our|their|your|an)[ \t]$/iu;
/** A word of a proper name beside a first name (`Anna Bianchi`, `Via Giulia`): a capital, then small letters. */
const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*/u;
/** The capitalised word just before a first name, with one space after it (`San Marco`), and what comes before it. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*) $/u;
/**
 * Capitalised words beside a first name that are no part of another name: days, months and the small words of a
 * task written in title case (`Ping Anna Monday`, `Send The Deck To Anna`). Not `Di`, `De`, `Van`: they start surnames.
 */
const NO_NAME_WORDS = new Set([
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "tonight",
	"lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica", "oggi", "domani",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
	"the", "and", "to", "for", "with", "about", "on", "by", "at", "in", "of", "re", "asap", "eod", "eow", "before", "after",
]);
/** How much text before a first name is read for the word before it. */
const BEFORE_WINDOW = 64;

/**
 * The attendees a task's text names in plain words (a name or alias in full, or the first word of one, with a
 * capital, outside links, inline code, tags, addresses, footnote labels and HTML tags), each once, in the order of the attendees; null when
 * it names none, or only names two attendees answer to (`Max` with two Maxes: no owner guessed).
 */
export function attendeesWrittenIn(text: string, names: AttendeeNames): string[] | null {
	if (names.attendees.length < 2) return null;
	const bySurname = ownerBySurnameLabel(text, names);
	if (bySurname !== null) return [bySurname];
	// Each word with an `@` (an address) masked: a word is read once, however long (`\S*@\S*` read a long one again from each letter).
	const visible = wordsReadForNames(text).replace(/\S+/gu, (word) => (word.includes("@") ? MASK.repeat(word.length) : word));
	let found: Set<string> | null = null;
	// Where the last name read in full ends: its second word is not read again as a name of its own.
	let readUpTo = 0;
	// Whether the task speaks of travel, read once and only for a city's name (see `namesACity`).
	let travel: boolean | null = null;
	const aboutTravel = (): boolean => (travel ??= speaksOfTravel(visible));
	for (const m of visible.matchAll(CAPITALISED)) {
		if (m.index < readUpTo || (m.index > 0 && INSIDE_A_WORD.test(visible[m.index - 1] ?? "") && !pairedBySlash(visible, m.index, names))) continue;
		const end = m.index + m[0].length;
		const before = visible.slice(Math.max(0, m.index - BEFORE_WINDOW), m.index);
		const named = attendeeNamedAt(m[0], visible.slice(end, end + 64), names) ?? attendeeFirstNamedAt(m[0], { before, after: visible.slice(end, end + 64), fromStart: m.index <= BEFORE_WINDOW, aboutTravel }, names);
		if (named === null) continue;
		(found ??= new Set()).add(named.path);
		readUpTo = end + named.more;
	}
	return found === null ? null : names.attendees.filter((p) => found.has(p));
}

/**
 * The one attendee the word `word` (with the capitalised word after it, in `after`) names in full, by a name or
 * alias, and how many characters of `after` the name took; null for none or several.
 */
function attendeeNamedAt(word: string, after: string, names: AttendeeNames): { path: string; more: number } | null {
	const next = nextWord(after);
	const bare = word.replace(POSSESSIVE, "");
	if (next !== null) {
		const whole = names.named(compact(`${bare} ${next.replace(POSSESSIVE, "")}`));
		if (whole.length === 1) return { path: whole[0] as string, more: next.length + 1 };
	}
	const key = compact(bare);
	if (key === "") return null;
	const byName = names.named(key);
	return byName.length === 1 ? { path: byName[0] as string, more: 0 } : null;
}

/**
 * The one attendee the word `word` names by the first word of a name, and how many characters of `after` the name
 * took; null for none or several, and for a word that means something else there: a month or a modal where it
 * does not plainly speak of her (`Follow up in April`, `Will send`, see `isHerHere`), a word after `the` or `this`
 * (`Open the Paris office`), a noun or a city between a verb that makes a thing and a noun it qualifies (`Submit
 * Grant application`, `Renew Paris lease`), an Italian name in a set phrase (`Rosa dei candidati`), a season, a
 * day or a city as a time (`before Summer`, `entro Domenica`, `Summer 2027`), a task's first word
 * before a word that does not make it the subject (`Jack up the prices`) or before another attendee's name (`Chase
 * Anna for the figures`), a city (`Book flights to Florence`), a role (`Host the session`), a firm the vault knows
 * (`Apple's offer`), or a word of another proper name, beside a capitalised word that names no attendee (`Anna
 * Bianchi`, `Piazza San Marco`).
 */
function attendeeFirstNamedAt(word: string, at: WhereAWordIs, names: AttendeeNames): { path: string; more: number } | null {
	const bare = word.replace(POSSESSIVE, "");
	const key = compact(bare);
	if (key === "" || names.named(key).length > 0 || isRoleWord(bare) || names.isFirm(bare) || DETERMINER_BEFORE.test(at.before)) return null;
	const namesSomeone = (w: string): boolean => names.namesSomeone(compact(w.replace(POSSESSIVE, "")));
	if (isSeldomAlone(key) && !isHerHere(key, at.before, at.after, at.fromStart, bare !== word, namesSomeone)) return null;
	const found = names.firstNamed(key);
	if (found.length !== 1) return null;
	const path = found[0] as string;
	const next = bare === word ? nextWord(at.after) : null;
	if (next !== null && names.firstTwoNamed(compact(`${bare} ${next.replace(POSSESSIVE, "")}`)).includes(path)) return { path, more: next.length + 1 };
	if (next !== null && NAME_WORD.test(next) && !besideAName(next, names, path)) return null;
	if (next !== null && actsOnAnother(next, names, path) && opensAsAVerb(key, at.before, at.fromStart)) return null;
	if (bare === word && opensAsWord(key, at.before, at.after, at.fromStart, (w) => names.hasWord(path, compact(w)))) return null;
	if (bare === word && (qualifiesTheNounAfter(key, isCityName(key), at.before, at.after) || inASetPhrase(key, at.before, at.after, at.fromStart))) return null;
	const listed = (): boolean => listedWithSomeone(at.before, at.after, namesSomeone);
	if (namesACity(key, at.before, bare !== word, at.aboutTravel, listed) || namesATime(key, at.before, at.after, bare !== word)) return null;
	return wordBefore(at.before, at.fromStart, names, path) ? null : { path, more: 0 };
}

/** The text around a capitalised word: up to `BEFORE_WINDOW` characters before it, some after it, whether `before` is all there is before it, and whether the task speaks of travel. */
interface WhereAWordIs {
	before: string;
	after: string;
	fromStart: boolean;
	aboutTravel: () => boolean;
}

/**
 * Whether the capitalised word at `index` of `text` follows a slash right after a word that names an attendee, at
 * the start of a word: `Anna` of `Summer/Anna: prep`, two attendees written as one pair. Not a path's folder (`Projects/Anna`).
 */
function pairedBySlash(text: string, index: number, names: AttendeeNames): boolean {
	if (text[index - 1] !== "/") return false;
	const m = NAME_BEFORE_SLASH.exec(text.slice(Math.max(0, index - BEFORE_WINDOW), index));
	return m !== null && names.namesSomeone(compact(m[1] ?? ""));
}

/** The capitalised word right after a name, one space away (`Rossi` in `Anna Rossi`), or null. */
function nextWord(after: string): string | null {
	return ONE_SPACE.test(after) ? (after.slice(1).match(/^\p{Lu}[\p{L}\p{M}'’-]*/u)?.[0] ?? null) : null;
}

/**
 * Whether a capitalised word that names no attendee stands right before a first name, inside its sentence (`San`
 * of `Visit San Marco`, `Via` of `Meet at Via Giulia`): the first name is then a word of another name. A sentence's
 * first word (`Ask Anna`, `Dr Anna`) is not one.
 */
function wordBefore(before: string, fromStart: boolean, names: AttendeeNames, path: string): boolean {
	const m = WORD_BEFORE.exec(before);
	if (m === null) return false;
	const rest = before.slice(0, m.index);
	if (SENTENCE_START.test(rest) && (fromStart || AFTER_A_STOP.test(rest))) return false;
	return !besideAName(m[1] ?? "", names, path);
}

/** Whether the capitalised word `next`, right after the first name of the attendee at `path`, names another attendee: `Anna` of `Chase Anna`. */
function actsOnAnother(next: string, names: AttendeeNames, path: string): boolean {
	const key = compact(next.replace(POSSESSIVE, ""));
	return !names.hasWord(path, key) && names.namesSomeone(key);
}

/**
 * Whether a capitalised word beside the first name of the attendee at `path` leaves it hers: a word of her own name
 * (`Rossi Anna`, surname first), another attendee's name, a day, a month, a small word.
 */
function besideAName(word: string, names: AttendeeNames, path: string): boolean {
	const key = compact(word.replace(POSSESSIVE, ""));
	return NO_NAME_WORDS.has(key) || names.hasWord(path, key) || names.namesSomeone(key);
}

/** A task opening with one or two capitalised words and a colon, bold or not: `Rossi: send the offer`, `**Di Stefano**: check`. */
const SURNAME_LABEL = /^[ \t]*[*_]{0,2}(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*)?)[*_]{0,2}[ \t]*:/u;

/**
 * The one attendee a task names by surname before a colon, as Italian and office notes call colleagues by it
 * (`Rossi: preparare l'offerta`, `Di Stefano: check the numbers`); null when the words are a name, alias or first name of
 * an attendee (read as such), or two attendees or none have that surname.
 */
function ownerBySurnameLabel(text: string, names: AttendeeNames): string | null {
	const label = SURNAME_LABEL.exec(text)?.[1];
	if (label === undefined) return null;
	const key = compact(label);
	if (key === "" || names.namesSomeone(key) || names.firstTwoNamed(key).length > 0) return null;
	const found = names.surnamed(key);
	return found.length === 1 ? (found[0] as string) : null;
}
