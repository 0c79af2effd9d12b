import type { Translate } from "../../i18n";
import { type CalendarDay, partsOf } from "../dates/dates";

/**
 * A day as words in the user's language ("27 novembre 2026", "November 27, 2026"), for titles and
 * sentences. Dates a user searches for in notes (the daily section's `YYYY-MM-DD`) stay ISO.
 */
export function proseDay(day: CalendarDay, t: Translate): string {
	const [year, month, date] = partsOf(day);
	return new Intl.DateTimeFormat(t("meta.locale"), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, month - 1, date));
}
