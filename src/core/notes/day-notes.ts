import { type CalendarDay, parseDay } from "../dates/dates";
import { dayValue } from "../dates/day-links";
import { basename } from "../shared/text";
import { foldWord } from "./fold-word";
import { DATE_KEYS, dayInFileName, dayInFolders } from "./meeting-fields";
import type { NoteRecord } from "./note-record";

/*
 * Notes about a day kept among meetings: rdegges/pkms writes a `daily-brief.md` (`type: daily-brief`) into each day's
 * meeting folder (`Meetings/Acme/2026/11/24/`) beside a `pre-brief.md`; others keep a daily review or a daily note
 * there (`type: daily-review`, `type: daily`). The folder or a tag would make them meetings; their own type says what
 * they are: a day's note (read as that day's daily note), or a brief written ahead of meetings (a plain note).
 */

/** Types of a day's own note: a daily note, a journal page, a day's brief or review (Italian `diario`, `giornaliero`). */
const DAY_TYPES = new Set(["daily", "daily note", "daily-brief", "daily briefing", "daily-review", "daily log", "day brief", "journal", "diario", "giornaliero", "giornata"].map(foldWord));
/** Types of a brief written ahead of meetings: `brief`, `pre-brief`, `briefing`, `agenda`, `meeting-prep`. */
const BRIEF_TYPES = new Set(["brief", "pre-brief", "briefing", "agenda", "meeting-prep", "prep"].map(foldWord));

/** What a note's own type says it is of the two (a day's note, or a brief), else null. */
export function dayNoteType(types: readonly string[]): "day" | "brief" | null {
	const folded = types.map(foldWord);
	if (folded.some((t) => DAY_TYPES.has(t))) return "day";
	return folded.some((t) => BRIEF_TYPES.has(t)) ? "brief" : null;
}

/** A meeting's name word: a team's `Daily standup`, `Daily scrum`, `Daily sync` typed `daily` by its template is that meeting. */
const MEETING_NAME = /(?:^|[^\p{L}])(?:stand[- ]?up|scrum|sync|huddle|meeting|call|riunione|incontro)(?![\p{L}])/iu;

/** Whether a note's file name says it is a meeting (`2026-11-26 Daily standup`), whatever day's type it has. */
export function namedAsMeeting(path: string): boolean {
	const name = basename(path);
	return name.length <= 255 && MEETING_NAME.test(name);
}

/** The day a day's note is about: its `date` (`meeting_date`, German `Datum`), else the day in its name, else its dated folders. */
export function dayNoteDay(path: string, record: NoteRecord): CalendarDay | null {
	let value = record.field(DATE_KEYS)?.value;
	while (Array.isArray(value) && value.length === 1) value = value[0] as unknown;
	return parseDay(dayValue(value)) ?? dayInFileName(basename(path))?.day ?? dayInFolders(path);
}
