import { pairKey } from "../shared/pair-key";
import { type CalendarDay } from "../dates/dates";
import { tieStrength } from "./health";
import type { ReciprocityLedger } from "./reciprocity";
import type { HealthSettings } from "../config/settings";
import { foldName, orgName } from "../shared/text";
import { hasDied, type ParsedNote, type PersonInfo, personOrgs } from "../notes/parsed-note";
import type { VaultIndex } from "../index/vault-index";

/** Why two people should meet, in data the UI puts into words. */
export interface IntroductionReason {
	interests: string[];
	/** `offers` of one that match `asks` of the other. */
	matches: { from: string; to: string; what: string }[];
	sameOrg: boolean;
}

export interface Introduction {
	a: string;
	b: string;
	score: number;
	reason: IntroductionReason;
}

/** Interests shared by more people than this are too common to suggest anything (and would make the pairs explode). */
const MAX_BUCKET = 400;

/** Who already knows whom on a day: see `acquaintedPairs`. */
export interface Acquaintances {
	/** Whether `a` and `b` met together or are linked. */
	know(a: string, b: string): boolean;
}

/**
 * Meetings of more attendees than this are not turned into pairs (an all-hands of 5,000 people is
 * 12.5 million of them): each attendee keeps the meeting instead, and two people met when they share one.
 */
const MOST_PAIRED_ATTENDEES = 100;

/** Pairs that already know each other on `asOf`: met together (planned meetings do not count yet), or linked by `knows`, `met_via`, `partner`, `family`. */
export function acquaintedPairs(index: VaultIndex, asOf: CalendarDay): Acquaintances {
	const known = new Set<string>();
	const largeMeetings = new Map<string, Set<string>>();
	for (const note of index.allNotes()) {
		if (note.kind === "meeting" && note.date && note.date <= asOf) {
			const people = index.attendeesOf(note.path);
			if (people.length > MOST_PAIRED_ATTENDEES) {
				for (const p of people) largeMeetings.set(p, (largeMeetings.get(p) ?? new Set()).add(note.path));
			} else {
				for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) known.add(pairKey(people[i] ?? "", people[j] ?? ""));
			}
		}
		const info = note.person;
		if (!info) continue;
		for (const ref of [...info.knows, ...info.metVia, ...info.partner, ...info.family]) {
			const other = index.resolve(ref, note.path);
			if (other && other !== note.path) known.add(pairKey(note.path, other));
		}
	}
	const sharedLargeMeeting = (a: string, b: string): boolean => {
		const x = largeMeetings.get(a);
		const y = largeMeetings.get(b);
		if (!x || !y) return false;
		const [fewer, more] = x.size <= y.size ? [x, y] : [y, x];
		for (const meeting of fewer) if (more.has(meeting)) return true;
		return false;
	};
	return { know: (a, b) => known.has(pairKey(a, b)) || sharedLargeMeeting(a, b) };
}

/** Whether an offer and an ask, both folded (see `foldName`), match: the same words, or one of four letters or more inside the other. */
function offerMeetsAsk(offer: string, ask: string): boolean {
	return offer === ask || (offer.length >= 4 && ask.includes(offer)) || (ask.length >= 4 && offer.includes(ask));
}

/** Each folded text of `field` (offers or asks) and who wrote it, in path order, with the words they wrote (each spelling once). */
function peopleByText(people: readonly ParsedNote[], field: "offers" | "asks"): Map<string, { path: string; written: string }[]> {
	const out = new Map<string, { path: string; written: string }[]>();
	for (const note of people) {
		for (const written of note.person?.[field] ?? []) {
			const key = foldName(written);
			const list = out.get(key) ?? [];
			list.push({ path: note.path, written });
			out.set(key, list);
		}
	}
	return out;
}

/**
 * Who offers what someone else asks for: per giver and taker (in path order), the offers as the giver wrote
 * them, in the giver's order. Texts are matched once each, not once per pair of people; an offer or ask
 * written by more than `MAX_BUCKET` people is too common to suggest anything, as an interest is.
 */
