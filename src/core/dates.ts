import { DateTime } from "luxon";

/**
 * A calendar day as `YYYY-MM-DD`. `2026-12-01` is the same day in every timezone:
 * arithmetic happens in UTC, where no day is ever 23 or 25 hours long.
 */
export type CalendarDay = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

function utc(day: CalendarDay): DateTime {
	return DateTime.fromISO(day, { zone: "utc" });
}

export function isCalendarDay(text: string): boolean {
	const m = DAY.exec(text);
	return m !== null && utc(text).isValid;
}

/**
 * Reads the day out of a frontmatter or task date: `2026-12-01`, `2026-12-01 14:30`,
 * `2026-12-01T14:30:00`, or a Date some YAML engine produced. Returns null when it isn't one.
 */
export function parseDay(value: unknown): CalendarDay | null {
	if (value instanceof Date) {
		return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
	}
	if (typeof value !== "string") return null;
	const text = value.trim();
	const m = DAY_PREFIX.exec(text);
	if (!m) return null;
	const day = text.slice(0, 10);
	return utc(day).isValid ? day : null;
}

/** The `HH:mm` of a date-time value, when it has one. */
export function parseTime(value: unknown): string | null {
	if (typeof value !== "string") return null;
	const m = /^\d{4}-\d{2}-\d{2}[T\s](\d{1,2}):(\d{2})/.exec(value.trim());
	if (!m?.[1] || !m[2]) return null;
	return `${m[1].padStart(2, "0")}:${m[2]}`;
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
	return utc(day).plus({ days }).toISODate() ?? day;
}

export interface CalendarDuration {
	days?: number;
	weeks?: number;
	months?: number;
	years?: number;
}

export function addDuration(day: CalendarDay, duration: CalendarDuration): CalendarDay {
	return utc(day).plus(duration).toISODate() ?? day;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
	return Math.round(utc(to).diff(utc(from), "days").days);
}

/** Today as the user's own calendar day, in the given IANA zone or the system's. */
export function today(zone?: string): CalendarDay {
	const now = zone ? DateTime.now().setZone(zone) : DateTime.local();
	return now.toISODate() ?? new Date().toISOString().slice(0, 10);
}

export function maxDay(a: CalendarDay | null, b: CalendarDay | null): CalendarDay | null {
	if (a === null) return b;
	if (b === null) return a;
	return a >= b ? a : b;
}

/** Finds the first `YYYY-MM-DD` in a file name. */
export function dayInName(name: string): CalendarDay | null {
	const m = /(\d{4}-\d{2}-\d{2})/.exec(name);
	return m?.[1] && isCalendarDay(m[1]) ? m[1] : null;
}
