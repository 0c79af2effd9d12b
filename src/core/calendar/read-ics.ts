import ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";
import type { CalendarDay } from "../dates/dates";
import { appendAll } from "../shared/lists";
import { oneLine } from "../shared/text";
import { type CalendarAttendee, people } from "./ics-attendees";
import { eventKey } from "./event-key";
import { calendarSources, NotICalendar, type UnparsedEvent } from "./ics-sources";
import { loneEvents, startsCalendar, withLinesOfFile } from "./lone-events";
import { boundedIntervals, ExcludedTimes, numbersIgnored, repeatsByOtherCalendar, startAmongDates, tooComplex, untilToEndOfDay, withoutUnreadableEnd, yearlyDayCheck } from "./ics-rules";
import { withQuotedPrintableDecoded } from "./vcalendar-qp";
import { changesLikeAZone } from "./zone-rules";
import { withVCalendarRules } from "./vcalendar-rules";
import { withNameFoldsSpaced } from "./name-folds";
import { completeEventsOf, withBareDatesTyped, withFirstChangesListed, withoutTrailingBlanks, withRulesUnspaced } from "./ics-repair";
import { type CappedSeries, ExclusionDates, MAX_MEETINGS_PER_SERIES } from "./series-limits";
import { alignRecurrenceId, calendarZoneOf, localClock, pad, recurrenceKey, seconds, startZone, type ZoneClock, ZonedInstants, ZoneOffsets } from "./ics-clock";

export type { CalendarAttendee, CappedSeries, UnparsedEvent };

/** One occurrence of an event, as it happens in the user's time zone. */
export interface CalendarOccurrence {
	/** UID of the event, with the occurrence (`UID#20261105T133000Z`) for a recurring one: what `calendar_uid` holds. */
	key: string;
	title: string;
	day: CalendarDay;
	/** `HH:mm` in the user's zone; null for an all-day event. */
	time: string | null;
	/** Seconds since the epoch of the start, to sort by. */
	start: number;
	/** Everyone invited but the user, without rooms and resources. */
	attendees: CalendarAttendee[];
	/** The user's email is among the attendees with `PARTSTAT=DECLINED`. */
	declined: boolean;
	cancelled: boolean;
	allDay: boolean;
}

/** A calendar file read: its occurrences within the bounds asked for, and the series that had none there. */
export interface CalendarRead {
	occurrences: CalendarOccurrence[];
	/** Events (first occurrence) that fall wholly before or after the bounds. */
	outside: CalendarOccurrence[];
	/** VEVENTs that could not be read (no DTSTART, broken rule): their UID or summary. */
	unreadable: string[];
	/** VEVENTs whose text could not be parsed at all (a broken line, a rule with an unknown frequency): where each starts, and its title as written. */
	unparsed?: UnparsedEvent[];
	/** Recurring events with more occurrences in the bounds than one import creates: how many were left out (see `MAX_MEETINGS_PER_SERIES`). */
	capped?: CappedSeries[];
	/**
	 * The file stops before its calendar ends (a download or copy cut short): the events up to this
	 * line, the last complete one's `END:VEVENT`, were read; whatever followed is missing.
	 */
	cutShortAfterLine?: number;
}

export interface ReadOptions {
	/** First and last day to expand recurring events over, in the user's zone. */
	from: CalendarDay;
	to: CalendarDay;
	/** The user's IANA zone; the system's when missing. */
	zone?: string;
	/** The user's email addresses, any case. */
	myEmails: readonly string[];
}

/**
 * Whether a text is an iCalendar file (what the import detects by content, not by extension): a
 * calendar, or events alone (see `loneEvents`).
 */
export function isICalendar(text: string): boolean {
	return startsCalendar(text) || loneEvents(text) !== null;
}

/** At most this many occurrences are walked per series, so a rule without end cannot run forever. */
const MAX_STEPS = 20000;

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Event = InstanceType<typeof ICAL.Event>;

/**
 * Reads an iCalendar file (Google, Outlook or Apple export; one calendar or several): time zones
 * from its VTIMEZONEs, recurring events expanded between `from` and `to` with their exceptions,
 * each occurrence placed on the user's day; events alone, with no calendar around them, as a calendar
 * of those events. Null when the text is not iCalendar at all.
 */
export function readCalendar(text: string, options: ReadOptions): CalendarRead | null {
	const lone = loneEvents(text);
	if (lone !== null) return withLinesOfFile(readCalendar(lone, options));
	if (!startsCalendar(text)) return null;
	// `BEGIN:VEVENT ` with a space after it is still an event (hand-made and generated files have them).
	const body = withNameFoldsSpaced(withBareDatesTyped(withRulesUnspaced(withVCalendarRules(withQuotedPrintableDecoded(text.replace(/^\uFEFF/, "").replace(/^(?:BEGIN|END):[^\r\n]*/gim, withoutTrailingBlanks))))));
	try {
		return readSources(body, options);
	} catch (error) {
		if (!(error instanceof NotICalendar)) throw error;
	}
	const complete = completeEventsOf(body);
	if (!complete) return null;
	try {
		const read = readSources(complete.text, options);
		if (read) read.cutShortAfterLine = complete.line;
		return read;
	} catch (error) {
		if (error instanceof NotICalendar) return null;
		throw error;
	}
}

