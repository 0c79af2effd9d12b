import { ageTurned, daysToMonthDay } from "../dates/birthday";
import { addMonthsAndDaysToEpoch, civilFromEpoch, toEpoch } from "../dates/dates";
import type { PersonNumbers } from "../index/person-numbers";
import { type AgendaItem, type AgendaStatus, compareItems, item, mergeSorted } from "./items";
import type { PersonDay } from "./person-rows";

/** The last day whose `YYYY-MM-DD` orders as its epoch day does (five-digit years would not). */
const LAST_FOUR_DIGIT_DAY = toEpoch("9999-12-31");

/**
 * Every person's keep-in-touch and birthday items for a day, in agenda order, ties in row order (as
 * a stable sort of the rows' items leaves them), without sorting the people: the index keeps the
 * rows in the order of their keep-in-touch items as of the last day asked (`standingOrder`, which
 * moves only the people whose latest contact differs on this day), so the day's items are that order
 * walked up to the last day shown. Only the birthdays of the window are sorted apart and merged in.
 * Null on a day whose window reaches past the year 9999 (the caller sorts every item then).
 */
export function personItemsInOrder(table: PersonNumbers, day: PersonDay): AgendaItem[] | null {
	if (day.lastShown > LAST_FOUR_DIGIT_DAY) return null;
	const { today, lastShown } = day;
	const { order, undated } = table.standingOrder(today);
	const due = table.standingDue;
	const items: AgendaItem[] = [];
	let i = undated;
	// Overdue, then those never contacted (today, no day), then due today and upcoming.
	for (; i < order.length && (due[order[i] as number] as number) < today; i++) pushStanding(items, table, order[i] as number, day);
	for (let u = 0; u < undated; u++) pushStanding(items, table, order[u] as number, day);
	for (; i < order.length && (due[order[i] as number] as number) <= lastShown; i++) pushStanding(items, table, order[i] as number, day);
	const birthdays: AgendaItem[] = [];
	for (let r = 0; r < table.size; r++) {
		if (table.birthMonth[r] === 0 || (table.diedEpoch[r] as number) <= today) continue;
		const birthday = birthdayItem(table, r, day);
		if (birthday) birthdays.push(birthday);
	}
	// A birthday never ties with a keep-in-touch item (another kind), nor with another birthday (another note).
	return birthdays.length === 0 ? items : mergeSorted([items, birthdays.sort(compareItems)]);
}

/** Adds row `r`'s keep-in-touch item unless the person has died by the day or by its due day (see `hasDied`). */
function pushStanding(items: AgendaItem[], table: PersonNumbers, r: number, day: PersonDay): void {
	const died = table.diedEpoch[r] as number;
	if (died <= day.today || (died !== Number.POSITIVE_INFINITY && (table.standingDue[r] as number) >= died)) return;
	items.push(standingItem(table, r, day));
}

/** Row `r`'s keep-in-touch item from its numbers as of the standing order's day. */
function standingItem(table: PersonNumbers, r: number, day: PersonDay): AgendaItem {
	return keepInTouchItem(table, r, day, table.standingEpoch[r] as number, table.standingDue[r] as number, table.standingPlace(r));
}

function keepInTouchItem(table: PersonNumbers, r: number, day: PersonDay, lastEpoch: number, dueEpoch: number, source: { path: string; line: number }): AgendaItem {
	const { today } = day;
	const status: AgendaStatus = dueEpoch < 0 || dueEpoch === today ? "today" : dueEpoch < today ? "overdue" : "upcoming";
	const due = dueEpoch < 0 ? null : day.days.of(dueEpoch);
	return item("keep-in-touch", status, due, table.names[r] as string, table.self(r), source, dueEpoch < 0 ? 0 : Math.abs(dueEpoch - today), lastEpoch < 0 ? null : day.days.of(lastEpoch), null, null, null);
}

/** The person's keep-in-touch item for the day from the latest contact on or before it (the log searched when needed), or null when not due by the last day shown. */
function keepInTouchAsOf(table: PersonNumbers, r: number, day: PersonDay): AgendaItem | null {
	const lastEpoch = table.findLatest(r, day.today) ? table.lastEpoch : -1;
	const dueEpoch = lastEpoch < 0 ? -1 : addMonthsAndDaysToEpoch(lastEpoch, table.cadenceMonths[r] as number, table.cadenceDays[r] as number);
	// No due day (-1, never contacted) is always shown, as the standing order shows it: on a day before 1970 -1 is past the window.
	if (dueEpoch >= 0 && (dueEpoch > day.lastShown || dueEpoch >= (table.diedEpoch[r] as number))) return null;
	return keepInTouchItem(table, r, day, lastEpoch, dueEpoch, lastEpoch >= 0 ? table.lastPlace() : table.notePlace(r));
}

/** Adds one person's keep-in-touch and birthday items for a day to `out`, from the person's row (numbers first, objects only when shown); returns how many. */
export function personAgenda(table: PersonNumbers, r: number, day: PersonDay, out: AgendaItem[]): number {
	const hasCadence = table.hasCadence[r] === 1;
	const birthMonth = table.birthMonth[r] as number;
	// Someone who has died by the day has neither (see `hasDied`).
	if ((!hasCadence && birthMonth === 0) || (table.diedEpoch[r] as number) <= day.today) return 0;
	let n = 0;
	if (hasCadence) {
		const x = keepInTouchAsOf(table, r, day);
		if (x) {
			out.push(x);
			n++;
		}
	}
	if (birthMonth !== 0) {
		const birthday = birthdayItem(table, r, day);
		if (birthday) {
			out.push(birthday);
			n++;
		}
	}
	return n;
}

/** The person's birthday item when it falls within the day's window. */
function birthdayItem(table: PersonNumbers, r: number, day: PersonDay): AgendaItem | null {
	const inDays = daysToMonthDay(table.birthMonth[r] as number, table.birthDay[r] as number, day.today, day.year);
	const onEpoch = day.today + inDays;
	// No birthday on or after a death day still to come.
	if (inDays > day.birthdayDays || onEpoch >= (table.diedEpoch[r] as number)) return null;
	const on = day.days.of(onEpoch);
	const year = table.birthYear[r] as number;
	const age = ageTurned(year, civilFromEpoch(onEpoch)[0]);
	return item("birthday", inDays === 0 ? "today" : "upcoming", on, table.names[r] as string, table.self(r), table.notePlace(r), inDays, null, age, null, null);
}
