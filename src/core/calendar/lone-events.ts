/**
 * A calendar file is a `VCALENDAR`; but a file of events alone, with no calendar around them
 * (`BEGIN:VEVENT` … `END:VEVENT`), as some mail clients and "add to calendar" links save one, is read
 * as the calendar of those events, as ical.js reads a lone component.
 */

const CALENDAR_START = /^\uFEFF?\s*BEGIN:VCALENDAR\s*$/im;
/** A text whose first line (after blank ones) is `BEGIN:VEVENT`. */
const EVENT_FIRST = /^\uFEFF?\s*BEGIN:VEVENT[ \t]*\r?(?:\n|$)/i;
/** How far into a file its `BEGIN:VCALENDAR` is looked for. */
const HEAD = 2000;

/** Whether a text is a calendar: a `BEGIN:VCALENDAR` line near its start. */
export function startsCalendar(text: string): boolean {
	return CALENDAR_START.test(text.slice(0, HEAD));
}

/**
 * The calendar a file of events alone stands for: `BEGIN:VCALENDAR` on a line of its own before them
 * (so each line counts one more, see `withLinesOfFile`) and `END:VCALENDAR` after them (none when its
 * last event never ends: a file cut short). Null for a calendar, or a text that does not start with an event.
 */
export function loneEvents(text: string): string | null {
	const head = text.slice(0, HEAD);
	if (CALENDAR_START.test(head) || !EVENT_FIRST.test(head)) return null;
	const body = text.replace(/^\uFEFF/, "");
	// Cut short (its last event never ends), it stays open, as a calendar cut short is read.
	if (lastLine(body, /^BEGIN:VEVENT[ \t]*\r?$/gim) > lastLine(body, /^END:VEVENT[ \t]*\r?$/gim)) return `BEGIN:VCALENDAR\r\n${body}`;
	return `BEGIN:VCALENDAR\r\n${body}${/[\r\n]$/.test(body) ? "" : "\r\n"}END:VCALENDAR\r\n`;
}

/** Where the last match of a global, multiline pattern starts; -1 for none. */
function lastLine(text: string, re: RegExp): number {
	let last = -1;
	for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
	return last;
}

/** A read of `loneEvents`' calendar with its lines (events not parsed, where it was cut short) counted as in the file. */
export function withLinesOfFile<T extends { unparsed?: { line: number }[]; cutShortAfterLine?: number }>(read: T | null): T | null {
	if (read === null) return null;
	for (const u of read.unparsed ?? []) u.line -= 1;
	if (read.cutShortAfterLine !== undefined) read.cutShortAfterLine -= 1;
	return read;
}
