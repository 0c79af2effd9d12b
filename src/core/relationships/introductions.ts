import { pairKey } from "../shared/pair-key";
import { type CalendarDay } from "../dates/dates";
import { tieStrength } from "./health";
import type { ReciprocityLedger } from "./reciprocity";
import type { HealthSettings } from "../config/settings";
import { foldName, orgName } from "../shared/text";
import { hasDied, type PersonInfo, personOrgs } from "../notes/parsed-note";
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

/** Pairs that already know each other on `asOf`: met together (planned meetings do not count yet), or linked by `knows`, `met_via`, `partner`, `family`. */
export function acquaintedPairs(index: VaultIndex, asOf: CalendarDay): Set<string> {
	const known = new Set<string>();
	for (const note of index.allNotes()) {
		if (note.kind === "meeting" && note.date && note.date <= asOf) {
			const people = index.attendeesOf(note.path);
			for (let i = 0; i < people.length; i++) for (let j = i + 1; j < people.length; j++) known.add(pairKey(people[i] ?? "", people[j] ?? ""));
		}
		const info = note.person;
		if (!info) continue;
		for (const ref of [...info.knows, ...info.metVia, ...info.partner, ...info.family]) {
			const other = index.resolve(ref, note.path);
			if (other && other !== note.path) known.add(pairKey(note.path, other));
		}
	}
	return known;
}

function matches(offers: readonly string[], asks: readonly string[]): string[] {
	const out: string[] = [];
	for (const o of offers) {
		const fo = foldName(o);
		for (const a of asks) {
			const fa = foldName(a);
			if (fo === fa || (fo.length >= 4 && fa.includes(fo)) || (fa.length >= 4 && fo.includes(fa))) out.push(o);
		}
	}
	return [...new Set(out)];
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
	const people = index.personNotes().filter((n) => n.path !== options.me && n.person && !hasDied(n.person)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const byInterest = new Map<string, { label: string; people: string[] }>();
	for (const note of people) {
		for (const interest of note.person?.interests ?? []) {
			const key = foldName(interest);
			const bucket = byInterest.get(key) ?? { label: interest, people: [] };
			if (!bucket.people.includes(note.path)) bucket.people.push(note.path);
			byInterest.set(key, bucket);
		}
	}
	const known = acquaintedPairs(index, asOf);
	const candidates = new Map<string, { a: string; b: string; aa: number; interests: string[]; matches: IntroductionReason["matches"] }>();
	const candidate = (x: string, y: string): { a: string; b: string; aa: number; interests: string[]; matches: IntroductionReason["matches"] } | null => {
		const key = pairKey(x, y);
		if (x === y || known.has(key)) return null;
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
	const withOffers = people.filter((n) => (n.person?.offers.length ?? 0) > 0);
	const withAsks = people.filter((n) => (n.person?.asks.length ?? 0) > 0);
	for (const giver of withOffers) {
		for (const taker of withAsks) {
			const found = matches(giver.person?.offers ?? [], taker.person?.asks ?? []);
			if (found.length === 0) continue;
			const c = candidate(giver.path, taker.path);
			if (c) for (const what of found) c.matches.push({ from: giver.path, to: taker.path, what });
		}
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
