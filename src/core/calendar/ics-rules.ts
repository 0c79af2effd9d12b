import ICAL from "ical.js";

/** The recurrence rules of a series, as the walk of its occurrences needs them: bounded, and ending where their writer meant. */

type Event = InstanceType<typeof ICAL.Event>;
type Time = InstanceType<typeof ICAL.Time>;

/**
 * At most this many candidates per period of a rule (its BY lists multiplied): real meetings use a
 * few (`BYDAY=MO,WE,FR`); `BYHOUR`×`BYMINUTE`×`BYSECOND` lists make 82,800 a day, which ical.js
 * expands whole for every occurrence with `BYSETPOS`: one such event ran for minutes.
 */
const MAX_RULE_CANDIDATES = 1000;

export function tooComplex(event: Event): boolean {
	for (const prop of [...event.component.getAllProperties("rrule"), ...event.component.getAllProperties("exrule")]) {
		const parts = (prop.getFirstValue() as { parts?: Record<string, unknown> } | null)?.parts ?? {};
		let product = 1;
		for (const values of Object.values(parts)) if (Array.isArray(values)) product *= Math.max(1, values.length);
		if (product > MAX_RULE_CANDIDATES) return true;
	}
	return false;
}

/**
 * Whether a rule numbers its occurrences (`BYSETPOS`) in a shape ical.js walks without the numbers:
 * it keeps them only for the days of a month (`FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1`, the
 * last weekday) and of one month of a year (`FREQ=YEARLY;BYMONTH=3;BYDAY=SU;BYSETPOS=-1`), and
 * otherwise gives every candidate: "the 28th to 31st, the last of them" (`BYMONTHDAY=28,29,30,31;BYSETPOS=-1`,
 * the last day of the month) made four meetings a month. Such a series is listed as unreadable rather
 * than placed on days it is not (kewisch/ical.js#960, #1039).
 */
export function numbersIgnored(event: Event): boolean {
	for (const prop of event.component.getAllProperties("rrule")) {
		const rule = prop.getFirstValue() as { freq?: unknown; parts?: Record<string, unknown> } | null;
		const parts = rule?.parts ?? {};
		if (!Array.isArray(parts.BYSETPOS) || parts.BYSETPOS.length === 0) continue;
		const has = (part: string): boolean => Array.isArray(parts[part]) && parts[part].length > 0;
		const many = (part: string): boolean => Array.isArray(parts[part]) && parts[part].length > 1;
		const oneTime = !many("BYHOUR") && !many("BYMINUTE") && !many("BYSECOND") && !has("BYYEARDAY") && !has("BYWEEKNO") && !has("BYMONTHDAY") && has("BYDAY");
		const freq = typeof rule?.freq === "string" ? rule.freq.toUpperCase() : "";
		const kept = oneTime && (freq === "MONTHLY" || (freq === "YEARLY" && has("BYMONTH") && !many("BYMONTH")));
		if (!kept) return true;
	}
	return false;
}

/**
 * For a yearly rule on a day of a month (`FREQ=YEARLY` from 29 February, `BYMONTH=2;BYMONTHDAY=30`),
 * whether a time its walk reached is a day the rule names: ical.js carries a day that month lacks
 * into the next (29 February 2027 became 1 March), where RFC 5545 drops it, and a meeting note came on
 * a day nobody meets. Null for any other rule, whose days ical.js gives as they are. Extra dates
 * (`RDATE`) and the start are the series' own, whatever their day.
 */
