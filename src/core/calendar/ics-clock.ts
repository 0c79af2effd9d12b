import ICAL from "ical.js";
import { DateTime, IANAZone } from "luxon";
import type { CalendarDay } from "../dates/dates";
import { ianaZoneOfWindowsName } from "./windows-zones";

/**
 * Where an iCalendar time falls for the user: instants of zoned times, floating and all-day times in
 * the user's zone, and the user's day and clock at an instant.
 */

type Time = InstanceType<typeof ICAL.Time>;
type Event = InstanceType<typeof ICAL.Event>;

/** The user's zone, with what is remembered about it while one file is read. */
export interface ZoneClock {
	zone: string;
	/**
	 * The zone the calendar says its times are in (`X-WR-TIMEZONE`), when it names one: times written
	 * without a zone (floating) are read in it, as Google and Apple Calendar read them.
	 */
	calendarZone?: string;
	/** The user's zone's offsets, asked of luxon once per hour of the calendar. */
	offsets: ZoneOffsets;
	instants: ZonedInstants;
}

const HOUR_MS = 3_600_000;

/**
 * The instant of a zoned iCalendar time, remembered per zone and wall-clock time: ical.js finds a
 * time's offset by walking its zone's changes, and a calendar holds the same times (the hour, the
 * half hour) over and over. A time's instant depends on nothing else.
 */
export class ZonedInstants {
	private readonly zones = new Map<object, Map<number, number>>();

	of(time: Time): number {
		if (time.zone === ICAL.Timezone.utcTimezone) return time.toUnixTime();
		let known = this.zones.get(time.zone);
		if (!known) this.zones.set(time.zone, (known = new Map<number, number>()));
		const key = ((((time.year * 13 + time.month) * 32 + time.day) * 25 + time.hour) * 60 + time.minute) * 61 + time.second;
		let at = known.get(key);
		if (at === undefined) known.set(key, (at = time.toUnixTime()));
		return at;
	}
}

/**
 * The offset of a zone at an instant, remembered per hour: an hour whose first and last millisecond
 * have the same offset has it throughout (no zone changes its offset twice within an hour), and
 * luxon, which asks Intl for each offset, is asked once per hour instead of once per event.
 */
export class ZoneOffsets {
	private readonly hours = new Map<number, number>();

	constructor(private readonly zone: IANAZone) {}

	/** Minutes east of UTC at `ms` since the epoch. */
	at(ms: number): number {
		const hour = Math.floor(ms / HOUR_MS);
		const known = this.hours.get(hour);
		if (known !== undefined) return known;
		const start = this.zone.offset(hour * HOUR_MS);
		if (start !== this.zone.offset(hour * HOUR_MS + HOUR_MS - 1)) return this.zone.offset(ms);
		this.hours.set(hour, start);
		return start;
	}
}

/**
 * The IANA zone after a vendor's prefix in a TZID (RFC 5545 lets a TZID that starts with `/` be a
 * globally unique name): Evolution's `/freeassociation.sourceforge.net/Tzfile/Europe/Rome`, older
 * Thunderbird's `/mozilla.org/20070129_1/America/Argentina/Buenos_Aires`. Null when none is there.
 */
function zoneAfterPrefix(tzid: string): string | null {
	if (!tzid.startsWith("/")) return null;
	const parts = tzid.split("/").filter((p) => p !== "");
	for (let n = Math.min(3, parts.length - 1); n >= 1; n--) {
		const zone = parts.slice(-n).join("/");
		if (IANAZone.isValidZone(zone)) return zone;
	}
	return null;
}

/** The zone a TZID or an `X-WR-TIMEZONE` names, as luxon knows it: a Windows zone name, a zone after a vendor's prefix, else the name itself. */
export function zoneOfName(tzid: string): string {
	return ianaZoneOfWindowsName(tzid) ?? zoneAfterPrefix(tzid.trim()) ?? tzid.trim();
}

