import { type CalendarDay, parseDay } from "../dates/dates";
import { foldWord } from "./fold-word";
import type { NoteRecord, RecordField } from "./note-record";

/*
 * Contact notes of the Friend Tracker plugin (buzzguy/friend-tracker): in its `FriendTracker` folder by default,
 * `name`, `birthday`, `email`, `phone`, `relationship` (family, friend, colleague…) in the properties, and the
 * interactions logged under `interactions`, each `{date: 2026-11-20, text: Coffee downtown}`.
 */

/** The plugin's own folder, as it names it by default. */
const FRIEND_TRACKER_FOLDER = foldWord("FriendTracker");

/** The logged interactions: the items of `interactions` that have a `date` and a `text`, as the plugin writes them. */
function loggedItems(record: NoteRecord): { value: Record<string, unknown>[]; field: RecordField } | null {
	const field = record.field(["interactions"]);
	if (!field || !Array.isArray(field.value)) return null;
	const value = (field.value as unknown[]).filter((item): item is Record<string, unknown> => item !== null && typeof item === "object" && !Array.isArray(item) && "date" in item && "text" in item);
	return value.length === 0 ? null : { value, field };
}

/** Whether a note is a Friend Tracker contact: in the plugin's folder, or with its log of interactions. */
export function isFriendTrackerContact(path: string, record: NoteRecord): boolean {
	const parts = path.split("/");
	if (parts.slice(0, -1).some((folder) => foldWord(folder) === FRIEND_TRACKER_FOLDER)) return true;
	return loggedItems(record) !== null;
}

/** The days of the interactions a person's note logs in its properties, each with the line its date is written on. */
export function loggedInteractions(record: NoteRecord): { day: CalendarDay; line: number }[] {
	const logged = loggedItems(record);
	if (logged === null) return [];
	const out: { day: CalendarDay; line: number }[] = [];
	for (const item of logged.value) {
		const date = item.date;
		const day = typeof date === "string" ? parseDay(date) : null;
		if (day !== null && typeof date === "string") out.push({ day, line: record.valueLine(logged.field, date) });
	}
	return out;
}
