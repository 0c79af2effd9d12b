import ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";
import type { CalendarDay } from "../dates/dates";

/** Someone invited to an event: their email (lower case) and the name the calendar gives them (`CN`), "" when none. */
export interface CalendarAttendee {
	email: string;
	name: string;
}

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

/** Whether a text is an iCalendar file (what the import detects by content, not by extension). */
export function isICalendar(text: string): boolean {
	return /^\uFEFF?\s*BEGIN:VCALENDAR\s*$/im.test(text.slice(0, 2000));
}

/** At most this many occurrences are walked per series, so a rule without end cannot run forever. */
const MAX_STEPS = 20000;

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Event = InstanceType<typeof ICAL.Event>;

function roots(text: string): Component[] {
	const parsed: unknown = ICAL.parse(text);
	const list = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed];
	return list.map((jcal) => new ICAL.Component(jcal as unknown[])).filter((c) => c.name === "vcalendar");
}

/**
 * Reads an iCalendar file (Google, Outlook or Apple export; one calendar or several): time zones
 * from its VTIMEZONEs, recurring events expanded between `from` and `to` with their exceptions,
 * each occurrence placed on the user's day. Null when the text is not iCalendar at all.
 */
export function readCalendar(text: string, options: ReadOptions): CalendarRead | null {
	if (!isICalendar(text)) return null;
	let calendars: Component[];
	try {
		calendars = roots(text.replace(/^\uFEFF/, ""));
	} catch {
		return null;
	}
	if (calendars.length === 0) return null;
	const out: CalendarRead = { occurrences: [], outside: [], unreadable: [] };
	const zone = options.zone ?? DateTime.local().zoneName;
	const zoneInfo = IANAZone.create(zone);
	const mine = new Set(options.myEmails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ""));
	const bounds = { from: DateTime.fromISO(options.from, { zone }).toSeconds(), to: DateTime.fromISO(options.to, { zone }).plus({ days: 1 }).toSeconds() };
	for (const calendar of calendars) {
		const registered = registerZones(calendar);
		try {
			readEvents(calendar, { zone, zoneInfo: zoneInfo.isValid ? zoneInfo : IANAZone.create("UTC"), mine, bounds }, out);
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

interface Context {
	zone: string;
	/** The user's zone as luxon knows it, made once: asking it for an offset is cheap. */
	zoneInfo: IANAZone;
	mine: Set<string>;
	bounds: { from: number; to: number };
}

function readEvents(calendar: Component, ctx: Context, out: CalendarRead): void {
	const masters = new Map<string, Event>();
	const exceptions: Component[] = [];
	for (const vevent of calendar.getAllSubcomponents("vevent")) {
		if (vevent.hasProperty("recurrence-id")) exceptions.push(vevent);
		else {
			const uid = String(vevent.getFirstPropertyValue("uid") ?? "");
			masters.set(uid === "" ? `#${masters.size}` : uid, new ICAL.Event(vevent, { exceptions: [] }));
		}
	}
	const orphans: Component[] = [];
	for (const ex of exceptions) {
		const master = masters.get(String(ex.getFirstPropertyValue("uid") ?? ""));
		if (master?.isRecurring()) {
			try {
				master.relateException(ex);
				continue;
			} catch {
				// Not related after all: read alone below.
			}
		}
		orphans.push(ex);
	}
	for (const [uid, event] of masters) {
		try {
			readSeries(uid, event, ctx, out);
		} catch {
			out.unreadable.push(event.summary || uid);
		}
	}
	for (const ex of orphans) {
		const event = new ICAL.Event(ex);
		try {
			const o = occurrence(event, event.startDate, event.startDate, ctx);
			if (o) place(o, ctx, out);
		} catch {
			out.unreadable.push(event.summary || event.uid);
		}
	}
}

function readSeries(uid: string, event: Event, ctx: Context, out: CalendarRead): void {
	if (!event.startDate) {
		out.unreadable.push(event.summary || uid);
		return;
	}
	if (!event.isRecurring()) {
		const o = occurrence(event, event.startDate, null, ctx);
		if (o) place(o, ctx, out);
		return;
	}
	const margin = 2 * 86400;
	const tzid = startZone(event);
	const it = event.iterator();
	let first: CalendarOccurrence | null = null;
	let inside = 0;
	for (let steps = 0; steps < MAX_STEPS; steps++) {
		const next = it.next();
		if (!next) break;
		if (seconds(next, ctx.zone, tzid) > ctx.bounds.to + margin && inside > 0) break;
		const details = event.getOccurrenceDetails(next);
		const item = details.item;
		const o = occurrence(item, details.startDate, details.recurrenceId, ctx, event);
		if (!o) continue;
		first ??= o;
		if (o.start >= ctx.bounds.from && o.start < ctx.bounds.to) {
			out.occurrences.push(o);
			inside++;
		} else if (seconds(next, ctx.zone, tzid) > ctx.bounds.to + margin) break;
	}
	if (inside === 0 && first) out.outside.push(first);
}

function place(o: CalendarOccurrence, ctx: Context, out: CalendarRead): void {
	if (o.start >= ctx.bounds.from && o.start < ctx.bounds.to) out.occurrences.push(o);
	else out.outside.push(o);
}

/**
 * Seconds since the epoch of an iCalendar time: by its VTIMEZONE (ical.js finds it in the file or
 * in its TimezoneService), else by `tzid` as an IANA zone (a file without VTIMEZONE), else a floating
 * time in the user's zone. All-day dates start at midnight in the user's zone.
 */
function seconds(time: Time, zone: string, tzid: string | null): number {
	if (!time.isDate && time.zone && time.zone.tzid !== "floating") return time.toUnixTime();
	const local = { year: time.year, month: time.month, day: time.day, hour: time.isDate ? 0 : time.hour, minute: time.isDate ? 0 : time.minute, second: time.isDate ? 0 : time.second };
	const named = tzid && !time.isDate ? DateTime.fromObject(local, { zone: tzid }) : null;
	return (named?.isValid ? named : DateTime.fromObject(local, { zone })).toSeconds();
}

/** The TZID a VEVENT's start is written in, null for UTC or floating times. */
function startZone(event: Event): string | null {
	const tzid = event.component.getFirstProperty("dtstart")?.getParameter("tzid");
	return typeof tzid === "string" && tzid !== "" ? tzid : null;
}

/** The user's day and `HH:mm` at an instant, from the zone's offset then (no date object per event). */
function localClock(at: number, ctx: Context): { day: CalendarDay; time: string } {
	const ms = at * 1000;
	const iso = new Date(ms + ctx.zoneInfo.offset(ms) * 60000).toISOString();
	return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

/** The occurrence part of `calendar_uid`: the recurrence id in UTC (`20261105T133000Z`), or its day for all-day series. */
function recurrenceKey(time: Time, zone: string, tzid: string | null): string {
	if (time.isDate) return `${pad(time.year, 4)}${pad(time.month)}${pad(time.day)}`;
	return DateTime.fromSeconds(seconds(time, zone, tzid), { zone: "utc" }).toFormat("yyyyMMdd'T'HHmmss'Z'");
}

function emailOf(value: unknown): string {
	return (typeof value === "string" ? value : "").replace(/^mailto:/i, "").trim().toLowerCase();
}

function people(component: Component, mine: Set<string>): { others: CalendarAttendee[]; declined: boolean } {
	const others = new Map<string, CalendarAttendee>();
	let declined = false;
	const add = (prop: InstanceType<typeof ICAL.Property>, isOrganizer: boolean): void => {
		const value = emailOf(prop.getFirstValue());
		// Apple writes some attendees as `urn:uuid:…` with the address in an EMAIL parameter.
		const email = value.includes("@") ? value : emailOf(prop.getParameter("email"));
		const cn = prop.getParameter("cn");
		const name = (Array.isArray(cn) ? cn.join(" ") : String(cn ?? "")).trim();
		const cutype = String(prop.getParameter("cutype") ?? "").toUpperCase();
		if (mine.has(email)) {
			if (!isOrganizer && String(prop.getParameter("partstat") ?? "").toUpperCase() === "DECLINED") declined = true;
			return;
		}
		if (cutype === "ROOM" || cutype === "RESOURCE" || cutype === "GROUP") return;
		if (!email.includes("@") && name === "") return;
		const key = email || name.toLowerCase();
		const known = others.get(key);
		if (!known) others.set(key, { email, name: name === email ? "" : name });
		else if (known.name === "" && name !== email) known.name = name;
	};
	for (const prop of component.getAllProperties("organizer")) add(prop, true);
	for (const prop of component.getAllProperties("attendee")) add(prop, false);
	return { others: [...others.values()], declined };
}

function occurrence(item: Event, start: Time, recurrenceId: Time | null, ctx: Context, series?: Event): CalendarOccurrence | null {
	if (!start) return null;
	const uid = item.uid || series?.uid || "";
	const { others, declined } = people(item.component, ctx.mine);
	const status = String(item.component.getFirstPropertyValue("status") ?? "").toUpperCase();
	const tzid = startZone(item) ?? (series ? startZone(series) : null);
	const at = seconds(start, ctx.zone, tzid);
	const allDay = start.isDate;
	const local = localClock(at, ctx);
	const day = allDay ? `${pad(start.year, 4)}-${pad(start.month)}-${pad(start.day)}` : local.day;
	return {
		key: recurrenceId ? `${uid}#${recurrenceKey(recurrenceId, ctx.zone, series ? startZone(series) : tzid)}` : uid,
		title: (item.summary || series?.summary || "").trim(),
		day,
		time: allDay ? null : local.time,
		start: at,
		attendees: others,
		declined,
		cancelled: status === "CANCELLED",
		allDay,
	};
}
