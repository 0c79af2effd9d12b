/*
 * The people lookup as it was before it filed namesakes by the keys they lack (a frozen copy of
 * src/core/contacts/match.ts at 34c64331, class renamed): the reference the new lookup must answer
 * exactly as. It compared each contact with every earlier person of its name, which is why it is slow.
 */
import { basename, stringValues } from "../../../src/core/shared/text";
import { emailsInField, spellingOf } from "../../../src/core/index/person-keys";
import { type Contact, displayName, emailKey, linkedinProfile, phoneBucket, samePhone } from "../../../src/core/contacts/contact";
import { umlautsWrittenOut } from "../../../src/core/shared/umlauts";
import { generationsOf, isFullNameKey, nameKey } from "../../../src/core/contacts/names";
import type { FrontmatterValue } from "../../../src/core/contacts/yaml-lite";

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

function namesOf(k: Known): string[] {
	const names = [basename(k.path), ...NAME_FIELDS.flatMap((f) => stringValues(k.fields.get(f))), ...stringValues(k.fields.get("aliases")), ...stringValues(k.fields.get("alias"))];
	const first = stringValues(k.fields.get("first_name"))[0];
	const last = stringValues(k.fields.get("last_name"))[0];
	// Each part alone too: filling an empty part never takes a name away, so a second import finds what the first one did.
	if (first || last) names.push(`${first ?? ""} ${last ?? ""}`, first ?? "", last ?? "");
	return names.filter((n) => n.trim() !== "");
}

/** A name as it is written, for names that {@link nameKey} cannot hold (a given name alone, `..`). */
function looseKey(name: string): string {
	return nameKey(name) || name.normalize("NFC").trim().toLowerCase();
}

/** A name's keys: {@link looseKey}, and with its umlauts written out (`Jürgen Müller` is also `juergen mueller`). */
function looseKeys(name: string): string[] {
	const spelledOut = umlautsWrittenOut(name);
	return spelledOut === null ? [looseKey(name)] : [looseKey(name), looseKey(spelledOut)];
}

/** The names a contact is written by: its display name, and its given and family name. */
function contactNames(c: Contact): string[] {
	return [displayName(c), `${c.firstName} ${c.lastName}`];
}

