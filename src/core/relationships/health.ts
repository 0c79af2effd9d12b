import { type CalendarDay, addDays, dayFromEpoch, toEpoch } from "../dates/dates";
import { type Balance, reciprocityOf, type ReciprocityLedger } from "./reciprocity";
import { hasDied, type PersonInfo } from "../notes/note";
import { countAtMost } from "../shared/sorted";
import type { HealthSettings } from "../config/settings";
import type { VaultIndex } from "../index/vault-index";

/**
 * Relationship health: a tie strength from 0 to 100 per person, built from four factors each
 * between 0 and 1 and weighted by the settings (see README, "Relationship health"):
 * - recency: 0.5 ^ (days since the last interaction / half-life), 0 when never in touch;
 * - frequency: ln(1 + interactions in the last 365 days) / ln(1 + yearly target), at most 1;
 * - reciprocity: 1 − |gave − received| / (gave + received) over the last year, 0.5 when nothing was recorded;
 * - length: years since the relationship began (`since`, or the first interaction) / full years, at most 1.
 * A `closeness` field in the person note overrides the result.
 */
export interface TieStrength {
	person: string;
	score: number;
	/** True when `closeness` set the score. */
	manual: boolean;
	factors: { recency: number; frequency: number; reciprocity: number; length: number };
	lastContact: CalendarDay | null;
	interactionsLastYear: number;
	/** When the relationship began, as far as the vault knows. */
	since: CalendarDay | null;
	balance: Balance;
}

/** The distinct days of every interaction with a person, ascending, as epoch days. */
export function interactionEpochs(index: VaultIndex, person: string): number[] {
	const epochs = index.contactEpochs(person);
	const own = index.person(person)?.ownContacts ?? [];
	if (own.length === 0) return epochs;
	// The person note's own dates, merged into the (ascending, distinct) days of the other notes.
	const extra = own.map((o) => toEpoch(o.day)).sort((a, b) => a - b);
	const out: number[] = [];
	let i = 0;
	let j = 0;
	while (i < epochs.length || j < extra.length) {
		const next = j >= extra.length || (i < epochs.length && (epochs[i] as number) <= (extra[j] as number)) ? (epochs[i++] as number) : (extra[j++] as number);
		if (out.length === 0 || (out[out.length - 1] as number) !== next) out.push(next);
	}
	return out;
}

/** Tie strength of `person` as of `asOf`, counting only what happened on or before that day (`allEpochs`: as `interactionEpochs` gives them, ascending). */
export function tieStrength(index: VaultIndex, person: string, asOf: CalendarDay, settings: HealthSettings, ledger: ReciprocityLedger, allEpochs: readonly number[] = interactionEpochs(index, person)): TieStrength {
	const s = strengthOn(index.person(person)?.person ?? null, allEpochs, asOf, toEpoch(asOf), settings, reciprocityOf(ledger, person, asOf));
	return {
		person,
		score: s.score,
		manual: s.manual,
		factors: s.factors,
		lastContact: s.last === null ? null : dayFromEpoch(s.last),
		interactionsLastYear: s.lastYear,
		since: s.sinceEpoch === null || !Number.isFinite(s.sinceEpoch) ? null : dayFromEpoch(s.sinceEpoch),
		balance: s.balance,
	};
}

/** A tie strength's numbers, before any day is written out: what a list of everyone needs of each person. */
interface Strength {
	score: number;
	manual: boolean;
	factors: TieStrength["factors"];
	last: number | null;
	lastYear: number;
	sinceEpoch: number | null;
	balance: Balance;
}

/** The tie strength on `asOf` (epoch day `now`) of a person whose interactions are `all` (ascending), without making a list of them. */
function strengthOn(info: PersonInfo | null, all: readonly number[], asOf: CalendarDay, now: number, settings: HealthSettings, balance: Balance): Strength {
	const happened = countAtMost(all, now);
	const first = happened > 0 ? (all[0] as number) : null;
	const last = happened > 0 ? (all[happened - 1] as number) : null;
	const lastYear = happened - countAtMost(all, now - 365);
	const sinceEpoch = info?.since ? Math.min(toEpoch(info.since), first ?? Infinity) : first;
	const factors = {
		recency: last === null ? 0 : Math.pow(0.5, (now - last) / settings.recencyHalfLifeDays),
		frequency: Math.min(1, Math.log1p(lastYear) / Math.log1p(settings.yearlyTarget)),
		reciprocity: balance.gave + balance.received === 0 ? 0.5 : 1 - Math.abs(balance.gave - balance.received) / (balance.gave + balance.received),
		length: sinceEpoch === null || sinceEpoch > now ? 0 : Math.min(1, (now - sinceEpoch) / 365.25 / settings.fullYears),
	};
	const w = settings.weights;
	const total = w.recency + w.frequency + w.reciprocity + w.length;
	const computed = Math.round((100 * (w.recency * factors.recency + w.frequency * factors.frequency + w.reciprocity * factors.reciprocity + w.length * factors.length)) / total);
	const manual = info?.closeness ?? null;
	return { score: manual ?? computed, manual: manual !== null, factors, last, lastYear, sinceEpoch, balance };
}

