import { plainAttendees } from "./attendee-lines";
import { skipQuotePrefix } from "../shared/scan";

/**
 * Lines of names without list markers, as notes typed on a phone or pasted from an email list the people right under
 * an `Attendees:` label: `Anna Rossi`, `[[Marco Bianchi]]`, `Zoe Park, Luca Verdi`.
 */

/** Longer lines are prose, not names. */
const NAME_LINE_MAX = 160;
/** One link and nothing else: `[[Anna Rossi]]`, `[[People/Anna|Anna]]`, `[Anna](Anna.md)`. */
const ONE_LINK = /^[ \t]*(?:\[\[[^[\]]*\]\]|\[[^[\]]*\]\([^()]*\))[ \t]*$/u;

/**
 * Whether a line is only names: links between commas (`[[Anna Rossi]], [[Marco]]`) or plain names (`Anna Rossi`,
 * `Anna Rossi, Marco Bianchi`); not a list item, a label (`Agenda:`), a sentence or a word that names nobody (`TBD`).
 */
export function isNameLine(line: string): boolean {
	const text = line.slice(skipQuotePrefix(line)).trim();
	if (text === "" || text.length > NAME_LINE_MAX || /^(?:[-*+]|\d{1,9}[.)])[ \t]/.test(text)) return false;
	if (text.includes("[")) return text.split(/[,;]/).every((piece) => ONE_LINK.test(piece));
	return !text.includes(":") && plainAttendees(text, false, true).length > 0;
}