/** The keys of the names a contact is written by (`contactNames`). */
function contactNameKeys(c: Contact): string[] {
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
function namesAgree(c: Contact, k: Known): boolean {
	if (generationsDiffer(c, k)) return false;
	const theirs = fullNameKeys(c);
	const ours = namesOf(k).flatMap(looseKeys).filter(isFullNameKey);
	if (theirs.length === 0 || ours.length === 0) return true;
	return theirs.some((a) => ours.some((b) => wordsWithin(a, b) || wordsWithin(b, a)));
}

/** Whether a contact and a known person both have a full name, and {@link namesAgree}: the name says they are one, not only that it may. */
function namesMatch(c: Contact, k: Known): boolean {
	return fullNameKeys(c).length > 0 && namesOf(k).some((n) => isFullNameKey(looseKey(n))) && namesAgree(c, k);
}

/**
 * Of several known people who share a strong key with the contact (the family's `famiglia@`, an
 * office's landline), the one whose full name is the contact's, when only one is; else null.
 */
function onlyNamed(c: Contact, sharing: readonly Known[]): Known | null {
	const named = sharing.filter((k) => namesMatch(c, k));
	return named.length === 1 ? (named[0] ?? null) : null;
}

/**
 * Whether a contact names a generation the known person has none of: `Marco Bianchi Jr.` is not
 * `Marco Bianchi Sr.`, his father, though the honorific-blind name keys are one, nor the plain
 * `Marco Bianchi`, who may be his father as well as himself (an alias `Marco Bianchi Jr.` says he is
 * the one). A contact with no generation may still be a known person with one.
 */
function generationsDiffer(c: Contact, k: Known): boolean {
	const theirs = new Set(contactNames(c).flatMap(generationsOf));
	if (theirs.size === 0) return false;
	return !namesOf(k).flatMap(generationsOf).some((g) => theirs.has(g));
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
function spelledAs(c: Contact, k: Known): boolean {
	const theirs = new Set(contactNames(c).map(spellingOf).filter((n) => n.includes(" ")));
	return namesOf(k).some((n) => theirs.has(spellingOf(n)));
}

/** Whether a known person writes the contact's display name as the card does (case, spaces and apostrophes aside). */
export function writtenAs(c: Contact, k: Known): boolean {
	const name = spellingOf(displayName(c));
	return namesOf(k).some((n) => spellingOf(n) === name);
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
	if (FIELDS.email.includes(key)) {
		const addresses = stringValues(existing).flatMap(emailsOfValue);
		return wanted.every((w) => addresses.includes(emailKey(w)));
	}
	if (FIELDS.phone.includes(key)) {
		const numbers = stringValues(existing).flatMap(phonesOfValue);
		return wanted.every((w) => numbers.some((n) => n.trim().toLowerCase() === w.trim().toLowerCase() || samePhone(n, w)));
	}
	const have = stringValues(existing).map(comparable);
	const want = wanted.map(comparable);
	if (key === "birthday") have.push(...have.flatMap((h) => /^\d{4}-(\d{2}-\d{2})/.exec(h)?.[1] ?? []).map((monthDay) => `--${monthDay}`));
	return want.every((w) => have.includes(w));
}

/** What a contact is to the people already known. */
export type Match =
	| { kind: "one"; known: Known; by: "key" | "name" | "content" }
	| { kind: "ambiguous"; candidates: Known[] }
	/** No one: a new person. `namesake` is a known person of the same name who differs on a strong key or a generation (`Jr.`, `Sr.`), or shares a given name only. */
	| { kind: "none"; namesake: { known: Known; reason: NamesakeReason } | null };

/** What tells a contact apart from a known person of the same name. */
export type NamesakeReason = StrongKind | "generation" | "givenName";

function put(map: Map<string, Set<Known>>, key: string, k: Known): void {
	if (key === "") return;
	const set = map.get(key) ?? new Set();
	set.add(k);
	map.set(key, set);
}

/**
 * Where each known person can be found. The rule: a contact is a known person when they share a
 * strong key (email, LinkedIn profile, phone), or have the same full name and no strong key that
 * differs. A given name alone never matches: a contact with only a given name is a known person only
 * when that person already holds every one of its fields (so importing a file twice creates nothing).
 */
export class ReferencePeopleLookup {
	private readonly byEmail = new Map<string, Set<Known>>();
	private readonly byLinkedIn = new Map<string, Set<Known>>();
	private readonly byPhone = new Map<string, Set<Known>>();
	private readonly byName = new Map<string, Set<Known>>();

	/** Where each known person is filed, to move them when their fields change. */
	private readonly filed = new Map<Known, [Map<string, Set<Known>>, string][]>();

	/** Files a known person under their keys and names; again after their fields changed, under the new ones only. */
	add(k: Known): void {
		for (const [map, key] of this.filed.get(k) ?? []) map.get(key)?.delete(k);
		const keys = knownKeys(k);
		const entries: [Map<string, Set<Known>>, string][] = [
			...keys.email.map((e): [Map<string, Set<Known>>, string] => [this.byEmail, e]),
			...keys.linkedin.map((u): [Map<string, Set<Known>>, string] => [this.byLinkedIn, u]),
			...keys.phone.map((p): [Map<string, Set<Known>>, string] => [this.byPhone, phoneBucket(p)]),
			...namesOf(k).flatMap(looseKeys).map((n): [Map<string, Set<Known>>, string] => [this.byName, n]),
		];
		for (const [map, key] of entries) put(map, key, k);
		this.filed.set(k, entries);
	}

	/** Known people sharing a strong key with the contact. */
	private byStrongKey(keys: StrongKeys): Known[] {
		const found = new Set<Known>();
		for (const e of keys.email) for (const k of this.byEmail.get(e) ?? []) found.add(k);
		for (const u of keys.linkedin) for (const k of this.byLinkedIn.get(u) ?? []) found.add(k);
		for (const p of keys.phone) for (const k of this.byPhone.get(phoneBucket(p)) ?? []) if (knownKeys(k).phone.some((q) => samePhone(p, q))) found.add(k);
		return [...found];
	}

	/** Known people sharing one of the contact's names; `fullOnly` keeps full names (two words or more) only. */
	private byNames(c: Contact, fullOnly: boolean): Known[] {
		const found = new Set<Known>();
		const keys = new Set(contactNameKeys(c).filter((k) => k !== "" && (!fullOnly || isFullNameKey(k))));
		for (const key of keys) for (const k of this.byName.get(key) ?? []) found.add(k);
		return [...found];
	}

	find(c: Contact, fields: readonly [string, FrontmatterValue][]): Match {
		const keys = contactKeys(c);
		// A contact of this file with another full name is another person of the same address book (the home landline, the family's email).
		const strong = this.byStrongKey(keys).filter((k) => k.plannedLine === null || namesAgree(c, k));
		if (strong.length === 1 && strong[0]) {
			const known = strong[0];
			// A shared email or phone (a household's landline, `info@` of a firm) with another full name: never merged silently.
			if (!namesAgree(c, known)) return { kind: "ambiguous", candidates: [known, ...this.byNames(c, true).filter((k) => k !== known)] };
			return { kind: "one", known, by: "key" };
		}
		if (strong.length > 1) {
			const named = onlyNamed(c, strong);
			return named ? { kind: "one", known: named, by: "key" } : { kind: "ambiguous", candidates: strong };
		}
		const holdsAll = (k: Known): boolean => fields.every(([key, value]) => key === "type" || key === "name" || sameValue(k.fields.get(key), value, key));
		const content = this.byNames(c, false).filter((k) => holdsAll(k) && !generationsDiffer(c, k));
		const named = this.byNames(c, true);
		if (named.length > 0) {
			const fitting = named.filter((k) => conflictingKind(keys, knownKeys(k)) === null && !generationsDiffer(c, k));
			if (fitting.length === 1 && fitting[0]) return { kind: "one", known: fitting[0], by: "name" };
			const spelled = fitting.length > 1 ? fitting.filter((k) => spelledAs(c, k)) : [];
			if (spelled.length === 1 && spelled[0]) return { kind: "one", known: spelled[0], by: "name" };
			if (fitting.length > 1) return content.length === 1 && content[0] ? { kind: "one", known: content[0], by: "content" } : { kind: "ambiguous", candidates: fitting };
			if (content[0]) return { kind: "one", known: content[0], by: "content" };
			const other = named[0];
			const reason = other ? (conflictingKind(keys, knownKeys(other)) ?? (generationsDiffer(c, other) ? "generation" : null)) : null;
			return { kind: "none", namesake: other && reason ? { known: other, reason } : null };
		}
		if (content[0]) return { kind: "one", known: content[0], by: "content" };
		const other = this.byNames(c, false)[0];
		return { kind: "none", namesake: other ? { known: other, reason: conflictingKind(keys, knownKeys(other)) ?? "givenName" } : null };
	}
}
