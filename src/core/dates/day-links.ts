import { unwrapLink } from "../shared/text";
import { parseDay } from "./dates";

/**
 * A link to a daily note with the time after it (`[[2026-11-20]] 10:00`, `[[2026-11-20|Nov 20]], 2:30 PM`, day first
 * `[[20/11/2026]] 10:00` where daily notes are named so), as templates
 * write a meeting's `date` so that it links the day: the link's target, then what follows it.
 */
const LINK_THEN_MORE = /^\s*!?\[\[([^[\]|#]{1,40})(?:\|[^[\]]{0,80})?\]\]([ \t,T][^[\]]{0,40})$/;

/** A day of numbers with the year last (`20/11/2026`, `11/20/2026`), which the key decides how to read (see `slashedDayAndTime`, `parseDayFirst`). */
const NUMERIC_DAY = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/;

/**
 * A date property's value as a day is read from it: a link to a day (`[[2026-11-20]]`) as its target, a link to a day
 * and a time after it (`[[2026-11-20]] 10:00`) as `2026-11-20 10:00` (`[[20/11/2026]] 10:00` as `20/11/2026 10:00`, which a
 * meeting's date reads: see `slashedDayAndTime`), which gives the time too; any other value as it is
 * (text trimmed, as `unwrapLink` leaves it).
 */
export function dayValue(value: unknown): unknown {
	if (typeof value !== "string") return value;
	const m = value.includes("]]") ? LINK_THEN_MORE.exec(value) : null;
	if (m) {
		const joined = `${(m[1] ?? "").trim()}${(m[2] ?? "").trimEnd()}`;
		if (parseDay(joined) !== null || NUMERIC_DAY.test((m[1] ?? "").trim())) return joined;
	}
	return unwrapLink(value);
}
