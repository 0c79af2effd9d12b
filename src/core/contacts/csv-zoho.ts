import { hasColumn, readCsvTable } from "./csv-table";
import { type Contact, type ContactFile, type ContactProblem, contactProblem, emptyContact, faxesOf, fullName, hasIdentity, linkedinProfile } from "./contact";
import { parseOutlookDate } from "./csv-outlook";

/**
 * Zoho CRM's export of its Contacts module: its fields' labels as column names (Record Id, Contact
 * Owner, First Name, Last Name, Account Name, Email, Title, Department, Phone, Home Phone, Other
 * Phone, Fax, Mobile, Date of Birth, Secondary Email, Description, Tag, the Mailing address…).
 */
const REQUIRED = ["First Name", "Last Name", "Email"];

/** Whether a CSV is Zoho CRM's: its name and email columns, and the account column a CRM names so. */
export function isZohoCsv(text: string): boolean {
	const head = text.slice(0, 4000);
	const cell = (name: string): boolean => hasColumn(head, name);
	return REQUIRED.every(cell) && cell("Account Name") && (cell("Contact Owner") || cell("Mobile") || cell("Title"));
}

/** Its numbers to call, mobile first. */
const PHONE_COLUMNS = ["Mobile", "Phone", "Home Phone", "Other Phone"];

function zohoContact(r: { line: number; get(name: string): string }, faxes: readonly string[], problems: ContactProblem[]): Contact | null {
	const c = emptyContact(r.line);
	c.firstName = r.get("First Name");
	c.lastName = r.get("Last Name");
	c.name = fullName(c.firstName, "", c.lastName);
	for (const col of ["Email", "Secondary Email"]) if (r.get(col)) c.emails.push(r.get(col));
	for (const col of PHONE_COLUMNS) if (r.get(col)) c.phones.push(r.get(col));
	c.faxes = faxesOf(r, faxes);
	c.org = r.get("Account Name") || null;
	c.role = r.get("Title") || null;
	c.department = r.get("Department") || null;
	if (c.name === "" && c.org) c.name = c.org;
	const web = r.get("Website");
	const profile = web ? linkedinProfile(web) : null;
	if (profile) c.linkedin = profile;
	else if (web) c.websites.push(web);
	// `yyyy-MM-dd` as Zoho exports it, or month first as it imports dates.
	const field = r.get("Date of Birth") ? "Date of Birth" : "Birthdate";
	const birthday = parseOutlookDate(r.get(field));
	if (birthday === null) problems.push(contactProblem(r.line, "badDate", { field, value: r.get(field) }));
	else if (birthday !== "none") c.birthday = birthday.day;
	c.note = r.get("Description") || null;
	c.groups = r.get("Tag").split(/[,;]/).map((g) => g.trim()).filter((g) => g !== "");
	if (!hasIdentity(c)) {
		problems.push(contactProblem(r.line, "noName"));
		return null;
	}
	return c;
}

/** A Zoho CRM contacts CSV: one contact per row. */
export function readZoho(text: string): ContactFile {
	return readCsvTable("zoho", text, REQUIRED, (r, file) => zohoContact(r, file.faxes, file.problems));
}
