import { type CsvRecord, type CsvTableContext, hasColumn, readCsvTable } from "./csv-table";
import { type DayOrder, dayOrderOfColumn, readBirthdayCell } from "./csv-birthday";
import { type Contact, type ContactFile, contactProblem, emptyContact, faxesOf, fullName, hasIdentity } from "./contact";

/**
 * Salesforce's contacts, two ways: a report exported with its fields' labels (Contact Owner, First
 * Name, Last Name, Title, Account Name, Email, Phone, Mobile, Fax, Fax Opt Out, Mailing Street,
 * Mailing State/Province, Mailing Zip/Postal Code, Birthdate in the user's locale, Description,
 * Contact ID…), or Data Loader's and the weekly Data Export's Contact.csv with the fields' API names
 * (Id, AccountId, FirstName, LastName, Email, Phone, MobilePhone, Title, Department, Birthdate as
 * `1979-05-14`, Description, OwnerId…; Data Loader writes them in capitals).
 */
interface SalesforceLayout {
	first: string;
	last: string;
	middle: string;
	full: string;
	org: readonly string[];
	phones: readonly string[];
}

const LABELS: SalesforceLayout = { first: "First Name", last: "Last Name", middle: "Middle Name", full: "Full Name", org: ["Account Name"], phones: ["Mobile", "Phone", "Home Phone", "Other Phone"] };
const API_NAMES: SalesforceLayout = { first: "FirstName", last: "LastName", middle: "MiddleName", full: "Name", org: ["Account.Name", "AccountName"], phones: ["MobilePhone", "Phone", "HomePhone", "OtherPhone"] };
const LAYOUTS = [LABELS, API_NAMES];

/** Columns only a Salesforce report names so (Zoho CRM writes `Date of Birth`, `Mailing Zip`, `Record Id`). */
const REPORT_ONLY = ["Fax Opt Out", "Birthdate", "Mailing State/Province", "Mailing Zip/Postal Code", "Contact ID", "Account ID", "Do Not Call", "Asst. Phone", "Reports To", "Created Date", "Last Modified Date"];
/** Columns only Zoho CRM's export has: a file with one is Zoho's. */
const ZOHO_ONLY = ["Record Id", "Date of Birth", "Secondary Email", "Tag", "Skype ID", "Vendor Name", "Reporting To", "Asst Phone", "Mailing Zip", "Account Name.id"];
/** Fields only Salesforce's Contact object has, as its API names them. */
const API_ONLY = ["AccountId", "OwnerId", "MobilePhone", "MailingStreet", "MailingPostalCode", "IsDeleted", "HasOptedOutOfEmail", "ReportsToId", "SystemModstamp"];

/** Whether a CSV is Salesforce's contacts: a report's labels with a column only Salesforce names so, or the Contact object's API names. */
export function isSalesforceCsv(text: string): boolean {
	const head = text.slice(0, 4000);
	const has = (name: string): boolean => hasColumn(head, name);
	const report = has("First Name") && has("Last Name") && REPORT_ONLY.some(has) && !ZOHO_ONLY.some(has);
	return report || (has("FirstName") && has("LastName") && API_ONLY.some(has));
}

function firstFilled(r: CsvRecord, names: readonly string[]): string {
	for (const name of names) if (r.get(name)) return r.get(name);
	return "";
}

/**
 * The order of the file's day-and-month birthdays: day first where the cells are separated by `;`
 * (the comma is the decimal mark there), else as the column's own dates tell it.
 */
function dayOrderOf(file: CsvTableContext): DayOrder {
	return file.separator === ";" ? "dayFirst" : dayOrderOfColumn(file.records.map((r) => r.get("Birthdate")));
}

function salesforceContact(r: CsvRecord, file: CsvTableContext, order: () => DayOrder): Contact | null {
	const layout = LAYOUTS[file.layout] ?? LABELS;
	const c = emptyContact(r.line);
	c.firstName = r.get(layout.first);
	c.lastName = r.get(layout.last);
	c.name = fullName(c.firstName, r.get(layout.middle), c.lastName) || r.get(layout.full);
	if (r.get("Email")) c.emails.push(r.get("Email"));
	for (const col of layout.phones) if (r.get(col)) c.phones.push(r.get(col));
	c.faxes = faxesOf(r, file.faxes);
	c.org = firstFilled(r, layout.org) || null;
	c.role = r.get("Title") || null;
	c.department = r.get("Department") || null;
	if (c.name === "" && c.org) c.name = c.org;
	const written = r.get("Birthdate");
	const birthday = written ? readBirthdayCell(written, order()) : "none";
	if (birthday === null) file.problems.push(contactProblem(r.line, "badDate", { field: "Birthdate", value: written }));
	else if (birthday !== "none") c.birthday = birthday.day;
	c.note = r.get("Description") || null;
	if (!hasIdentity(c)) {
		file.problems.push(contactProblem(r.line, "noName"));
		return null;
	}
	return c;
}

/** A Salesforce contacts CSV (a report's labels, or the API names): one contact per row. */
export function readSalesforce(text: string): ContactFile {
	let order: DayOrder | undefined;
	return readCsvTable("salesforce", text, LAYOUTS.map((l) => [l.first, l.last]), (r, file) => salesforceContact(r, file, () => (order === undefined ? (order = dayOrderOf(file)) : order)));
}
