import { type Contact, phoneBucket, samePhone } from "./contact";
import { type Known, type StrongKeys, contactNameKeys, namesAgree, namesMatch } from "./match";
import { isFullNameKey } from "./names";
import { WordSetIndex, type WordSets, wordSets } from "./word-sets";

/** The people filed under one strong key (an email, a LinkedIn profile, the last seven digits of a phone). */
class Sharers {
	/** People of the vault: each shares the key with any contact that has it. */
	readonly vault = new Set<Known>();
	/** People an import plans: a contact with another full name is another person of the same address book. */
	readonly planned = new Set<Known>();
	/** Planned people with no full name, whose names agree with any contact's. */
	readonly plannedUnnamed = new Set<Known>();
	/** Everyone with a full name, by its words. */
	readonly named = new WordSetIndex<Known>();

	get empty(): boolean {
		return this.vault.size === 0 && this.planned.size === 0;
	}

	delete(k: Known): void {
		this.vault.delete(k);
		this.planned.delete(k);
		this.plannedUnnamed.delete(k);
		this.named.delete(k);
	}
}

interface SharerFiling {
	/** The order of filing, as the people of every key are ordered. */
	stamp: number;
	buckets: [Map<string, Sharers>, string][];
	/** The person's numbers by the bucket they are filed under. */
	phones: Map<string, string[]>;
}

/** One of a contact's strong keys, in the order the contact gives them: where its sharers are, and whether a person there has it. */
interface Place {
	sharers: Sharers | undefined;
	has: (k: Known) => boolean;
}

/**
 * The people filed by their strong keys. Thousands of people may share one (an office's `info@`, a
 * switchboard, a family's `famiglia@`) under other names: a search looks only at the sharers whose
 * names may agree with the contact's (see {@link namesAgree}), by the words of their full names, and
 * at everyone only when the search's answer names them all.
 */
export class KeySharers {
	private readonly byEmail = new Map<string, Sharers>();
	private readonly byLinkedIn = new Map<string, Sharers>();
	private readonly byPhone = new Map<string, Sharers>();
	private readonly filed = new Map<Known, SharerFiling>();

	/** Files a known person under their strong keys, with the keys of their full names; again after a change, under the new ones only. */
	file(k: Known, keys: StrongKeys, fullNames: readonly string[], stamp: number): void {
		this.unfile(k);
		const phones = new Map<string, string[]>();
		for (const p of keys.phone) phones.set(phoneBucket(p), [...(phones.get(phoneBucket(p)) ?? []), p]);
		const buckets: [Map<string, Sharers>, string][] = [...new Set(keys.email)].map((e): [Map<string, Sharers>, string] => [this.byEmail, e]);
		buckets.push(...[...new Set(keys.linkedin)].map((u): [Map<string, Sharers>, string] => [this.byLinkedIn, u]), ...[...phones.keys()].map((b): [Map<string, Sharers>, string] => [this.byPhone, b]));
		const names: WordSets | null = fullNames.length > 0 ? wordSets(fullNames) : null;
		for (const [map, key] of buckets) {
			const sharers = map.get(key) ?? new Sharers();
			map.set(key, sharers);
			(k.plannedLine === null ? sharers.vault : sharers.planned).add(k);
			if (names) sharers.named.add(k, names);
			else if (k.plannedLine !== null) sharers.plannedUnnamed.add(k);
		}
		this.filed.set(k, { stamp, buckets, phones });
	}

	private unfile(k: Known): void {
		for (const [map, key] of this.filed.get(k)?.buckets ?? []) {
			const sharers = map.get(key);
			sharers?.delete(k);
			if (sharers?.empty === true) map.delete(key);
		}
		this.filed.delete(k);
	}

	/** The contact's strong keys in the order it gives them (emails, LinkedIn, phones), each with the people filed under it. */
	private placesOf(keys: StrongKeys): Place[] {
		const always = (): boolean => true;
		return [
			...keys.email.map((e): Place => ({ sharers: this.byEmail.get(e), has: always })),
			...keys.linkedin.map((u): Place => ({ sharers: this.byLinkedIn.get(u), has: always })),
			...keys.phone.map((p): Place => {
				const bucket = phoneBucket(p);
				return { sharers: this.byPhone.get(bucket), has: (k) => (this.filed.get(k)?.phones.get(bucket) ?? []).some((q) => samePhone(p, q)) };
			}),
		];
	}

	/** The people who share a strong key with the contact and whose full name says they are the contact's (see `namesMatch`), each once. */
	alike(c: Contact, keys: StrongKeys): Known[] {
		const theirs = contactNameKeys(c).filter(isFullNameKey);
		if (theirs.length === 0) return [];
		const names = wordSets(theirs);
		const found = new Set<Known>();
		const checked = new Map<Known, boolean>();
		for (const { sharers, has } of this.placesOf(keys)) {
			for (const k of sharers?.named.candidates(names) ?? []) {
				if (found.has(k) || !has(k)) continue;
				const matches = checked.get(k) ?? namesMatch(c, k);
				checked.set(k, matches);
				if (matches) found.add(k);
			}
		}
		return [...found];
	}

	/**
	 * The people who share a strong key with the contact, in the order of its keys (each key's people in
	 * their order of filing): everyone of the vault, and the planned people whose names agree with its
	 * own. Only those are looked at, besides planned people whose long names the words cannot rule out.
	 */
	sharing(c: Contact, keys: StrongKeys): Known[] {
		const theirs = contactNameKeys(c).filter(isFullNameKey);
		const names = theirs.length > 0 ? wordSets(theirs) : null;
		const first = new Map<Known, number>();
		const agrees = new Map<Known, boolean>();
		const places = this.placesOf(keys);
		for (const [at, { sharers, has }] of places.entries()) {
			if (!sharers) continue;
			const planned = names ? [...sharers.plannedUnnamed, ...sharers.named.candidates(names)] : sharers.planned;
			for (const k of [...sharers.vault, ...planned]) {
				if (first.has(k) || !has(k)) continue;
				if (k.plannedLine !== null) {
					const agreeing = agrees.get(k) ?? namesAgree(c, k);
					agrees.set(k, agreeing);
					if (!agreeing) continue;
				}
				first.set(k, at);
			}
		}
		const stamp = (k: Known): number => this.filed.get(k)?.stamp ?? 0;
		return [...first].sort((a, b) => a[1] - b[1] || stamp(a[0]) - stamp(b[0])).map(([k]) => k);
	}
}