/**
 * Seconds since the epoch of an iCalendar time: by its VTIMEZONE (ical.js finds it in the file or
 * in its TimezoneService), else by `tzid` as an IANA zone, a Windows zone name or a zone after a
 * vendor's prefix (a file without VTIMEZONE), else in the calendar's zone (`X-WR-TIMEZONE`) or the
 * user's. All-day dates start at midnight in the user's zone.
 */
export function seconds(time: Time, ctx: ZoneClock, tzid: string | null): number {
	if (!time.isDate && time.zone && time.zone.tzid !== "floating") return ctx.instants.of(time);
	const zone = time.isDate ? ctx.zone : (ctx.calendarZone ?? ctx.zone);
	const local = { year: time.year, month: time.month, day: time.day, hour: time.isDate ? 0 : time.hour, minute: time.isDate ? 0 : time.minute, second: time.isDate ? 0 : time.second };
	// Exchange writes Windows zone names (`W. Europe Standard Time`), often without a VTIMEZONE.
	const named = tzid && !time.isDate ? DateTime.fromObject(local, { zone: zoneOfName(tzid) }) : null;
	return (named?.isValid ? named : DateTime.fromObject(local, { zone })).toSeconds();
}

/** The zone a calendar's `X-WR-TIMEZONE` names, when luxon knows it. */
export function calendarZoneOf(name: unknown): string | undefined {
	if (typeof name !== "string" || name.trim() === "") return undefined;
	const zone = zoneOfName(name);
	return IANAZone.isValidZone(zone) ? zone : undefined;
}

/** The TZID a VEVENT's start is written in, null for UTC or floating times. */
export function startZone(event: Event): string | null {
	const tzid = event.component.getFirstProperty("dtstart")?.getParameter("tzid");
	return typeof tzid === "string" && tzid !== "" ? tzid : null;
}

/** The user's day and `HH:mm` at an instant, from the zone's offset then (no date object per event). */
export function localClock(at: number, ctx: ZoneClock): { day: CalendarDay; time: string } {
	const ms = at * 1000;
	const iso = new Date(ms + ctx.offsets.at(ms) * 60000).toISOString();
	return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}

export function pad(n: number, width = 2): string {
	return String(n).padStart(width, "0");
}

/** The occurrence part of `calendar_uid`: the recurrence id in UTC (`20261105T133000Z`), or its day for all-day series. */
export function recurrenceKey(time: Time, ctx: ZoneClock, tzid: string | null): string {
	if (time.isDate) return `${pad(time.year, 4)}${pad(time.month)}${pad(time.day)}`;
	return DateTime.fromSeconds(seconds(time, ctx, tzid), { zone: "utc" }).toFormat("yyyyMMdd'T'HHmmss'Z'");
}

/**
 * An exception's `RECURRENCE-ID` written in another zone than its series' start (`RECURRENCE-ID:
 * 20261103T080000Z` for a series at 09:00 `W. Europe Standard Time`), when the series' zone has no
 * VTIMEZONE: ical.js, which knows no such zone, cannot match the two and drops the exception. The id
 * is then written as the series' wall-clock time of the same instant, which it matches.
 */
export function alignRecurrenceId(exception: InstanceType<typeof ICAL.Component>, series: Event, ctx: ZoneClock): void {
	const prop = exception.getFirstProperty("recurrence-id");
	const id = prop?.getFirstValue() as Time | null | undefined;
	const start = series.startDate;
	const tzid = startZone(series);
	if (!prop || !id || !start || id.isDate || start.isDate || tzid === null) return;
	const seriesZoneKnown = start.zone !== undefined && start.zone !== null && start.zone.tzid !== "floating";
	const idZoned = id.zone !== undefined && id.zone !== null && id.zone.tzid !== "floating";
	if (seriesZoneKnown || !idZoned) return;
	const wall = DateTime.fromSeconds(seconds(id, ctx, null), { zone: zoneOfName(tzid) });
	if (!wall.isValid) return;
	prop.setValue(new ICAL.Time({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second, isDate: false }, start.zone));
}
