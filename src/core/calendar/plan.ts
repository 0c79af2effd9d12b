import { type Contact, emptyContact } from "../contacts/contact";
import { type FileNameWords, safeFileName } from "../contacts/names";
import { type ExistingPerson, type PlannedNote, peopleLookup, personMatcher, planImport } from "../contacts/plan";
import type { CalendarDay } from "../dates/dates";
import { fillTemplate, withFrontmatter } from "../notes/template";
import { asArray, basename, stringValues, withoutMd } from "../shared/text";
import { frontmatterEntryOf, listEntryValues, type MeetingValue, setFrontmatterEntries } from "./frontmatter-set";
import type { CalendarAttendee, CalendarOccurrence, CalendarRead, CappedSeries, UnparsedEvent } from "./read-ics";
import { RunTogetherNames } from "./run-together-names";
import type { ImportWindow } from "./window";

export type SkipReason = "declined" | "cancelled" | "no-other-attendee" | "all-day-without-attendees" | "outside-window" | "already-noted";

export interface SkippedEvent {
	key: string;
	title: string;
	day: CalendarDay;
	reason: SkipReason;
}

/** An attendee with no person note: listed with name and email, created on request. */
export interface NewPerson {
	name: string;
	email: string;
	note: PlannedNote;
}

export interface PlannedMeeting {
	path: string;
	key: string;
	title: string;
	day: CalendarDay;
	time: string | null;
	/** After today: a planned meeting. */
	upcoming: boolean;
	attendees: string[];
	text: string;
}

export interface MeetingUpdate {
	path: string;
	key: string;
	title: string;
	/** Only `date` when it differs, and the attendee field when the calendar invites someone the note does not name. */
	set: [string, MeetingValue][];
	/** With an attendee field to set: the calendar's attendees, as links (see `updateOverTyping`). */
	invited?: string[];
}

/** What a calendar import would do, shown before anything is written. */
export interface CalendarPlan {
	window: ImportWindow;
	creates: PlannedMeeting[];
	updates: MeetingUpdate[];
	people: NewPerson[];
	skipped: SkippedEvent[];
	/** Meetings imported before with nothing to change. */
	unchanged: number;
	/** Events that could not be read. */
	unreadable: string[];
	/** Events whose text could not be parsed, by line (see `CalendarRead.unparsed`). */
	unparsed: UnparsedEvent[];
	/** The file was cut short: the events after this line are missing (see `CalendarRead.cutShortAfterLine`); null when whole. */
	cutShortAfterLine: number | null;
	/** Recurring events with more meetings in the days imported than one import creates: how many were left out (see `CalendarRead.capped`). */
	capped: CappedSeries[];
}

/** A meeting note already in the vault that an import created: it has `calendar_uid`. */
export interface ImportedMeeting {
	path: string;
	frontmatter: Record<string, unknown>;
}

export interface CalendarPlanOptions {
	/** The days read; meetings after `today` are planned ones. */
	window: ImportWindow;
	meetingsFolder: string;
	peopleFolder: string;
	/** The frontmatter key that lists attendees (`attendees` unless the settings say otherwise). */
	attendeeField: string;
	/** The meeting template's text, null without one. */
	template: string | null;
	/** Every file path in the vault, to never create over one. */
	takenPaths: ReadonlySet<string>;
	/** The language of weekday and month names in the template's `{{date:…}}` (English when missing). */
	locale?: string;
	/** The words a new person's file name may need, in the user's language (English when missing). */
	fileNameWords?: FileNameWords;
}

/**
 * The file name (without `.md`) an imported event's meeting note gets, before any number that keeps
 * it apart from a note already there: its day and title, safe on every platform (the day keeps it a
 * name, and never a device name). A live calendar looks for notes of this name to not count an
 * imported event twice.
 */
export function meetingFileName(day: CalendarDay, title: string): string {
	return safeFileName(`${day} ${title}`);
}

/** Why an event read from the calendar does not become a meeting, or null when it does. */
export function skipReason(o: CalendarOccurrence): SkipReason | null {
	if (o.cancelled) return "cancelled";
	if (o.declined) return "declined";
	if (o.attendees.length === 0) return o.allDay ? "all-day-without-attendees" : "no-other-attendee";
	return null;
}

/** The `date` value of a meeting: the day, with `THH:mm` in the user's zone unless it is all-day. */
export function meetingDate(o: { day: CalendarDay; time: string | null }): string {
	return o.time === null ? o.day : `${o.day}T${o.time}`;
}

/** A name for someone the calendar knows only by email: `anna.rossi@x` → `Anna Rossi`. */
export function nameFromEmail(email: string): string {
	const local = email.split("@")[0] ?? email;
	const words = local.split(/[._+-]+/).filter((w) => w !== "" && !/^\d+$/.test(w));
	return words.length === 0 ? email : words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(" ");
}

