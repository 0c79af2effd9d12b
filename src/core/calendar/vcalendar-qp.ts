import { decodeBytes } from "../contacts/decode";
import { escapeText } from "../contacts/export";
import { quotedPrintableBytes } from "../contacts/vcard";

/**
 * vCalendar 1.0 (`.vcs`, as Outlook, Android and older phones export) writes text as
 * quoted-printable (`SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Caff=C3=A8`), a value ending
 * in `=` going on with the next line whole; without a `CHARSET` in the exporting Windows' code page.
 * iCalendar readers take those bytes as written. Here each such value becomes iCalendar text.
 */

/** Properties whose value is text (escaped as iCalendar text once decoded); other values are decoded as they are. */
const TEXT_PROPERTIES = /^(?:[A-Z0-9-]+\.)?(?:SUMMARY|DESCRIPTION|LOCATION|COMMENT|CONTACT|RESOURCES|CATEGORIES)$/i;
const ENCODING = /;ENCODING=QUOTED-PRINTABLE/i;
const CHARSET = /;CHARSET=("?)([^;:"]*)\1/i;

/**
 * A line that starts a component or a property of an event, not the value going on: `END:VEVENT`,
 * `SUMMARY:…`, `DTSTART;TZID=…:…`, `X-…:`. Quoted-printable text on a continued line has its own
 * `:` and `;` but never starts with one of these names followed by them.
 */
const PROPERTY_START = /^(?:BEGIN|END|SUMMARY|DESCRIPTION|LOCATION|DTSTART|DTEND|DUE|DTSTAMP|DCREATED|CREATED|LAST-MODIFIED|UID|RRULE|EXRULE|RDATE|EXDATE|RECURRENCE-ID|ATTENDEE|ORGANIZER|CATEGORIES|CLASS|STATUS|TRANSP|PRIORITY|SEQUENCE|URL|RESOURCES|COMMENT|CONTACT|AALARM|DALARM|MALARM|PALARM|RNUM|RELATED-TO|ATTACH|COMPLETED|TZ|DAYLIGHT|VERSION|PRODID|X-[A-Z0-9-]+)[;:]/i;

function startsProperty(line: string): boolean {
	return PROPERTY_START.test(line);
}

/**
 * The text with its quoted-printable values decoded into iCalendar text, their `ENCODING` and
 * `CHARSET` dropped. The lines a soft break joined are left blank, so every later line keeps its number.
 */
export function withQuotedPrintableDecoded(text: string): string {
	if (!ENCODING.test(text)) return text;
	const lines = text.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		const colon = line.indexOf(":");
		const head = colon < 0 ? "" : line.slice(0, colon);
		if (!ENCODING.test(head)) continue;
		const cr = line.endsWith("\r") ? "\r" : "";
		// The pieces of the value, joined once at its end: a value over many lines costs linear time.
		const pieces = [line.slice(colon + 1, line.length - cr.length)];
		for (let j = i + 1; (pieces[pieces.length - 1] ?? "").endsWith("=") && j < lines.length; j++) {
			pieces[pieces.length - 1] = (pieces[pieces.length - 1] ?? "").slice(0, -1);
			// A soft break before the next property (an encoder's `=` at the very end of a value) goes on with nothing.
			if (startsProperty(lines[j] ?? "")) break;
			pieces.push((lines[j] ?? "").replace(/\r$/, ""));
			lines[j] = cr;
		}
		const value = pieces.join("");
		const charset = CHARSET.exec(head)?.[2];
		const decoded = decodeBytes(quotedPrintableBytes(value, false), charset || undefined).text;
		const name = head.split(";")[0] ?? "";
		const written = TEXT_PROPERTIES.test(name) ? escapeText(decoded, true) : decoded.replace(/\r?\n/g, " ");
		lines[i] = `${head.replace(ENCODING, "").replace(CHARSET, "")}:${written}${cr}`;
	}
	return lines.join("\n");
}
