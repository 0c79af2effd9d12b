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
	return { kind, status, date, text, people, source, days, lastContact, age, time, recurrence };
}

/**
 * Merges lists already in agenda order (`chunks` are consecutive pieces of one such list) into one
 * new list, made at its final size. Items of different lists never tie: each list holds other kinds.
 */
export function mergeSorted(lists: readonly (readonly AgendaItem[])[], chunks: readonly (readonly AgendaItem[])[] = []): AgendaItem[] {
	const sources = [...lists, chunks.length === 1 ? (chunks[0] as readonly AgendaItem[]) : null].filter((l): l is readonly AgendaItem[] => l !== null && l.length > 0);
	let total = 0;
	for (const l of sources) total += l.length;
	const chunked = chunks.length > 1 ? new ChunkCursor(chunks) : null;
	if (chunked) total += chunked.size;
	const out = new Array<AgendaItem>(total);
	const at = sources.map(() => 0);
	for (let k = 0; k < total; k++) {
		let best: AgendaItem | null = chunked?.peek() ?? null;
		let from = -1;
		for (let s = 0; s < sources.length; s++) {
			const x = (sources[s] as readonly AgendaItem[])[at[s] as number];
			if (x !== undefined && (best === null || compareHead(x, best) < 0)) {
				best = x;
				from = s;
			}
		}
		if (from >= 0) at[from] = (at[from] as number) + 1;
		else chunked?.next();
		out[k] = best as AgendaItem;
	}
	return out;
}

/** Walks consecutive pieces of one list as if they were one. */
class ChunkCursor {
	private chunk = 0;
	private i = 0;
	readonly size: number;

	constructor(private readonly chunks: readonly (readonly AgendaItem[])[]) {
		let size = 0;
		for (const c of chunks) size += c.length;
		this.size = size;
		this.skipEmpty();
	}

	peek(): AgendaItem | null {
		return this.chunks[this.chunk]?.[this.i] ?? null;
	}

	next(): void {
		this.i++;
		this.skipEmpty();
	}

	private skipEmpty(): void {
		while (this.chunk < this.chunks.length && this.i >= (this.chunks[this.chunk] as readonly AgendaItem[]).length) {
			this.chunk++;
			this.i = 0;
		}
	}
}

const STATUS_RANK: Record<AgendaStatus, number> = { overdue: 0, today: 1, upcoming: 2, undated: 3 };
const KIND_RANK: Record<AgendaKind, number> = { meeting: 0, followup: 1, "keep-in-touch": 2, birthday: 3 };

/** Status, then date, then kind: enough to merge lists that are each in `compareItems` order. */
function compareHead(a: AgendaItem, b: AgendaItem): number {
	if (a.status !== b.status) return STATUS_RANK[a.status] - STATUS_RANK[b.status];
	const ad = a.date ?? "";
	const bd = b.date ?? "";
	if (ad !== bd) return ad < bd ? -1 : 1;
	return KIND_RANK[a.kind] - KIND_RANK[b.kind];
}

/** "2026-11-27 Standup with Fintech Labs" → "Standup with Fintech Labs": the agenda already says the day. */
export function meetingTitle(title: string): string {
	const stripped = title.replace(/^\d{4}-\d{2}-\d{2}(?:[T\s]\d{1,2}[:.]?\d{2})?\s*[-–—:·]?\s*/, "");
	return stripped === "" ? title : stripped;
}

/** The agenda's order: status, date, kind, time, source, line, text. */
export function compareItems(a: AgendaItem, b: AgendaItem): number {
	const head = compareHead(a, b);
	if (head !== 0) return head;
	if ((a.time ?? "") !== (b.time ?? "")) return (a.time ?? "") < (b.time ?? "") ? -1 : 1;
	if (a.source.path !== b.source.path) return a.source.path < b.source.path ? -1 : 1;
	if (a.source.line !== b.source.line) return a.source.line - b.source.line;
	return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/**
 * Status, date and kind in one number that orders as `compareHead` does: a day before any dated one
 * is "" (no date), epoch days are offset to stay positive for years 0000–9999.
 */
function headKey(x: AgendaItem): number {
	const day = x.date === null || x.date === "" ? 0 : toEpoch(x.date) + 2 ** 22;
	return (STATUS_RANK[x.status] * 2 ** 23 + day) * 4 + KIND_RANK[x.kind];
}

/**
 * A copy of `list` in agenda order: items are grouped by status, date and kind (one number), the
 * groups put in order, and only the items of one group compared by time, source and text.
 */
export function sortedByAgendaOrder(list: readonly AgendaItem[]): AgendaItem[] {
	const groups = new Map<number, AgendaItem[]>();
	for (const x of list) {
		const key = headKey(x);
		const group = groups.get(key);
		if (group) group.push(x);
		else groups.set(key, [x]);
	}
	const keys = Float64Array.from(groups.keys()).sort();
	const out: AgendaItem[] = [];
	for (const key of keys) {
		const group = groups.get(key) as AgendaItem[];
		if (group.length > 1) group.sort(compareItems);
		for (const x of group) out.push(x);
	}
	return out;
}
