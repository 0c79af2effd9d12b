import type { Contact } from "./contact";
import { KeySharers } from "./key-sharers";
import {
	type Known,
	type Match,
	type StrongKeys,
	conflictingKind,
	contactKeys,
	contactNameKeys,
	contactNames,
	forgetNames,
	generationsDiffer,
	heldValueKey,
	heldValueKeys,
	knownKeys,
	looseKeys,
	namesAgree,
	namesRead,
	sameValue,
	spelledAs,
} from "./match";
import { generationsOf, isFullNameKey } from "./names";
import type { FrontmatterValue } from "./yaml-lite";

type Filed = [Map<string, Set<Known>>, string][];

/** What the lookup read from a known person when it filed them, so that a search reads it once, not once a contact. */
interface Filing {
	/** The order of filing: within each set of the lookup, people are in this order (a person filed again moves last). */
	stamp: number;
	keys: StrongKeys;
	/** The keys of the person's names, as {@link looseKeys} makes them. */
	names: ReadonlySet<string>;
	entries: Filed;
}

/** The fields an import compares (see `contactFields`): a known person is also filed by what each of them holds. */
const COMPARED_FIELDS = ["first_name", "last_name", "email", "phone", "fax", "org", "role", "department", "birthday", "died", "linkedin", "website", "groups", "since", "note"];

/** A known person's or a contact's strong keys as one number: a bit for each kind they have at least one of. */
function kindsOf(keys: StrongKeys): number {
	return (keys.email.length > 0 ? 1 : 0) | (keys.linkedin.length > 0 ? 2 : 0) | (keys.phone.length > 0 ? 4 : 0);
}

/** The kinds a known person may lack and still fit a contact of `kinds`: any that lack all of the contact's. */
function lackingAll(kinds: number): number[] {
	return [0, 1, 2, 3, 4, 5, 6, 7].filter((k) => (k & kinds) === 0);
}

/** The key a person is filed under by one full name, the kinds of strong key they have, and a generation (`*`: any). */
function namesakeKey(name: string, kinds: number, generation: string): string {
	return `${name}\n${kinds}\n${generation}`;
}

/** A contact's name keys (no empty one, each once, in order); `fullOnly` keeps full names (two words or more) only. */
function nameKeysOf(c: Contact, fullOnly: boolean): string[] {
	return [...new Set(contactNameKeys(c).filter((k) => k !== "" && (!fullOnly || isFullNameKey(k))))];
}

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
 *
 * Thousands of people may share a name (an import that names everyone `Anna Rossi`, each with her own
 * email): a search looks only at those of the name who may fit (who lack the kinds of key the contact
 * has, or share one) and at those who hold one of its values, not at every namesake. A person whose
 * fields change is filed again ({@link add}) before the next search.
 */
export class PeopleLookup {
	/** By email, LinkedIn profile and phone. */
	private readonly sharers = new KeySharers();
	private readonly byName = new Map<string, Set<Known>>();
	/** By full name, the kinds of strong key the person has, and each generation they name (see {@link namesakeKey}). */
	private readonly byNamesake = new Map<string, Set<Known>>();
	/**
	 * For a field, the people by each value it holds, as {@link heldValueKeys} gives them; made for a
	 * field the first time a search needs it (most fields of most lookups are never searched so).
	 */
	private readonly byHeld = new Map<string, Map<string, Set<Known>>>();

	/** Where each known person is filed, to move them when their fields change. */
	private readonly filed = new Map<Known, Filing>();
	private stamps = 0;

	/** Files a known person under their keys and names; again after their fields changed, under the new ones only. */
	add(k: Known): void {
		for (const [map, key] of this.filed.get(k)?.entries ?? []) map.get(key)?.delete(k);
		forgetNames(k);
		const keys = knownKeys(k);
		const names = namesRead(k).names;
		const nameKeys = names.flatMap(looseKeys);
		const kinds = kindsOf(keys);
		const generations = ["*", ...new Set(names.flatMap(generationsOf))];
		const entries: Filed = [
			...nameKeys.map((n): [Map<string, Set<Known>>, string] => [this.byName, n]),
			...nameKeys.filter(isFullNameKey).flatMap((n) => generations.map((g): [Map<string, Set<Known>>, string] => [this.byNamesake, namesakeKey(n, kinds, g)])),
		];
		for (const [map, key] of entries) put(map, key, k);
		const stamp = this.stamps++;
		this.sharers.file(k, keys, nameKeys.filter(isFullNameKey), stamp);
		this.filed.set(k, { stamp, keys, names: new Set(nameKeys), entries });
		for (const [field, byValue] of this.byHeld) this.fileHeld(k, field, byValue);
	}

