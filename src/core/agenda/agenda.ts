import { daysToBirthday } from "../dates/birthday";
import { type CalendarDay, addDays, addDurationToEpoch, dayFromEpoch, daysBetween, toEpoch } from "../dates/dates";
import type { RapportSettings } from "../config/settings";
import type { ParsedNote } from "../notes/note";
import type { FollowUp, VaultIndex } from "../index/vault-index";

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

type AgendaSettings = Pick<RapportSettings, "upcomingDays" | "birthdayDays">;

/** Everything that needs the user's attention on `date`: follow-ups, keep-in-touch, birthdays, meetings. */
export function buildAgenda(index: VaultIndex, date: CalendarDay, settings: AgendaSettings): Agenda {
	return new AgendaBuilder(index).build(date, settings);
}

/**
 * Builds agendas again and again over one index (a side panel, code blocks, this week's daily
 * notes) and remembers each person's keep-in-touch and birthday items per day until something
 * about that person changes: after an edit only the people it touched are looked at again.
 */
export class AgendaBuilder {
	private readonly perPerson = new Map<string, { version: number; byDay: Map<string, readonly AgendaItem[]> }>();
	private sortedPeople: { key: string; stamp: string; items: AgendaItem[] } | null = null;
	private readonly perDay = new Map<CalendarDay, { version: number; date: CalendarDay; items: readonly AgendaItem[] }>();
	private last: { key: string; revision: number; agenda: Agenda } | null = null;

	constructor(private readonly index: VaultIndex) {}

	build(date: CalendarDay, settings: AgendaSettings): Agenda {
		const key = agendaKey(date, settings);
		if (this.last?.key === key && this.last.revision === this.index.revision) return this.last.agenda;
		const horizon = addDays(date, settings.upcomingDays);
		const followUps = this.followUpItems(date, horizon);
		const people = this.personItems(date, horizon, settings);
		const meetings = meetingItems(this.index, date).sort(compareItems);
		const agenda = { date, items: mergeSorted(mergeSorted(meetings, followUps), people) };
		this.last = { key, revision: this.index.revision, agenda };
		return agenda;
	}

	/** Follow-ups in agenda order, straight from the index's day buckets, each day's items kept until that day changes. */
	private followUpItems(date: CalendarDay, horizon: CalendarDay): AgendaItem[] {
		const items: AgendaItem[] = [];
		const { dated, undated } = this.index.followUpsByDate();
		for (const [day, list] of dated) {
			if (day > horizon) break;
			for (const i of this.dayItems(day, list, date)) items.push(i);
		}
		for (const i of this.dayItems("", undated, date)) items.push(i);
		return items;
	}

	private dayItems(day: CalendarDay, list: readonly FollowUp[], date: CalendarDay): readonly AgendaItem[] {
		const version = this.index.followUpDayVersion(day);
		const cached = this.perDay.get(day);
		if (cached?.version === version && cached.date === date) return cached.items;
		const status: AgendaStatus = day === "" ? "undated" : day < date ? "overdue" : day === date ? "today" : "upcoming";
		const days = day === "" ? 0 : Math.abs(daysBetween(date, day));
		const shown = day === "" ? list.filter((f) => !f.startsAfter(date)) : list;
		const items = shown.map((f) => followUpItem(f, status, day === "" ? null : day, days));
		this.perDay.set(day, { version, date, items });
		return items;
	}

	private personItems(date: CalendarDay, horizon: CalendarDay, settings: AgendaSettings): AgendaItem[] {
		const day = personDay(date, horizon, settings);
		const items: AgendaItem[] = [];
		let changed = this.sortedPeople?.key !== day.key;
		const notes = this.index.personNotes();
		for (const note of notes) {
			const { mine, fresh } = this.itemsOf(note, day);
			if (fresh) changed = true;
			for (const i of mine) items.push(i);
		}
		if (this.perPerson.size > notes.length) this.forgetGone(notes);
		const stamp = `${notes.length}`;
		if (!changed && this.sortedPeople?.stamp === stamp) return this.sortedPeople.items;
		items.sort(compareItems);
		this.sortedPeople = { key: day.key, stamp, items };
		return items;
	}

