import { type CalendarDay, addDays } from "../dates/dates";
import { hasDied, type ParsedNote } from "../notes/note";
import { problem, type Problem } from "../shared/problems";
import type { VaultIndex } from "../index/vault-index";
import { appendAll } from "../shared/lists";
import { fewOf } from "../shared/few-of";

/** A past meeting some of whose attendees got no follow-up. */
export interface UnfollowedMeeting {
	path: string;
	title: string;
	date: CalendarDay;
	/** Attendees with no follow-up task and no later interaction. */
	people: string[];
}

/**
 * Meetings of the last `windowDays` days (before `asOf`) with attendees who got neither a follow-up
 * (an open task for them anywhere, or a done task linking them or naming them with `@` in the meeting note) nor any later
 * interaction (another note that records contact on or after the meeting day). Newest first.
 */
export function meetingsWithoutFollowUp(index: VaultIndex, asOf: CalendarDay, windowDays: number, me: string | null = null): UnfollowedMeeting[] {
	const out: UnfollowedMeeting[] = [];
	for (const note of meetingsInWindow(index, asOf, windowDays)) {
		const m = unfollowedIn(index, note, asOf, me);
		if (m) out.push(m);
	}
	return out.sort(compareUnfollowed);
}

/** The meetings of the `windowDays` days before `asOf`. */
export function meetingsInWindow(index: VaultIndex, asOf: CalendarDay, windowDays: number): ParsedNote[] {
	const recent: ParsedNote[] = [];
	for (let d = 1; d <= windowDays; d++) appendAll(recent, index.meetingsOn(addDays(asOf, -d)));
	return recent;
}

/**
 * A meeting's living attendees (but `me`) that no task written in it is for: neither an open task the index
 * credits to them (by its links, the owner fields and `@` names it gives, else the attendees) nor a done
 * task linking them or naming them with `@` (`- [x] @Anna sent the deck`). The "create follow-ups" command adds a task for each of these (reading the note as the user
 * sees it, unsaved typing included); the doctor reports those of them that got no follow-up elsewhere either.
 */
export function attendeesWithoutFollowUpIn(index: VaultIndex, note: ParsedNote, me: string | null, today: CalendarDay): string[] {
	const { attendees, owners, done } = index.followUpOwnersOf(note);
	const covered = new Set<string>();
	for (const people of owners) for (const p of people) covered.add(p);
	// Done tasks cover whom they link or name, whether or not the meeting has a day to record a contact on.
	for (const people of done) for (const p of people) covered.add(p);
	// No follow-up is asked for someone who has died.
	return attendees.filter((p) => p !== me && !covered.has(p) && !hasDied(index.person(p)?.person, today));
}

/** One meeting's attendees who got no follow-up (see `meetingsWithoutFollowUp`); null when there are none. */
export function unfollowedIn(index: VaultIndex, note: ParsedNote, asOf: CalendarDay, me: string | null): UnfollowedMeeting | null {
	if (!note.date) return null;
	const date = note.date;
	const people = attendeesWithoutFollowUpIn(index, note, me, asOf).filter((p) => {
		if (index.hasFollowUps(p)) return false;
		// The latest contact up to today: anything after the meeting, or another note that same day, is a follow-up.
		const last = index.lastInteraction(p, asOf);
		return !last || last.day < date || (last.day === date && last.source === note.path);
	});
	return people.length > 0 ? { path: note.path, title: note.title, date, people } : null;
}

/** Newest first, then by path. */
export function compareUnfollowed(a: UnfollowedMeeting, b: UnfollowedMeeting): number {
	return a.date < b.date ? 1 : a.date > b.date ? -1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The same, as lines for `rapport doctor`: each names a few of the people and counts the rest (`fewOf`). */
export function unfollowedProblems(meetings: readonly UnfollowedMeeting[], nameOf: (path: string) => string): Problem[] {
	return meetings.map((m) => problem(m.path, 0, "meeting-without-follow-up", { date: m.date, people: fewOf(m.people, nameOf) }));
}
