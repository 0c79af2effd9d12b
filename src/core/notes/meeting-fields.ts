import { type CalendarDay, formatDay, isValidDate, parseClock, parseDay, parseDayFirst, parseTime, slashedDayAndTime } from "../dates/dates";
import { monthNumber } from "../dates/month-names";
import { type Problem, problem } from "../shared/problems";
import { compact } from "../shared/text";
import { appendAll } from "../shared/lists";
import { dayValue } from "../dates/day-links";
import { makeRef, type Ref, refsFromField } from "./frontmatter-values";
import { attendeeRecordRefs } from "./attendee-records";
import { foldKey, type NoteRecord } from "./note-record";
import type { ParsedNote } from "./parsed-note";
import { isUnfilledPlaceholder } from "./template";
import { joinedEntry, namesNobody } from "./attendee-lines";
import { isRoleAttendee } from "./role-words";
import type { RapportSettings } from "../config/settings";
import { isCalendarSeries } from "./full-calendar";
import { roamDayPage } from "./roam-pages";
import { parseWithFormat } from "../dates/moment-format";
import { withoutEmailsNamedBeside } from "./named-emails";
import { DAY_FIRST_KEYS } from "./date-labels";

/**
 * Properties that name a meeting's day: `date`, or `meeting_date` (also `meeting-date`, `Meeting Date`) as some templates write it,
 * German `Datum`, Hungarian `dátum` and Spanish `fecha`.
 */
export const DATE_KEYS = ["date", "meeting_date", "datum", "dátum", "fecha"];

/**
 * Properties that say when a note was created: a meeting's day when it has no `date`. Also as exporters write
 * them in camelCase: `createdTime` (Google Keep's, by the kept exporter), `createdAt`, `dateCreated`, `creationDate`.
 */
export const CREATED_KEYS = ["date_created", "created", "created_at", "creation_date", "created_time", "createdtime", "createdat", "datecreated", "creationdate"];

/** `2026-11-27`, `2022-10-10_0937`, `2026-11-27 14.30`: a day in a file name, with the time when one follows. */
const ISO_IN_NAME = /(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?:[ _T-]?(\d{2})[:.h]?(\d{2}))?(?!\d)/;
/**
 * `2026.11.27 Standup`: a day written year first with dots at the start of a meeting's name, as some people
 * name notes; as Hungarian writes it too, with a dot after the day and a space after each dot
 * (`2026.11.27. Heti egyeztetés`, `2026. 11. 27. Tervezés`). A version (`2026.11.23.1 notes`) is no day.
 */
