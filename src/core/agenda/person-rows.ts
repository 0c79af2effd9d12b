import { type Birthday, daysToBirthday } from "../dates/birthday";
import { type CalendarDay, addDurationToEpoch, civilFromEpoch, dayFromEpoch, toEpoch } from "../dates/dates";
import type { ParsedNote } from "../notes/note";
import type { VaultIndex } from "../index/vault-index";
import { insertSorted, removeSorted } from "../shared/sorted";
import { type AgendaItem, type AgendaStatus, compareItems, item, sortedByAgendaOrder } from "./items";

/** The day people's items are worked out for, with what that takes, computed once per agenda. */
export interface PersonDay {
	key: string;
	date: CalendarDay;
	today: number;
	/** The calendar year of `today`, for birthdays. */
	year: number;
	lastShown: number;
	birthdayDays: number;
	/** Each epoch day's `YYYY-MM-DD`, made once: thousands of items fall on a few hundred days. */
	days: DayNames;
}

export function personDay(key: string, date: CalendarDay, horizon: CalendarDay, birthdayDays: number): PersonDay {
	const today = toEpoch(date);
	return { key, date, today, year: civilFromEpoch(today)[0], lastShown: toEpoch(horizon), birthdayDays, days: new DayNames() };
}

/** The `YYYY-MM-DD` of epoch days, each made once and shared. */
export class DayNames {
	private readonly names = new Map<number, CalendarDay>();

	of(epoch: number): CalendarDay {
		let name = this.names.get(epoch);
		if (name === undefined) {
			name = dayFromEpoch(epoch);
			this.names.set(epoch, name);
		}
		return name;
	}
}

/**
 * Every person's keep-in-touch and birthday items for one day, in agenda order, kept current from
 * the index's change log: after an edit only the people it touched are worked out again and their
 * items moved in the sorted list, so no edit sorts the whole vault again.
 */
export class PersonRows {
	/** Each person's items, gathered from the sorted list when an edit first needs them. */
	private rows: Map<string, readonly AgendaItem[]> | null = null;
	private sorted: AgendaItem[] = [];
	private revision: number;
	/** Items were added since the list was last sorted. */
	private unsorted = false;

	/** Starts empty at the index's current revision; `add` each person (or `fill`), then `items`. */
	constructor(
		private readonly index: VaultIndex,
		readonly day: PersonDay,
	) {
		this.revision = index.revision;
	}

	/** Every person's items, worked out now. */
	fill(): this {
		for (const note of this.index.personNotes()) this.add(note);
		return this;
	}

	/** Works out one person's items (the list is sorted when next read). */
	add(note: ParsedNote): void {
		const mine = personAgenda(this.index, note, this.day);
		if (mine.length === 0) return;
		this.rows?.set(note.path, mine);
		for (const i of mine) this.sorted.push(i);
		this.unsorted = true;
	}

	/** The items in agenda order as the index is now; false when the change log cannot say what changed (build anew). */
	update(): boolean {
		if (this.unsorted) {
			this.sorted = sortedByAgendaOrder(this.sorted);
			this.unsorted = false;
		}
		if (this.revision === this.index.revision) return true;
		const changes = this.index.changesSince(this.revision);
		if (!changes) return false;
		this.revision = this.index.revision;
		for (const path of changes.people) this.refresh(path);
		return true;
	}

	/** The items in agenda order (after `update`). */
	items(): readonly AgendaItem[] {
		return this.sorted;
	}

	private refresh(path: string): void {
		const rows = (this.rows ??= rowsOf(this.sorted));
		for (const i of rows.get(path) ?? []) removeSorted(this.sorted, i, compareItems);
		rows.delete(path);
		const note = this.index.person(path);
		const mine = note ? personAgenda(this.index, note, this.day) : NO_ITEMS;
		if (mine.length === 0) return;
		rows.set(path, mine);
		for (const i of mine) insertSorted(this.sorted, i, compareItems);
	}
}

/** Each person's items in a list of people's items (each names its one person). */
function rowsOf(items: readonly AgendaItem[]): Map<string, readonly AgendaItem[]> {
	const rows = new Map<string, AgendaItem[]>();
	for (const i of items) {
		const path = i.people[0] ?? "";
		const list = rows.get(path);
		if (list) list.push(i);
		else rows.set(path, [i]);
	}
	return rows;
}

/** One person's keep-in-touch and birthday items for a day: numbers first, objects only when shown. */
function personAgenda(index: VaultIndex, note: ParsedNote, day: PersonDay): readonly AgendaItem[] {
	const info = note.person;
	if (!info) return NO_ITEMS;
	const path = note.path;
	const { today, lastShown } = day;
	let keepInTouch: AgendaItem | null = null;
	let people: readonly string[] | null = null;
	if (info.cadence) {
		// One look-up and one search of the person's log: the epoch, source and line of the latest contact, no object made.
		const log = index.contactsOf(path);
		const at = log ? log.latestAt(today) : -1;
		const lastEpoch = log && at >= 0 ? log.epochAt(at) : -1;
		const dueEpoch = lastEpoch < 0 ? -1 : addDurationToEpoch(lastEpoch, info.cadence.duration);
		if (dueEpoch <= lastShown) {
			const status: AgendaStatus = dueEpoch < 0 || dueEpoch === today ? "today" : dueEpoch < today ? "overdue" : "upcoming";
			const source = log && lastEpoch >= 0 ? { path: log.sourceAt(at), line: log.lineAt(at) } : { path, line: 0 };
			people = [path];
			const due = dueEpoch < 0 ? null : day.days.of(dueEpoch);
			keepInTouch = item("keep-in-touch", status, due, info.name, people, source, dueEpoch < 0 ? 0 : Math.abs(dueEpoch - today), lastEpoch < 0 ? null : day.days.of(lastEpoch), null, null, null);
		}
	}
	const birthday = info.birthday ? birthdayItem(info.birthday, info.name, path, people, day) : null;
	if (keepInTouch && birthday) return [keepInTouch, birthday];
	if (keepInTouch) return [keepInTouch];
	if (birthday) return [birthday];
	return NO_ITEMS;
}

/** The person's birthday item when it falls within the day's window. */
function birthdayItem(birthday: Birthday, name: string, path: string, people: readonly string[] | null, day: PersonDay): AgendaItem | null {
	const inDays = daysToBirthday(birthday, day.today, day.year);
	if (inDays > day.birthdayDays) return null;
	const onEpoch = day.today + inDays;
	const on = day.days.of(onEpoch);
	const age = birthday.year === null ? null : civilFromEpoch(onEpoch)[0] - birthday.year;
	return item("birthday", inDays === 0 ? "today" : "upcoming", on, name, people ?? [path], { path, line: 0 }, inDays, null, age, null, null);
}

const NO_ITEMS: readonly AgendaItem[] = Object.freeze([]);
