import { type CalendarDay, civilFromEpoch, dayFromEpoch, toEpoch } from "../dates/dates";
import type { PersonNumbers } from "../index/person-numbers";
import type { VaultIndex } from "../index/vault-index";
import { removeSorted } from "../shared/sorted";
import { type AgendaItem, compareItems, sortedByAgendaOrder } from "./items";
import { personAgenda, personItemsInOrder } from "./person-items";

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

/** `upcomingDays` as a number of days, not the horizon's `YYYY-MM-DD`: a window past 9999-12-31 has no such name (`10000-01-01` reads as a day of the year 1000). */
export function personDay(key: string, date: CalendarDay, upcomingDays: number, birthdayDays: number): PersonDay {
	const today = toEpoch(date);
	return { key, date, today, year: civilFromEpoch(today)[0], lastShown: today + upcomingDays, birthdayDays, days: new DayNames() };
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

	/** Every person's items, worked out now, in agenda order (walked from the index's standing order, not sorted). */
	fill(): this {
		const table = this.index.personNumbers();
		const walked = personItemsInOrder(table, this.day);
		if (walked) this.sorted = walked;
		else for (let r = 0; r < table.size; r++) this.add(table, r);
		return this;
	}

	/** Works out the items of the person in row `r` of `table` (the list is sorted when next read). */
	add(table: PersonNumbers, r: number): void {
		const n = personAgenda(table, r, this.day, this.sorted);
		if (n === 0) return;
		this.rows?.set(table.paths[r] as string, this.sorted.slice(-n));
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
		const table = this.index.personNumbers();
		const r = table.row(path);
		const mine: AgendaItem[] = [];
		if (r < 0 || personAgenda(table, r, this.day, mine) === 0) return;
		rows.set(path, mine);
		for (const i of mine) insertInRowOrder(this.sorted, i, table);
	}
}

/**
 * Puts a person's item into the sorted list after the items that sort before it and, among items
 * equal to it in agenda order, by the rows of their people: where a fresh build's stable sort of the
 * rows in order puts it.
 */
function insertInRowOrder(sorted: AgendaItem[], x: AgendaItem, table: PersonNumbers): void {
	const mine = table.row(x.people[0] ?? "");
	let at = lowerBound(sorted, x);
	while (at < sorted.length && compareItems(sorted[at] as AgendaItem, x) === 0 && table.row((sorted[at] as AgendaItem).people[0] ?? "") <= mine) at++;
	sorted.splice(at, 0, x);
}

/** The first place in `sorted` whose item does not sort before `x`. */
function lowerBound(sorted: readonly AgendaItem[], x: AgendaItem): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (compareItems(sorted[mid] as AgendaItem, x) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
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
