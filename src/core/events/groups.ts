import { pairKey } from "../shared/pair-key";
import { seededRandom } from "../shared/random";
import { foldName } from "../shared/text";

/**
 * Plans small groups (tables) for an event: each group shares passions while mixing organisations,
 * people who already met are spread out, pins are respected, and no one sits with the same person
 * twice across rounds. Pure and deterministic: the same input gives the same plan.
 */
export interface GroupPerson {
	id: string;
	interests: readonly string[];
	org: string | null;
	/** Every organisation of someone at several (`org: [Acme, Lumen]`); `org` alone otherwise. */
	orgs?: readonly string[];
}

/** Each person's organisations, folded: two people share one when any of theirs meet. */
function foldedOrgs(people: readonly GroupPerson[]): ReadonlySet<string>[] {
	return people.map((p) => new Set((p.orgs ?? (p.org ? [p.org] : [])).map(foldName)));
}

function shareAnOrg(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
	if (!a || !b) return false;
	for (const org of a) if (b.has(org)) return true;
	return false;
}

export interface GroupPlanInput {
	people: readonly GroupPerson[];
	/** Table size (groups are as even as possible), or a number of groups. */
	size?: number;
	groups?: number;
	rounds?: number;
	/** Pairs who already met (co-attended earlier meetings), as `pairKey` strings. */
	met?: ReadonlySet<string>;
	together?: readonly (readonly string[])[];
	apart?: readonly (readonly string[])[];
	/** Random restarts of the local search per round, and random shakes per restart. */
	restarts?: number;
	kicks?: number;
}

export interface GroupRound {
	groups: string[][];
	score: number;
	/** Mean score of random splits of the same people into the same group sizes. */
	randomScore: number;
	stats: GroupStats;
}

export interface GroupStats {
	/** Shared interests per pair of tablemates, on average. */
	sharedPerPair: number;
	sameOrgPairs: number;
	alreadyMetPairs: number;
	repeatedPairs: number;
	brokenPins: number;
}

export interface GroupPlan {
	rounds: GroupRound[];
}

/** What each pair of tablemates is worth; pins and repeats are hard constraints worth far more than any preference. */
export const GROUP_WEIGHTS = { sharedInterest: 1, sameOrg: -1, alreadyMet: -1.5, hard: -1000 } as const;

function hashSeed(ids: readonly string[]): number {
	let h = 2166136261;
	for (const id of ids) {
		for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
		h = Math.imul(h ^ 10, 16777619);
	}
	return h >>> 0;
}

/** Sizes of `groups` groups for `n` people, as even as possible (larger first). */
function capacities(n: number, groups: number): number[] {
	const base = Math.floor(n / groups);
	const extra = n % groups;
	return Array.from({ length: groups }, (_, i) => base + (i < extra ? 1 : 0));
}

class PairScores {
	readonly n: number;
	/** Preference part (interests, org, met) and hard part (pins apart, earlier rounds) per pair. */
	readonly soft: Float64Array;
	readonly hard: Float64Array;

	constructor(people: readonly GroupPerson[], met: ReadonlySet<string>, apart: readonly [number, number][]) {
		const n = people.length;
		this.n = n;
		this.soft = new Float64Array(n * n);
		this.hard = new Float64Array(n * n);
		const folded = people.map((p) => new Set(p.interests.map(foldName)));
		const orgs = foldedOrgs(people);
		for (let i = 0; i < n; i++) {
			for (let j = i + 1; j < n; j++) {
				let shared = 0;
				for (const x of folded[i] ?? []) if (folded[j]?.has(x)) shared++;
				let s = shared * GROUP_WEIGHTS.sharedInterest;
				if (shareAnOrg(orgs[i], orgs[j])) s += GROUP_WEIGHTS.sameOrg;
				if (met.has(pairKey(people[i]?.id ?? "", people[j]?.id ?? ""))) s += GROUP_WEIGHTS.alreadyMet;
				this.soft[i * n + j] = s;
				this.soft[j * n + i] = s;
			}
		}
		for (const [i, j] of apart) this.addHard(i, j);
	}

	addHard(i: number, j: number): void {
		this.hard[i * this.n + j] = (this.hard[i * this.n + j] ?? 0) + GROUP_WEIGHTS.hard;
		this.hard[j * this.n + i] = (this.hard[j * this.n + i] ?? 0) + GROUP_WEIGHTS.hard;
	}

	get(i: number, j: number): number {
		const k = i * this.n + j;
		return (this.soft[k] ?? 0) + (this.hard[k] ?? 0);
	}
}

/** Groups as lists of indices; `of[i]` is person i's group. */
interface Assignment {
	of: Int32Array;
	members: number[][];
}

/** The plan's score: with the hard constraints (to choose a plan), or preferences only (to report it). */
function totalScore(a: Assignment, scores: PairScores, softOnly = false): number {
	let total = 0;
	for (const group of a.members) {
		for (let x = 0; x < group.length; x++) {
			for (let y = x + 1; y < group.length; y++) {
				const i = group[x] ?? 0;
				const j = group[y] ?? 0;
				total += softOnly ? (scores.soft[i * scores.n + j] ?? 0) : scores.get(i, j);
			}
		}
	}
	return total;
}

