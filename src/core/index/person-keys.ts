import type { ParsedNote } from "../notes/note";
import { foldName } from "../shared/text";
import { appendAll } from "../shared/lists";
import { folderNoteName } from "../notes/person-folders";
import { isRoleWord } from "../notes/role-words";
import { umlautsWrittenOut } from "../shared/umlauts";

/*
 * The keys the resolver files a person and a reference under: folded names, email addresses, and
 * the spellings that tell apart people whose folded names are one.
 */

/** Up to this many aliases, a person's names are looked through for repeats; past it, kept in a set. */
const FEW_NAMES = 16;

/**
 * The keys a person is known by, folded: file name (not a folder note's `README`), `name`, aliases, and her email addresses
 * (`isEmailKey`). Then, marked so (`isNameKey` is false), the spellings that fold to another key
 * (`niccolò`), so that a change of spelling alone reads again the notes that name her.
 */
export function personKeys(person: ParsedNote): string[] {
	// A folder note named `README` (`People/Jai Menon/README.md`) is known by her name, not by the name every such note has.
	const names = person.person !== null && folderNoteName(person.path, person.title) !== null ? [] : [person.title];
	// Each name once: a name written as the file name (nearly every person's) gives no key the first did not.
	// A few names are looked through; many (a note of 150,000 aliases) in a set: as many steps as names, not their square.
	const seen = person.person !== null && person.person.aliases.length > FEW_NAMES ? new Set(names) : null;
	const addNew = (name: string): void => {
		if (seen === null ? names.includes(name) : seen.has(name)) return;
		seen?.add(name);
		names.push(name);
	};
	if (person.person) {
		addNew(person.person.name);
		for (const alias of person.person.aliases) addNew(alias);
	}
	// `Jürgen Müller` is also `Juergen Mueller`, as a keyboard without umlauts writes him.
	for (let i = 0, n = names.length; i < n; i++) {
		const written = umlautsWrittenOut(names[i] as string);
		if (written !== null) addNew(written);
	}
	// A name of invisible marks only (`name: "\u200F"`, a guest's CN pasted so) folds to nothing: no key, or every such person was one.
	const folded = names.map(nameKeyOf);
	const keys = new Set<string>(folded.filter((key) => key !== ""));
	for (const email of emailsOf(person)) keys.add(email);
	names.forEach((name, i) => {
		const spelled = spellingOf(name);
		if (!keys.has(spelled)) keys.add(SPELLING + spelled);
		const key = folded[i] ?? "";
		const words = wordOrderKey(key);
		if (words !== null) keys.add(words);
		const handle = handleKeyOfName(key);
		if (handle !== null) keys.add(handle);
		const first = firstWordKeyOfName(key);
		if (first !== null) keys.add(first);
	});
	return [...keys];
}

/** Before a spelling key of `personKeys`: no name or reference is filed under it. */
const SPELLING = "\u0000";
/** Before a word-order key (`wordOrderKey`). */
const WORDS = "\u0001";

/** Before a handle key (`handleKeyOfName`, `handleKeyOfTarget`). */
const HANDLE = "\u0002";

/** Before a first-word handle key (`firstWordKeyOfName`, `firstWordKeyOfTarget`). */
const FIRST = "\u0003";

/** Whether a key of `personKeys` is a name or an address (not a spelling, word-order, handle or first-word key). */
export function isNameKey(key: string): boolean {
	return !key.startsWith(SPELLING) && !key.startsWith(WORDS) && !key.startsWith(HANDLE) && !key.startsWith(FIRST);
}

export function isFirstWordKey(key: string): boolean {
	return key.startsWith(FIRST);
}

/**
 * The first word of a folded name (the whole of a one-word name) as a handle writes it, marked: `@anna` and
 * `@jean-luc` name Anna Rossi and Jean-Luc Picard, as chat apps' handles are often one's first name. Null for none.
 */
export function firstWordKeyOfName(folded: string): string | null {
	return firstWordKey(folded.trim().split(" ")[0] ?? "");
}