/** One to three words of letters (with `'`, `-`, `.`): a part of a personal name. */
const NAME_PART = /^\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,2}$/u;

/** What follows a comma after a whole name, not a given name: `Sammy Davis, Jr.`, `Anna Rossi, PhD`, `Acme, Inc.`. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv|phd|md|esq|inc|ltd|llc|gmbh|spa|srl|snc)\.?$/i;

/**
 * A name without the directory's tag after it (`(IT)`, `(Contractor)`, `[EXT]`), as Exchange address
 * books add to "Family, Given"; the name as it is when it ends with none. Cut by hand: a pattern
 * anchored at the end would try every run of blanks of a long value.
 */
function withoutDirectoryTag(cn: string): string {
	const trimmed = cn.trimEnd();
	const close = trimmed.at(-1);
	const open = close === ")" ? "(" : close === "]" ? "[" : null;
	if (open === null) return cn;
	const at = trimmed.lastIndexOf(open);
	if (at <= 0 || trimmed.slice(at + 1, -1).includes(close ?? "")) return cn;
	return trimmed.slice(0, at);
}

/**
 * The name an attendee's person note gets. Outlook and Exchange directories show people as
 * "Family, Given" (`CN="Rossi, Marco"`), often with a tag of their department after it
 * (`CN="Rossi, Marco (IT)"`): that is Marco Rossi, named as a person note is.
 */
export function attendeeName(cn: string): { name: string; first: string; last: string } {
	const parts = withoutDirectoryTag(cn).split(",").map((p) => p.trim());
	const [last = "", first = ""] = parts;
	if (parts.length === 2 && NAME_PART.test(last) && NAME_PART.test(first) && !SUFFIX.test(first)) return { name: `${first} ${last}`, first, last };
	return { name: cn, first: "", last: "" };
}

/** At most this many people name an event without a title; the others are counted (`+2`). */
const PEOPLE_IN_UNTITLED_NAME = 3;

/**
 * What an event's note is named after: its title, or, for an event written without one (Outlook
 * sends meetings with no subject), who it is with, as a calendar shows such an event. A note named by
 * the day alone would take a daily note's name, and a daily note of that day be taken for it.
 */
export function eventTitle(o: CalendarOccurrence): string {
	if (o.title.trim() !== "") return o.title;
	const names = o.attendees.map((a) => (a.name !== "" ? attendeeName(a.name).name : nameFromEmail(a.email)));
	const more = names.length - PEOPLE_IN_UNTITLED_NAME;
	return names.slice(0, PEOPLE_IN_UNTITLED_NAME).join(", ") + (more > 0 ? ` +${more}` : "");
}

function attendeeKey(a: CalendarAttendee): string {
	return a.email !== "" ? a.email : `name:${a.name.toLowerCase()}`;
}

/**
 * Everyone the occurrences invite, once each, in order of first appearance, with the name any of
 * their invitations gives: Google writes the address as the name (`CN=efontana@…`) where the guest
 * has no Google profile, and the real name in the events that person organises.
 */
function namedAttendees(occurrences: readonly CalendarOccurrence[]): CalendarAttendee[] {
	const byKey = new Map<string, CalendarAttendee>();
	for (const o of occurrences) {
		for (const a of o.attendees) {
			const key = attendeeKey(a);
			const known = byKey.get(key);
			if (!known || (known.name === "" && a.name !== "")) byKey.set(key, a);
		}
	}
	return [...byKey.values()];
}

/** Links for attendees: matched people by file name (by path when two share it), new people as the note they will get. */
class AttendeeLinks {
	private readonly links = new Map<string, string>();
	readonly people: NewPerson[] = [];

