import { type CalendarDay, addDays, daysBetween } from "../dates/dates";
import type { RapportSettings } from "../config/settings";
import type { FollowUp, VaultIndex } from "../index/vault-index";
import { type AgendaItem, type AgendaStatus, compareItems, item, meetingTitle, mergeSorted } from "./items";
import { PersonRows, personDay } from "./person-rows";
import { isOwedByTheDead } from "../index/tasks-of-the-dead";

export { type AgendaItem, type AgendaKind, type AgendaStatus, compareItems, meetingTitle, STATUS_ORDER } from "./items";

export interface Agenda {
	date: CalendarDay;
	items: AgendaItem[];
}

type AgendaSettings = Pick<RapportSettings, "upcomingDays" | "birthdayDays">;

/** Everything that needs the user's attention on `date`: follow-ups, keep-in-touch, birthdays, meetings. */
export function buildAgenda(index: VaultIndex, date: CalendarDay, settings: AgendaSettings): Agenda {
	return new AgendaBuilder(index).build(date, settings);
}

/**
 * Builds agendas again and again over one index (a side panel, code blocks, this week's daily
 * notes). It keeps each day's follow-up items until that day's bucket in the index changes, and
 * the people's keep-in-touch and birthday items of the last day asked in agenda order, updated
 * from the index's change log: after an edit only the people it touched are worked out again.
 */
export class AgendaBuilder {
	/** The people's items of the last few days asked (a panel on today, a daily note on another day), most recent last. */
	private readonly rows = new Map<string, PersonRows>();
	private readonly perDay = new Map<CalendarDay, { version: number; deaths: number; date: CalendarDay; items: readonly AgendaItem[] }>();
	private last: { key: string; revision: number; agenda: Agenda } | null = null;
	/** The follow-up items of the last day asked, until any follow-up comes or goes. */
	private followUps: { date: CalendarDay; horizon: CalendarDay; stamp: number; deaths: number; days: readonly (readonly AgendaItem[])[] } | null = null;

	constructor(private readonly index: VaultIndex) {}

	build(date: CalendarDay, settings: AgendaSettings): Agenda {
		const key = agendaKey(date, settings);
		if (this.last?.key === key && this.last.revision === this.index.revision) return this.last.agenda;
		const horizon = addDays(date, settings.upcomingDays);
		const followUps = this.followUpItems(date, horizon);
		const people = this.personItems(key, date, horizon, settings);
		const meetings = meetingItems(this.index, date).sort(compareItems);
		const agenda = { date, items: mergeSorted([meetings, people], followUps) };
		this.last = { key, revision: this.index.revision, agenda };
		return agenda;
	}

	/**
	 * Works out every person's items for `date` ahead of time, a slice at a time: `pause` is called
	 * between people and may yield to the UI (it returns false to stop). The next `build` for that
	 * date then only updates and merges.
	 */
	async warmUp(date: CalendarDay, settings: AgendaSettings, pause: () => Promise<boolean> | boolean): Promise<void> {
		const key = agendaKey(date, settings);
		const rows = new PersonRows(this.index, personDay(key, date, settings.upcomingDays, settings.birthdayDays));
		// The people's rows, a person at a time (each one's contact log is sorted when first read).
		if (!(await this.index.preparePersonNumbers(pause))) return;
		// The rows as they are now: rows that change meanwhile are worked out again by the next `update`.
		const table = this.index.personNumbers();
		for (let r = 0; r < table.size; r++) {
			rows.add(table, r);
			if (!(await pause())) return;
		}
		this.keep(rows);
	}

	/** Follow-ups in agenda order, day by day, straight from the index's day buckets, each day's items kept until that day changes. */
	private followUpItems(date: CalendarDay, horizon: CalendarDay): readonly (readonly AgendaItem[])[] {
		const stamp = this.index.followUpStamp();
		const deaths = this.index.deathsStamp();
		const kept = this.followUps;
		if (kept?.date === date && kept.horizon === horizon && kept.stamp === stamp && kept.deaths === deaths) return kept.days;
		const days: (readonly AgendaItem[])[] = [];
		const { dated, undated } = this.index.followUpsByDate();
		for (const [day, list] of dated) {
			// A horizon past 9999-12-31 is named with five digits (`10000-01-01`), which sorts before every day as text: no day is past it.
			if (horizon.length === 10 && day > horizon) break;
			days.push(this.dayItems(day, list, date));
		}
		days.push(this.dayItems("", undated, date));
		this.followUps = { date, horizon, stamp, deaths, days };
		return days;
	}

	private dayItems(day: CalendarDay, list: readonly FollowUp[], date: CalendarDay): readonly AgendaItem[] {
		const version = this.index.followUpDayVersion(day);
		const deaths = this.index.deathsStamp();
		const cached = this.perDay.get(day);
		if (cached?.version === version && cached.deaths === deaths && cached.date === date) return cached.items;
		const status: AgendaStatus = day === "" ? "undated" : day < date ? "overdue" : day === date ? "today" : "upcoming";
		const days = day === "" ? 0 : Math.abs(daysBetween(date, day));
		// Not the tasks only people who have died were to do (`#waiting` on them): nobody is left to do them.
		let shown = day === "" ? list.filter((f) => !f.startsAfter(date)) : list;
		if (deaths > 0) shown = shown.filter((f) => !isOwedByTheDead(f, this.index, date));
		const items = shown.map((f) => followUpItem(f, status, day === "" ? null : day, days));
		this.perDay.set(day, { version, deaths, date, items });
		return items;
	}

	/** The people's items for the day, from the rows kept for it (made anew when none are kept or the change log cannot tell). */
	private personItems(key: string, date: CalendarDay, horizon: CalendarDay, settings: AgendaSettings): readonly AgendaItem[] {
		let rows = this.rows.get(key);
		if (!rows?.update()) {
			rows = new PersonRows(this.index, personDay(key, date, settings.upcomingDays, settings.birthdayDays)).fill();
			rows.update();
		}
		this.keep(rows);
		return rows.items();
	}

	private keep(rows: PersonRows): void {
		this.rows.delete(rows.day.key);
		this.rows.set(rows.day.key, rows);
		for (const key of this.rows.keys()) if (this.rows.size > KEPT_DAYS) this.rows.delete(key);
	}
}

/** How many days' people items a builder keeps. */
const KEPT_DAYS = 3;

function agendaKey(date: CalendarDay, settings: AgendaSettings): string {
	return `${date}|${settings.upcomingDays}|${settings.birthdayDays}`;
}

function followUpItem(f: FollowUp, status: AgendaStatus, day: CalendarDay | null, days: number): AgendaItem {
	return item("followup", status, day, f.text, f.people, f.location, days, null, null, null, f.recurrence);
}

function meetingItems(index: VaultIndex, date: CalendarDay): AgendaItem[] {
	return index.meetingsOn(date).map((m) => item("meeting", "today", date, meetingTitle(m.title), index.attendeesOf(m.path), { path: m.path, line: 0 }, 0, null, null, m.time, null));
}
