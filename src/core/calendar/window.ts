import { addDays, type CalendarDay } from "../dates/dates";

/** Days before today an import looks back by default. */
export const DEFAULT_LOOKBACK_DAYS = 90;

/** The days an import reads: from a start day (90 days ago by default) to today, plus the days ahead as planned meetings. */
export interface ImportWindow {
	from: CalendarDay;
	to: CalendarDay;
	today: CalendarDay;
}

export function importWindow(today: CalendarDay, from: CalendarDay | null = null, daysAhead = 0): ImportWindow {
	const start = from ?? addDays(today, -DEFAULT_LOOKBACK_DAYS);
	const end = addDays(today, Math.max(0, daysAhead));
	return { from: start <= end ? start : end, to: end, today };
}