	/** Files a known person under the values one field holds, to be moved with their other keys. */
	private fileHeld(k: Known, field: string, byValue: Map<string, Set<Known>>): void {
		const entries = this.filed.get(k)?.entries;
		for (const value of heldValueKeys(k.fields.get(field), field)) {
			// Never "": an empty value (`org: ""`) holds "", and put leaves an empty key out.
			const key = `=${value}`;
			put(byValue, key, k);
			entries?.push([byValue, key]);
		}
	}

	/** The people by each value of `field`, filed the first time it is asked for. */
	private heldBy(field: string): Map<string, Set<Known>> {
		let byValue = this.byHeld.get(field);
		if (!byValue) {
			byValue = new Map();
			this.byHeld.set(field, byValue);
			for (const k of this.filed.keys()) this.fileHeld(k, field, byValue);
		}
		return byValue;
	}

	private keysOf(k: Known): StrongKeys {
		return this.filed.get(k)?.keys ?? knownKeys(k);
	}

	/** Known people filed under one of `nameKeys`, in that order (each set in the order of filing), once each. */
	private *filedUnder(nameKeys: readonly string[]): Generator<Known> {
		const seen = new Set<Known>();
		for (const key of nameKeys) {
			for (const k of this.byName.get(key) ?? []) {
				if (seen.has(k)) continue;
				seen.add(k);
				yield k;
			}
		}
	}

	/** How many known people are filed under `nameKeys`, one filed under two counted twice. */
	private countFiledUnder(nameKeys: readonly string[]): number {
		let count = 0;
		for (const key of nameKeys) count += this.byName.get(key)?.size ?? 0;
		return count;
	}

	/** The first known person filed under one of `nameKeys`, as {@link filedUnder} orders them. */
	private firstFiledUnder(nameKeys: readonly string[]): Known | undefined {
		for (const key of nameKeys) {
			const first = this.byName.get(key)?.values().next();
			if (first && first.done !== true) return first.value;
		}
		return undefined;
	}

	/** Some of `people`, in the order {@link filedUnder} gives them (`people` filed under one of `nameKeys`, or left out). */
	private inNameOrder(people: Iterable<Known>, nameKeys: readonly string[]): Known[] {
		const placed: [Known, number, number][] = [];
		for (const k of people) {
			const filing = this.filed.get(k);
			const at = filing ? nameKeys.findIndex((key) => filing.names.has(key)) : -1;
			if (filing && at >= 0) placed.push([k, at, filing.stamp]);
		}
		return placed.sort((a, b) => a[1] - b[1] || a[2] - b[2]).map(([k]) => k);
	}

	/**
	 * The people of one of the contact's full names with no strong key that differs and no other
	 * generation, when no one who shares a strong key with the contact is its: each of them lacks every
	 * kind of key the contact has (one who shared a key and fitted would agree with its name, and be
	 * found by the key), so only those are looked at, not every namesake.
	 */
	private fitting(c: Contact, keys: StrongKeys, named: readonly string[]): Known[] {
		const generations = [...new Set(contactNames(c).flatMap(generationsOf))];
		const candidates = new Set<Known>();
		for (const name of named) {
			for (const kinds of lackingAll(kindsOf(keys))) {
				for (const g of generations.length === 0 ? ["*"] : generations) for (const k of this.byNamesake.get(namesakeKey(name, kinds, g)) ?? []) candidates.add(k);
			}
		}
		const fit = [...candidates].filter((k) => conflictingKind(keys, this.keysOf(k)) === null && !generationsDiffer(c, k));
		return this.inNameOrder(fit, named);
	}