function offerMatches(people: readonly ParsedNote[]): { giver: string; taker: string; what: string[] }[] {
	const offers = [...peopleByText(people, "offers")].filter(([, givers]) => givers.length <= MAX_BUCKET);
	const asks = [...peopleByText(people, "asks")].filter(([, takers]) => takers.length <= MAX_BUCKET);
	const order = new Map(people.map((n, i) => [n.path, i]));
	const found = new Map<string, { giver: string; taker: string; what: Set<string> }>();
	for (const [offer, givers] of offers) {
		for (const [ask, takers] of asks) {
			if (!offerMeetsAsk(offer, ask)) continue;
			for (const g of givers) {
				for (const t of takers) {
					const key = pairKey(g.path, t.path) + (g.path < t.path ? ">" : "<");
					const pair = found.get(key) ?? { giver: g.path, taker: t.path, what: new Set<string>() };
					pair.what.add(g.written);
					found.set(key, pair);
				}
			}
		}
	}
	const rank = (path: string): number => order.get(path) ?? 0;
	const written = (path: string): readonly string[] => people[rank(path)]?.person?.offers ?? [];
	return [...found.values()]
		.sort((x, y) => rank(x.giver) - rank(y.giver) || rank(x.taker) - rank(y.taker))
		.map(({ giver, taker, what }) => ({ giver, taker, what: [...new Set(written(giver).filter((o) => what.has(o)))] }));
}

/**
 * Introductions worth making: pairs of people I know who share interests, or where one offers what
 * the other asks for, and who have never met nor are linked. Score: Adamic-Adar over shared interests
 * (Σ 1 / ln(1 + people with that interest)) plus 1 per offer/ask match, times (0.5 + mean tie strength
 * to me / 100), halved when both work at the same organisation. Best first; ties by names.
 */
export function suggestIntroductions(index: VaultIndex, asOf: CalendarDay, options: { me: string | null; health: HealthSettings; ledger: ReciprocityLedger; limit?: number }): Introduction[] {
	// In path order: which spelling of a shared interest is shown does not depend on the order the index took the notes in.
	// No one who has died is introduced to anyone.
	const people = index.personNotes().filter((n) => n.path !== options.me && n.person && !hasDied(n.person, asOf)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const byInterest = new Map<string, { label: string; people: string[] }>();
	for (const note of people) {
		for (const interest of note.person?.interests ?? []) {
			const key = foldName(interest);
			const bucket = byInterest.get(key) ?? { label: interest, people: [] };
			// People come in path order, each interest's spellings one after the other: a repeat is the last one added.
			if (bucket.people[bucket.people.length - 1] !== note.path) bucket.people.push(note.path);
			byInterest.set(key, bucket);
		}
	}
	const known = acquaintedPairs(index, asOf);
	const candidates = new Map<string, { a: string; b: string; aa: number; interests: string[]; matches: IntroductionReason["matches"] }>();
	const candidate = (x: string, y: string): { a: string; b: string; aa: number; interests: string[]; matches: IntroductionReason["matches"] } | null => {
		if (x === y || known.know(x, y)) return null;
		const key = pairKey(x, y);
		let c = candidates.get(key);
		if (!c) {
			c = { a: x < y ? x : y, b: x < y ? y : x, aa: 0, interests: [], matches: [] };
			candidates.set(key, c);
		}
		return c;
	};
	for (const { label, people: members } of byInterest.values()) {
		if (members.length < 2 || members.length > MAX_BUCKET) continue;
		const weight = 1 / Math.log(1 + members.length);
		for (let i = 0; i < members.length; i++) {
			for (let j = i + 1; j < members.length; j++) {
				const c = candidate(members[i] ?? "", members[j] ?? "");
				if (!c) continue;
				c.aa += weight;
				c.interests.push(label);
			}
		}
	}
	for (const { giver, taker, what } of offerMatches(people)) {
		const c = candidate(giver, taker);
		if (c) for (const w of what) c.matches.push({ from: giver, to: taker, what: w });
	}
	const strength = new Map<string, number>();
	const strengthOf = (p: string): number => {
		let s = strength.get(p);
		if (s === undefined) {
			s = tieStrength(index, p, asOf, options.health, options.ledger).score;
			strength.set(p, s);
		}
		return s;
	};
	const out: Introduction[] = [];
	for (const c of candidates.values()) {
		const sameOrg = shareAnOrg(index.person(c.a)?.person ?? null, index.person(c.b)?.person ?? null);
		const base = c.aa + c.matches.length;
		const score = base * (0.5 + (strengthOf(c.a) + strengthOf(c.b)) / 200) * (sameOrg ? 0.5 : 1);
		out.push({ a: c.a, b: c.b, score: Math.round(score * 1000) / 1000, reason: { interests: c.interests.sort((x, y) => x.localeCompare(y)), matches: c.matches, sameOrg } });
	}
	out.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
	return out.slice(0, options.limit ?? 20);
}

/** Whether two people are at one organisation, any of each one's (`org: [Acme, Lumen]`) counted. */
function shareAnOrg(a: PersonInfo | null, b: PersonInfo | null): boolean {
	if (!a || !b) return false;
	const theirs = new Set(personOrgs(b).map((o) => foldName(orgName(o))));
	return personOrgs(a).some((o) => theirs.has(foldName(orgName(o))));
}
