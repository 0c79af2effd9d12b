import { basename, stringValues } from "../shared/text";
import { appendAll } from "../shared/lists";
import { emailsInField, spellingOf } from "../index/person-keys";
import { type Contact, displayName, emailKey, linkedinProfile, phoneBucket, samePhone } from "./contact";
import { umlautsWrittenOut } from "../shared/umlauts";
import { generationsOf, isFullNameKey, nameKey } from "./names";
import type { FrontmatterValue } from "./yaml-lite";
import { WordSetIndex, wordSets } from "./word-sets";

/** The keys that tell one person from another: two contacts that share one are one person, two that differ on one are two. */
export type StrongKind = "email" | "linkedin" | "phone";

const FIELDS: Record<StrongKind, readonly string[]> = {
	email: ["email", "emails", "mail"],
	linkedin: ["linkedin", "url", "website"],
	phone: ["phone", "phones", "mobile", "tel"],
};
const NAME_FIELDS = ["name", "nome"];

/** A person the import knows: a note of the vault, or a note the plan is about to create. */
export interface Known {
	path: string;
	fields: Map<string, unknown>;
	/** The key a note of the vault writes each field under (`Email` for `email`), when not Rapport's own. */
	written?: Map<string, string>;
	/** The line of the contact that plans this note; null for a note already in the vault. */
	plannedLine: number | null;
	/** A note of the vault whose properties cannot be read: never completed (see `ExistingPerson.unreadable`). */
	unreadable?: true;
}

export interface StrongKeys {
	email: string[];
	linkedin: string[];
	phone: string[];
}

export function contactKeys(c: Contact): StrongKeys {
	return { email: c.emails.map(emailKey).filter((e) => e !== ""), linkedin: c.linkedin ? [c.linkedin] : [], phone: c.phones.filter((p) => phoneBucket(p) !== "") };
}

export function knownKeys(k: Known): StrongKeys {
	const values = (kind: StrongKind): string[] => FIELDS[kind].flatMap((f) => stringValues(k.fields.get(f)));
	return {
		email: values("email").flatMap(emailsOfValue),
		linkedin: values("linkedin").flatMap((u) => linkedinProfile(u) ?? []),
		phone: values("phone").flatMap(phonesOfValue).filter((p) => phoneBucket(p) !== ""),
	};
}

/** The addresses one value of a note's `email` writes, as the meetings' attendees read them (`a@x.it, b@y.it`, `Anna <a@x.it>`). */
function emailsOfValue(value: string): string[] {
	const found = emailsInField(value);
	if (found.length > 0) return found;
	const key = emailKey(value);
	return key.includes("@") ? [key] : [];
}

/** The numbers one value of a note's `phone` writes: several separated by commas, semicolons or a slash between spaces (`030/1234567` is one). */
function phonesOfValue(value: string): string[] {
	return value.split(/\s*[,;]\s*|\s+\/\s+/);
}

function overlaps(kind: StrongKind, a: readonly string[], b: readonly string[]): boolean {
	return kind === "phone" ? a.some((x) => b.some((y) => samePhone(x, y))) : a.some((x) => b.includes(x));
}

/** The first kind of key both have and on which they differ entirely: "another email", "another phone". */
export function conflictingKind(a: StrongKeys, b: StrongKeys): StrongKind | null {
	for (const kind of ["email", "linkedin", "phone"] as const) {
		if (a[kind].length > 0 && b[kind].length > 0 && !overlaps(kind, a[kind], b[kind])) return kind;
	}
	return null;
}

export function namesOf(k: Known): string[] {
	const names = [basename(k.path), ...NAME_FIELDS.flatMap((f) => stringValues(k.fields.get(f))), ...stringValues(k.fields.get("aliases")), ...stringValues(k.fields.get("alias"))];
	const first = stringValues(k.fields.get("first_name"))[0];
	const last = stringValues(k.fields.get("last_name"))[0];
	// Each part alone too: filling an empty part never takes a name away, so a second import finds what the first one did.
	if (first || last) names.push(`${first ?? ""} ${last ?? ""}`, first ?? "", last ?? "");
	return names.filter((n) => n.trim() !== "");
}

/**
 * What the import reads of a known person's names, read once, not once for each card compared with them: a note
 * with thousands of aliases and as many cards that are hers took time that grew with the two multiplied.
 */
interface NamesRead {
	names: string[];
	/** The keys of her full names (two words or more), as {@link looseKeys} makes them. */
	fullKeys: string[];
	fullKeySet: ReadonlySet<string>;
	/** Whether one of her names is a full name as {@link looseKey} writes it. */
	anyFull: boolean;
	generations: ReadonlySet<string>;
	spellings: ReadonlySet<string>;
	/** Whether her names agree with a card's full names (joined by a line break), as found so far. */
	agrees: Map<string, boolean>;
	/** Her full names' keys by their words, made the first time a card's full name is none of them. */
	byWords?: WordSetIndex<string>;
}