	constructor(occurrences: readonly CalendarOccurrence[], existing: readonly ExistingPerson[], options: CalendarPlanOptions) {
		// The people are filed once: for matching attendees here, then for planning the new ones.
		const lookup = peopleLookup(existing);
		const match = personMatcher(lookup);
		const runTogether = new RunTogetherNames(existing);
		// A link by file name opens the shortest path of that name, which may be another note (`Work/Paris.md`
		// beside the person `People/Paris.md`): a name any other note has is linked by its path.
		const nameKey = (path: string): string => basename(path).normalize("NFC").toLowerCase();
		const names = new Map<string, number>();
		for (const path of new Set([...[...options.takenPaths].filter((p) => p.toLowerCase().endsWith(".md")), ...existing.map((p) => p.path)])) names.set(nameKey(path), (names.get(nameKey(path)) ?? 0) + 1);
		const linkTo = (path: string, others = 1): string => `[[${(names.get(nameKey(path)) ?? 0) > others ? withoutMd(path) : basename(path)}]]`;
		const unmatched: { attendee: CalendarAttendee; contact: Contact }[] = [];
		for (const a of namedAttendees(occurrences)) {
			const key = attendeeKey(a);
			const contact = emptyContact(unmatched.length + 1);
			const named = attendeeName(a.name);
			contact.name = a.name !== "" ? named.name : nameFromEmail(a.email);
			contact.firstName = named.first;
			contact.lastName = named.last;
			if (a.email !== "") contact.emails = [a.email];
			const found = match(contact);
			const joined = found.length === 0 && a.runTogether === true ? runTogether.match(a.name, a.email) : null;
			if (joined !== null) this.links.set(key, linkTo(joined));
			else if (found.length === 1 && found[0]) this.links.set(key, linkTo(found[0]));
			else if (found.length > 1) this.links.set(key, contact.name);
			else {
				this.links.set(key, "");
				unmatched.push({ attendee: a, contact });
			}
		}
		const planned = planImport({ source: "vcard", contacts: unmatched.map((u) => u.contact), problems: [] }, existing, { folder: options.peopleFolder, takenPaths: options.takenPaths, lookup, fileNameWords: options.fileNameWords });
		const byLine = new Map(planned.creates.map((c) => [c.line, c]));
		for (const u of unmatched) {
			const note = byLine.get(u.contact.line);
			if (!note) continue;
			this.links.set(attendeeKey(u.attendee), linkTo(note.path, 0));
			this.people.push({ name: u.contact.name, email: u.attendee.email, note });
		}
	}

	of(o: CalendarOccurrence): string[] {
		return [...new Set(o.attendees.map((a) => this.links.get(attendeeKey(a)) ?? "").filter((l) => l !== ""))];
	}
}

function newMeetingText(o: CalendarOccurrence, name: string, attendees: string[], options: CalendarPlanOptions): string {
	const base = options.template === null ? "---\n---\n\n## Notes\n\n## Follow-ups\n" : fillTemplate(options.template, o.day, name, o.time ?? "00:00", options.locale);
	return setFrontmatterEntries(withFrontmatter(base), [
		["type", "meeting"],
		["date", { plain: meetingDate(o) }],
		[options.attendeeField, attendees],
		["calendar_uid", o.key],
	]);
}

