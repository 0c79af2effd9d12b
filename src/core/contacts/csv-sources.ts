import { readCsvTable } from "./csv-table";
import { formatDay, isValidDate } from "../dates/dates";
import { trimEndWhile } from "../shared/scan";
import { type Contact, type ContactFile, type ContactProblem, contactProblem, emptyContact, fullName, linkedinProfile } from "./contact";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * LinkedIn's "Connected On": `27 Nov 2026` today, `11/27/26` or `1/8/18, 6:14 PM` (month first, a
 * time after a comma) in older exports.
 */
export function parseConnectedOn(text: string): string | null {
	const t = withoutTime(text.trim());
	let m = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\d{4})$/.exec(t);
	if (m?.[1] && m[2] && m[3]) return isoDay(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
	if (m?.[1] && m[2] && m[3]) return isoDay(m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[1]), Number(m[2]));
	m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
	if (m?.[1] && m[2] && m[3]) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
	return null;
}

/** A time at the end of a date: `6:14 PM`, `18:14:05` (found where a digit meets a colon, never from each blank). */
const TIME_AT_END = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?$/;

/**
 * `1/8/18, 6:14 PM` → `1/8/18`: the time after blanks (and a comma before them) taken off, in linear time
 * (a pattern starting with the blanks, `/,?\s+\d{1,2}:…$/`, scans a long run of them once from each).
 */
function withoutTime(t: string): string {
	const time = TIME_AT_END.exec(t);
	if (!time) return t;
	const before = t.slice(0, time.index);
	const trimmed = trimEndWhile(before, (ch) => /\s/.test(ch));
	if (trimmed.length === before.length) return t;
	return trimmed.endsWith(",") ? trimmed.slice(0, -1) : trimmed;
}

function isoDay(year: number, month: number, day: number): string | null {
	return isValidDate(year, month, day) ? formatDay(year, month, day) : null;
}

/** A birthday as the exports write it: `1990-12-02`, `--12-02`, `19901202`, `--1202`. */
export function parseBirthdayText(text: string): string | null {
	const t = text.trim();
	let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(t);
	if (m?.[1] && m[2] && m[3]) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^--(\d{2})-?(\d{2})$/.exec(t);
	if (m?.[1] && m[2]) return isValidDate(2000, Number(m[1]), Number(m[2])) ? `--${m[1]}-${m[2]}` : null;
	return null;
}

/** LinkedIn's header line: the current one, or the older one without the URL column; cells separated as a spreadsheet saved them again (`,`, `;` or a tab). */
const LINKEDIN_HEADER = /^\uFEFF?"?First Name"?([,;\t])"?Last Name"?\1("?URL"?\1)?"?Email Address"?\1"?Company"?\1"?Position"?\1"?Connected On"?/im;

/** Whether a CSV is LinkedIn's Connections.csv. */
export function isLinkedInCsv(text: string): boolean {
	return LINKEDIN_HEADER.test(text.slice(0, 4000));
}

/** Reads one connection, or says why the row is skipped. */
function linkedInConnection(r: { line: number; get(name: string): string }, problems: ContactProblem[]): Contact | null {
	const c = emptyContact(r.line);
	c.firstName = r.get("First Name");
	c.lastName = r.get("Last Name");
	c.name = fullName(c.firstName, "", c.lastName);
	const url = r.get("URL");
	c.linkedin = url ? linkedinProfile(url) : null;
	if (url && !c.linkedin) c.websites.push(url);
	const email = r.get("Email Address");
	if (email) c.emails.push(email);
	c.org = r.get("Company") || null;
	c.role = r.get("Position") || null;
	const connected = r.get("Connected On");
	c.connectedOn = connected ? parseConnectedOn(connected) : null;
	if (connected && !c.connectedOn) problems.push(contactProblem(r.line, "badDate", { field: "Connected On", value: connected }));
	if (c.name === "" && c.emails.length === 0) {
		problems.push(contactProblem(r.line, "noName"));
		return null;
	}
	return c;
}

/** LinkedIn's Connections.csv: a few lines of notes, then one connection per row (with or without the URL column), as exported or saved again by a spreadsheet. */
export function readLinkedIn(text: string): ContactFile {
	return readCsvTable("linkedin", text, ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"], (r, file) => linkedInConnection(r, file.problems), LINKEDIN_HEADER);
}
