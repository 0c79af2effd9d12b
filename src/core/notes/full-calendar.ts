import type { NoteRecord } from "./note-record";

/*
 * Event notes of the Full Calendar plugin: it writes each event's own frontmatter, `title`, `allDay`,
 * `startTime`, `endTime`, and `type: single` (a `date`), `type: recurring` (`daysOfWeek`, `startRecur`,
 * `endRecur`) or `type: rrule` (`startDate`, `rrule`), and names the note `2026-11-24 Coffee with Livia`
 * or `(Every M,W) Standup`.
 */

/** The kinds of schedule Full Calendar writes under `type`: how an event repeats, not what kind of note it is. */
const SCHEDULE_TYPES = new Set(["single", "recurring", "rrule"]);

/** Whether a note carries Full Calendar's event keys (`allDay` or `startTime`). */
function hasEventKeys(record: NoteRecord): boolean {
	return record.field(["allday", "starttime"]) !== null;
}

/**
 * The types that say what kind of note this is: on a Full Calendar event note, `type: single` says how the
 * event repeats and is no type, so an event with a `date` and `attendees` is a meeting as any such note is.
 */
export function kindTypes(record: NoteRecord, types: string[]): string[] {
	if (types.length === 0 || !types.every((t) => SCHEDULE_TYPES.has(t.trim().toLowerCase()))) return types;
	return hasEventKeys(record) ? [] : types;
}

/**
 * Whether a note is a Full Calendar series (`type: recurring` with `daysOfWeek`, `type: rrule` with
 * `rrule`): it has no one day, and needs none, so a meetings folder's series is no meeting without a date.
 */
export function isCalendarSeries(record: NoteRecord): boolean {
	const type = record.text(["type"])?.trim().toLowerCase();
	if (type === "recurring") return record.field(["daysofweek"]) !== null;
	return type === "rrule" && record.field(["rrule"]) !== null;
}

/** Whether a note is one Full Calendar event on one day (`type: single`, with the plugin's `allDay` or `startTime`). */
export function isSingleEvent(record: NoteRecord): boolean {
	return record.text(["type"])?.trim().toLowerCase() === "single" && hasEventKeys(record);
}
