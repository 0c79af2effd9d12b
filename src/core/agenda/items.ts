import { type CalendarDay, toEpoch } from "../dates/dates";

export type AgendaKind = "followup" | "keep-in-touch" | "birthday" | "meeting";
export type AgendaStatus = "overdue" | "today" | "upcoming" | "undated";

export interface AgendaItem {
	kind: AgendaKind;
	status: AgendaStatus;
	/** The day it is due (or falls on); null for undated follow-ups and people never contacted. */
	date: CalendarDay | null;
	/** What to do: the task text, the meeting title, or the person's name. */
	text: string;
	/** Person note paths. */
	people: readonly string[];
	source: { path: string; line: number };
	/** Days past due (overdue), or until due (upcoming); 0 today. */
	days: number;
	/** Keep-in-touch: the last interaction, or null when there was none. */
	lastContact: CalendarDay | null;
	/** Birthday: the age turned, when the year is known. */
	age: number | null;
	/** Meeting: start time `HH:mm`, when known. */
	time: string | null;
	/** Follow-up: the `🔁` rule, kept as text. */
	recurrence: string | null;
}

export const STATUS_ORDER: readonly AgendaStatus[] = ["overdue", "today", "upcoming", "undated"];

/**
 * An agenda item as an instance of one class rather than an object literal. V8 tracks, per object
 * literal in the code, whether its objects outlive young-generation collections and, once most do,
 * allocates every later one straight into the old generation (pretenuring). Items are kept alive
 * until their agenda is done, so a collection during any build tenured the literal's site for good:
 * every later agenda's items were then old-generation allocations (slower, and paid again in the old
 * generation's marking). Objects made by a constructor have no such site and stay young.
 */
class Item implements AgendaItem {
	constructor(
		readonly kind: AgendaKind,
		readonly status: AgendaStatus,
		readonly date: CalendarDay | null,
		readonly text: string,
		readonly people: readonly string[],
		readonly source: { path: string; line: number },
		readonly days: number,
		readonly lastContact: CalendarDay | null,
		readonly age: number | null,
		readonly time: string | null,
		readonly recurrence: string | null,
	) {}
}

/** Every item has every field, in one order: one object shape, which keeps a long agenda fast. */
export function item(
	kind: AgendaKind,
	status: AgendaStatus,
	date: CalendarDay | null,
	text: string,
	people: readonly string[],
	source: { path: string; line: number },
	days: number,
	lastContact: CalendarDay | null,
	age: number | null,
	time: string | null,
	recurrence: string | null,
): AgendaItem {
	return new Item(kind, status, date, text, people, source, days, lastContact, age, time, recurrence);
}

/**
 * Merges lists already in agenda order into one new list, made at its final size. Items of different
 * lists never tie: each list holds other kinds. `chunks` are consecutive pieces of one more such
 * list, each a run of items of one status, date and kind (a day of follow-ups): a chunk is placed by
 * its first item and copied whole, so the merge compares about once per item of `lists`, not once
 * per item and list.
 */
export function mergeSorted(lists: readonly (readonly AgendaItem[])[], chunks: readonly (readonly AgendaItem[])[] = []): AgendaItem[] {
	const merged = mergeLists(lists);
	let total = merged.length;
	for (const c of chunks) total += c.length;
	if (total === merged.length) return merged;
	const out = new Array<AgendaItem>(total);
	let k = 0;
	let i = 0;
	for (const chunk of chunks) {
		const head = chunk[0];
		if (head === undefined) continue;
		while (i < merged.length && compareHead(merged[i] as AgendaItem, head) < 0) out[k++] = merged[i++] as AgendaItem;
		for (let j = 0; j < chunk.length; j++) out[k++] = chunk[j] as AgendaItem;
	}
	while (i < merged.length) out[k++] = merged[i++] as AgendaItem;
	return out;
}

/** Merges lists in agenda order whose items never tie, into a new list. */
function mergeLists(lists: readonly (readonly AgendaItem[])[]): AgendaItem[] {
	const sources = lists.filter((l) => l.length > 0);
	if (sources.length <= 1) return sources[0]?.slice() ?? [];
	let total = 0;
	for (const l of sources) total += l.length;
	const out = new Array<AgendaItem>(total);
	const at = sources.map(() => 0);
	for (let k = 0; k < total; k++) {
		let best: AgendaItem | null = null;
		let from = -1;
		for (let s = 0; s < sources.length; s++) {
			const x = (sources[s] as readonly AgendaItem[])[at[s] as number];
			if (x !== undefined && (best === null || compareHead(x, best) < 0)) {
				best = x;
				from = s;
			}
		}
		at[from] = (at[from] as number) + 1;
		out[k] = best as AgendaItem;
	}
	return out;
}

