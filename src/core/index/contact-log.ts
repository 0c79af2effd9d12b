import { type CalendarDay, dayFromEpoch, toEpoch } from "../dates/dates";

export type InteractionKind = "meeting" | "mention" | "task" | "log";

export interface Interaction {
	day: CalendarDay;
	kind: InteractionKind;
	source: string;
	line: number;
}

/**
 * An interaction packed in one number, so the index keeps no object per attendance:
 * ((epoch day × 4 + kind rank) × 2^20 + (2^20 − 1 − line)). A larger number is a later interaction;
 * on the same day a meeting beats a task beats a mention beats a log line, then the earlier line wins.
 */
type Packed = number;

const LINES = 2 ** 20;
const KIND_RANK: Record<InteractionKind, number> = { meeting: 3, task: 2, mention: 1, log: 0 };
const RANK_KIND: readonly InteractionKind[] = ["log", "mention", "task", "meeting"];

function pack(day: CalendarDay, kind: InteractionKind, line: number): Packed {
	return (toEpoch(day) * 4 + KIND_RANK[kind]) * LINES + (LINES - 1 - Math.min(Math.max(line, 0), LINES - 1));
}

/** The largest packed value of any interaction on the epoch day `epoch`. */
function endOfEpochDay(epoch: number): Packed {
	return (epoch * 4 + 3) * LINES + (LINES - 1);
}

function unpack(source: string, packed: Packed): Interaction {
	const rank = Math.floor(packed / LINES);
	return { day: dayFromEpoch(Math.floor(rank / 4)), kind: RANK_KIND[rank % 4] ?? "log", source, line: LINES - 1 - (packed % LINES) };
}

/** Whether interaction `a` (from `aSource`) is later than `b`; ties go to the first source, so the answer never depends on indexing order. */
function isLater(aSource: string, a: Packed, bSource: string, b: Packed): boolean {
	return a !== b ? a > b : aSource < bSource;
}

/**
 * One person's interactions: the latest each source note records, and "the latest as of a day" by
 * binary search over a sorted copy built when first asked and dropped when something changes.
 */
export class ContactLog {
	private readonly latestBySource = new Map<string, Packed>();
	private sorted: { packed: Float64Array; sources: string[] } | null = null;

	get size(): number {
		return this.latestBySource.size;
	}

	/** Records an interaction; true when it changed what the log knows. */
	add(source: string, day: CalendarDay, kind: InteractionKind, line: number): boolean {
		const packed = pack(day, kind, line);
		const existing = this.latestBySource.get(source);
		if (existing !== undefined && packed <= existing) return false;
		this.latestBySource.set(source, packed);
		this.sorted = null;
		return true;
	}

	/** Forgets what `source` recorded; true when it had recorded something. */
	remove(source: string): boolean {
		if (!this.latestBySource.delete(source)) return false;
		this.sorted = null;
		return true;
	}

	/** The latest interaction on or before the epoch day `asOf` (all of them when omitted). */
	latest(asOf?: number): Interaction | null {
		const i = this.indexAsOf(asOf);
		const sorted = this.sorted;
		return i < 0 || !sorted ? null : unpack(sorted.sources[i] ?? "", sorted.packed[i] ?? 0);
	}

	/** The epoch day of the latest interaction on or before the epoch day `asOf`, or -1; makes no objects. */
	latestEpoch(asOf: number): number {
		const i = this.indexAsOf(asOf);
		return i < 0 ? -1 : Math.floor((this.sorted?.packed[i] ?? 0) / LINES / 4);
	}

	/** The epoch days of every source's latest interaction, ascending, without repeats; makes no interaction objects. */
	epochs(): number[] {
		if (this.latestBySource.size === 0) return [];
		this.sorted ??= sortBySource(this.latestBySource);
		const out: number[] = [];
		for (const packed of this.sorted.packed) {
			const epoch = Math.floor(packed / LINES / 4);
			if (out[out.length - 1] !== epoch) out.push(epoch);
		}
		return out;
	}

	/** The notes that recorded an interaction, in no order. */
	sources(): IterableIterator<string> {
		return this.latestBySource.keys();
	}

	/** The latest interaction of each source, newest first. */
	all(): Interaction[] {
		return [...this.latestBySource].sort(([as, a], [bs, b]) => (isLater(as, a, bs, b) ? -1 : 1)).map(([source, packed]) => unpack(source, packed));
	}

	private indexAsOf(asOf: number | undefined): number {
		if (this.latestBySource.size === 0) return -1;
		this.sorted ??= sortBySource(this.latestBySource);
		const { packed } = this.sorted;
		if (asOf === undefined) return packed.length - 1;
		const limit = endOfEpochDay(asOf);
		let lo = 0;
		let hi = packed.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if ((packed[mid] ?? 0) <= limit) lo = mid + 1;
			else hi = mid;
		}
		return lo - 1;
	}
}

/** Ascending by packed value; among equal values the first source last, so it is the one found. */
function sortBySource(latest: Map<string, Packed>): { packed: Float64Array; sources: string[] } {
	const entries = [...latest].sort(([as, a], [bs, b]) => (a !== b ? a - b : as < bs ? 1 : as > bs ? -1 : 0));
	return { packed: Float64Array.from(entries, (e) => e[1]), sources: entries.map((e) => e[0]) };
}
