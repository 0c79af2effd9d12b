import ICAL from "ical.js";

/** What bounds the walk of one recurring event: the dates it leaves out, and how many meetings it may give. */

type Event = InstanceType<typeof ICAL.Event>;
type Time = InstanceType<typeof ICAL.Time>;

/**
 * At most this many meetings come from one recurring event in one import: a daily meeting over more than a year of
 * days. A rule that repeats every hour, minute or second (`RRULE:FREQ=MINUTELY`, no end) gave one note per step,
 * up to 20,000 of them; the rest of such a series is counted and said in the preview (see `CappedSeries`).
 */
export const MAX_MEETINGS_PER_SERIES = 500;

/** A recurring event with more occurrences in the days imported than one import creates (see `MAX_MEETINGS_PER_SERIES`). */
export interface CappedSeries {
	/** The series' UID, which begins the key of each of its meetings (`uid#20261101T090000Z`). */
	uid: string;
	title: string;
	/** How many of its occurrences were imported: `MAX_MEETINGS_PER_SERIES` as read, and the single meetings moved or renamed (exceptions, kept over the cap); fewer once the plan skipped some (declined, cancelled). */
	kept: number;
	/** How many more fell within the days imported and were left out. */
	leftOut: number;
	/** The walk stopped counting before the series' end (its step limit): at least `leftOut` more were left out. */
	atLeast: boolean;
}

/** The day a time is written on (its own zone), to compare with an `EXDATE` written as a date. */
function dayKey(time: Time): string {
	return `${time.year}-${time.month}-${time.day}`;
}

/**
 * The times a series' `EXDATE`s take out of it, looked up in a set as its walk goes. ical.js walks them itself, but
 * gives up after 500 times excluded in a row (`max tries have occurred`), and a series with thousands of `EXDATE`s
 * (years of a daily meeting, every holiday taken out) was listed as not read. They are taken out of the event before
 * its walk; a date (`EXDATE;VALUE=DATE:20261225`) takes out every time of that day, as ical.js reads it. A time is
 * compared as written (ical.js's way) and as the instant Rapport places it at (`instantOf`): in a file without a
 * VTIMEZONE, `EXDATE:20261202T090000Z` takes out the 10:00 of a series written `DTSTART;TZID=Europe/Rome`, which ical.js
 * reads as a clock time of no zone, never equal to 09:00 UTC.
 */
export class ExclusionDates {
	private constructor(
		private readonly times: ReadonlySet<number>,
		private readonly instants: ReadonlySet<number>,
		private readonly days: ReadonlySet<string>,
	) {}

	/**
	 * The `EXDATE`s of a series, removed from its event; null when it has none. `instantOf`: seconds since the epoch of a
	 * time written with the TZID given (null for none), as Rapport places the series' meetings.
	 */
	static takenFrom(event: Event, instantOf: (time: Time, tzid: string | null) => number): ExclusionDates | null {
		const component = event.component;
		const props = component.getAllProperties("exdate");
		if (props.length === 0) return null;
		const times = new Set<number>();
		const instants = new Set<number>();
		const days = new Set<string>();
		for (const prop of props) {
			const written = prop.getParameter("tzid");
			const tzid = typeof written === "string" && written !== "" ? written : null;
			for (const value of prop.getValues() as unknown[]) {
				if (!(value instanceof ICAL.Time)) continue;
				if (value.isDate) days.add(dayKey(value));
				else {
					times.add(value.toUnixTime());
					instants.add(instantOf(value, tzid));
				}
			}
		}
		component.removeAllProperties("exdate");
		return new ExclusionDates(times, instants, days);
	}

	/** Whether `time`, a start the series' walk reached (at `instant`, as `instantOf` places it), is one of its `EXDATE`s. */
	excludes(time: Time, instant: number): boolean {
		return this.times.has(time.toUnixTime()) || this.instants.has(instant) || this.days.has(dayKey(time));
	}
}
