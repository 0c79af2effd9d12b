import type { CalendarDay } from "../dates/dates";
import type { DeathDate } from "../notes/death-period";
import { addDays } from "../dates/dates";
import { type TieStrength, tieStrength } from "./health";
import type { ReciprocityLedger } from "./reciprocity";
import type { HealthSettings } from "../config/settings";
import { orgName } from "../shared/text";
import type { FollowUp, VaultIndex } from "../index/vault-index";
import { deathAsOf, hasDied, type Ref } from "../notes/note";
import { isTheirs } from "../notes/theirs";
import { sharedAmong, sharedInterests } from "./shared-interests";

export interface BriefPromise {
	text: string;
	due: CalendarDay | null;
	source: { path: string; line: number };
}

export interface BriefAttendee {
	person: string;
	name: string;
	org: string | null;
	role: string | null;
	circle: string | null;
	/** The latest interaction before the meeting day. */
	lastContact: CalendarDay | null;
	/** The last (up to 3) earlier meetings with them, newest first. */
	lastMeetings: { path: string; title: string; date: CalendarDay }[];
	/** What I promised them, and what they promised me: their open follow-ups. */
	mine: BriefPromise[];
	theirs: BriefPromise[];
	/** Interests we share, and interests shared with each other attendee. */
	sharedWithMe: string[];
	sharedWithOthers: { person: string; interests: string[] }[];
	/** Who introduced us (`met_via`). */
	introducedBy: string[];
	strength: TieStrength;
	/** That the attendee has died: the day when the note says one, else `true`; null for someone alive (see `PersonInfo.died`). */
	died: DeathDate | true | null;
}

export interface MeetingBrief {
	meeting: { path: string; title: string; date: CalendarDay | null };
	attendees: BriefAttendee[];
}

function promise(f: FollowUp): BriefPromise {
	return { text: f.text, due: f.day === "" ? null : f.day, source: f.location };
}

/**
 * A person's open follow-ups in one order, whatever order the index took their notes in (a warm CLI
 * run adds changed notes last; the plugin, edited ones): her own note's first, then by note and line.
 */
function promisesOf(index: VaultIndex, person: string): FollowUp[] {
	const rank = (f: FollowUp): number => (f.location.path === person ? 0 : 1);
	// `followUpsOf` lists them by note and line already, and a sort keeps that order among equals.
	return index.followUpsOf(person).sort((a, b) => rank(a) - rank(b));
}

/** Who introduced `person` (`met_via`), each once, never herself: her own name there introduces no one. */
function introducersOf(index: VaultIndex, person: string, refs: readonly Ref[]): string[] {
	const out = new Set<string>();
	for (const r of refs) {
		const who = index.resolve(r, person) ?? r.target;
		if (who !== person) out.add(who);
	}
	return [...out];
}

/**
 * The meetings a person attended before `day` (this one aside), newest first. They are among the
 * notes that record contact with the person, so only those are looked at, not the whole vault.
 */
function meetingsAttended(index: VaultIndex, person: string, day: CalendarDay, except: string): BriefAttendee["lastMeetings"] {
	const out: BriefAttendee["lastMeetings"] = [];
	for (const i of index.interactions(person)) {
		const m = index.note(i.source);
		if (!m || m.kind !== "meeting" || !m.date || m.date >= day || m.path === except || !index.attendeesOf(m.path).includes(person)) continue;
		out.push({ path: m.path, title: m.title, date: m.date });
	}
	return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.path < b.path ? -1 : 1));
}

/**
 * Everything worth knowing before a meeting, per attendee (me excluded): last contact and the last
 * meetings together, open promises both ways, shared interests, who introduced us, organisation and role.
 */
export function meetingBrief(index: VaultIndex, meetingPath: string, asOf: CalendarDay, options: { me: string | null; health: HealthSettings; ledger: ReciprocityLedger }): MeetingBrief | null {
	const meeting = index.note(meetingPath);
	if (!meeting) return null;
	const day = meeting.date ?? asOf;
	const before = addDays(day, -1);
	const attendees = index.attendeesOf(meetingPath).filter((p) => p !== options.me);
	const myInterests = options.me ? (index.person(options.me)?.person?.interests ?? []) : [];
	const brief: BriefAttendee[] = [];
	const sharedWithOthers = sharedAmong(attendees, (p) => index.person(p)?.person?.interests ?? []);
	for (let at = 0; at < attendees.length; at++) {
		const person = attendees[at] as string;
		const info = index.person(person)?.person;
		if (!info) continue;
		const open = promisesOf(index, person);
		const lastMeetings = meetingsAttended(index, person, day, meetingPath).slice(0, 3);
		brief.push({
			person,
			name: info.name,
			org: info.org === null ? null : orgName(info.org),
			role: info.role,
			circle: info.circle,
			lastContact: index.lastInteraction(person, before)?.day ?? null,
			lastMeetings,
			mine: open.filter((f) => !isTheirs(f.text)).map(promise),
			// Nothing is still to come from someone who has died.
			theirs: hasDied(info, asOf) ? [] : open.filter((f) => isTheirs(f.text)).map(promise),
			sharedWithMe: sharedInterests(info.interests, myInterests),
			sharedWithOthers: sharedWithOthers(at),
			introducedBy: introducersOf(index, person, info.metVia),
			strength: tieStrength(index, person, asOf, options.health, options.ledger),
			died: deathAsOf(info, asOf),
		});
	}
	return { meeting: { path: meetingPath, title: meeting.title, date: meeting.date }, attendees: brief };
}