function readSources(text: string, options: ReadOptions): CalendarRead | null {
	const unparsed: UnparsedEvent[] = [];
	const calendars = calendarSources(text, unparsed);
	if (calendars.length === 0) return null;
	const out: CalendarRead = { occurrences: [], outside: [], unreadable: [], unparsed, capped: [] };
	const zone = options.zone ?? DateTime.local().zoneName;
	const zoneInfo = IANAZone.create(zone);
	const mine = new Set(options.myEmails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ""));
	const bounds = { from: DateTime.fromISO(options.from, { zone }).toSeconds(), to: DateTime.fromISO(options.to, { zone }).plus({ days: 1 }).toSeconds() };
	const offsets = new ZoneOffsets(zoneInfo.isValid ? zoneInfo : IANAZone.create("UTC"));
	const instants = new ZonedInstants();
	for (const { calendar, events } of calendars) {
		const registered = registerZones(calendar);
		try {
			const calendarZone = calendarZoneOf(calendar.getFirstPropertyValue("x-wr-timezone"));
			readEvents(events(), { zone, calendarZone, offsets, instants, mine: calendarOwner(calendar, mine), bounds, cancelsAll: isCancellation(calendar) }, out);
		} finally {
			for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
		}
	}
	out.occurrences.sort((a, b) => a.start - b.start || (a.key < b.key ? -1 : 1));
	return out;
}

/** Registers the file's VTIMEZONEs with ical.js (ones not already known), and says which, to remove them afterwards. */
function registerZones(calendar: Component): string[] {
	const added: string[] = [];
	for (const vtz of calendar.getAllSubcomponents("vtimezone")) {
		// A zone that changes as none does is dropped from the file, which ical.js would read it from too (see `changesLikeAZone`).
		if (!changesLikeAZone(vtz)) {
			calendar.removeSubcomponent(vtz);
			continue;
		}
		withFirstChangesListed(vtz);
		const tzid = vtz.getFirstPropertyValue("tzid");
		if (typeof tzid !== "string" || tzid === "" || ICAL.TimezoneService.has(tzid)) continue;
		try {
			ICAL.TimezoneService.register(new ICAL.Timezone(vtz), tzid);
			added.push(tzid);
		} catch {
			// A broken VTIMEZONE: its times are read with the zone name alone, below.
		}
	}
	return added;
}

interface Context extends ZoneClock {
	mine: Set<string>;
	bounds: { from: number; to: number };
	/** The file cancels its events (`METHOD:CANCEL`, what Outlook sends when a meeting is called off). */
	cancelsAll: boolean;
}

/** Whether a calendar is a cancellation notice: every event in it is called off, with or without `STATUS:CANCELLED`. */
function isCancellation(calendar: Component): boolean {
	return String(calendar.getFirstPropertyValue("method") ?? "").trim().toUpperCase() === "CANCEL";
}

/**
 * The user's addresses for one calendar. With none set, a calendar named after an address (Google
 * names each account's main calendar so, in `X-WR-CALNAME`) is the user's own: its owner is not
 * taken for a guest of every meeting.
 */
function calendarOwner(calendar: Component, mine: Set<string>): Set<string> {
	if (mine.size > 0) return mine;
	const name = String(calendar.getFirstPropertyValue("x-wr-calname") ?? "").trim().toLowerCase();
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(name) ? new Set([name]) : mine;
}

/**
 * Whether an Outlook or Exchange event is all-day though written with times: from midnight, with
 * `X-MICROSOFT-CDO-ALLDAYEVENT:TRUE` (older Outlook, Exchange invites) or its MSN twin.
 */
function microsoftAllDay(start: Time, ...events: (Event | undefined)[]): boolean {
	if (start.isDate || start.hour !== 0 || start.minute !== 0 || start.second !== 0) return false;
	return events.some((e) => ["x-microsoft-cdo-alldayevent", "x-microsoft-msncalendar-alldayevent"].some((name) => String(e?.component.getFirstPropertyValue(name) ?? "").trim().toUpperCase() === "TRUE"));
}

/**
 * Reads the VEVENTs of one calendar as they come. A single event is read at once, so its parse tree
 * need not be kept; a recurring one waits for the end of the calendar, where its exceptions
 * (`RECURRENCE-ID`) may be. A later event with the same UID replaces an earlier one, as before.
 */
