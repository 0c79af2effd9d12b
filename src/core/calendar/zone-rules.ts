import ICAL from "ical.js";

type Component = InstanceType<typeof ICAL.Component>;

/** More changes a year than any zone has (real ones change twice; a few rules list a week's days, `BYMONTHDAY=8,…,14;BYDAY=SU`). */
const MAX_CHANGES_A_YEAR = 50;

/**
 * Whether a VTIMEZONE's rules change its offset as zones do: yearly (RFC 5545's own examples, and
 * every exporter's), a few times a year. ical.js walks each rule from its part's `DTSTART` (often
 * 1601) up to the meeting: a part with `RRULE:FREQ=SECONDLY`, or a yearly one stepping 10^20 years,
 * never ended, and one invitation froze the import. A zone that fails this is not registered: its
 * times are read with the zone's name alone, as for any broken VTIMEZONE.
 */
export function changesLikeAZone(vtimezone: Component): boolean {
	try {
		return partsChangeYearly(vtimezone);
	} catch {
		// A rule ical.js cannot read: a broken zone.
		return false;
	}
}

function partsChangeYearly(vtimezone: Component): boolean {
	for (const part of vtimezone.getAllSubcomponents()) {
		if (part.name !== "standard" && part.name !== "daylight") continue;
		for (const prop of part.getAllProperties("rrule")) {
			const rule = prop.getFirstValue() as { freq?: unknown; interval?: unknown; parts?: Record<string, unknown> } | null;
			if (rule?.freq !== "YEARLY" || (rule.interval !== undefined && rule.interval !== 1)) return false;
			let changes = 1;
			for (const values of Object.values(rule.parts ?? {})) if (Array.isArray(values)) changes *= Math.max(1, values.length);
			if (changes > MAX_CHANGES_A_YEAR) return false;
		}
	}
	return true;
}
