import { parseDay, parseDayFirst, slashedDayOfOneReading } from "../dates/dates";
import { dayValue } from "../dates/day-links";
import type { InlineField } from "./inline-fields";
import { labelLine } from "./attendee-labels";

/** Longer lines are prose, not a label: a bound that also keeps the check cheap. */
const LABEL_LINE_MAX = 100;

/**
 * A line of a meeting's body that gives its day after a label, as simple templates and exports write
 * it instead of a property: `Date: 2026-11-26`, `**Date**: November 24, 2026`, `- **Datum:** 24.11.2026`,
 * Italian `Data: 20/11/2026`, Spanish `Fecha: 23 de noviembre de 2026`, French `Date : 23 novembre 2026`, `Meeting date: …`, or a table row of details (`| Date | 2026-11-26 |`); in a callout or
 * quote too (`> **Date**: 2026-11-26`), and after an emoji (`📅 Date: 2026-11-26`; see `labelLine`); Notion's export of a meetings
 * database writes `Date: November 25, 2026 2:00 PM (GMT+1)` under a page's title (see `withoutNotionTail`).
 */
const DATE_LABEL = /^(?:[-*+][ \t]+)?(?:\*\*|__)?(date|meeting date|datum|dátum|data|fecha)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*([^ \t].*)$/i;

/** The keys a label line gives (see `dateLabelField`), lowercased: the labels of `DATE_LABEL`, `Meeting date` as `meeting_date`. */
export const DATE_LABEL_KEYS: ReadonlySet<string> = new Set(["date", "meeting_date", "datum", "dátum", "data", "fecha"]);

/** The words for date of languages that write a day before its month (`Fecha: 03/04/2026`, `Datum: 03/04/2026`: 3 April); English `Date` may be either. */
export const DAY_FIRST_KEYS: ReadonlySet<string> = new Set(["data", "datum", "dátum", "fecha"]);

/** The time zone Notion's export writes after a day's time, in parentheses: `(GMT+1)`, `(UTC)`, `(PST)`, `(GMT-5:30)`. */
const ZONE_AFTER = /[ \t]*\([A-Z]{2,5}(?:[+\-−]\d{1,2}(?::\d{2})?)?\)$/;

/**
 * A date property as Notion's Markdown export writes it under a page's title (`Date: November 25, 2026 2:00 PM (GMT+1)`,
 * a range `November 25, 2026 → November 26, 2026`): its first day and time, without the zone. Any other value as it is.
 */
function withoutNotionTail(value: string): string {
	return (value.split("→")[0] ?? "").trim().replace(ZONE_AFTER, "");
}

/** A table row of two cells, `| Date | 2026-11-26 |`, as the label line `Date: 2026-11-26` it stands for; any other line as it is. */
function rowAsLabel(text: string): string {
	if (!text.startsWith("|")) return text;
	const cells = text.replace(/^\||\|$/g, "").split("|");
	return cells.length === 2 ? `${(cells[0] ?? "").trim()}: ${(cells[1] ?? "").trim()}` : text;
}

/**
 * The day a label line gives (`**Date**: 2026-11-26`), as the inline field `date` (`meeting_date`,
 * `datum`, `dátum`, `data`, `fecha`) it stands for; null for any other line, and for a label whose value is no
 * day (`Date: TBD`, `Data: 5 GB`), which is prose rather than a date to report.
 */
export function dateLabelField(line: string, i: number): InlineField | null {
	if (line.length > LABEL_LINE_MAX) return null;
	const m = DATE_LABEL.exec(rowAsLabel(labelLine(line).trim()));
	if (!m?.[1] || !m[2]) return null;
	const value = withoutNotionTail(m[2].replace(/(?:\*\*|__)$/, "").trim());
	const key = m[1].toLowerCase() === "meeting date" ? "meeting_date" : m[1];
	const text = dayValue(value);
	const day = DAY_FIRST_KEYS.has(key.toLowerCase()) ? (parseDay(text) ?? parseDayFirst(text)) : (parseDay(text) ?? slashedDayOfOneReading(text));
	return day === null ? null : { key, value, line: i };
}
