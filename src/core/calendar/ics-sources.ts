import ICAL from "ical.js";
import { cutEvents, type EventChunk } from "./ics-chunks";
import { parseLeniently, rawEventLabel } from "./ics-repair";

type Component = InstanceType<typeof ICAL.Component>;

/** An event whose text could not be parsed: the line of its `BEGIN:VEVENT`, and its `SUMMARY` (else `UID`) as written, "" when none. */
export interface UnparsedEvent {
	line: number;
	title: string;
}

/** Thrown while reading when a part of the file is not iCalendar: the whole file is then refused, as before any event is read. */
export class NotICalendar extends Error {}

/** What ical.js reads from a text (its stray lines joined, see `parseLeniently`); a text it cannot read is refused. */
function parseOrRefuse(text: string): unknown {
	const parsed = parseLeniently(text);
	if (parsed === null) throw new NotICalendar();
	return parsed;
}

/** The top-level components ical.js reads from a text, in order (it gives one alone, not in a list). */
function topLevel(text: string): unknown[][] {
	const parsed = parseOrRefuse(text);
	return (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
}

/** A calendar of the file, and its events, each parsed only when it is read. */
export interface CalendarSource {
	calendar: Component;
	events: () => Iterable<Component>;
}

/**
 * The calendars of a file. The events are cut from the text and parsed one at a time (see
 * `cutEvents`), each with its calendar as parent, so time zones are found as in the whole file; a
 * text that cannot be cut is parsed whole. Throws `NotICalendar` when a part of the text is not iCalendar.
 */
export function calendarSources(text: string, unparsed: UnparsedEvent[]): CalendarSource[] {
	const cut = cutEvents(text);
	if (!cut) {
		return topLevel(text)
			.map((jcal) => new ICAL.Component(jcal))
			.filter((c) => c.name === "vcalendar")
			.map((calendar) => ({ calendar, events: () => calendar.getAllSubcomponents("vevent") }));
	}
	const sources: CalendarSource[] = [];
	topLevel(cut.rest).forEach((jcal, root) => {
		const calendar = new ICAL.Component(jcal);
		if (calendar.name !== "vcalendar") return;
		const chunks = cut.events.filter((e) => e.root === root);
		sources.push({ calendar, events: () => parsedEvents(chunks, calendar, unparsed) });
	});
	return sources;
}

/** The events of a calendar, parsed one at a time; one that cannot be parsed is listed in `unparsed`, and the others are read. */
function* parsedEvents(chunks: readonly EventChunk[], calendar: Component, unparsed: UnparsedEvent[]): Iterable<Component> {
	for (const chunk of chunks) {
		const jcal = parseLeniently(chunk.text);
		if (Array.isArray(jcal) && jcal[0] === "vevent") yield new ICAL.Component(jcal as unknown[], calendar);
		else unparsed.push({ line: chunk.line, title: rawEventLabel(chunk.text) });
	}
}
