import { formatDay, isValidDate } from "../dates/dates";
import { type Contact, type ContactFile, type ContactProblem, contactProblem, emptyContact, hasIdentity, linkedinProfile } from "./contact";
import { csvCutShortAfterLine, csvSeparator, parseCsv, recordsAfterHeader } from "./csv";

/** Thunderbird's address book CSV header, as its US and UK builds write it (`Organization` or `Organisation`). */
const REQUIRED = ["First Name", "Last Name", "Display Name", "Primary Email"];

/** Whether a CSV is a Thunderbird address book export ("Export… → Comma Separated"). */
export function isThunderbirdCsv(text: string): boolean {
	const head = text.slice(0, 4000);
	return REQUIRED.every((name) => new RegExp(`(^|[,;\\t])"?${name}"?(?=[,;\\t\\r\\n]|$)`, "im").test(head)) && /Secondary Email/i.test(head);
}

/**
 * Thunderbird's birthday: three columns, Birth Year (may be empty), Birth Month and Birth Day, as
 * numbers; `--MM-DD` without a year. "none" when they give no date at all, null when not a real one.
 */
function birthday(year: string, month: string, day: string): { day: string } | null | "none" {
	if (month === "" && day === "") return "none";
	const m = Number(month);
	const d = Number(day);
	if (!/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return null;
	if (year === "") return isValidDate(2000, m, d) ? { day: `--${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` } : null;
	return /^\d{4}$/.test(year) && isValidDate(Number(year), m, d) ? { day: formatDay(Number(year), m, d) } : null;
}

function thunderbirdContact(r: { line: number; get(name: string): string }, problems: ContactProblem[]): Contact | null {
	const c = emptyContact(r.line);
	c.firstName = r.get("First Name");
	c.lastName = r.get("Last Name");
	c.name = r.get("Display Name") || [c.firstName, c.lastName].filter((x) => x !== "").join(" ");
	for (const col of ["Primary Email", "Secondary Email"]) if (r.get(col)) c.emails.push(r.get(col));
	for (const col of ["Mobile Number", "Work Phone", "Home Phone"]) if (r.get(col)) c.phones.push(r.get(col));
	c.org = r.get("Organization") || r.get("Organisation") || null;
	c.role = r.get("Job Title") || null;
	if (c.name === "" && c.org) c.name = c.org;
	for (const col of ["Web Page 1", "Web Page 2"]) {
		const url = r.get(col);
		const profile = url ? linkedinProfile(url) : null;
		if (profile && !c.linkedin) c.linkedin = profile;
		else if (url) c.websites.push(url);
	}
	const day = birthday(r.get("Birth Year"), r.get("Birth Month"), r.get("Birth Day"));
	if (day === null) problems.push(contactProblem(r.line, "badDate", { field: "Birth Year/Month/Day", value: [r.get("Birth Year"), r.get("Birth Month"), r.get("Birth Day")].join("/") }));
	else if (day !== "none") c.birthday = day.day;
	c.note = r.get("Notes") || null;
	if (!hasIdentity(c)) {
		problems.push(contactProblem(r.line, "noName"));
		return null;
	}
	return c;
}

/**
 * Whether a row is as wide as the header, a trailing comma more or less aside: Thunderbird ends its
 * header with `Notes,`, and a row saved again by another program may lose that last empty cell.
 */
function fits(width: number, cells: readonly string[], header: readonly string[]): boolean {
	if (width === header.length) return true;
	if (width === header.length - 1) return header[header.length - 1] === "";
	return width === header.length + 1 && cells[cells.length - 1] === "";
}

/** A Thunderbird address book CSV: one contact per row, the columns named as its English builds name them. */
export function readThunderbird(text: string): ContactFile {
	const csv = parseCsv(text, csvSeparator(text));
	const { rows, problems, cutShortAfterLine } = csv;
	const table = recordsAfterHeader(rows, REQUIRED);
	if (!table) return { source: "thunderbird", contacts: [], problems: [...problems, contactProblem(1, "noHeader")], cutShortAfterLine };
	const contacts: Contact[] = [];
	const byLine = new Map(rows.map((r) => [r.line, r.cells]));
	for (const r of table.records) {
		if (!fits(r.width, byLine.get(r.line) ?? [], table.header.cells)) {
			problems.push(contactProblem(r.line, "rowWidth", { expected: table.header.cells.length, found: r.width }));
			continue;
		}
		const c = thunderbirdContact(r, problems);
		if (c) contacts.push(c);
	}
	const header = table.header.cells;
	const width = header[header.length - 1] === "" ? header.length - 1 : header.length;
	return { source: "thunderbird", contacts, problems, cutShortAfterLine: csvCutShortAfterLine(csv, table.records, width) };
}
