import { type CalendarDay, dayFromEpoch, toEpoch } from "../dates/dates";
import { countAtMost } from "../shared/sorted";

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
export function endOfEpochDay(epoch: number): Packed {
	return (epoch * 4 + 3) * LINES + (LINES - 1);
}

/** The epoch day a packed interaction falls on. */
export function epochOf(packed: Packed): number {
	return Math.floor(packed / LINES / 4);
}

/** The line of its note a packed interaction was written on. */
export function lineOf(packed: Packed): number {
	return LINES - 1 - (packed % LINES);
}

function unpack(source: string, packed: Packed): Interaction {
	return { day: dayFromEpoch(epochOf(packed)), kind: RANK_KIND[Math.floor(packed / LINES) % 4] ?? "log", source, line: lineOf(packed) };
}

/**
 * One person's interactions: the latest each source note records, in two parallel lists (the source,
 * and its interaction packed in one number, kept unboxed in an array of doubles: no object, no map
 * entry per attendance). "The latest as of a day" is a binary search over the lists, sorted in place
 * when first asked after a change (no second, sorted copy is kept).
 *
 * The index records a note's interactions in one go, after forgetting what the note recorded before
 * (`remove`): an earlier interaction of the same source can therefore only be the last one recorded.
 */
export class ContactLog {
	private sourceList: string[] = [];
	private packedList: number[] = [];
	/** Whether the lists are ascending by packed value (among equal values the first source last, so it is the one found). */
	private sorted = true;

	get size(): number {
		return this.sourceList.length;
	}

	/** Records an interaction; true when it changed what the log knows. */
	add(source: string, day: CalendarDay, kind: InteractionKind, line: number): boolean {
		const packed = pack(day, kind, line);
		const last = this.sourceList.length - 1;
		if (last >= 0 && this.sourceList[last] === source) {
			if (packed <= (this.packedList[last] ?? 0)) return false;
			this.packedList[last] = packed;
		} else {
			this.sourceList.push(source);
			this.packedList.push(packed);
		}
		// The entry just written is the last one: the log stays sorted when it does not come before the one above it.
		const written = this.sourceList.length - 1;
		if (this.sorted && written > 0) this.sorted = inOrder(this.sourceList, this.packedList, written - 1, written);
		return true;
	}

	/** Forgets what `source` recorded; true when it had recorded something. */
	remove(source: string): boolean {
		const i = this.sourceList.lastIndexOf(source);
		if (i < 0) return false;
		this.sourceList.splice(i, 1);
		this.packedList.splice(i, 1);
		return true;
	}

	/** The latest interaction on or before the epoch day `asOf` (all of them when omitted). */
	latest(asOf?: number): Interaction | null {
		const i = this.indexAsOf(asOf);
		return i < 0 ? null : unpack(this.sourceList[i] ?? "", this.packedList[i] ?? 0);
	}

	/** The epoch day of the latest interaction on or before the epoch day `asOf`, or -1; makes no objects. */
	latestEpoch(asOf: number): number {
		const i = this.indexAsOf(asOf);
		return i < 0 ? -1 : this.epochAt(i);
	}

	/**
	 * Where the latest interaction on or before the epoch day `asOf` stands in the log, or -1; makes no
	 * objects. Read it with `epochAt`, `sourceAt` and `lineAt` before the log next changes.
	 */
	latestAt(asOf: number): number {
		return this.indexAsOf(asOf);
	}

	/** The epoch day of the interaction at `i` (from `latestAt`). */
	epochAt(i: number): number {
		return epochOf(this.packedList[i] ?? 0);
	}

	/** The note that recorded the interaction at `i` (from `latestAt`). */
	sourceAt(i: number): string {
		return this.sourceList[i] ?? "";
	}

	/** The line of the interaction at `i` (from `latestAt`) in its note. */
	lineAt(i: number): number {
		return lineOf(this.packedList[i] ?? 0);
	}

