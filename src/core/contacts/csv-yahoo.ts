import { hasColumn, readCsvTable } from "./csv-table";
import { type Contact, type ContactFile, type ContactProblem, contactProblem, emptyContact, fullName, hasIdentity, linkedinProfile } from "./contact";
import { parseOutlookDate } from "./csv-outlook";

/**
 * Yahoo Mail's contacts export ("Export → Yahoo CSV"): First, Middle, Last, Nickname, Email,
 * Category, …, Home, Work, Pager, Fax, Mobile, Other, Yahoo Phone, Primary, Alternate Email 1 and 2,
 * Personal and Business Website, Title, Company, …, Birthday, Anniversary, …, Comments.
 */
const REQUIRED = ["First", "Last", "Email"];

/** Whether a CSV is Yahoo's: its short name columns, and a column only Yahoo writes. */
export function isYahooCsv(text: string): boolean {
	const head = text.slice(0, 4000);
	const cell = (name: string): boolean => hasColumn(head, name);
	return REQUIRED.every(cell) && (cell("Yahoo Phone") || cell("Alternate Email 1") || cell("Messenger ID"));
}

/** Its numbers to call, mobile first (older exports write `Yahoo! Phone`); the fax is kept apart, the pager is none. */
const PHONE_COLUMNS = ["Mobile", "Work", "Home", "Primary", "Other", "Yahoo Phone", "Yahoo! Phone"];

function yahooContact(r: { line: number; get(name: string): string }, problems: ContactProblem[]): Contact | null {
	const c = emptyContact(r.line);
	c.firstName = r.get("First");
	c.lastName = r.get("Last");
	c.name = fullName(c.firstName, r.get("Middle"), c.lastName);
	for (const col of ["Email", "Alternate Email 1", "Alternate Email 2"]) if (r.get(col)) c.emails.push(r.get(col));
	for (const col of PHONE_COLUMNS) if (r.get(col)) c.phones.push(r.get(col));
	if (r.get("Fax")) c.faxes.push(r.get("Fax"));
	c.org = r.get("Company") || null;
	c.role = r.get("Title") || null;
	if (c.name === "" && c.org) c.name = c.org;
	for (const col of ["Personal Website", "Business Website"]) {
		const url = r.get(col);
		const profile = url ? linkedinProfile(url) : null;
		if (profile && !c.linkedin) c.linkedin = profile;
		else if (url) c.websites.push(url);
	}
	// Written as the US writes dates, month first (`4/7/1985`), as Outlook's English export does.
	const birthday = parseOutlookDate(r.get("Birthday"));
	if (birthday === null) problems.push(contactProblem(r.line, "badDate", { field: "Birthday", value: r.get("Birthday") }));
	else if (birthday !== "none") c.birthday = birthday.day;
	c.note = r.get("Comments") || null;
	// Its Category and the Distribution Lists it is on, several joined by commas: the contact's groups.
	c.groups = [...new Set(["Category", "Distribution Lists"].flatMap((col) => r.get(col).split(/[,;]/)).map((g) => g.trim()).filter((g) => g !== ""))];
	if (!hasIdentity(c)) {
		problems.push(contactProblem(r.line, "noName"));
		return null;
	}
	return c;
}

/** A Yahoo Mail contacts CSV: one contact per row. */
export function readYahoo(text: string): ContactFile {
	return readCsvTable("yahoo", text, REQUIRED, (r, file) => yahooContact(r, file.problems));
}
