import { emptyContact } from "../contacts/contact";
import { type ExistingPerson, personMatcher } from "../contacts/plan";
import { addDays, type CalendarDay } from "../dates/dates";
import type { VaultIndex } from "../index/vault-index";
import type { ParsedNote } from "../notes/note";
import { NONE } from "../notes/frontmatter-values";
import { basename, withoutMd } from "../shared/text";
import { type Problem, problem } from "../shared/problems";
import { eventTitle, meetingFileName, nameFromEmail, skipReason } from "./plan";
import { type CalendarOccurrence, readCalendar } from "./read-ics";

/** How far back and ahead a live calendar counts: long enough for tie strength (a year and more) and the agenda's next days. */
const LIVE_DAYS_BACK = 3 * 365;
const LIVE_DAYS_AHEAD = 60;

export interface LiveCalendarOptions {
	today: CalendarDay;
	zone?: string;
	myEmails: readonly string[];
}

/** The path under which a live calendar's occurrence sits in the index: the file, then `#` and the occurrence. */
export function liveEventPath(calendarPath: string, key: string): string {
	return `${calendarPath}#${key}`;
}

/** Whether an index path is an event of a live calendar file rather than a note. */
export function isLiveEventPath(path: string): boolean {
	return /\.ics#/i.test(path);
}

/** The people the index knows, as the contacts matching reads them: email, name, aliases. */
export function peopleOfIndex(index: VaultIndex): ExistingPerson[] {
	return index.personNotes().map((n) => ({ path: n.path, frontmatter: { email: n.person?.email ?? "", name: n.person?.name ?? "", aliases: n.person?.aliases ?? [] } }));
}

function meetingOf(calendarPath: string, o: CalendarOccurrence, people: string[]): ParsedNote {
	return {
		path: liveEventPath(calendarPath, o.key),
		title: eventTitle(o) || o.day,
		kind: "meeting",
		isEvent: false,
		date: o.day,
		time: o.time,
		person: null,
		attendees: people.map((p) => ({ target: withoutMd(p), link: true, line: 0 })),
		contacts: NONE,
		ownContacts: NONE,
		followUps: NONE,
		doneTasks: NONE,
		exchanges: NONE,
		pins: null,
		problems: NONE,
	};
}

/**
 * The meetings a calendar file holds, as the index keeps notes: each kept occurrence (not declined or
 * cancelled, with someone else invited) whose attendees match at least one person note. A meeting
 * note imported from the same event (same day and title) wins, so nothing counts twice.
 */
export function liveCalendarMeetings(calendarPath: string, text: string, index: VaultIndex, options: LiveCalendarOptions): ParsedNote[] | null {
	const read = readCalendar(text, { from: addDays(options.today, -LIVE_DAYS_BACK), to: addDays(options.today, LIVE_DAYS_AHEAD), zone: options.zone, myEmails: options.myEmails });
	if (!read) return null;
	const match = personMatcher(peopleOfIndex(index));
	const out: ParsedNote[] = [];
	for (const o of read.occurrences) {
		if (skipReason(o) !== null) continue;
		const people = new Set<string>();
		for (const a of o.attendees) {
			const contact = emptyContact(0);
			contact.name = a.name !== "" ? a.name : nameFromEmail(a.email);
			if (a.email !== "") contact.emails = [a.email];
			const found = match(contact);
			if (found.length === 1 && found[0]) people.add(found[0]);
		}
		if (people.size === 0) continue;
		// The name the import gives the event's note (a number may follow it): the event is in the vault already.
		const imported = meetingFileName(o.day, eventTitle(o)).toLowerCase();
		if (index.meetingsOn(o.day).some((m) => !isLiveEventPath(m.path) && m.title.toLowerCase().startsWith(imported))) continue;
		out.push(meetingOf(calendarPath, o, [...people]));
	}
	return out;
}

/** A live calendar file as it was found: its text, or why there is none (`missing`, or the error's code). */
/** A live calendar file as found: its text, or why there is none (gone, unreadable, or a path that leaves the vault). */
export type LiveCalendarFile = { text: string } | { missing: true } | { unreadable: string } | { outside: true };

/**
 * Brings a live calendar's events in the index up to date with the file: the events it had before
 * are forgotten, its current ones added. A file that is missing, cannot be read or is no calendar
 * gives no events and a problem on its path (listed by `doctor` and the problems view), taken back
 * when the file is read again. Returns how many events there are.
 */
export function syncLiveCalendar(index: VaultIndex, calendarPath: string, file: LiveCalendarFile, options: LiveCalendarOptions): number {
	const prefix = `${calendarPath}#`;
	const old = [...index.allNotes()].filter((n) => n.path.startsWith(prefix)).map((n) => n.path);
	for (const path of old) index.remove(path);
	if (isCalendarProblemNote(index.note(calendarPath))) index.remove(calendarPath);
	const meetings = "text" in file ? liveCalendarMeetings(calendarPath, file.text, index, options) : null;
	if (meetings === null) {
		const trouble =
			"missing" in file
				? problem(calendarPath, 0, "calendar-missing")
				: "unreadable" in file
					? problem(calendarPath, 0, "calendar-unreadable", { reason: file.unreadable })
					: "outside" in file
						? problem(calendarPath, 0, "path-outside-vault")
						: problem(calendarPath, 0, "calendar-not-ics");
		index.set(problemNote(calendarPath, trouble));
		return 0;
	}
	for (const m of meetings) index.set(m);
	return meetings.length;
}

const CALENDAR_PROBLEMS: readonly string[] = ["calendar-missing", "calendar-unreadable", "calendar-not-ics", "path-outside-vault"];

/** Whether the index holds, at a live calendar's path, the problem a sync left there (and nothing else). */
function isCalendarProblemNote(note: ParsedNote | undefined): boolean {
	return note !== undefined && note.kind === "other" && note.problems.length === 1 && CALENDAR_PROBLEMS.includes(note.problems[0]?.code ?? "");
}

/** What the index holds at a live calendar's path when it gives no events: its problem, and nothing else. */
function problemNote(path: string, trouble: Problem): ParsedNote {
	return { path, title: basename(path), kind: "other", isEvent: false, date: null, time: null, person: null, attendees: NONE, contacts: NONE, ownContacts: NONE, followUps: NONE, doneTasks: NONE, exchanges: NONE, pins: null, problems: [trouble] };
}