	/**
	 * Works out every person's items for `date` ahead of time, a slice at a time: `pause` is called
	 * between people and may yield to the UI (it returns false to stop). The next `build` for that
	 * date then only gathers and sorts.
	 */
	async warmUp(date: CalendarDay, settings: AgendaSettings, pause: () => Promise<boolean> | boolean): Promise<void> {
		const day = personDay(date, addDays(date, settings.upcomingDays), settings);
		for (const note of this.index.personNotes()) {
			this.itemsOf(note, day);
			if (!(await pause())) return;
		}
	}

	/** One person's items for a day, remembered until something about the person changes; `fresh` when worked out now. */
	private itemsOf(note: ParsedNote, day: PersonDay): { mine: readonly AgendaItem[]; fresh: boolean } {
		const version = this.index.personVersion(note.path);
		let memo = this.perPerson.get(note.path);
		let fresh = false;
		if (!memo || memo.version !== version) {
			memo = { version, byDay: new Map() };
			this.perPerson.set(note.path, memo);
			fresh = true;
		}
		let mine = memo.byDay.get(day.key);
		if (!mine) {
			if (memo.byDay.size >= 8) memo.byDay.clear();
			mine = personAgenda(this.index, note, day.date, day.today, day.lastShown, day.birthdayDays);
			memo.byDay.set(day.key, mine);
			fresh = true;
		}
		return { mine, fresh };
	}

	private forgetGone(notes: readonly ParsedNote[]): void {
		const present = new Set(notes.map((n) => n.path));
		for (const path of this.perPerson.keys()) if (!present.has(path)) this.perPerson.delete(path);
	}
}

/** The day a person's items are worked out for, with what that takes, computed once per agenda. */
interface PersonDay {
	key: string;
	date: CalendarDay;
	today: number;
	lastShown: number;
	birthdayDays: number;
}

function agendaKey(date: CalendarDay, settings: AgendaSettings): string {
	return `${date}|${settings.upcomingDays}|${settings.birthdayDays}`;
}

function personDay(date: CalendarDay, horizon: CalendarDay, settings: AgendaSettings): PersonDay {
	return { key: agendaKey(date, settings), date, today: toEpoch(date), lastShown: toEpoch(horizon), birthdayDays: settings.birthdayDays };
}

function followUpItem(f: FollowUp, status: AgendaStatus, day: CalendarDay | null, days: number): AgendaItem {
	const task = f.task;
	return item("followup", status, day, task.text, f.people, f.location, days, null, null, null, task.recurrence);
}

/** One person's keep-in-touch and birthday items for a day: numbers first, objects only when shown. */
function personAgenda(index: VaultIndex, note: ParsedNote, date: CalendarDay, today: number, lastShown: number, birthdayDays: number): readonly AgendaItem[] {
	const info = note.person;
	const path = note.path;
	if (!info) return NO_ITEMS;
	let items: AgendaItem[] | null = null;
	if (info.cadence) {
		const lastEpoch = index.lastContactEpoch(path, today);
		const dueEpoch = lastEpoch < 0 ? -1 : addDurationToEpoch(lastEpoch, info.cadence.duration);
		if (dueEpoch <= lastShown) {
			const last = lastEpoch < 0 ? null : index.lastInteraction(path, date);
			const due = dueEpoch < 0 ? null : dayFromEpoch(dueEpoch);
			const status: AgendaStatus = dueEpoch < 0 || dueEpoch === today ? "today" : dueEpoch < today ? "overdue" : "upcoming";
			const source = last ? { path: last.source, line: last.line } : { path, line: 0 };
			(items ??= []).push(item("keep-in-touch", status, due, info.name, [path], source, dueEpoch < 0 ? 0 : Math.abs(dueEpoch - today), last?.day ?? null, null, null, null));
		}
	}
	if (info.birthday) {
		const inDays = daysToBirthday(info.birthday, today);
		if (inDays <= birthdayDays) {
			const on = dayFromEpoch(today + inDays);
			const age = info.birthday.year === null ? null : Number(on.slice(0, 4)) - info.birthday.year;
			(items ??= []).push(item("birthday", inDays === 0 ? "today" : "upcoming", on, info.name, [path], { path, line: 0 }, inDays, null, age, null, null));
		}
	}
	return items ?? NO_ITEMS;
}

const NO_ITEMS: readonly AgendaItem[] = Object.freeze([]);

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