/** Who an attendee entry names, to compare: each link's target as written, without `.md` (`[[People/Anna Rossi|Anna]]` → `people/anna rossi`), else the text. */
function attendeeNames(value: string): string[] {
	const targets = [...value.matchAll(/\[\[([^[\]|#^]*)(?:[|#^][^[\]]*)?\]\]/g)].map((m) => withoutMd((m[1] ?? "").trim()).toLowerCase());
	return targets.length > 0 ? targets : [value.trim().toLowerCase()];
}

/**
 * The entries of an attendee field as the note means them: an unquoted `- [[Anna Rossi]]` is read by
 * YAML as a list in a list (`[["Anna Rossi"]]`), and stays the link `[[Anna Rossi]]`, not the plain name.
 */
function writtenEntries(value: unknown): string[] {
	return asArray(value).flatMap((v) => (Array.isArray(v) ? stringValues(v).map((name) => `[[${name}]]`) : stringValues(v)));
}

/**
 * Whether the note's entries name `wanted`: a name or link without a folder is there when an entry
 * has its file name; a link with a folder (the calendar writes one when two people share a name) only
 * when an entry links that same path: `[[Clients/Anna Rossi]]` is another Anna Rossi.
 */
function names(entries: ReadonlySet<string>, fileNames: ReadonlySet<string>, wanted: string): boolean {
	return wanted.includes("/") ? entries.has(wanted) : fileNames.has(wanted);
}

/**
 * The attendee list after an update, or null when the note already names everyone the calendar
 * invites. Entries in the note stay as written (the user may have added someone who came, or written
 * a link with an alias or a folder); the calendar's attendees missing from it are appended.
 */
function attendeesAfterUpdate(have: unknown, want: readonly string[]): string[] | null {
	const list = writtenEntries(have);
	const named = new Set(list.flatMap(attendeeNames));
	const fileNames = new Set([...named].map(basename));
	const missing = want.filter((w) => !attendeeNames(w).every((n) => names(named, fileNames, n)));
	return missing.length === 0 ? null : [...list, ...missing];
}

/**
 * The file names (lower case, without `.md`) of the vault's notes that no import created: a meeting
 * note the user made for an event (with Rapport's New meeting, named as the import names it: day and
 * title) is that event's note already.
 */
function notesNotImported(paths: ReadonlySet<string>, imported: readonly ImportedMeeting[]): Set<string> {
	const importedPaths = new Set(imported.map((m) => m.path));
	const out = new Set<string>();
	for (const path of paths) if (/\.md$/i.test(path) && !importedPaths.has(path)) out.add(basename(path).normalize("NFC").toLowerCase());
	return out;
}

/**
 * Whether the user's own note named `name` stands for this event; it stands for one event only, so
 * the other events of that day and title (three interviews on one day) still get their notes.
 */
function takeWritten(written: Set<string>, name: string): boolean {
	return written.delete(name.normalize("NFC").toLowerCase());
}

/**
 * Plans a calendar import: each kept occurrence becomes a meeting note in the meetings folder, unless
 * a note with its `calendar_uid` exists; then only that note's date is brought up to date and the
 * attendees the calendar added are appended (the note's own entries are never removed or rewritten). Attendees are matched to people as the contacts import matches them; the others are listed
 * as people to create. An event with a note of its day and title that no import made (the user's own
 * meeting note, made with New meeting) is skipped rather than given a second note. Skipped events
 * carry their reason. Nothing is written here.
 */
export function planCalendarImport(read: CalendarRead, existingPeople: readonly ExistingPerson[], imported: readonly ImportedMeeting[], options: CalendarPlanOptions): CalendarPlan {
	const plan: CalendarPlan = { window: options.window, creates: [], updates: [], people: [], skipped: [], unchanged: 0, unreadable: [...read.unreadable], unparsed: [...(read.unparsed ?? [])], cutShortAfterLine: read.cutShortAfterLine ?? null, capped: [...(read.capped ?? [])] };
	const byKey = new Map<string, ImportedMeeting>();
	for (const m of imported) for (const key of stringValues(m.frontmatter.calendar_uid)) if (!byKey.has(key)) byKey.set(key, m);
	const written = notesNotImported(options.takenPaths, imported);
	const kept: CalendarOccurrence[] = [];
	for (const o of read.outside) plan.skipped.push({ key: o.key, title: o.title, day: o.day, reason: "outside-window" });
	for (const o of read.occurrences) {
		const reason = skipReason(o) ?? (!byKey.has(o.key) && takeWritten(written, meetingFileName(o.day, eventTitle(o))) ? "already-noted" : null);
		if (reason) plan.skipped.push({ key: o.key, title: o.title, day: o.day, reason });
		else kept.push(o);
	}
	plan.capped = plan.capped.map((c) => ({ ...c, kept: kept.filter((o) => o.key === c.uid || o.key.startsWith(`${c.uid}#`)).length }));
	const links = new AttendeeLinks(kept, existingPeople, options);
	plan.people = links.people;
	const taken = new Set([...options.takenPaths].map((p) => p.toLowerCase()));
	const folder = options.meetingsFolder === "" ? "" : `${options.meetingsFolder}/`;
	for (const o of kept) {
		const attendees = links.of(o);
		const existing = byKey.get(o.key);
		if (existing) {
			const set: [string, MeetingValue][] = [];
			const date = meetingDate(o);
			if (stringValues(existing.frontmatter.date)[0] !== date) set.push(["date", { plain: date }]);
			const after = attendeesAfterUpdate(existing.frontmatter[options.attendeeField], attendees);
			if (after) set.push([options.attendeeField, after]);
			if (set.length === 0) plan.unchanged++;
			else plan.updates.push({ path: existing.path, key: o.key, title: o.title, set, ...(after ? { invited: attendees } : {}) });
			continue;
		}
		if (byKey.has(`planned:${o.key}`)) continue;
		byKey.set(`planned:${o.key}`, { path: "", frontmatter: {} });
		const name = meetingFileName(o.day, eventTitle(o));
		let path = `${folder}${name}.md`;
		for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${folder}${name} ${n}.md`;
		taken.add(path.toLowerCase());
		plan.creates.push({ path, key: o.key, title: o.title, day: o.day, time: o.time, upcoming: o.day > options.window.today, attendees, text: newMeetingText(o, basename(path), attendees, options) });
	}
	return plan;
}

/** A meeting note's text after an update: only the planned frontmatter entries change. */
export function updatedMeetingText(text: string, update: MeetingUpdate): string {
	return setFrontmatterEntries(text, update.set);
}

/**
 * An update planned from the note as last saved (`saved`), for `text`: what an editor shows, with
 * typing not saved yet. What the typing changed is the user's: a date typed stays, and the calendar's
 * attendees missing from the list as typed are appended after it (none when it names them all). The
 * entries the typing left alone are updated as planned. Null when the typed list cannot be read.
 */
export function updateOverTyping(update: MeetingUpdate, saved: string, text: string): MeetingUpdate | null {
	const set: [string, MeetingValue][] = [];
	for (const [key, value] of update.set) {
		if (frontmatterEntryOf(saved, key) === frontmatterEntryOf(text, key)) set.push([key, value]);
		else if (Array.isArray(value)) {
			const typed = listEntryValues(text, key);
			if (typed === null) return null;
			const after = attendeesAfterUpdate(typed, update.invited ?? value);
			if (after) set.push([key, after]);
		}
	}
	return { ...update, set };
}