function readEvents(vevents: Iterable<Component>, ctx: Context, out: CalendarRead): void {
	const masters = new Map<string, Event | CalendarRead>();
	const exceptions: Component[] = [];
	for (const vevent of vevents) {
		if (vevent.hasProperty("recurrence-id")) exceptions.push(withoutUnreadableEnd(vevent));
		else {
			const key = eventKey(vevent);
			const event = new ICAL.Event(vevent, { exceptions: [] });
			// A series' walk works out each occurrence's end; a single event is placed by its start alone.
			if (event.isRecurring()) withoutUnreadableEnd(vevent);
			masters.set(key, event.isRecurring() ? event : readSingle(key, event, ctx));
		}
	}
	const orphans: Component[] = [];
	for (const ex of exceptions) {
		const master = masters.get(eventKey(ex));
		if (master instanceof ICAL.Event && master.isRecurring()) {
			try {
				alignRecurrenceId(ex, master, ctx);
				master.relateException(ex);
				continue;
			} catch {
				// Not related after all: read alone below.
			}
		}
		orphans.push(ex);
	}
	for (const [uid, entry] of masters) {
		if (!(entry instanceof ICAL.Event)) {
			appendAll(out.occurrences, entry.occurrences);
			appendAll(out.outside, entry.outside);
			appendAll(out.unreadable, entry.unreadable);
			continue;
		}
		try {
			readSeries(uid, entry, ctx, out);
		} catch {
			out.unreadable.push(oneLine(entry.summary || uid));
		}
	}
	for (const ex of orphans) {
		const event = new ICAL.Event(ex);
		try {
			const o = occurrence(event, event.startDate, event.startDate, ctx, eventKey(ex));
			if (o) place(o, ctx, out);
		} catch {
			out.unreadable.push(oneLine(event.summary || event.uid));
		}
	}
}

/** What an event that does not recur gives, on its own. */
function readSingle(uid: string, event: Event, ctx: Context): CalendarRead {
	const part: CalendarRead = { occurrences: [], outside: [], unreadable: [] };
	try {
		readSeries(uid, event, ctx, part);
	} catch {
		part.unreadable.push(oneLine(event.summary || uid));
	}
	return part;
}

function readSeries(uid: string, event: Event, ctx: Context, out: CalendarRead): void {
	if (!event.startDate || (event.isRecurring() && (tooComplex(event) || repeatsByOtherCalendar(event) || numbersIgnored(event)))) {
		out.unreadable.push(oneLine(event.summary || uid));
		return;
	}
	if (!event.isRecurring()) {
		const o = occurrence(event, event.startDate, null, ctx, uid);
		if (o) place(o, ctx, out);
		return;
	}
	const margin = 2 * 86400;
	const tzid = startZone(event);
	boundedIntervals(event);
	untilToEndOfDay(event);
	startAmongDates(event);
	const dates = ExclusionDates.takenFrom(event, (time, zone) => seconds(time, ctx, zone));
	const it = event.iterator();
	const excluded = ExcludedTimes.of(event);
	const named = yearlyDayCheck(event);
	const changed = Object.keys(event.exceptions).length > 0;
	let first: CalendarOccurrence | null = null;
	let inside = 0;
	let leftOut = 0;
	/** Where the walk stopped, past the bounds; null when the series ended before. */
	let stoppedAt: number | null = null;
	let steps = 0;
	for (; steps < MAX_STEPS; steps++) {
		const next = startOfStep(it.next());
		if (!next) break;
		const at = seconds(next, ctx, tzid);
		if (at > ctx.bounds.to + margin && inside > 0) {
			stoppedAt = at;
			break;
		}
		if (named && !named(next)) {
			// A day the rule does not name, past the bounds: the walk is over (a rule naming no real day would step on for 20,000 years).
			if (at <= ctx.bounds.to + margin) continue;
			stoppedAt = at;
			break;
		}
		if (excluded?.excludes(next) || dates?.excludes(next, at)) continue;
		if (inside >= MAX_MEETINGS_PER_SERIES) {
			// The series has given all one import creates: the rest in the bounds is counted, not read; a meeting the
			// organiser moved or renamed alone (an exception) was changed on purpose, and is kept, over the cap.
			if ((!changed || keptOverCap(event, next, uid, ctx, out) === "not-an-exception") && at >= ctx.bounds.from && at < ctx.bounds.to) leftOut++;
			continue;
		}
		const details = event.getOccurrenceDetails(next);
		const item = details.item;
		const o = occurrence(item, details.startDate, details.recurrenceId, ctx, uid, event);
		if (!o) continue;
		first ??= o;
		if (o.start >= ctx.bounds.from && o.start < ctx.bounds.to) {
			out.occurrences.push(o);
			inside++;
		} else if (at > ctx.bounds.to + margin) {
			stoppedAt = at;
			break;
		}
	}
	if (stoppedAt !== null) inside += movedIntoBounds(uid, event, stoppedAt, ctx, out);
	if (leftOut > 0) (out.capped ??= []).push({ uid, title: oneLine(event.summary || uid), kept: inside, leftOut, atLeast: steps >= MAX_STEPS });
	// The walk's steps ran out before the days imported (every hour since 2023): its meetings there were never reached,
	// so it is listed as not read, not skipped as "outside the days imported" by its first meeting.
	if (inside === 0 && steps >= MAX_STEPS && leftOut === 0 && !endsBefore(event, ctx.bounds.from, ctx)) out.unreadable.push(oneLine(event.summary || uid));
	else if (inside === 0 && first) out.outside.push(first);
}

