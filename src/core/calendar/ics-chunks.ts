/**
 * An iCalendar text cut into what can be parsed apart: the events (each `BEGIN:VEVENT` … `END:VEVENT`
 * directly inside a top-level `VCALENDAR`), and the rest (calendars with their time zones and other
 * components, without those events). Parsing a 10,000-event export whole keeps every event's parse
 * tree alive until the last line is read; parsed one at a time, each event's tree is garbage as soon
 * as it has been read, and the import runs much faster.
 *
 * The cut follows ical.js's own reading of lines (a line ends at `\n`, a `\r` before it is dropped,
 * a line starting with a space or tab continues the one above, `BEGIN:`/`END:` in any case). Anything
 * it cannot cut with certainty (a folded `BEGIN`/`END` line, an `END` with nothing open, a component
 * left open, leading blanks) gives null, and the caller parses the text whole, as before.
 */

/** One event's text, and which top-level component (counted from 0, as ical.js lists them) holds it. */
export interface EventChunk {
	root: number;
	text: string;
}

export interface CalendarChunks {
	/** The text without the cut events: what ical.js parses for the calendars and their time zones. */
	rest: string;
	events: EventChunk[];
}

const B = 0x42;
const E = 0x45;
const LOWER = 0x20;
const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;

/** Whether the line at `at` starts with a space or tab (continues the line above). */
function continues(text: string, at: number): boolean {
	const c = text.charCodeAt(at);
	return c === SPACE || c === TAB;
}

/** `BEGIN:x` → `begin`, `END:x` → `end`, anything else → null; x (lower case) in `name`. */
function marker(line: string): { kind: "begin" | "end"; name: string } | null {
	const head = line.slice(0, 6).toLowerCase();
	if (head === "begin:") return { kind: "begin", name: line.slice(6).toLowerCase() };
	if (head.startsWith("end:")) return { kind: "end", name: line.slice(4).toLowerCase() };
	return null;
}

/** The events of an iCalendar text and the rest, or null when the text must be parsed whole. */
export function cutEvents(text: string): CalendarChunks | null {
	if (text.length === 0 || continues(text, 0)) return null;
	const open: string[] = [];
	const events: EventChunk[] = [];
	const rest: string[] = [];
	let root = -1;
	let restFrom = 0;
	let eventStart = -1;
	for (let pos = 0; pos < text.length; ) {
		const newline = text.indexOf("\n", pos);
		const lineEnd = newline < 0 ? text.length : newline;
		const next = lineEnd + 1;
		const first = text.charCodeAt(pos) & ~LOWER;
		if (first === B || first === E) {
			const contentEnd = lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
			const found = marker(text.slice(pos, contentEnd));
			if (found) {
				if (next < text.length && continues(text, next)) return null;
				if (found.kind === "begin") {
					if (open.length === 0) root++;
					if (open.length === 1 && open[0] === "vcalendar" && found.name === "vevent") eventStart = pos;
					open.push(found.name);
				} else {
					if (open.length === 0) return null;
					open.pop();
					if (open.length === 1 && eventStart >= 0) {
						rest.push(text.slice(restFrom, eventStart));
						events.push({ root, text: text.slice(eventStart, contentEnd) });
						restFrom = contentEnd;
						eventStart = -1;
					}
				}
			}
		}
		pos = next;
	}
	if (open.length > 0) return null;
	rest.push(text.slice(restFrom));
	return { rest: rest.join(""), events };
}