const DOTTED_AT_START = /^(\d{4})\. ?(\d{1,2})\. ?(\d{1,2})(?:\.(?=[ \t_]|$)|(?![\d.]))/;
/** A zettel id: `202206071051` (minute), `20220607105130` (second) or `20220607` (day). */
const ZETTEL_IN_NAME = /(?:^|\D)(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(?!\d)/;

export interface DayAndTime {
	day: CalendarDay;
	time: string | null;
}

function dayOf(y: string | undefined, m: string | undefined, d: string | undefined): CalendarDay | null {
	const year = Number(y);
	const month = Number(m);
	const day = Number(d);
	return isValidDate(year, month, day) ? formatDay(year, month, day) : null;
}

function timeOf(h: string | undefined, m: string | undefined): string | null {
	if (h === undefined || m === undefined) return null;
	return Number(h) < 24 && Number(m) < 60 ? `${h}:${m}` : null;
}

/** The day (and time) written in a file name: ISO first, then a zettel id. */
export function dayInFileName(name: string): DayAndTime | null {
	const iso = ISO_IN_NAME.exec(name);
	const isoDay = iso ? dayOf(iso[1], iso[2], iso[3]) : null;
	if (iso && isoDay) return { day: isoDay, time: timeOf(iso[4], iso[5]) };
	const zettel = ZETTEL_IN_NAME.exec(name);
	const zettelDay = zettel ? dayOf(zettel[1], zettel[2], zettel[3]) : null;
	if (zettel && zettelDay) return { day: zettelDay, time: timeOf(zettel[4], zettel[5]) };
	return null;
}

const YEAR = /^(\d{4})$/;
const TWO_DIGITS = /^(\d{2})(?:\D.*)?$/;

/** The day of dated parent folders: `2026/11/27/…`, `Meetings/2026/11-November/27/…`, or a folder named by the full date. */
export function dayInFolders(path: string): CalendarDay | null {
	const folders = path.split("/").slice(0, -1);
	for (let i = folders.length - 1; i >= 0; i--) {
		const named = dayInFileName(folders[i] ?? "");
		if (named && /\d{4}-\d{2}-\d{2}/.test(folders[i] ?? "")) return named.day;
	}
	for (let i = folders.length - 3; i >= 0; i--) {
		const y = YEAR.exec(folders[i] ?? "");
		const m = TWO_DIGITS.exec(folders[i + 1] ?? "");
		const d = TWO_DIGITS.exec(folders[i + 2] ?? "");
		const day = y && m && d ? dayOf(y[1], m[1], d[1]) : null;
		if (day) return day;
	}
	return null;
}

/**
 * The day in Italian `data:` (date), when it holds one. Any other value is the note's own data, not a
 * broken date: it is neither reported nor in the way of the file name's day.
 */
function italianDay(record: NoteRecord): DayAndTime | null {
	const f = record.field(["data"]);
	const value = dayValue(f?.value);
	const day = f ? (parseDay(value) ?? parseDayFirst(value)) : null;
	return f && day ? { day, time: parseTime(value) ?? timeField(record) } : null;
}

/** A property's one text value (a list of one too), else undefined. */
function soleText(value: unknown): string | undefined {
	const one = Array.isArray(value) && value.length === 1 ? (value as unknown[])[0] : value;
	return typeof one === "string" ? one : undefined;
}

/**
 * Keys that give a meeting's day when they hold one, as calendar imports and templates write them beside or instead
 * of `date`: `start` (`start: 2026-11-20T10:00`, its time too), `start_date` and `startDate`, `when`, `day`. Any other
 * value (`start: 10:00`, `when: after lunch`, `day: Monday`) is the note's own and neither reported nor read.
 */
const START_KEYS = ["start", "start_date", "startdate", "when", "day", "meeting_day"];

function startDay(record: NoteRecord): DayAndTime | null {
	for (const key of START_KEYS) {
		const f = record.field([key]);
		const value = dayValue(f?.value);
		const day = f ? parseDay(value) : null;
		if (f && day) return { day, time: parseTime(value) ?? timeField(record) };
	}
	return null;
}

/**
 * The first ISO day in a file name, not inside a longer number, as a person names a meeting (`2026-11-27 Sync`, `Anna-2026-11-27`),
 * or a day written in the other ways people date notes (`30-11-2026 Caffè`, `Nov 30, 2026 Standup`); a zettel id is no such day.
 */
export function isoDayInFileName(name: string): DayAndTime | null {
	const iso = ISO_IN_NAME.exec(name);
	const day = iso ? dayOf(iso[1], iso[2], iso[3]) : null;
	if (iso && day) return { day, time: timeOf(iso[4], iso[5]) };
	const dotted = DOTTED_AT_START.exec(name);
	const dottedDay = dotted ? dayOf(dotted[1], dotted[2], dotted[3]) : null;
	if (dottedDay) return { day: dottedDay, time: null };
	const spelled = spelledDayInFileName(name);
	return spelled ? { day: spelled, time: null } : null;
}

/**
 * `Standup 2026_11_30`: year first with underscores, as Logseq names its journals, anywhere in the name
 * (with dots, only at the start: `Release 2026.11.23` is a version).
 */
const YEAR_FIRST_IN_NAME = /(?:^|[^\d.])(\d{4})_(\d{2})_(\d{2})(?![\d.]*\d)/;
/** `30-11-2026 Riunione`, `Riunione 30.11.2026`, `30_11_2026`: day (or month) first with a four-digit year. */
const DAY_FIRST_IN_NAME = /(?:^|[^\d.])(\d{1,2})([-._])(\d{1,2})\2(\d{4})(?![\d.]*\d)/;
/** `Nov 30, 2026 Standup`, `Standup November 30th 2026`. */
const MONTH_NAME_FIRST_IN_NAME = /(?:^|[^\p{L}\d])(\p{L}{3,9})\.?[ \t_]+(\d{1,2})(?:st|nd|rd|th)?,?[ \t_]+(\d{4})(?!\d)/gu;
/** `Standup 30 Nov 2026`, `Riunione 30 novembre 2026`. */
const DAY_BEFORE_MONTH_NAME_IN_NAME = /(?:^|[^\p{L}\d])(\d{1,2})(?:st|nd|rd|th|°|º)?[ \t_]+(\p{L}{3,9})\.?,?[ \t_]+(\d{4})(?!\d)/gu;

/**
 * A day written in a meeting's name in the other ways people date notes: year first with underscores;
 * day first with dots (`30.11.2026`, as German and Italian write it), or with dashes or underscores
 * when only one reading is a day (`30-11-2026` is 30 November, US `11-30-2026` too; `05-12-2026` could be
 * either and stays unread, so doctor asks for the date); the month's name in English or Italian.
 */
function spelledDayInFileName(name: string): CalendarDay | null {
	const yearFirst = YEAR_FIRST_IN_NAME.exec(name);
	const yearFirstDay = yearFirst ? dayOf(yearFirst[1], yearFirst[2], yearFirst[3]) : null;
	if (yearFirstDay) return yearFirstDay;
	const numeric = DAY_FIRST_IN_NAME.exec(name);
	if (numeric) {
		const dayFirst = dayOf(numeric[4], numeric[3], numeric[1]);
		if (numeric[2] === ".") return dayFirst;
		const monthFirst = dayOf(numeric[4], numeric[1], numeric[3]);
		if (dayFirst === null || monthFirst === null || dayFirst === monthFirst) return dayFirst ?? monthFirst;
		return null;
	}
	for (const m of name.matchAll(MONTH_NAME_FIRST_IN_NAME)) {
		const month = monthNumber(m[1] ?? "");
		const day = month === undefined ? null : dayOf(m[3], String(month), m[2]);
		if (day) return day;
	}
	for (const m of name.matchAll(DAY_BEFORE_MONTH_NAME_IN_NAME)) {
		const month = monthNumber(m[2] ?? "");
		const day = month === undefined ? null : dayOf(m[3], String(month), m[1]);
		if (day) return day;
	}
	return null;
}

/**
 * A meeting's `time` (Italian `ora`; Full Calendar's `startTime`) as written, or as `HH:mm` when written on a
 * 12-hour clock (`2:30 PM` is 14:30).
 */
function timeField(record: NoteRecord): string | null {
	const text = record.text(["time", "ora", "starttime", "start_time"]);
	return text === null ? null : (parseClock(text) ?? text);
}

/**
 * A meeting's day, in order: `date` (Italian `data`, then `start`, `when` or `day`, when they hold a day); an ISO day in the file name
 * (`2026-11-27 Sync`, `2022-10-10_0937 Standup`); `date_created`, `created`, `created_at`; a zettel id
 * in the file name (`202206071051`); dated parent folders (`2026/11/27`). The name's day comes before
 * `created` because the name is what the user chose for the meeting, while `created` says when the note
 * was written: a note prepared days ahead, or a template whose `created` was never refreshed, would
 * otherwise date every meeting on the wrong day. A `created` on the name's day still gives its time.
 * A field that holds no day is reported and passed over, so a meeting whose `date` is unreadable
 * still has the day its file name shows.
 */
export function meetingDay(note: ParsedNote, record: NoteRecord, dailyFormat = ""): DayAndTime | null {
	const dated = record.field(DATE_KEYS);
	const slashed = slashedDayAndTime(dayValue(soleText(dated?.value)));
	if (slashed) return { day: slashed.day, time: slashed.time ?? timeField(record) };
	const dayFirst = dated && DAY_FIRST_KEYS.has(foldKey(dated.key)) ? parseDayFirst(dayValue(soleText(dated.value))) : null;
	if (dayFirst) return { day: dayFirst, time: parseTime(dayValue(soleText(dated?.value))) ?? timeField(record) };
	const read = record.day(DATE_KEYS);
	// A date that cannot be read is reported (`bad-date`), and the meeting keeps the next day it shows.
	if (read?.day) return { day: read.day, time: parseTime(dayValue(read.field.value)) ?? timeField(record) };
	const italian = italianDay(record) ?? startDay(record);
	if (italian) return italian;
	const named = isoDayInFileName(note.title);
	const created = record.day(CREATED_KEYS);
	const createdDay = created?.day ? { day: created.day, time: parseTime(dayValue(created.field.value)) ?? timeField(record) } : null;
	if (named) return named.time === null && createdDay?.day === named.day ? createdDay : named;
	if (createdDay) return createdDay;
	const zettel = dayInFileName(note.title);
	if (zettel) return zettel;
	const own = dayInOwnFormat(note.title, dailyFormat);
	if (own) return { day: own, time: null };
	const foldered = dayInFolders(note.path) ?? roamDayPage(note.path);
	return foldered ? { day: foldered, time: null } : null;
}

/**
 * Whether a note's properties say a meeting's day as `meetingDay` reads them: `date` (or `meeting_date`, `Datum`, `fecha`)
 * holding a day, with slashes too when only one reading is a day (`25/11/2026`, `11/25/2026`; under `Datum` or `fecha`
 * day first), or Italian `data` holding one (`data: 25/11/2026`). Nothing is reported: the meeting's reading does.
 */
export function holdsMeetingDay(record: NoteRecord): boolean {
	const dated = record.field(DATE_KEYS);
	const value = dayValue(soleValue(dated?.value));
	if (dated !== null && (parseDay(value) ?? slashedDayAndTime(value) ?? (DAY_FIRST_KEYS.has(foldKey(dated.key)) ? parseDayFirst(value) : null)) !== null) return true;
	const data = record.field(["data"]);
	const italian = dayValue(soleValue(data?.value));
	return data !== null && (parseDay(italian) ?? parseDayFirst(italian)) !== null;
}

/** A property's value, out of the lists of one that hold it (`["2026-11-25"]`, `[["2026-11-25"]]`). */
function soleValue(value: unknown): unknown {
	let one = value;
	while (Array.isArray(one) && one.length === 1) one = one[0] as unknown;
	return one;
}

/**
 * The day at the start of a meeting's name written as the vault names its daily notes (`261130 Standup` where they
 * are `YYMMDD`), the format's last folder part only; null for a format Rapport reads anyway (ISO days) or none.
 * Six digits are no day otherwise: `261130` could as well be 26 November 2030 written day first, or an id.
 */
function dayInOwnFormat(title: string, dailyFormat: string): CalendarDay | null {
	const format = dailyFormat.slice(dailyFormat.lastIndexOf("/") + 1).trim();
	if (format === "" || format === "YYYY-MM-DD") return null;
	const words = format.split(/\s+/).length;
	return parseWithFormat(title.trim().split(/\s+/).slice(0, words).join(" "), format);
}

/**
 * Keys that name who ran or hosted a meeting, or who it was with, as often a place, a platform or a firm
 * (`host: Zoom`, `organizer: Acme`, `who: team`): a link there is an attendee, a typed name only when a person has it.
 */
const ROLE_KEYS = new Set(["organizer", "organiser", "host", "organizzatore", "who"]);

/** The references of a role key (see `ROLE_KEYS`): its links, and the names typed there that are no word for nobody (`Zoom`, `TBD`), each counting only when a person has it. */
function roleRefs(refs: readonly Ref[]): Ref[] {
	return refs.flatMap((r) => (r.link ? [r] : namesNobody(r.target) ? [] : [{ ...r, ifKnown: true as const }]));
}

/** An attendee a meeting's body lists (see `BodyScan.listedAttendees`). */
type ListedAttendee = { target: string; line: number; link: boolean; ifKnown?: true };

/** The keys `attendeeKeys` made for each list of attendee fields (the settings' list is one array for a vault). */
const keysOfFields = new WeakMap<readonly string[], string[]>();

/**
 * The keys that list a meeting's people: each attendee field, its singular (`attendee::`, `participant:`, as a note
 * writes one person a line) and after `meeting` (`meeting_with`, `meeting-attendees`, as `meeting_date` is the date).
 */
export function attendeeKeys(fields: readonly string[]): string[] {
	let keys = keysOfFields.get(fields);
	if (keys === undefined) {
		const all = new Set<string>();
		for (const field of fields) {
			const key = field.trim().toLowerCase();
			const singular = /[^s]s$/.test(key) && key.length > 3 ? key.slice(0, -1) : null;
			for (const k of singular === null ? [key] : [key, singular]) {
				all.add(k);
				all.add(`meeting_${k}`);
			}
		}
		keys = [...all];
		keysOfFields.set(fields, keys);
	}
	return keys;
}

/** The people at a meeting: attendee properties (frontmatter or inline), then links listed under an attendees heading; `title`, the meeting's (see `refsFromValue`). */
export function meetingAttendees(record: NoteRecord, settings: RapportSettings, listed: readonly ListedAttendee[], title = ""): Ref[] {
	const attendees: Ref[] = [];
	for (const key of attendeeKeys(settings.attendeeFields)) {
		const f = record.field([key]);
		if (f === null) continue;
		const role = ROLE_KEYS.has(key.replace(/^meeting_/, ""));
		appendAll(attendees, role ? roleRefs(refsFromField(record, f)) : refsFromField(record, f, title));
		// Records, one a person (`- name: Dana Evans` / `email: …`), as notetakers' exports and calendar syncs write them.
		const records = attendeeRecordRefs(f.value, (text) => record.valueLine(f, text));
		if (records.length > 0) appendAll(attendees, role ? roleRefs(records) : records);
	}
	for (const l of listed) {
		// An entry of joined names (`- Romeo e Giulietta`, `- Anna e Marco Rossi`) is read whole or as its names once the people are known.
		const entry = l.link ? null : joinedEntry(l.target);
		if (l.ifKnown === true) attendees.push({ ...makeRef(l.target, l.link, l.line), ifKnown: true });
		else attendees.push(entry === null ? makeRef(l.target, l.link, l.line) : { ...makeRef(l.target, false, l.line), joined: { names: entry.names, whole: entry.whole } });
	}
	// A template's placeholder left unfilled (`{{attendee}}`, `<% tp.system.prompt() %>`) names nobody; its example
	// attendees (`[[person1]]`) stay, for a person may have that name, and are never asked for a note (`isExampleAttendee`).
	const filled = attendees.some((a) => isUnfilledPlaceholder(a.target)) ? attendees.filter((a) => !isUnfilledPlaceholder(a.target)) : attendees;
	const named = filled.some(joinsARoleWord) ? filled.map((a) => (joinsARoleWord(a) && a.joined !== undefined ? { ...a, joined: { names: a.joined.names, whole: false } } : a)) : filled;
	const once = withoutEmailsNamedBeside(named);
	return compact(once.some(isRoleRef) ? once.map((a) => (isRoleRef(a) ? { ...a, ifKnown: true as const } : a)) : once);
}

/**
 * Whether an attendee joins a word for a role or oneself to names (`- Noi e Marco`, `- Me and Marco`, `attendees: Noi e
 * Marco`): it is then its names, each its own attendee, the role word counting only when a person is named so (see
 * `standingRefs`), never a couple; one whole attendee only when a person's note is named as the whole entry (`Me & My
 * Monkey`), as any joined entry is.
 */
function joinsARoleWord(a: Ref): boolean {
	return a.joined !== undefined && a.joined.names.some(isRoleAttendee);
}

/**
 * Whether an attendee is a word for a role, a group or oneself typed without a link (`- Host`, `attendees: [Noi]`,
 * `Noi (remoto)`): it counts only when a person's note is named so or lists it as an alias, and none is asked for otherwise.
 */
function isRoleRef(a: Ref): boolean {
	return !a.link && a.ifKnown !== true && isRoleAttendee(a.target);
}

/**
 * Reads a meeting's day, time and attendees into `note`; a meeting with no day at all is a problem. `titleDay`: the day
 * its title heading starts with (`# 24.11.2026 Topic`), asked only when nothing else dates it.
 */
export function readMeeting(note: ParsedNote, record: NoteRecord, settings: RapportSettings, listed: readonly ListedAttendee[], problems: Problem[], dailyFormat = "", titleDay: () => CalendarDay | null = () => null): void {
	const when = meetingDay(note, record, dailyFormat) ?? dayOnly(titleDay());
	note.date = when?.day ?? null;
	note.time = when?.time ?? null;
	// A Full Calendar series (`type: recurring`, `daysOfWeek`) has no one day to add.
	if (when === null && !record.field([...DATE_KEYS, ...CREATED_KEYS]) && !isCalendarSeries(record)) {
		problems.push(problem(note.path, 0, "meeting-without-date"));
	}
	note.attendees = meetingAttendees(record, settings, listed, note.title);
}

/** A day with no time, or null. */
function dayOnly(day: CalendarDay | null): { day: CalendarDay; time: null } | null {
	return day === null ? null : { day, time: null };
}