export function yearlyDayCheck(event: Event): ((time: Time) => boolean) | null {
	const start = event.startDate;
	const rules = event.component.getAllProperties("rrule");
	if (!start || rules.length !== 1) return null;
	const rule = rules[0]?.getFirstValue() as { freq?: unknown; parts?: Record<string, unknown> } | null;
	const parts = rule?.parts ?? {};
	if (rule?.freq !== "YEARLY" || ["BYDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"].some((p) => Array.isArray(parts[p]) && parts[p].length > 0)) return null;
	const numbers = (part: string, fallback: number): number[] => (Array.isArray(parts[part]) && parts[part].length > 0 ? parts[part].filter((n): n is number => typeof n === "number") : [fallback]);
	const months = numbers("BYMONTH", start.month);
	const days = numbers("BYMONTHDAY", start.day);
	if (days.every((d) => d >= 1 && d <= 28)) return null;
	const extra = event.component.getAllProperties("rdate").flatMap((p): unknown[] => p.getValues()).map((v: unknown) => (v instanceof ICAL.Period ? v.start : v)).filter((v): v is Time => v instanceof ICAL.Time);
	return (time) => {
		if (time.compare(start) === 0 || extra.some((t) => t.compare(time) === 0)) return true;
		const length = ICAL.Time.daysInMonth(time.month, time.year);
		return months.includes(time.month) && days.some((d) => (d > 0 ? d : length + d + 1) === time.day);
	};
}

/** The shortest length of one period of each frequency, in seconds (a month is at least 28 days, a year 365). */
const PERIOD_SECONDS: Record<string, number> = { SECONDLY: 1, MINUTELY: 60, HOURLY: 3600, DAILY: 86400, WEEKLY: 7 * 86400, MONTHLY: 28 * 86400, YEARLY: 365 * 86400 };

/** Longer than the calendar from year 1 to 9999: a rule that steps further has one occurrence in it, its first. */
const CALENDAR_SECONDS = 10000 * 366 * 86400;

/**
 * A rule whose one step reaches past the year 9999 (`INTERVAL=100000000000000000000`) keeps its first
 * occurrence alone (`COUNT=1`), as any walk of it would: ical.js adds the interval to the day and
 * carries it month by month, and a step of 10^20 days never ended (10^8 days took 40 s), so one line
 * of a calendar froze the import. Exclusion rules likewise take out the first time alone.
 */
export function boundedIntervals(event: Event): void {
	for (const prop of [...event.component.getAllProperties("rrule"), ...event.component.getAllProperties("exrule")]) {
		const rule = prop.getFirstValue() as { freq?: unknown; interval?: unknown; count?: unknown } | null;
		if (!rule || typeof rule.interval !== "number" || typeof rule.freq !== "string") continue;
		const period = PERIOD_SECONDS[rule.freq.toUpperCase()];
		if (period === undefined || !(rule.interval * period > CALENDAR_SECONDS || Number.isNaN(rule.interval))) continue;
		rule.interval = 1;
		rule.count = 1;
	}
}

/**
 * A rule of timed events whose `UNTIL` is a date (`UNTIL=20261116`, as schedulers and older
 * exporters write it, though RFC 5545 wants a time there) ends at the end of that day, in the zone of
 * the series: its last day is one of its days. Read as midnight, that day's occurrence was lost.
 */
export function untilToEndOfDay(event: Event): void {
	const start = event.startDate;
	if (!start || start.isDate) return;
	for (const prop of [...event.component.getAllProperties("rrule"), ...event.component.getAllProperties("exrule")]) {
		const rule = prop.getFirstValue() as { until?: Time | null } | null;
		const until = rule?.until;
		if (!rule || !until?.isDate) continue;
		rule.until = new ICAL.Time({ year: until.year, month: until.month, day: until.day, hour: 23, minute: 59, second: 59, isDate: false }, start.zone);
	}
}

/**
 * Whether a rule repeats by another calendar than the Gregorian one (`RSCALE=CHINESE`, `HEBREW`,
 * RFC 7529, as Apple Calendar writes a lunar birthday or new year): ical.js walks such a rule as if
 * it were Gregorian, and each occurrence fell on a wrong day (a lunar new year on the same 10
 * February every year). Such a series is listed as unreadable rather than placed on days it is not.
 */
export function repeatsByOtherCalendar(event: Event): boolean {
	for (const prop of event.component.getAllProperties("rrule")) {
		const rscale = (prop.getFirstValue() as { rscale?: unknown } | null)?.rscale;
		if (typeof rscale === "string" && rscale !== "" && rscale.toUpperCase() !== "GREGORIAN") return true;
	}
	return false;
}

