import type { Translate } from "../../i18n";
import { type CalendarDay, partsOf } from "../dates/dates";

/**
 * A day as words in the user's language ("27 novembre 2026", "November 27, 2026"), for titles and
 * sentences. Dates a user searches for in notes (the daily section's `YYYY-MM-DD`) stay ISO.
 */
export function proseDay(day: CalendarDay, t: Translate): string {
	const [year, month, date] = partsOf(day);
	// Not Date.UTC(year, …): it reads years 0 to 99 as 1900 to 1999 (`--date 0026-12-01`, a typo, said "1926").
	const at = new Date(0);
	at.setUTCFullYear(year, month - 1, date);
	// The year as written: Intl would call year 0 "1" (1 BC, its era left out).
	const parts = new Intl.DateTimeFormat(t("meta.locale"), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).formatToParts(at);
	return parts.map((part) => (part.type === "year" ? String(year) : part.value)).join("");
}
