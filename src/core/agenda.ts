import { nextBirthday } from "./birthday";
import { type CalendarDay, addDays, addDuration, daysBetween } from "./dates";
import type { RapportSettings } from "./settings";
import type { FollowUp, VaultIndex } from "./vault-index";

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

export interface Agenda {
	date: CalendarDay;
	items: AgendaItem[];
}

export const STATUS_ORDER: readonly AgendaStatus[] = ["overdue", "today", "upcoming", "undated"];
export const KIND_ORDER: readonly AgendaKind[] = ["meeting", "followup", "keep-in-touch", "birthday"];

function statusOf(day: CalendarDay | null, date: CalendarDay, horizon: CalendarDay): AgendaStatus | null {
	if (day === null) return "undated";
	if (day < date) return "overdue";
	if (day === date) return "today";
	return day <= horizon ? "upcoming" : null;
}

/** Everything that needs the user's attention on `date`: follow-ups, keep-in-touch, birthdays, meetings. */
export function buildAgenda(index: VaultIndex, date: CalendarDay, settings: Pick<RapportSettings, "upcomingDays" | "birthdayDays">): Agenda {
	const horizon = addDays(date, settings.upcomingDays);
	const followUps = followUpItems(index, date, horizon);
	const people = personItems(index, date, horizon, settings.birthdayDays).sort(compareItems);
	const meetings = meetingItems(index, date).sort(compareItems);
	return { date, items: mergeSorted(mergeSorted(meetings, followUps), people) };
}

/** Follow-ups in agenda order, straight from the index's day buckets: no sorting here. */
function followUpItems(index: VaultIndex, date: CalendarDay, horizon: CalendarDay): AgendaItem[] {
	const items: AgendaItem[] = [];
	const { dated, undated } = index.followUpsByDate();
	for (const [day, list] of dated) {
		if (day > horizon) break;
		const status: AgendaStatus = day < date ? "overdue" : day === date ? "today" : "upcoming";
		const days = Math.abs(daysBetween(date, day));
		for (const f of list) items.push(followUpItem(f, status, day, days));
	}
	for (const f of undated) items.push(followUpItem(f, "undated", null, 0));
	return items;
}

function followUpItem(f: FollowUp, status: AgendaStatus, day: CalendarDay | null, days: number): AgendaItem {
	const task = f.task;
	return item("followup", status, day, task.text, f.people, f.location, days, null, null, null, task.recurrence);
}

function personItems(index: VaultIndex, date: CalendarDay, horizon: CalendarDay, birthdayDays: number): AgendaItem[] {
	const items: AgendaItem[] = [];
	for (const note of index.personNotes()) {
		const info = note.person;
		const path = note.path;
		if (!info) continue;
		if (info.cadence) {
			const last = index.lastInteraction(path, date);
			const lastDay = last?.day ?? null;
			const due = lastDay === null ? null : addDuration(lastDay, info.cadence.duration);
			const status = due === null ? "today" : statusOf(due, date, horizon);
			if (status) {
				const source = last ? { path: last.source, line: last.line } : { path, line: 0 };
				items.push(item("keep-in-touch", status, due, info.name, [path], source, due ? Math.abs(daysBetween(date, due)) : 0, lastDay, null, null, null));
			}
		}
		if (info.birthday) {
			const next = nextBirthday(info.birthday, date);
			if (next.inDays <= birthdayDays) {
				items.push(item("birthday", next.inDays === 0 ? "today" : "upcoming", next.date, info.name, [path], { path, line: 0 }, next.inDays, null, next.age, null, null));
			}
		}
	}
	return items;
}

function meetingItems(index: VaultIndex, date: CalendarDay): AgendaItem[] {
	return index.meetingsOn(date).map((m) => item("meeting", "today", date, meetingTitle(m.title), index.attendeesOf(m.path), { path: m.path, line: 0 }, 0, null, null, m.time, null));
}

/** Every item has every field, in one order: one object shape, which keeps a long agenda fast. */
function item(
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
function mergeSorted(a: AgendaItem[], b: AgendaItem[]): AgendaItem[] {
	if (a.length === 0) return b;
	if (b.length === 0) return a;
	const out: AgendaItem[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const x = a[i] as AgendaItem;
		const y = b[j] as AgendaItem;
		if (compareHead(x, y) <= 0) {
			out.push(x);
			i++;
		} else {
			out.push(y);
			j++;
		}
	}
	while (i < a.length) out.push(a[i++] as AgendaItem);
	while (j < b.length) out.push(b[j++] as AgendaItem);
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