/** Units that move together: the `keep together` pins merged, everyone else alone. */
function unitsOf(n: number, together: readonly [number, number][]): number[][] {
	const parent = Array.from({ length: n }, (_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
		return i;
	};
	for (const [a, b] of together) parent[find(a)] = find(b);
	const byRoot = new Map<number, number[]>();
	for (let i = 0; i < n; i++) {
		const r = find(i);
		byRoot.set(r, [...(byRoot.get(r) ?? []), i]);
	}
	return [...byRoot.values()];
}

/** Places units, largest first in a shuffled order, each where it adds most and still fits. */
function greedy(units: number[][], caps: number[], scores: PairScores, random: () => number): Assignment {
	const n = scores.n;
	const of = new Int32Array(n).fill(-1);
	const members: number[][] = caps.map(() => []);
	const order = units.map((u) => ({ u, key: random() })).sort((a, b) => b.u.length - a.u.length || a.key - b.key);
	for (const { u } of order) {
		let best = -1;
		let bestGain = -Infinity;
		for (let g = 0; g < caps.length; g++) {
			const room = (caps[g] ?? 0) - (members[g]?.length ?? 0);
			if (room < u.length) continue;
			let gain = 0;
			for (const i of u) for (const j of members[g] ?? []) gain += scores.get(i, j);
			// Prefer emptier groups on ties, so early units spread out.
			gain += room * 1e-6;
			if (gain > bestGain) {
				bestGain = gain;
				best = g;
			}
		}
		if (best < 0) best = members.reduce((m, list, g) => ((caps[g] ?? 0) - list.length > (caps[m] ?? 0) - (members[m]?.length ?? 0) ? g : m), 0);
		for (const i of u) {
			of[i] = best;
			members[best]?.push(i);
		}
	}
	return { of, members };
}

function add(array: Float64Array, k: number, value: number): void {
	array[k] = (array[k] ?? 0) + value;
}

/** Swaps two people of different groups while it helps; people pinned together stay put. */
function improve(a: Assignment, scores: PairScores, locked: Uint8Array): void {
	const n = scores.n;
	const groups = a.members.length;
	// sum[i * groups + g]: what person i adds to group g.
	const sum = new Float64Array(n * groups);
	for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) add(sum, i * groups + (a.of[j] ?? 0), scores.get(i, j));
	let improved = true;
	let passes = 0;
	while (improved && passes < 50) {
		improved = false;
		passes++;
		for (let x = 0; x < n; x++) {
			if (locked[x]) continue;
			for (let y = x + 1; y < n; y++) {
				const gx = a.of[x] ?? 0;
				const gy = a.of[y] ?? 0;
				if (gx === gy || locked[y]) continue;
				const sxy = scores.get(x, y);
				const delta = (sum[x * groups + gy] ?? 0) - sxy + (sum[y * groups + gx] ?? 0) - sxy - (sum[x * groups + gx] ?? 0) - (sum[y * groups + gy] ?? 0);
				if (delta <= 1e-9) continue;
				for (let z = 0; z < n; z++) {
					const sx = z === x ? 0 : scores.get(z, x);
					const sy = z === y ? 0 : scores.get(z, y);
					add(sum, z * groups + gx, sy - sx);
					add(sum, z * groups + gy, sx - sy);
				}
				a.of[x] = gy;
				a.of[y] = gx;
				improved = true;
			}
		}
	}
	a.members = Array.from({ length: groups }, () => []);
	for (let i = 0; i < n; i++) a.members[a.of[i] ?? 0]?.push(i);
}

/** A copy of the plan with three random swaps of unpinned people from different groups. */
function shaken(a: Assignment, locked: Uint8Array, random: () => number): Assignment {
	const of = Int32Array.from(a.of);
	const free: number[] = [];
	for (let i = 0; i < of.length; i++) if (!locked[i]) free.push(i);
	for (let k = 0; k < 3 && free.length > 1; k++) {
		const x = free[Math.floor(random() * free.length)] ?? 0;
		const y = free[Math.floor(random() * free.length)] ?? 0;
		const gx = of[x] ?? 0;
		of[x] = of[y] ?? 0;
		of[y] = gx;
	}
	const members: number[][] = a.members.map(() => []);
	for (let i = 0; i < of.length; i++) members[of[i] ?? 0]?.push(i);
	return { of, members };
}

function randomSplitScore(n: number, caps: number[], scores: PairScores, random: () => number, samples: number): number {
	let total = 0;
	for (let s = 0; s < samples; s++) {
		const order = Array.from({ length: n }, (_, i) => i);
		for (let i = n - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
		}
		const members: number[][] = [];
		let k = 0;
		for (const cap of caps) {
			members.push(order.slice(k, k + cap));
			k += cap;
		}
		const of = new Int32Array(n);
		members.forEach((m, g) => m.forEach((i) => (of[i] = g)));
		total += totalScore({ of, members }, scores, true);
	}
	return total / samples;
}