/**
 * A person's usual rhythm: the median gap in days between their last (up to 8) interactions;
 * null with fewer than three interactions, where a rhythm would be a guess.
 */
export function usualGapDays(epochs: readonly number[]): number | null {
	return usualGapOf(epochs, epochs.length);
}

/** `usualGapDays` of the first `count` of `epochs`, without copying them. */
function usualGapOf(epochs: readonly number[], count: number): number | null {
	const from = Math.max(0, count - 8);
	if (count - from < 3) return null;
	const gaps: number[] = [];
	for (let i = from + 1; i < count; i++) gaps.push((epochs[i] as number) - (epochs[i - 1] as number));
	gaps.sort((a, b) => a - b);
	const mid = gaps.length >> 1;
	return gaps.length % 2 === 1 ? (gaps[mid] ?? 0) : ((gaps[mid - 1] ?? 0) + (gaps[mid] ?? 0)) / 2;
}

export interface FadingPerson {
	person: string;
	score: number;
	/** Score 90 days ago minus now (positive: it fell). */
	drop: number;
	/** Days since the last interaction, and the usual gap it is measured against (null: no rhythm yet). */
	silenceDays: number;
	usualGapDays: number | null;
	/** Why they are listed: their strength fell, their silence is long for them, or both. */
	reasons: ("fell" | "silence")[];
}

/** A fall of this many points over 90 days, or a silence this many times the usual gap, counts as fading. */
export const FADING_DROP = 15;
export const FADING_SILENCE_RATIO = 2;

/**
 * People whose relationship is fading on `asOf`: strength fell by at least 15 points over the last
 * 90 days, or the current silence is at least twice their own usual gap (and two weeks at least).
 * Sorted by how much it fell, then by how long the silence is against their rhythm.
 */
export function fadingPeople(index: VaultIndex, asOf: CalendarDay, settings: HealthSettings, ledger: ReciprocityLedger): FadingPerson[] {
	const out: FadingPerson[] = [];
	for (const note of index.personNotes()) {
		const f = fadingOf(index, note.path, asOf, settings, ledger);
		if (f) out.push(f);
	}
	return sortFading(out);
}

/** Whether one person is fading on `asOf` (see `fadingPeople`), and why; null when not. */
export function fadingOf(index: VaultIndex, person: string, asOf: CalendarDay, settings: HealthSettings, ledger: ReciprocityLedger, all: readonly number[] = interactionEpochs(index, person)): FadingPerson | null {
	return fadingFrom(index, person, asOf, settings, ledger, all);
}

/**
 * A person's tie strength on `asOf` and whether they are fading (as `tieStrength` and `fadingOf`
 * give them), from one look at their interactions: what a list of everyone shows for each person.
 */
export function healthOf(index: VaultIndex, person: string, asOf: CalendarDay, settings: HealthSettings, ledger: ReciprocityLedger): { strength: TieStrength; fading: FadingPerson | null } {
	const all = interactionEpochs(index, person);
	const strength = tieStrength(index, person, asOf, settings, ledger, all);
	return { strength, fading: fadingFrom(index, person, asOf, settings, ledger, all, strength) };
}

/** `fadingOf` from the person's interactions (`interactionEpochs`), and their strength on `asOf` when already known. */
function fadingFrom(index: VaultIndex, person: string, asOf: CalendarDay, settings: HealthSettings, ledger: ReciprocityLedger, all: readonly number[], strength?: TieStrength): FadingPerson | null {
	const info = index.person(person)?.person ?? null;
	// A tie with someone who has died is not fading: there is no one to get back in touch with.
	if (hasDied(info, asOf)) return null;
	const now = toEpoch(asOf);
	const happened = countAtMost(all, now);
	if (happened === 0) return null;
	const current = strength ?? strengthOn(info, all, asOf, now, settings, reciprocityOf(ledger, person, asOf));
	const pastDay = addDays(asOf, -90);
	const past = strengthOn(info, all, pastDay, now - 90, settings, reciprocityOf(ledger, person, pastDay));
	const drop = current.manual ? 0 : past.score - current.score;
	const silence = now - (all[happened - 1] as number);
	const gap = usualGapOf(all, happened);
	const reasons: FadingPerson["reasons"] = [];
	if (drop >= FADING_DROP) reasons.push("fell");
	if (gap !== null && silence >= 14 && silence >= FADING_SILENCE_RATIO * Math.max(1, gap)) reasons.push("silence");
	return reasons.length > 0 ? { person, score: current.score, drop, silenceDays: silence, usualGapDays: gap, reasons } : null;
}

/** By how much strength fell, then by how long the silence is against the person's rhythm. */
export function sortFading(list: FadingPerson[]): FadingPerson[] {
	return list.sort(compareFading);
}

/** The order of `sortFading`. */
export function compareFading(a: FadingPerson, b: FadingPerson): number {
	return b.drop - a.drop || silenceRatio(b) - silenceRatio(a) || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0);
}

function silenceRatio(f: FadingPerson): number {
	return f.usualGapDays === null ? 0 : f.silenceDays / Math.max(1, f.usualGapDays);
}
