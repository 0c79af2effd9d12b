import { nextBirthday } from "./birthday";
import { type CalendarDay, addDays, daysBetween } from "./dates";
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
	lastContact?: CalendarDay | null;
	/** Birthday: the age turned, when the year is known. */
	age?: number | null;
	/** Meeting: start time `HH:mm`, when known. */
	time?: string | null;
	recurrence?: string | null;
}

export interface Agenda {
	date: CalendarDay;
	items: AgendaItem[];
}

export const STATUS_ORDER: readonly AgendaStatus[] = ["overdue", "today", "upcoming", "undated"];
export const KIND_ORDER: readonly AgendaKind[] = ["meeting", "followup", "keep-in-touch", "birthday"];

/** The day a follow-up is shown on: due, else scheduled, else start. */
export function followUpDay(f: FollowUp): CalendarDay | null {
	return f.due ?? f.scheduled ?? f.start;
}

function statusOf(day: CalendarDay | null, date: CalendarDay, horizon: CalendarDay): AgendaStatus | null {
	if (day === null) return "undated";
	if (day < date) return "overdue";
	if (day === date) return "today";
	return day <= horizon ? "upcoming" : null;
}

/** Everything that needs the user's attention on `date`: follow-ups, keep-in-touch, birthdays, meetings. */
export function buildAgenda(index: VaultIndex, date: CalendarDay, settings: Pick<RapportSettings, "upcomingDays" | "birthdayDays">): Agenda {
	const items: AgendaItem[] = [];
	const horizon = addDays(date, settings.upcomingDays);
	for (const f of index.followUps()) {
		const day = followUpDay(f);
		const status = statusOf(day, date, horizon);
		if (!status) continue;
		items.push({
			kind: "followup",
			status,
			date: day,
			text: f.text,
			people: f.people,
			source: { path: f.source, line: f.line },
			days: day ? Math.abs(daysBetween(date, day)) : 0,
			recurrence: f.recurrence,
		});
	}
	const birthdayHorizon = settings.birthdayDays;
	for (const path of index.personPaths()) {
		const note = index.person(path);
		const info = note?.person;
		if (!note || !info) continue;
		if (info.cadence) {
			const last = index.lastInteraction(path, date);
			const due = index.nextContactDue(path, date).day;
			const status = due === null ? "today" : statusOf(due, date, horizon);
			if (status) {
				items.push({
					kind: "keep-in-touch",
					status,
					date: due,
					text: info.name,
					people: [path],
					source: last ? { path: last.source, line: last.line } : { path, line: 0 },
					days: due ? Math.abs(daysBetween(date, due)) : 0,
					lastContact: last?.day ?? null,
				});
			}
		}
		if (info.birthday) {
			const next = nextBirthday(info.birthday, date);
			if (next.inDays <= birthdayHorizon) {
				items.push({
					kind: "birthday",
					status: next.inDays === 0 ? "today" : "upcoming",
					date: next.date,
					text: info.name,
					people: [path],
					source: { path, line: 0 },
					days: next.inDays,
					age: next.age,
				});
			}
		}
	}
	for (const m of index.meetingsOn(date)) {
		items.push({
			kind: "meeting",
			status: "today",
			date,
			text: meetingTitle(m.title),
			people: index.attendeesOf(m.path),
			source: { path: m.path, line: 0 },
			days: 0,
			time: m.time,
		});
	}
	items.sort(compareItems);
	return { date, items };
}

/** "2026-11-27 Standup with Fintech Labs" → "Standup with Fintech Labs": the agenda already says the day. */
export function meetingTitle(title: string): string {
	const stripped = title.replace(/^\d{4}-\d{2}-\d{2}(?:[T\s]\d{1,2}[:.]?\d{2})?\s*[-–—:·]?\s*/, "");
	return stripped === "" ? title : stripped;
}

export function compareItems(a: AgendaItem, b: AgendaItem): number {
	const s = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
	if (s !== 0) return s;
	const ad = a.date ?? "";
	const bd = b.date ?? "";
	if (ad !== bd) return ad < bd ? -1 : 1;
	const k = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
	if (k !== 0) return k;
	if ((a.time ?? "") !== (b.time ?? "")) return (a.time ?? "") < (b.time ?? "") ? -1 : 1;
	if (a.source.path !== b.source.path) return a.source.path < b.source.path ? -1 : 1;
	if (a.source.line !== b.source.line) return a.source.line - b.source.line;
	return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}