/** Name keys filed by their words, each under itself. */
function wordIndexOf(keys: readonly string[]): WordSetIndex<string> {
	const index = new WordSetIndex<string>();
	for (const key of new Set(keys)) index.add(key, wordSets([key]));
	return index;
}

const namesReadOf = new WeakMap<Known, NamesRead>();

/** A known person's names, read the first time they are compared (see {@link forgetNames}). */
export function namesRead(k: Known): NamesRead {
	let read = namesReadOf.get(k);
	if (read === undefined) {
		const names = namesOf(k);
		const fullKeys = names.flatMap(looseKeys).filter(isFullNameKey);
		read = {
			names,
			fullKeys,
			fullKeySet: new Set(fullKeys),
			anyFull: names.some((n) => isFullNameKey(looseKey(n))),
			generations: new Set(names.flatMap(generationsOf)),
			spellings: new Set(names.map(spellingOf)),
			agrees: new Map(),
		};
		namesReadOf.set(k, read);
	}
	return read;
}

/** Forgets what was read of a known person's names: their fields changed (the lookup files them again). */
export function forgetNames(k: Known): void {
	namesReadOf.delete(k);
}

/** A name as it is written, for names that {@link nameKey} cannot hold (a given name alone, `..`). */
function looseKey(name: string): string {
	return nameKey(name) || name.normalize("NFC").trim().toLowerCase();
}

/** A name's keys: {@link looseKey}, and with its umlauts written out (`Jürgen Müller` is also `juergen mueller`). */
export function looseKeys(name: string): string[] {
	const spelledOut = umlautsWrittenOut(name);
	return spelledOut === null ? [looseKey(name)] : [looseKey(name), looseKey(spelledOut)];
}

/** The names a contact is written by: its display name, and its given and family name. */
export function contactNames(c: Contact): string[] {
	return [displayName(c), `${c.firstName} ${c.lastName}`];
}

/** The keys of the names a contact is written by (`contactNames`). */
export function contactNameKeys(c: Contact): string[] {
	return contactNames(c).flatMap(looseKeys);
}

/** The full names (two words or more) a contact is written by, as name keys. */
function fullNameKeys(c: Contact): string[] {
	return contactNameKeys(c).filter(isFullNameKey);
}

/**
 * Whether a contact's full name may be the known person's: either has no full name, or one's words
 * are all in one of the other's names (`Anna Rossi` and `Anna Maria Rossi`, `Rossi Anna`). `Giulia
 * Verdi` is not `Paolo Verdi`, even when they share a landline.
 */
export function namesAgree(c: Contact, k: Known): boolean {
	if (generationsDiffer(c, k)) return false;
	const theirs = fullNameKeys(c);
	const ours = namesRead(k);
	if (theirs.length === 0 || ours.fullKeys.length === 0) return true;
	// One of her names is the card's: within itself. Else her names are compared once for each card's names, not once a card.
	if (theirs.some((a) => ours.fullKeySet.has(a))) return true;
	const asked = theirs.join("\n");
	const known = ours.agrees.get(asked);
	if (known !== undefined) return known;
	// Her names by their words: only those within the card's names, or holding all their words, are looked at.
	ours.byWords ??= wordIndexOf(ours.fullKeys);
	const byWords = ours.byWords;
	const agrees = theirs.some((a) => byWords.some(wordSets([a]), (b) => wordsWithin(a, b) || wordsWithin(b, a)));
	ours.agrees.set(asked, agrees);
	return agrees;
}

/** Whether a contact and a known person both have a full name, and {@link namesAgree}: the name says they are one, not only that it may. */
export function namesMatch(c: Contact, k: Known): boolean {
	return fullNameKeys(c).length > 0 && namesRead(k).anyFull && namesAgree(c, k);
}

/**
 * Of several known people who share a strong key with the contact (the family's `famiglia@`, an
 * office's landline), the one whose full name is the contact's, when only one is; else null.
 */
