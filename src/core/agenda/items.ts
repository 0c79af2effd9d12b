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

/** Merges two lists already in agenda order; on a tie the first list's item goes first. */
export function mergeSorted(a: readonly AgendaItem[], b: readonly AgendaItem[]): AgendaItem[] {
	const out: AgendaItem[] = new Array<AgendaItem>(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) {
		const x = a[i] as AgendaItem;
		const y = b[j] as AgendaItem;
		if (compareHead(x, y) <= 0) {
			out[k++] = x;
			i++;
		} else {
			out[k++] = y;
			j++;
		}
	}
	while (i < a.length) out[k++] = a[i++] as AgendaItem;
	while (j < b.length) out[k++] = b[j++] as AgendaItem;
	return out;
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