/** The first-word key of a handle written with its `@` and without spaces (`@anna`, `@jean-luc`); null for any other name, and for a word for a role (`@host`, `@noi`: see `isRoleWord`). */
export function firstWordKeyOfTarget(target: string): string | null {
	if (!isOneWordHandle(target) || isRoleWord(target.slice(1))) return null;
	return firstWordKey(nameKeyOf(target.slice(1)));
}

/** Whether `target` is a handle of one word, written with its `@` (`@anna`, `@jean-luc`, `@noi`). */
export function isOneWordHandle(target: string): boolean {
	return target.startsWith("@") && !/\s/.test(target.trim()) && nameKeyOf(target.slice(1)).replace(HANDLE_GAPS, "") !== "";
}

/**
 * The first-word key of a plain name of one word, written without `@` (`Marco` in `attendees: [Marco]`, `- Marco`
 * under `## Attendees`): the one person whose first name it is, as `@marco` names her. Null for a name of several
 * words, one written with `@` (see `firstWordKeyOfTarget`), one that is no word of letters (`Q3`, `@`, `#team`),
 * or a word for a role, a group or oneself (`Host`, `Client`, `Noi`, `Me`: see `isRoleWord`), which is no first name.
 */
export function firstWordKeyOfPlainName(target: string): string | null {
	const name = target.trim();
	if (!ONE_WORD_NAME.test(name) || isRoleWord(name)) return null;
	return firstWordKey(nameKeyOf(name));
}

/** A folded first word as a handle writes it (its gaps dropped: `jean-luc` → `jeanluc`), marked; null when nothing is left. */
function firstWordKey(word: string): string | null {
	const squeezed = word.replace(HANDLE_GAPS, "");
	return squeezed === "" ? null : FIRST + squeezed;
}

/** One word of letters, as a first name is written (`Marco`, `Jean-Luc`, `D'Arcy`, `Zoë`). */
const ONE_WORD_NAME = /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;

export function isWordOrderKey(key: string): boolean {
	return key.startsWith(WORDS);
}

export function isHandleKey(key: string): boolean {
	return key.startsWith(HANDLE);
}