/** A status's place in the agenda (comparisons of constant strings: no lookup by key in a hot loop). */
function statusRank(status: AgendaStatus): number {
	return status === "overdue" ? 0 : status === "today" ? 1 : status === "upcoming" ? 2 : 3;
}

/** A kind's place among items of one status and day. */
function kindRank(kind: AgendaKind): number {
	return kind === "meeting" ? 0 : kind === "followup" ? 1 : kind === "keep-in-touch" ? 2 : 3;
}

/** Status, then date, then kind: enough to merge lists that are each in `compareItems` order. */
function compareHead(a: AgendaItem, b: AgendaItem): number {
	if (a.status !== b.status) return statusRank(a.status) - statusRank(b.status);
	const ad = a.date ?? "";
	const bd = b.date ?? "";
	if (ad !== bd) return ad < bd ? -1 : 1;
	return kindRank(a.kind) - kindRank(b.kind);
}

/** "2026-11-27 Standup with Fintech Labs" → "Standup with Fintech Labs": the agenda already says the day. */
export function meetingTitle(title: string): string {
	const stripped = title.replace(/^\d{4}-\d{2}-\d{2}(?:[T\s]\d{1,2}[:.]?\d{2})?\s*[-–—:·]?\s*/, "");
	return stripped === "" ? title : stripped;
}

/** The agenda's order: status, date, kind, time, source, line, text. */
export function compareItems(a: AgendaItem, b: AgendaItem): number {
	const head = compareHead(a, b);
	return head !== 0 ? head : compareTail(a, b);
}

/** Time, source, line, text: the order of items whose status, date and kind are the same. */
function compareTail(a: AgendaItem, b: AgendaItem): number {
	if ((a.time ?? "") !== (b.time ?? "")) return (a.time ?? "") < (b.time ?? "") ? -1 : 1;
	if (a.source.path !== b.source.path) return a.source.path < b.source.path ? -1 : 1;
	if (a.source.line !== b.source.line) return a.source.line - b.source.line;
	return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/**
 * Status, date and kind in one number that orders as `compareHead` does: a day before any dated one
 * is "" (no date), epoch days are offset to stay positive for years 0000–9999; below 2^27.
 */
function headKey(x: AgendaItem): number {
	const day = x.date === null || x.date === "" ? 0 : toEpoch(x.date) + 2 ** 22;
	return (statusRank(x.status) * 2 ** 23 + day) * 4 + kindRank(x.kind);
}

/** Room for each item's place in the list beside its head key, in one exact number (2^27 × 2^26 ≤ 2^53). */
const PLACES = 2 ** 26;

/**
 * A copy of `list` in agenda order: each item's head (status, date, kind) and its place in `list`
 * packed in one number, the numbers sorted as numbers (no comparator, no object per group), and
 * only runs of items with the same head compared by time, source and text (in list order on ties,
 * as a stable sort leaves them).
 */
export function sortedByAgendaOrder(list: readonly AgendaItem[]): AgendaItem[] {
	const n = list.length;
	if (n >= PLACES) return [...list].sort(compareItems);
	const keys = new Float64Array(n);
	for (let i = 0; i < n; i++) keys[i] = headKey(list[i] as AgendaItem) * PLACES + i;
	keys.sort();
	const out = new Array<AgendaItem>(n);
	let start = 0;
	for (let i = 0; i < n; i++) {
		const key = keys[i] as number;
		out[i] = list[key % PLACES] as AgendaItem;
		if (Math.floor(key / PLACES) !== Math.floor((keys[start] as number) / PLACES)) {
			sortRun(out, start, i);
			start = i;
		}
	}
	sortRun(out, start, n);
	return out;
}

/** Runs up to this long are sorted in place by insertion (most runs are a handful of items). */
const SHORT_RUN = 24;

/** Sorts `out[start..end)`, a run of items of one status, date and kind, by `compareItems` in place, stably (the head is equal: only the tail is compared). */
function sortRun(out: AgendaItem[], start: number, end: number): void {
	if (end - start < 2) return;
	if (end - start > SHORT_RUN) {
		const run = out.slice(start, end).sort(compareTail);
		for (let i = 0; i < run.length; i++) out[start + i] = run[i] as AgendaItem;
		return;
	}
	for (let i = start + 1; i < end; i++) {
		const x = out[i] as AgendaItem;
		let j = i - 1;
		while (j >= start && compareTail(out[j] as AgendaItem, x) > 0) {
			out[j + 1] = out[j] as AgendaItem;
			j--;
		}
		out[j + 1] = x;
	}
}
