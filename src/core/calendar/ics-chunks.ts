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
	/** The 1-based line of its `BEGIN:VEVENT` in the text. */
	line: number;
}

export interface CalendarChunks {
	/** The text without the cut events: what ical.js parses for the calendars and their time zones. */
	rest: string;
	events: EventChunk[];
}

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
/** The start of a `BEGIN:`/`END:` line (any case): the first line, or right after a `\n` (a `\r` alone ends no line for ical.js). */
const MARKER = /(?:^|\n)(begin|end):/gi;

/**
 * A line that a folded continuation could make a `BEGIN:`/`END:` line once unfolded (`BEG` + ` IN:VEVENT`,
 * or a blank line continued by ` BEGIN:VEVENT`): the cut cannot see those, so the text is parsed whole.
 */
const FOLDED_MARKER = /(?:^|\n)(?:b|be|beg|begi|begin|e|en|end)?\r?\n[ \t]/i;

/** Whether the line at `at` starts with a space or tab (continues the line above). */
function continues(text: string, at: number): boolean {
	const c = text.charCodeAt(at);
	return c === SPACE || c === TAB;
}

/** The events of an iCalendar text and the rest, or null when the text must be parsed whole. */
export function cutEvents(text: string): CalendarChunks | null {
	if (text.length === 0 || continues(text, 0) || FOLDED_MARKER.test(text)) return null;
	const open: string[] = [];
	const events: EventChunk[] = [];
	const rest: string[] = [];
	let root = -1;
	let restFrom = 0;
	let eventStart = -1;
	let eventLine = 0;
	// Lines counted up to `countedTo`, as the markers come (each newline of the text counted once).
	let line = 1;
	let countedTo = 0;
	const lineAt = (pos: number): number => {
		for (let i = text.indexOf("\n", countedTo); i >= 0 && i < pos; i = text.indexOf("\n", i + 1)) line++;
		countedTo = pos;
		return line;
	};
	MARKER.lastIndex = 0;
	for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
		const kind = (m[1] ?? "").toLowerCase();
		const pos = m.index + (text.charCodeAt(m.index) === 0x0a ? 1 : 0);
		const newline = text.indexOf("\n", pos);
		const lineEnd = newline < 0 ? text.length : newline;
		const contentEnd = lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
		MARKER.lastIndex = lineEnd;
		if (lineEnd + 1 < text.length && continues(text, lineEnd + 1)) return null;
		if (kind === "begin") {
			const name = text.slice(pos + 6, contentEnd).toLowerCase();
			if (open.length === 0) root++;
			if (open.length === 1 && open[0] === "vcalendar" && name === "vevent") {
				eventStart = pos;
				eventLine = lineAt(pos);
			}
			open.push(name);
		} else {
			if (open.length === 0) return null;
			open.pop();
			if (open.length === 1 && eventStart >= 0) {
				rest.push(text.slice(restFrom, eventStart));
				events.push({ root, text: text.slice(eventStart, contentEnd), line: eventLine });
				restFrom = contentEnd;
				eventStart = -1;
			}
		}
	}
	if (open.length > 0) return null;
	rest.push(text.slice(restFrom));
	return { rest: rest.join(""), events };
}