	/**
	 * Copies the `k` latest interactions, latest first (the order `latestAt` searches them in), into
	 * `packed` and `sources` from `at` on; returns how many there were (at most `k`).
	 */
	copyLatest(k: number, packed: Float64Array, sources: string[], at: number): number {
		this.sort();
		const n = Math.min(k, this.packedList.length);
		for (let j = 0; j < n; j++) {
			const i = this.packedList.length - 1 - j;
			packed[at + j] = this.packedList[i] ?? 0;
			sources[at + j] = this.sourceList[i] ?? "";
		}
		return n;
	}

	/** The epoch days of every source's latest interaction, ascending, without repeats; makes no interaction objects. */
	epochs(): number[] {
		this.sort();
		const out: number[] = [];
		for (const packed of this.packedList) {
			const epoch = epochOf(packed);
			if (out[out.length - 1] !== epoch) out.push(epoch);
		}
		return out;
	}

	/** The notes that recorded an interaction, in no order. */
	sources(): IterableIterator<string> {
		return this.sourceList.values();
	}

	/** The latest interaction of each source, newest first (on the same packed value, the first source first). */
	all(): Interaction[] {
		this.sort();
		const out: Interaction[] = [];
		for (let i = this.sourceList.length - 1; i >= 0; i--) out.push(unpack(this.sourceList[i] ?? "", this.packedList[i] ?? 0));
		return out;
	}

	private indexAsOf(asOf: number | undefined): number {
		if (this.sourceList.length === 0) return -1;
		this.sort();
		const packed = this.packedList;
		if (asOf === undefined) return packed.length - 1;
		return countAtMost(packed, endOfEpochDay(asOf)) - 1;
	}

	/**
	 * Sorts both lists, ascending by packed value, among equal values the first source last. A log of
	 * up to SORT_IN_PLACE entries (nearly every person's) is sorted by insertion, with no comparison
	 * function and no number made (a start sorts ten thousand logs); a longer one through a sorted list
	 * of places. Either way the sorted lists are made exactly as long as they need (lists grown one push
	 * at a time keep room for more).
	 */
	private sort(): void {
		if (this.sorted) return;
		const sources = this.sourceList;
		const packed = this.packedList;
		this.sorted = true;
		if (sources.length <= SORT_IN_PLACE) {
			insertionSort(sources, packed);
			// Copies at their final length (a copy is one block move, with no number made).
			this.sourceList = sources.slice();
			this.packedList = packed.slice();
			return;
		}
		const order = Array.from(sources, (_, i) => i).sort((a, b) => ((packed[a] ?? 0) !== (packed[b] ?? 0) ? (packed[a] ?? 0) - (packed[b] ?? 0) : compareDescending(sources[a] ?? "", sources[b] ?? "")));
		this.sourceList = order.map((i) => sources[i] ?? "");
		this.packedList = order.map((i) => packed[i] ?? 0);
	}
}

/** Logs this long or shorter are sorted in place (see `ContactLog.sort`). */
const SORT_IN_PLACE = 96;

/** Sorts the parallel lists in place, ascending by packed value, among equal values the first source last (sources are distinct). */
function insertionSort(sources: string[], packed: number[]): void {
	for (let i = 1; i < sources.length; i++) {
		const p = packed[i] as number;
		const s = sources[i] as string;
		let j = i - 1;
		for (; j >= 0; j--) {
			const q = packed[j] as number;
			if (q < p || (q === p && (sources[j] as string) >= s)) break;
			packed[j + 1] = q;
			sources[j + 1] = sources[j] as string;
		}
		packed[j + 1] = p;
		sources[j + 1] = s;
	}
}

/** What readers of a person's contacts may ask of the log (the agenda: the latest contact as of a day, with no object made). */
export type ContactReader = Pick<ContactLog, "size" | "latestAt" | "epochAt" | "sourceAt" | "lineAt" | "copyLatest">;

/** Whether entry `a` may stand before entry `b` in a sorted log. */
function inOrder(sources: readonly string[], packed: readonly number[], a: number, b: number): boolean {
	const pa = packed[a] ?? 0;
	const pb = packed[b] ?? 0;
	return pa !== pb ? pa < pb : compareDescending(sources[a] ?? "", sources[b] ?? "") <= 0;
}

function compareDescending(a: string, b: string): number {
	return a < b ? 1 : a > b ? -1 : 0;
}
