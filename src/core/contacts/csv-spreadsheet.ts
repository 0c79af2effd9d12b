import { type CsvRecord, contactsOfTable } from "./csv-table";
import { type DayOrder, dayOrderOfColumn, readBirthdayCell } from "./csv-birthday";
import { type Contact, type ContactFile, type ContactProblem, contactProblem, emptyContact, faxColumns, faxesOf, fullName, hasIdentity, linkedinProfile, userGroups } from "./contact";
import { type CsvRow, type CsvSeparator, csvSeparator, parseCsv, recordsAfterHeader } from "./csv";
import { foldColumn, isPeopleHeader, type SpreadsheetField, type SpreadsheetHeader, spreadsheetHeader } from "./spreadsheet-columns";

/**
 * The last resort for a CSV no exporter above wrote: a table of people, as a person makes one in
 * Excel, Numbers or Google Sheets, a Notion database exports it (its title column first, `Name`;
 * multi-selects joined by `, `; dates as `April 7, 1985`), or a CRM without a reader of its own
 * (HubSpot) writes it. Its columns are told by their names (`spreadsheet-columns.ts`); it needs a
 * name and an email or a phone column, so a bank statement or any other table is no contacts file.
 */

/** How many rows a header may come after (a title, a blank row, a note above the table). */
const HEADER_WITHIN = 10;

/** Where the table of people starts: the first of the first rows whose cells name a person's fields. */
function peopleHeader(rows: readonly CsvRow[]): { at: number; header: SpreadsheetHeader } | null {
	for (const [at, row] of rows.slice(0, HEADER_WITHIN).entries()) {
		const header = spreadsheetHeader(row.cells);
		if (isPeopleHeader(header)) return { at, header };
	}
	return null;
}

/** Whether a CSV is a table of people this reader can read (it looks at the first rows only). */
export function isSpreadsheetCsv(text: string): boolean {
	const head = text.slice(0, 20000);
	return peopleHeader(parseCsv(head, csvSeparator(head)).rows) !== null;
}

/** HubSpot's own columns: its export of contacts names them so. */
const HUBSPOT_COLUMNS = ["Record ID", "Lifecycle Stage", "Lead Status", "Marketing contact status", "Primary Associated Company ID", "HubSpot Score"].map(foldColumn);

function isHubSpot(cells: readonly string[]): boolean {
	const folded = new Set(cells.map(foldColumn));
	return folded.has(foldColumn("Record ID")) && HUBSPOT_COLUMNS.slice(1).some((c) => folded.has(c));
}

/** The header's column names for each field, in the header's order. */
function columnsByField(cells: readonly string[], header: SpreadsheetHeader): Map<SpreadsheetField, string[]> {
	const columns = new Map<SpreadsheetField, string[]>();
	for (const [i, field] of header.fields.entries()) {
		const name = cells[i];
		if (field === undefined || name === undefined) continue;
		const named = columns.get(field);
		if (named) named.push(name);
		else columns.set(field, [name]);
	}
	return columns;
}

/**
 * The order a file writes day and month in: day first where cells are separated by `;` (the comma is
 * the decimal mark there) or its columns are named in Italian, German, French or Spanish; else as
 * its birthdays themselves tell it (`14/5/1979`), else unknown.
 */
function dayOrder(separator: CsvSeparator, header: SpreadsheetHeader, birthdays: readonly string[]): DayOrder {
	if (separator === ";" || header.dayFirstLanguage) return "dayFirst";
	return dayOrderOfColumn(birthdays);
}

interface SheetReading {
	columns: Map<SpreadsheetField, string[]>;
	faxes: readonly string[];
	order: DayOrder;
	problems: ContactProblem[];
}

function personOf(r: CsvRecord, sheet: SheetReading, blank: boolean): Contact | null {
	const cells = (field: SpreadsheetField): string[] => (sheet.columns.get(field) ?? []).map((name) => r.get(name)).filter((v) => v !== "");
	const cell = (field: SpreadsheetField): string => cells(field)[0] ?? "";
	const c = emptyContact(r.line);
	c.firstName = cell("first");
	c.lastName = cell("last");
	c.name = cell("name") || fullName(c.firstName, "", c.lastName);
	c.emails = cells("email");
	c.phones = [...cells("mobile"), ...cells("phone")];
	c.faxes = faxesOf(r, sheet.faxes);
	c.org = cell("org") || null;
	c.role = cell("role") || null;
	c.department = cell("department") || null;
	if (c.name === "" && c.org) c.name = c.org;
	for (const url of [...cells("linkedin"), ...cells("website")]) {
		const profile = linkedinProfile(url);
		if (profile && !c.linkedin) c.linkedin = profile;
		else c.websites.push(url);
	}
	const written = cell("birthday");
	const birthday = readBirthdayCell(written, sheet.order);
	if (birthday === null) sheet.problems.push(contactProblem(r.line, "badDate", { field: sheet.columns.get("birthday")?.[0] ?? "Birthday", value: written }));
	else if (birthday !== "none") c.birthday = birthday.day;
	c.note = cells("note").join("\n\n") || null;
	c.groups = [...new Set(userGroups(cells("groups").flatMap((g) => g.split(/[,;|]/))))];
	if (hasIdentity(c)) return c;
	// A row the spreadsheet left empty (cells formatted, nothing typed) is no contact and no problem.
	if (!blank) sheet.problems.push(contactProblem(r.line, "noName"));
	return null;
}

/** A table of people (by hand, Notion, HubSpot): one contact per row after its header. */
export function readSpreadsheet(text: string): ContactFile {
	const separator = csvSeparator(text);
	const csv = parseCsv(text, separator);
	const found = peopleHeader(csv.rows);
	const headerRow = found ? csv.rows[found.at] : undefined;
	const table = found && headerRow ? recordsAfterHeader(csv.rows.slice(found.at), [headerRow.cells[0] ?? ""]) : null;
	if (!found || !headerRow || !table) return { source: "spreadsheet", contacts: [], problems: [...csv.problems, contactProblem(1, "noHeader")], cutShortAfterLine: csv.cutShortAfterLine };
	const cells = headerRow.cells;
	const columns = columnsByField(cells, found.header);
	const birthdays = table.records.map((r) => (columns.get("birthday") ?? []).map((name) => r.get(name)).find((v) => v !== "") ?? "");
	const sheet: SheetReading = { columns, faxes: faxColumns(cells.filter((_name, i) => found.header.fields[i] === undefined)), order: dayOrder(separator, found.header, birthdays), problems: csv.problems };
	const blankLines = new Set(csv.rows.filter((row) => row.cells.every((c) => c === "")).map((row) => row.line));
	return contactsOfTable(isHubSpot(cells) ? "hubspot" : "spreadsheet", csv, table, (r) => personOf(r, sheet, blankLines.has(r.line)));
}
