import type { CalendarDay } from "../dates/dates";
import type { FollowUpSource } from "../notes/note";

/** A follow-up with its owners resolved to person notes. */
export class FollowUp {
	private where: { path: string; line: number } | undefined;
	/** The task's text and `🔁` rule, kept here too: the agenda reads them for every follow-up of a cold build, and one object read is cheaper than two. */
	readonly text: string;
	readonly recurrence: string | null;

	constructor(
		readonly task: FollowUpSource,
		/** The note it is written in. */
		readonly source: string,
		/** The person notes it belongs to. */
		readonly people: readonly string[],
	) {
		this.text = task.text;
		this.recurrence = task.recurrence;
	}

	/** Where it is written, as agenda items point to it (one shared object). */
	get location(): { path: string; line: number } {
		return (this.where ??= { path: this.source, line: this.task.line });
	}

	/**
	 * The day it shows on, as the Tasks plugin reads dates: due (overdue after it), else scheduled
	 * (late after it); "" when neither is written. A start date alone never makes it due: such a
	 * task is hidden before its start (see `startsAfter`) and then listed without a date.
	 */
	get day(): CalendarDay {
		return this.task.due ?? this.task.scheduled ?? "";
	}

	/** Whether it has only a start date and that day is still to come on `date`. */
	startsAfter(date: CalendarDay): boolean {
		return this.task.due === null && this.task.scheduled === null && this.task.start !== null && this.task.start > date;
	}

	get line(): number {
		return this.task.line;
	}
	get status(): string {
		return this.task.status;
	}
	get due(): CalendarDay | null {
		return this.task.due;
	}
	get scheduled(): CalendarDay | null {
		return this.task.scheduled;
	}
	get start(): CalendarDay | null {
		return this.task.start;
	}
}

/**
 * Follow-ups filed by the day they show on, days kept in order and each day's list sorted by source
 * and line when read, so the agenda never sorts the whole vault. Each day has a version that grows
 * when its list changes, for views that cache per day.
 */
export class FollowUpCalendar {
	private readonly byDay = new Map<CalendarDay, FollowUp[]>();
	private readonly unsorted = new Set<CalendarDay>();
	private readonly versions = new Map<CalendarDay, number>();
	private sortedDays: CalendarDay[] | null = null;
	/** The version given last: it changes whenever any day's list changes. */
	private latest = 0;

	constructor(private readonly nextVersion: () => number) {}

	/** A number that changes whenever any follow-up comes or goes. */
	get stamp(): number {
		return this.latest;
	}

	add(f: FollowUp): void {
		const day = f.day;
		this.versions.set(day, (this.latest = this.nextVersion()));
		const list = this.byDay.get(day);
		if (list) list.push(f);
		else {
			this.byDay.set(day, [f]);
			this.sortedDays = null;
		}
		this.unsorted.add(day);
	}

	remove(f: FollowUp): void {
		const day = f.day;
		this.versions.set(day, (this.latest = this.nextVersion()));
		const list = this.byDay.get(day);
		if (!list) return;
		const i = list.indexOf(f);
		if (i >= 0) list.splice(i, 1);
		if (list.length === 0) {
			this.byDay.delete(day);
			this.unsorted.delete(day);
			this.sortedDays = null;
		}
	}

	version(day: CalendarDay): number {
		return this.versions.get(day) ?? 0;
	}

	byDate(): { dated: [CalendarDay, readonly FollowUp[]][]; undated: readonly FollowUp[] } {
		this.sortedDays ??= [...this.byDay.keys()].filter((d) => d !== "").sort();
		for (const day of this.unsorted) this.byDay.get(day)?.sort(bySourceAndLine);
		this.unsorted.clear();
		const dated = this.sortedDays.map((day): [CalendarDay, readonly FollowUp[]] => [day, this.byDay.get(day) ?? []]);
		return { dated, undated: this.byDay.get("") ?? [] };
	}
}

/** Follow-ups in the order of the notes they are written in (by path), then of their lines. */
export function bySourceAndLine(a: FollowUp, b: FollowUp): number {
	return a.source === b.source ? a.line - b.line : a.source < b.source ? -1 : 1;
}
