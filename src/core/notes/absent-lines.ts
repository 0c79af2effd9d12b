import { skipQuotePrefix } from "../shared/scan";

/**
 * Who a meeting's list of attendees says was not there: minutes list them under a label of their own inside the
 * attendees section (`- **Absent:** [[Piero]]`, `- Apologies:` with the names below it, Italian `Assenti:`), or
 * mark one name (`- [[Piero]] (absent)`, `- ~~[[Piero]]~~`). Each check looks at a bounded start or end of the line.
 */

/** Labels of those who did not come, as minutes and meeting templates write them (compared in lower case, without markup). */
const ABSENCE_LABELS = new Set([
	"absent", "absentees", "absences", "apologies", "apologies received", "apologies for absence", "regrets", "excused", "not present",
	"not attending", "unable to attend", "could not attend", "couldn't attend", "declined", "no show", "no-show", "no shows",
	"assenti", "assente", "assenti giustificati", "giustificati", "non presenti", "scuse",
	"abwesend", "abwesende", "entschuldigt", "nicht anwesend", "távol", "távollévők", "hiányzók", "hiányzott",
]);

/** Longer labels are prose: a bound that keeps the check cheap on a pasted wall of text. */
const LABEL_MAX = 40;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/** Where a line's text starts, past quote marks and spaces, and its indent: the spaces after the last quote mark. */
function textStart(line: string): { start: number; indent: number } {
	const start = skipQuotePrefix(line);
	const quote = line.lastIndexOf(">", start - 1);
	return { start, indent: start - quote - 1 };
}

/** The label words of `text` without bold or italics marks, colons and spaces at the ends, in lower case. */
function bareWords(text: string): string {
	return text.replace(/[*_]/g, "").replace(/:+$/, "").trim().toLowerCase();
}

/**
 * The indent of a line that starts with an absence label (`Absent:`, `- **Apologies:** [[Piero]]`, `**Regrets**`,
 * in a quote too): that of its list marker, or -1 for a line that is no list item; null for any other line.
 */
export function absenceLabelIndent(line: string): number | null {
	const { start, indent } = textStart(line);
	const text = line.slice(start);
	const item = LIST_MARKER.exec(text);
	const rest = item ? text.slice(item[0].length) : text;
	const colon = rest.slice(0, LABEL_MAX + 6).indexOf(":");
	const label = colon >= 0 ? rest.slice(0, colon) : /^(\*\*|__)[^*_]{1,40}\1[ \t]*$/.test(rest) ? rest : "";
	if (label === "" || !ABSENCE_LABELS.has(bareWords(label))) return null;
	return item ? indent : -1;
}

/** A remark after a name that says the person did not come: `(absent)`, `- apologies`, `— excused`. */
const ABSENCE_REMARK = /(?:\(([^()]{1,40})\)|[ \t][-\u2013\u2014][ \t]+([^-\u2013\u2014]{1,40}))[ \t]*$/u;

/**
 * Whether an entry of attendees (a list item, or a name typed on a line of its own) says its person was not there: a remark such as `(absent)`, `(apologies)`,
 * `- excused`, or the whole entry struck out (`~~[[Piero Neri]]~~`, as minutes cross out who did not come).
 */
export function isAbsentEntry(line: string): boolean {
	const text = line.slice(skipQuotePrefix(line)).trim();
	const item = LIST_MARKER.exec(text);
	const rest = item ? text.slice(item[0].length).trim() : text;
	if (rest.length > 4 && rest.startsWith("~~") && rest.endsWith("~~") && !rest.slice(2, -2).includes("~~")) return true;
	const remark = ABSENCE_REMARK.exec(rest.slice(-(LABEL_MAX + 8)));
	return remark !== null && ABSENCE_LABELS.has(bareWords(remark[1] ?? remark[2] ?? ""));
}

/** The list of absentees being read: the indent of its label's list marker (-1 for a label on a line of its own). */
export type AbsentList = number | null;

/**
 * Whether `line`, inside an attendees section, lists people who did not come, and the absence list the lines after
 * it are in: the label's own line and the items nested under it (under a label on a line of its own, the list that
 * follows it) until a sibling item, a line that is no list item, or a heading.
 */
export function readAbsence(line: string, open: AbsentList): { absent: boolean; open: AbsentList } {
	const label = absenceLabelIndent(line);
	if (label !== null) return { absent: true, open: label };
	if (open === null) return { absent: isAbsentEntry(line), open: null };
	const { start, indent } = textStart(line);
	const text = line.slice(start);
	const listed = LIST_MARKER.test(text);
	// Under a label on a line of its own, names typed one per line stay in its list too, until another label (`Present:`).
	const stays = open < 0 ? listed || !text.includes(":") : listed && indent > open;
	return stays ? { absent: true, open } : { absent: isAbsentEntry(line), open: null };
}