export function onlyNamed(c: Contact, sharing: readonly Known[]): Known | null {
	const named = sharing.filter((k) => namesMatch(c, k));
	return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * Whether a contact names a generation the known person has none of: `Marco Bianchi Jr.` is not
 * `Marco Bianchi Sr.`, his father, though the honorific-blind name keys are one, nor the plain
 * `Marco Bianchi`, who may be his father as well as himself (an alias `Marco Bianchi Jr.` says he is
 * the one). A contact with no generation may still be a known person with one.
 */
export function generationsDiffer(c: Contact, k: Known): boolean {
	const theirs = contactNames(c).flatMap(generationsOf);
	if (theirs.length === 0) return false;
	const ours = namesRead(k).generations;
	return !theirs.some((g) => ours.has(g));
}

/** Whether every word of the name key `a` is a word of `b`. */
function wordsWithin(a: string, b: string): boolean {
	const words = new Set(b.split(" "));
	return a.split(" ").every((w) => words.has(w));
}

/**
 * Whether a known person writes one of the contact's full names as the card does (case, spaces and
 * apostrophes aside, accents and letters kept): between `Jan Strauß.md` and `Jan Strauss.md`, whose
 * names fold alike, a `Jan Strauss` card is the second, as an attendee written so is.
 */
export function spelledAs(c: Contact, k: Known): boolean {
	const ours = namesRead(k).spellings;
	return contactNames(c).some((n) => {
		const spelled = spellingOf(n);
		return spelled.includes(" ") && ours.has(spelled);
	});
}

/** Whether a known person writes the contact's display name as the card does (case, spaces and apostrophes aside). */
export function writtenAs(c: Contact, k: Known): boolean {
	return namesRead(k).spellings.has(spellingOf(displayName(c)));
}

/** Values compared as people write them: case and spaces aside, LinkedIn URLs in any form. */
function comparable(value: string): string {
	return linkedinProfile(value) ?? value.trim().toLowerCase();
}

/**
 * Whether a note already holds `incoming` (every value of a list). A birthday without its year
 * (`--05-06`, as iCloud exports one whose year is hidden) is held by a full one of that day (`1985-05-06`).
 */
export function sameValue(existing: unknown, incoming: FrontmatterValue, key = ""): boolean {
	const wanted = Array.isArray(incoming) ? incoming : [String(incoming)];
	// Addresses and numbers as they are compared to tell people apart: `a@x.it, b@y.it` holds `b@y.it`, `+39 02 7654321` holds `02 7654321`.
	// Each held as a set (by bucket for numbers): a card of thousands of values is not compared with each of the note's.
	if (FIELDS.email.includes(key)) {
		const addresses = new Set(stringValues(existing).flatMap(emailsOfValue));
		return wanted.every((w) => addresses.has(emailKey(w)));
	}
	if (FIELDS.phone.includes(key)) {
		const numbers = heldNumbers(existing);
		return wanted.every((w) => numbers.written.has(w.trim().toLowerCase()) || (numbers.byBucket.get(phoneBucket(w)) ?? []).some((n) => samePhone(n, w)));
	}
	const have = new Set(comparedValues(existing, key));
	return wanted.map(comparable).every((w) => have.has(w));
}

/** The numbers a note's field writes, as written (case and spaces aside), and by bucket: {@link samePhone} numbers share one. */
function heldNumbers(existing: unknown): { written: Set<string>; byBucket: Map<string, string[]> } {
	const written = new Set<string>();
	const byBucket = new Map<string, string[]>();
	for (const n of stringValues(existing).flatMap(phonesOfValue)) {
		written.add(n.trim().toLowerCase());
		const bucket = phoneBucket(n);
		const list = byBucket.get(bucket);
		if (list) list.push(n);
		else byBucket.set(bucket, [n]);
	}
	return { written, byBucket };
}

/** The values of a note's field (not an email or phone field) as {@link sameValue} compares them; a birthday's day without its year too. */
function comparedValues(existing: unknown, key: string): string[] {
	const have = stringValues(existing).map(comparable);
	if (key === "birthday") appendAll(have, have.flatMap((h) => /^\d{4}-(\d{2}-\d{2})/.exec(h)?.[1] ?? []).map((monthDay) => `--${monthDay}`));
	return have;
}

/**
 * What a note's field is found by, for the notes that may hold a value ({@link sameValue}): its addresses,
 * the buckets of its numbers, else its values as compared. A note that holds a value has that value's
 * {@link heldValueKey} among these.
 */
export function heldValueKeys(existing: unknown, key: string): string[] {
	if (FIELDS.email.includes(key)) return stringValues(existing).flatMap(emailsOfValue);
	if (FIELDS.phone.includes(key)) return stringValues(existing).flatMap(phonesOfValue).map(phoneBucket).filter((b) => b !== "");
	return comparedValues(existing, key);
}

/**
 * The key a value is found by among {@link heldValueKeys}: a number is held only by a number of its bucket
 * (the same number, or {@link samePhone}, has the same last seven digits); null for an address or number with no key.
 */
export function heldValueKey(value: string, key: string): string | null {
	if (FIELDS.email.includes(key)) return emailKey(value) || null;
	if (FIELDS.phone.includes(key)) return phoneBucket(value) || null;
	return comparable(value);
}

/** What a contact is to the people already known. */
export type Match =
	| { kind: "one"; known: Known; by: "key" | "name" | "content" }
	| { kind: "ambiguous"; candidates: Known[] }
	/** No one: a new person. `namesake` is a known person of the same name who differs on a strong key or a generation (`Jr.`, `Sr.`), or shares a given name only. */
	| { kind: "none"; namesake: { known: Known; reason: NamesakeReason } | null };

/** What tells a contact apart from a known person of the same name. */
export type NamesakeReason = StrongKind | "generation" | "givenName";