/** What a handle drops between a name's words: spaces, dots, underscores, hyphens, apostrophes. */
const HANDLE_GAPS = /[\s._'-]+/g;

/**
 * A folded name of two words or more (`anna rossi`, `luca d'amico`) as a handle writes it, run together and
 * marked: `@AnnaRossi`, `@anna.rossi`, `@anna_rossi` and `@luca-damico` name them. Null for one word.
 */
export function handleKeyOfName(folded: string): string | null {
	const squeezed = folded.replace(HANDLE_GAPS, "");
	return squeezed === folded || squeezed === "" ? null : HANDLE + squeezed;
}

/**
 * The handle key of a plain attendee written as one handle (`AnnaRossi`, `anna.rossi`, `anna_rossi`: a
 * capital inside the word or a dot, underscore or hyphen between its parts); null for any other name.
 */
export function handleKeyOfTarget(target: string): string | null {
	// A lowercase handle listed in a note's body keeps its `@` (`@mobile.squad`: see `namesIn`).
	// Written with its `@` (`@annarossi`), a word is a handle as it is; without, only run together visibly.
	const at = target.startsWith("@");
	const handle = at ? target.slice(1) : target;
	if (/\s/.test(handle.trim()) || (!at && !/[._'’-]|\p{Ll}\p{Lu}/u.test(handle))) return null;
	const squeezed = nameKeyOf(handle).replace(HANDLE_GAPS, "");
	return squeezed === "" ? null : HANDLE + squeezed;
}

/**
 * A folded name of two words or more with its words in alphabetical order, marked: `Rossi Anna`, as
 * Italian registers and badges write names surname first, is `Anna Rossi`. Null for one word.
 */
export function wordOrderKey(folded: string): string | null {
	if (!folded.includes(" ")) return null;
	return WORDS + inCodeUnitOrder(folded.split(" ")).join(" ");
}

/**
 * A name's few words in the order `Array.prototype.sort` gives them (by UTF-16 code units), sorted in place by
 * insertion: the engine's sort makes a work list of its own for each call, and this runs for every name of a vault.
 */
function inCodeUnitOrder(words: string[]): string[] {
	// A hostile name of thousands of words: the engine's sort (insertion sort's time grows with the square).
	if (words.length > 8) return words.sort();
	for (let i = 1; i < words.length; i++) {
		const word = words[i] as string;
		let j = i - 1;
		for (; j >= 0 && (words[j] as string) > word; j--) words[j + 1] = words[j] as string;
		words[j + 1] = word;
	}
	return words;
}

/** A person's names as written, case aside (see `spellingOf`). */
export function spellingsOf(person: ParsedNote): readonly string[] {
	const names = [person.title];
	if (person.person) appendAll(names, [person.person.name, ...person.person.aliases]);
	return names.map(spellingOf);
}

/** A name as written, case, Unicode form, spaces and apostrophes aside: accents stay (`niccolò`). */
export function spellingOf(name: string): string {
	return straightApostrophes(linkKey(name.replace(/\s+/g, " ").trim()));
}

/**
 * How plain names are compared (`foldName`: case, accents, invisible characters aside), with the
 * typographic apostrophes a phone or a word processor types (`D’Amico`) made straight (`d'amico`).
 */
export function nameKeyOf(name: string): string {
	return straightApostrophes(foldName(name));
}

const APOSTROPHE = /[\u2018\u2019\u02BC\u00B4`]/;
const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4`]/g;

function straightApostrophes(text: string): string {
	return APOSTROPHE.test(text) ? text.replace(APOSTROPHES, "'") : text;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function isEmailKey(key: string): boolean {
	return key.includes("@") && EMAIL.test(key);
}

/** A person's email addresses, lower case: `email: anna@lumen.example`, several separated by commas or spaces. */
function emailsOf(person: ParsedNote): string[] {
	return emailsInField(person.person?.email ?? "");
}

/** The addresses a note's `email` field writes, lower case: several separated by commas or spaces, `mailto:` or `<…>` around one. */
export function emailsInField(field: string): string[] {
	if (!field.includes("@")) return [];
	return field.split(/[\s,;]+/).map(emailOfWord).filter((e): e is string => e !== null);
}

/** `anna@x.it`, `mailto:anna@x.it`, `<anna@x.it>` → `anna@x.it`; anything else → null. */
function emailOfWord(word: string): string | null {
	const bare = word.trim().replace(/^mailto:/i, "").replace(/^<(.*)>$/, "$1").toLowerCase();
	return isEmailKey(bare) ? bare : null;
}

/**
 * The address in a plain attendee written as an email: `anna@x.it`, `Anna Rossi <anna@x.it>` as mail
 * programs copy it, `[Anna Rossi](mailto:anna@x.it)` as a pasted web page writes it; else null.
 */
export function emailIn(target: string): string | null {
	if (!target.includes("@")) return null;
	const wrapped = /<([^<>]*)>\s*$/.exec(target) ?? /\]\((mailto:[^()\s]*)\)\s*$/i.exec(target);
	return emailOfWord(wrapped ? (wrapped[1] ?? "") : target);
}

/** `Anna Rossi <anna@x.it>`, `[Anna Rossi](mailto:anna@x.it)` → `Anna Rossi`; a bare address → "". */
export function nameBeforeEmail(target: string): string {
	const link = /^\[([^\]]*)\]\(/.exec(target);
	if (link) return (link[1] ?? "").trim();
	const angle = target.lastIndexOf("<");
	return angle > 0 ? target.slice(0, angle).replace(/^["']|["']\s*$/g, "").trim() : "";
}

/**
 * How a link target, file name or alias is compared: without regard to case or Unicode form, so a
 * file name a Mac saved decomposed ("Jose\u0301") matches the composed "José" a keyboard types
 * (Obsidian's `normalizePath` composes paths the same way).
 */
export function linkKey(text: string): string {
	return (isPrintableAscii(text) ? text : text.normalize("NFC")).toLowerCase();
}

/** Whether `text` is printable ASCII: text `linkKey` leaves as long as it is (no Unicode form to compose, no letter that lowercases longer). */
export function isPrintableAscii(text: string): boolean {
	return PRINTABLE_ASCII.test(text);
}

const PRINTABLE_ASCII = /^[ -~]*$/;