/**
 * A series of dates without a rule (`DTSTART` and `RDATE`s, no `RRULE`) with its start listed among
 * its dates: RFC 5545 makes `DTSTART` its first occurrence, but ical.js walks the `RDATE`s alone when
 * there is no rule, and the first meeting of the series was lost. Changes the event in place.
 */
export function startAmongDates(event: Event): void {
	const component = event.component;
	if (component.hasProperty("rrule") || !component.hasProperty("rdate")) return;
	const start = event.startDate;
	if (!start) return;
	const dateOf = (v: unknown): unknown => (v instanceof ICAL.Period ? v.start : v);
	const listed = component.getAllProperties("rdate").some((p) => p.getValues().some((v) => {
		const date = dateOf(v);
		return date instanceof ICAL.Time && date.compare(start) === 0;
	}));
	if (listed) return;
	const prop = component.addPropertyWithValue("rdate", start.clone());
	const tzid = component.getFirstProperty("dtstart")?.getParameter("tzid");
	if (typeof tzid === "string" && tzid !== "") prop.setParameter("tzid", tzid);
}

/** At most this many times are walked over all of a series' exclusion rules, as a series' own walk is bounded. */
const MAX_EXCLUSION_STEPS = 100000;

interface RuleWalk {
	next(): Time | null;
}

/**
 * The times a series' `EXRULE`s take out of it (RFC 2445's exclusion rule: RFC 5545 dropped it, old
 * Outlook, Lotus Notes and Oracle exports still write it, `EXRULE:FREQ=WEEKLY;BYDAY=SA,SU` for "every
 * day but weekends"). ical.js walks `RRULE`, `RDATE` and `EXDATE` and ignores `EXRULE`: every time it
 * excludes came in as an occurrence. Asked in increasing order, as a series is walked.
 */
export class ExcludedTimes {
	private steps = 0;

	private constructor(private readonly walks: { rule: RuleWalk; at: Time | null }[]) {}

	/** The exclusion rules of a series, or null when it has none. */
	static of(event: Event): ExcludedTimes | null {
		const start = event.startDate;
		const rules = event.component.getAllProperties("exrule").map((p) => p.getFirstValue()).filter((v): v is InstanceType<typeof ICAL.Recur> => v instanceof ICAL.Recur);
		if (!start || rules.length === 0) return null;
		return new ExcludedTimes(rules.map((rule) => {
			const walk = rule.iterator(start);
			return { rule: { next: () => walk.next() ?? null }, at: walk.next() ?? null };
		}));
	}

	/** Whether `time` (a start the series' walk reached) is one of the excluded times. */
	excludes(time: Time): boolean {
		let excluded = false;
		for (const walk of this.walks) {
			while (walk.at && walk.at.compare(time) < 0 && this.steps < MAX_EXCLUSION_STEPS) {
				walk.at = walk.rule.next();
				this.steps++;
			}
			if (walk.at?.compare(time) === 0) excluded = true;
		}
		return excluded;
	}
}

/**
 * Drops an end that cannot be read (`DTEND:tbd`, an empty `DTEND:`, `DURATION:1H` without its `PT`,
 * `DTEND;VALUE=PERIOD:…` where a time belongs)
 * from an event: Rapport places a meeting by its start alone, but ical.js works out each occurrence's
 * end as it walks a series, and a whole recurring series was lost for its unreadable end. An end
 * before the start, or both `DTEND` and `DURATION`, harms nothing and stays.
 */
export function withoutUnreadableEnd(vevent: InstanceType<typeof ICAL.Component>): InstanceType<typeof ICAL.Component> {
	for (const name of ["dtend", "duration"]) {
		if (!vevent.hasProperty(name)) continue;
		let readable = false;
		try {
			const value = vevent.getFirstPropertyValue(name);
			readable = name === "dtend" ? value instanceof ICAL.Time : value instanceof ICAL.Duration;
		} catch {
			// Not a time, or not a duration: unreadable.
		}
		if (!readable) vevent.removeAllProperties(name);
	}
	return vevent;
}