	/**
	 * The first two people of one of the contact's names who hold every one of its fields, and name no
	 * other generation. Only the people who hold the value of the field the fewest hold are looked at,
	 * or those of the contact's names when they are fewer (thousands give the office's `info@`, and the
	 * card gives nothing else but its name).
	 */
	private holdingAll(c: Contact, fields: readonly [string, FrontmatterValue][], names: readonly string[]): Known[] {
		const holdsAll = (k: Known): boolean => fields.every(([key, value]) => key === "type" || key === "name" || sameValue(k.fields.get(key), value, key)) && !generationsDiffer(c, k);
		const fewest = this.fewestHolding(fields);
		if (fewest !== null && fewest.size < this.countFiledUnder(names)) return this.inNameOrder([...fewest].filter(holdsAll), names).slice(0, 2);
		const found: Known[] = [];
		for (const k of this.filedUnder(names)) if (holdsAll(k) && found.push(k) === 2) break;
		return found;
	}

	/** Of the sets of people holding a value of the fields, the smallest; null when no field says (only a name). */
	private fewestHolding(fields: readonly [string, FrontmatterValue][]): ReadonlySet<Known> | null {
		let fewest: ReadonlySet<Known> | null = null;
		for (const [key, value] of fields) {
			if (!COMPARED_FIELDS.includes(key)) continue;
			const first = Array.isArray(value) ? value[0] : String(value);
			const held = first === undefined ? null : heldValueKey(first, key);
			if (held === null) continue;
			const holding = this.heldBy(key).get(`=${held}`) ?? new Set<Known>();
			if (fewest === null || holding.size < fewest.size) fewest = holding;
		}
		return fewest;
	}

	find(c: Contact, fields: readonly [string, FrontmatterValue][]): Match {
		const keys = contactKeys(c);
		// The one person sharing a key whose full name is the contact's: found among those whose names may agree, not among every sharer.
		const alike = this.sharers.alike(c, keys);
		if (alike.length === 1 && alike[0]) return { kind: "one", known: alike[0], by: "key" };
		// A contact of this file with another full name is another person of the same address book (the home landline, the family's email).
		const strong = this.sharers.sharing(c, keys);
		const named = nameKeysOf(c, true);
		if (strong.length === 1 && strong[0]) {
			const known = strong[0];
			// A shared email or phone (a household's landline, `info@` of a firm) with another full name: never merged silently.
			if (!namesAgree(c, known)) return { kind: "ambiguous", candidates: [known, ...[...this.filedUnder(named)].filter((k) => k !== known)] };
			return { kind: "one", known, by: "key" };
		}
		// Several share a key, and none or several of them is named as the contact (`alike`): which one is not said.
		if (strong.length > 1) return { kind: "ambiguous", candidates: strong };
		const names = nameKeysOf(c, false);
		const content = (): Known[] => this.holdingAll(c, fields, names);
		const namesake = this.firstFiledUnder(named);
		if (namesake) {
			const fitting = this.fitting(c, keys, named);
			if (fitting.length === 1 && fitting[0]) return { kind: "one", known: fitting[0], by: "name" };
			const spelled = fitting.length > 1 ? fitting.filter((k) => spelledAs(c, k)) : [];
			if (spelled.length === 1 && spelled[0]) return { kind: "one", known: spelled[0], by: "name" };
			const held = content();
			if (fitting.length > 1) return held.length === 1 && held[0] ? { kind: "one", known: held[0], by: "content" } : { kind: "ambiguous", candidates: fitting };
			if (held[0]) return { kind: "one", known: held[0], by: "content" };
			const reason = conflictingKind(keys, this.keysOf(namesake)) ?? (generationsDiffer(c, namesake) ? "generation" : null);
			return { kind: "none", namesake: reason ? { known: namesake, reason } : null };
		}
		const held = content();
		if (held[0]) return { kind: "one", known: held[0], by: "content" };
		const other = this.firstFiledUnder(names);
		return { kind: "none", namesake: other ? { known: other, reason: conflictingKind(keys, this.keysOf(other)) ?? "givenName" } : null };
	}
}
