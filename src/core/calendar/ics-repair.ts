import ICAL from "ical.js";
import { oneLine } from "../shared/text";

/**
 * Reading iCalendar text as exporters really write it, before and where ical.js refuses it. Some
 * writers put a value's line breaks in the file as they are (a description of several lines,
 * unescaped): a line with no `:` is then no property at all, and ical.js refuses the whole text; such
 * a line is the value going on. Others end `BEGIN:VEVENT` with blanks, or stop mid-file (a download
 * cut short).
 */

/** The text with each line that holds no `:` (and is not blank, nor folded) joined to the line above as a new line of its value (`\n`); null when there is none. */
export function withStrayLinesJoined(text: string): string | null {
	const lines = text.split("\n");
	let joined = false;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (line.trim() === "" || line.startsWith(" ") || line.startsWith("\t") || line.includes(":")) continue;
		lines[i] = ` \\n${line}`;
		joined = true;
	}
	return joined ? lines.join("\n") : null;
}

/** What ical.js reads from a text, else from the text with its stray lines joined; null when neither can be read. */
export function parseLeniently(text: string): unknown {
	try {
		return ICAL.parse(text);
	} catch {
		const joined = withStrayLinesJoined(text);
		if (joined === null) return null;
		try {
			return ICAL.parse(joined);
		} catch {
			return null;
		}
	}
}

/** An event's title as its raw text gives it (`SUMMARY`, else `UID`), to name an event that cannot be read; "" when it has neither. */
export function rawEventLabel(text: string): string {
	const property = (name: string): string => new RegExp(`^${name}(?:;[^:\\r\\n]*)?:([^\\r\\n]*)`, "im").exec(text)?.[1]?.trim() ?? "";
	// One pass, as ical.js unescapes: `\\n` is a backslash and an `n` (`\\nas\\share`, a Windows share), not a break.
	return oneLine((property("SUMMARY") || property("UID")).replace(/\\([,;\\nN])/g, (_, ch: string) => (ch === "n" || ch === "N" ? " " : ch))).slice(0, 200);
}

/** A line without the spaces and tabs at its end (cut by hand: a pattern would try every run of blanks). */
export function withoutTrailingBlanks(line: string): string {
	let end = line.length;
	while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
	return line.slice(0, end);
}

/**
 * A file cut short (no `END:VCALENDAR` at all) up to its last complete event, closed there, and the
 * line of that event's `END:VEVENT`; null when the file is not cut short or holds no complete event.
 */
export function completeEventsOf(text: string): { text: string; line: number } | null {
	if (/^END:VCALENDAR[ \t]*\r?$/im.test(text)) return null;
	let last: RegExpExecArray | null = null;
	const ends = /^END:VEVENT[ \t]*\r?$/gim;
	for (let m = ends.exec(text); m; m = ends.exec(text)) last = m;
	if (!last) return null;
	const end = last.index + last[0].length;
	let line = 1;
	for (let i = text.indexOf("\n"); i >= 0 && i < last.index; i = text.indexOf("\n", i + 1)) line++;
	return { text: `${text.slice(0, end)}\r\nEND:VCALENDAR\r\n`, line };
}

/**
 * Recurrence rules as RFC 5545 writes them, from two exporters' ways: Exchange's CDO puts a blank
 * after each comma of a list (`BYDAY=MO, TU, WE`), an older desktop exporter escapes the rule's
 * semicolons as text (`FREQ=DAILY\;COUNT=3`). ical.js refuses both, and the series was lost. A rule
 * holds neither blanks nor backslashes, so both are dropped from its value (its folded lines joined).
 */
export function withRulesUnspaced(text: string): string {
	return text.replace(/^(?:RRULE|EXRULE)(?:;[^:\r\n]*)?:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim, (rule) => {
		const line = rule.replace(/\r?\n[ \t]/g, "");
		const colon = line.indexOf(":");
		const value = line.slice(colon + 1);
		if (!/[ \t\\]/.test(value)) return rule;
		return line.slice(0, colon + 1) + value.replace(/[ \t\\]/g, "");
	});
}

/**
 * Days written without `VALUE=DATE` (`DTSTART:20261105`, `DTSTART;TZID=Europe/Rome:20261105`), as
 * Mozilla's older calendar and hand-made files write an all-day event: the value is a day, not a
 * time, so the property says so. ical.js read it as a time it could not place, and the event was lost.
 * Only start, end, recurrence id and date lists whose every value is eight digits are typed.
 */
export function withBareDatesTyped(text: string): string {
	return text.replace(/^(DTSTART|DTEND|DUE|RECURRENCE-ID|EXDATE|RDATE)((?:;[^:\r\n]*)?):([0-9]{8}(?:,[0-9]{8})*)([ \t]*\r?)$/gim, (line, name: string, params: string, value: string, end: string) => {
		if (/;VALUE=/i.test(params)) return line;
		return `${name}${params};VALUE=DATE:${value}${end}`;
	});
}

type Component = InstanceType<typeof ICAL.Component>;

/**
 * A VTIMEZONE whose parts list their changes as dates (`DTSTART`, then `RDATE`s, no rule), as
 * calendar libraries write the few years an export needs, with each part's `DTSTART` listed among its
 * `RDATE`s too: RFC 5545 makes `DTSTART` the first change, but ical.js reads a part with `RDATE`s
 * from those alone, and the months before the first one had no offset (a summer meeting in Rome read
 * two hours late). Changes the component in place; a part it cannot read is left as it was.
 */
export function withFirstChangesListed(vtimezone: Component): void {
	for (const part of vtimezone.getAllSubcomponents()) {
		if (part.name !== "standard" && part.name !== "daylight") continue;
		if (part.hasProperty("rrule") || !part.hasProperty("rdate")) continue;
		try {
			const start = part.getFirstPropertyValue("dtstart");
			if (!(start instanceof ICAL.Time)) continue;
			const listed = part.getAllProperties("rdate").some((p) => p.getValues().some((v) => v instanceof ICAL.Time && v.compare(start) === 0));
			if (!listed) part.addPropertyWithValue("rdate", start.clone());
		} catch {
			// A part ical.js cannot read: left as it was (the zone is then read as before).
		}
	}
}
