import { type Contact, phoneBucket, samePhone } from "./contact";
import { type Known, type StrongKeys, contactNameKeys, namesAgree, namesMatch } from "./match";
import { isFullNameKey } from "./names";
import { WordSetIndex, type WordSets, wordSets } from "./word-sets";

/** The word sets of a contact's full names (null when it has none), made the first time a key many share needs them. */
function fullNamesOf(c: Contact): () => WordSets | null {
	let names: WordSets | null | undefined;
	return () => {
		if (names === undefined) {
			const theirs = contactNameKeys(c).filter(isFullNameKey);
			names = theirs.length > 0 ? wordSets(theirs) : null;
		}
		return names;
	};
}

/** At most this many people of one key are looked at one by one; more are filed by their names' words. */
const FEW = 4;

/** The structures of a key many people share: who is of the vault, who is planned, and everyone by the words of their full names. */
class SharerIndex {
	/** People of the vault: each shares the key with any contact that has it. */
	readonly vault = new Set<Known>();
	/** People an import plans: a contact with another full name is another person of the same address book. */
	readonly planned = new Set<Known>();
	/** Planned people with no full name, whose names agree with any contact's. */
	readonly plannedUnnamed = new Set<Known>();
	/** Everyone with a full name, by its words. */
	readonly named = new WordSetIndex<Known>();

	add(k: Known, names: WordSets | null): void {
		(k.plannedLine === null ? this.vault : this.planned).add(k);
		if (names) this.named.add(k, names);
		else if (k.plannedLine !== null) this.plannedUnnamed.add(k);
	}

	delete(k: Known): void {
		this.vault.delete(k);
		this.planned.delete(k);
		this.plannedUnnamed.delete(k);
		this.named.delete(k);
	}
}

/** The people filed under one strong key (an email, a LinkedIn profile, the last seven digits of a phone). */
class Sharers {
	/** Everyone, in their order of filing. */
	readonly members = new Set<Known>();
	/** Made once more than {@link FEW} share the key: most keys are one person's, and cost no index. */
	private index: SharerIndex | null = null;

	constructor(private readonly namesOf: (k: Known) => WordSets | null) {}

	add(k: Known): void {
		this.members.add(k);
		if (this.index) this.index.add(k, this.namesOf(k));
		else if (this.members.size > FEW) {
			const index = new SharerIndex();
			for (const m of this.members) index.add(m, this.namesOf(m));
			this.index = index;
		}
	}

	delete(k: Known): void {
		this.members.delete(k);
		this.index?.delete(k);
	}

	/** Everyone of the vault, and maybe others. */
	vault(): Iterable<Known> {
		return this.index?.vault ?? this.members;
	}

	/** Everyone with a full name within one of the contact's `names` or holding all its words, and maybe others (none when it has no full name). */
	named(names: () => WordSets | null): Iterable<Known> {
		if (!this.index) return this.members;
		const theirs = names();
		return theirs ? this.index.named.candidates(theirs) : [];
	}

	/** The planned people whose names may agree with the contact's `names` (every one when it has no full name), and maybe others. */
	plannedAgreeing(names: () => WordSets | null): Iterable<Known> {
		if (!this.index) return this.members;
		const theirs = names();
		return theirs ? [...this.index.plannedUnnamed, ...this.index.named.candidates(theirs)] : this.index.planned;
	}
}

interface SharerFiling {
	/** The order of filing, as the people of every key are ordered. */
	stamp: number;
	buckets: [Map<string, Sharers>, string][];
	/** The person's numbers by the bucket they are filed under. */
	phones: Map<string, string[]>;
	/** The keys of the person's full names, and their word sets once a key many share needs them. */
	fullNames: readonly string[];
	names?: WordSets | null;
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
		for (const p of keys.phone) {
			const list = phones.get(phoneBucket(p));
			if (list) list.push(p);
			else phones.set(phoneBucket(p), [p]);
		}
		const buckets: [Map<string, Sharers>, string][] = [];
		for (const e of keys.email) buckets.push([this.byEmail, e]);
		for (const u of keys.linkedin) buckets.push([this.byLinkedIn, u]);
		for (const b of phones.keys()) buckets.push([this.byPhone, b]);
		this.filed.set(k, { stamp, buckets, phones, fullNames });
		// A key written twice (`a@x.it` and `A@x.it `) is one: the person is filed under it once, and unfiled once.
		for (const [map, key] of buckets) {
			let sharers = map.get(key);
			if (!sharers) {
				sharers = new Sharers(this.namesOf);
				map.set(key, sharers);
			}
			sharers.add(k);
		}
	}

	/** The word sets of a filed person's full names, null when they have none; made the first time a key many share needs them. */
	private readonly namesOf = (k: Known): WordSets | null => {
		const filing = this.filed.get(k);
		if (!filing) return null;
		if (filing.names === undefined) filing.names = filing.fullNames.length > 0 ? wordSets(filing.fullNames) : null;
		return filing.names;
	};

	private unfile(k: Known): void {
		for (const [map, key] of this.filed.get(k)?.buckets ?? []) {
			const sharers = map.get(key);
			sharers?.delete(k);
			if (sharers?.members.size === 0) map.delete(key);
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
		const names = fullNamesOf(c);
		const found = new Set<Known>();
		const checked = new Map<Known, boolean>();
		for (const { sharers, has } of this.placesOf(keys)) {
			for (const k of sharers?.named(names) ?? []) {
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
		const names = fullNamesOf(c);
		const first = new Map<Known, number>();
		const agrees = new Map<Known, boolean>();
		const places = this.placesOf(keys);
		for (const [at, { sharers, has }] of places.entries()) {
			if (!sharers) continue;
			for (const k of [...sharers.vault(), ...sharers.plannedAgreeing(names)]) {
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