/** Whether every rule of a series ends (`UNTIL`) before `from`: a series walked out of steps before it is over then. */
function endsBefore(event: Event, from: number, ctx: Context): boolean {
	const rules = event.component.getAllProperties("rrule").map((p) => p.getFirstValue() as unknown);
	return rules.length > 0 && rules.every((r) => r instanceof ICAL.Recur && r.until !== null && seconds(r.until, ctx, startZone(event)) < from);
}

/**
 * Where a step of a series' walk starts: ical.js gives an extra date written as a period
 * (`RDATE;VALUE=PERIOD:20261107T100000/20261107T113000`, as khal writes it) as that period, which
 * has no time of its own, and the whole series was unreadable from that date on.
 */
function startOfStep(step: unknown): Time | null {
	if (step instanceof ICAL.Period) return step.start;
	return step instanceof ICAL.Time ? step : null;
}

/**
 * A step of a series past its cap: when the organiser changed that one meeting (an exception: moved, renamed),
 * the meeting is read and kept when it falls in the bounds; says whether the step was an exception at all.
 */
function keptOverCap(series: Event, step: Time, uid: string, ctx: Context, out: CalendarRead): "kept" | "moved-out" | "not-an-exception" {
	const details = series.getOccurrenceDetails(step);
	if (details.item === series) return "not-an-exception";
	const o = occurrence(details.item, details.startDate, details.recurrenceId, ctx, uid, series);
	if (!o || o.start < ctx.bounds.from || o.start >= ctx.bounds.to) return "moved-out";
	out.occurrences.push(o);
	return "kept";
}

/**
 * The occurrences the walk of a series did not reach, moved into the bounds by an exception (a
 * meeting of next month brought forward to this one): added to the occurrences; says how many.
 */
function movedIntoBounds(uid: string, series: Event, stoppedAt: number, ctx: Context, out: CalendarRead): number {
	const tzid = startZone(series);
	let added = 0;
	for (const exception of Object.values(series.exceptions)) {
		const recurrenceId = exception.recurrenceId;
		if (!recurrenceId || seconds(recurrenceId, ctx, tzid) < stoppedAt) continue;
		const o = occurrence(exception, exception.startDate, recurrenceId, ctx, uid, series);
		if (o && o.start >= ctx.bounds.from && o.start < ctx.bounds.to) {
			out.occurrences.push(o);
			added++;
		}
	}
	return added;
}

function place(o: CalendarOccurrence, ctx: Context, out: CalendarRead): void {
	if (o.start >= ctx.bounds.from && o.start < ctx.bounds.to) out.occurrences.push(o);
	else out.outside.push(o);
}

/** An occurrence of the event `uid` (see `eventKey`) as the user sees it. */
function occurrence(item: Event, start: Time, recurrenceId: Time | null, ctx: Context, uid: string, series?: Event): CalendarOccurrence | null {
	if (!start) return null;
	const { others, declined } = people(item.component, ctx.mine);
	const status = String(item.component.getFirstPropertyValue("status") ?? "").toUpperCase();
	const tzid = startZone(item) ?? (series ? startZone(series) : null);
	const allDay = start.isDate || microsoftAllDay(start, item, series);
	// An all-day event starts at midnight of its day in the user's zone, whatever zone its times name.
	const at = allDay ? DateTime.fromObject({ year: start.year, month: start.month, day: start.day }, { zone: ctx.zone }).toSeconds() : seconds(start, ctx, tzid);
	const local = localClock(at, ctx);
	const day = allDay ? `${pad(start.year, 4)}-${pad(start.month)}-${pad(start.day)}` : local.day;
	return {
		key: recurrenceId ? `${uid}#${recurrenceKey(recurrenceId, ctx, series ? startZone(series) : tzid)}` : uid,
		title: oneLine(item.summary || series?.summary || ""),
		day,
		time: allDay ? null : local.time,
		start: at,
		attendees: others,
		declined,
		cancelled: status === "CANCELLED" || ctx.cancelsAll,
		allDay,
	};
}