function statsOf(a: Assignment, scores: PairScores, people: readonly GroupPerson[], met: ReadonlySet<string>, repeats: ReadonlySet<string>, apart: readonly [number, number][], together: readonly [number, number][]): GroupStats {
	let pairs = 0;
	let shared = 0;
	let sameOrg = 0;
	let alreadyMet = 0;
	let repeated = 0;
	const orgs = foldedOrgs(people);
	for (const group of a.members) {
		for (let x = 0; x < group.length; x++) {
			for (let y = x + 1; y < group.length; y++) {
				const i = group[x] ?? 0;
				const j = group[y] ?? 0;
				const pi = people[i];
				const pj = people[j];
				if (!pi || !pj) continue;
				pairs++;
				const key = pairKey(pi.id, pj.id);
				const org = shareAnOrg(orgs[i], orgs[j]);
				if (org) sameOrg++;
				if (met.has(key)) alreadyMet++;
				if (repeats.has(key)) repeated++;
				shared += (scores.soft[i * scores.n + j] ?? 0) - (org ? GROUP_WEIGHTS.sameOrg : 0) - (met.has(key) ? GROUP_WEIGHTS.alreadyMet : 0);
			}
		}
	}
	const brokenPins = apart.filter(([i, j]) => a.of[i] === a.of[j]).length + together.filter(([i, j]) => a.of[i] !== a.of[j]).length;
	return { sharedPerPair: pairs === 0 ? 0 : Math.round((shared / pairs) * 1000) / 1000, sameOrgPairs: sameOrg, alreadyMetPairs: alreadyMet, repeatedPairs: repeated, brokenPins };
}

/** Index pairs of a list of pin sets (every pair within each set), ignoring people not attending. */
function pinPairs(sets: readonly (readonly string[])[], position: Map<string, number>): [number, number][] {
	const out: [number, number][] = [];
	for (const set of sets) {
		const present = set.map((id) => position.get(id)).filter((i): i is number => i !== undefined);
		for (let x = 0; x < present.length; x++) for (let y = x + 1; y < present.length; y++) out.push([present[x] ?? 0, present[y] ?? 0]);
	}
	return out;
}

export function planGroups(input: GroupPlanInput): GroupPlan {
	const people = [...input.people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const n = people.length;
	if (n === 0) return { rounds: [] };
	const groupCount = Math.max(1, Math.min(n, input.groups ?? Math.ceil(n / Math.max(2, input.size ?? 6))));
	const caps = capacities(n, groupCount);
	const position = new Map(people.map((p, i) => [p.id, i]));
	const met = input.met ?? new Set<string>();
	const apart = pinPairs(input.apart ?? [], position);
	const together = pinPairs(input.together ?? [], position);
	const scores = new PairScores(people, met, apart);
	const units = unitsOf(n, together);
	const locked = new Uint8Array(n);
	const unitOf = new Int32Array(n);
	units.forEach((u, k) => u.forEach((i) => (unitOf[i] = k)));
	for (const u of units) if (u.length > 1) for (const i of u) locked[i] = 1;
	const random = seededRandom(hashSeed(people.map((p) => p.id)));
	const repeats = new Set<string>();
	const rounds: GroupRound[] = [];
	for (let r = 0; r < Math.max(1, input.rounds ?? 1); r++) {
		let best: Assignment | null = null;
		let bestScore = -Infinity;
		for (let attempt = 0; attempt < Math.max(1, input.restarts ?? 4); attempt++) {
			let a = greedy(units, caps, scores, random);
			improve(a, scores, locked);
			let score = totalScore(a, scores);
			// Iterated local search: shake the plan with a few random swaps, improve again, keep it if better.
			for (let kick = 0; kick < (input.kicks ?? 40); kick++) {
				const b = shaken(a, locked, random);
				improve(b, scores, locked);
				const s = totalScore(b, scores);
				if (s > score + 1e-9) {
					a = b;
					score = s;
				}
			}
			if (score > bestScore) {
				best = a;
				bestScore = score;
			}
		}
		if (!best) break;
		const randomScore = randomSplitScore(n, caps, scores, random, 50);
		rounds.push({
			groups: best.members.map((m) => m.map((i) => people[i]?.id ?? "").sort()),
			score: Math.round(totalScore(best, scores, true) * 1000) / 1000,
			randomScore: Math.round(randomScore * 1000) / 1000,
			stats: statsOf(best, scores, people, met, repeats, apart, together),
		});
		// Later rounds: whoever sat together now must not sit together again.
		for (const group of best.members) {
			for (let x = 0; x < group.length; x++) {
				for (let y = x + 1; y < group.length; y++) {
					const i = group[x] ?? 0;
					const j = group[y] ?? 0;
					const key = pairKey(people[i]?.id ?? "", people[j]?.id ?? "");
					// People pinned together sit together every round: that is not a repeat.
					if (unitOf[i] === unitOf[j]) continue;
					repeats.add(key);
					scores.addHard(i, j);
				}
			}
		}
	}
	return { rounds };
}
