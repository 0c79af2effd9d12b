import { type Contact, type ContactFile, type ContactProblem, type ContactSource, contactProblem, faxColumns } from "./contact";
import { csvCutShortAfterLine, type CsvSeparator, csvSeparator, type ParsedCsv, parseCsv, recordsAfterHeader } from "./csv";
import { CsvReads } from "./not-kept";

type Table = NonNullable<ReturnType<typeof recordsAfterHeader>>;
export type CsvRecord = Table["records"][number];

/**
 * The contacts of a CSV's rows after its header, one per row: a row of another width than the
 * header is reported and skipped, `read` makes a contact of a row (or says why not, in `problems`),
 * and the columns no rule read that hold something in a contact's row are reported as not kept.
 */
export function contactsOfTable(source: ContactSource, csv: ParsedCsv, table: Table, read: (record: CsvRecord) => Contact | null): ContactFile {
	const { problems } = csv;
	const width = table.header.cells.length;
	const contacts: Contact[] = [];
	const reads = new CsvReads();
	for (const r of table.records) {
		if (r.width !== width) {
			problems.push(contactProblem(r.line, "rowWidth", { expected: width, found: r.width }));
			continue;
		}
		const c = read(reads.row(r));
		if (c) {
			contacts.push(c);
			reads.keep(r);
		}
	}
	return { source, contacts, problems, notKept: reads.notKept(table.header.cells), cutShortAfterLine: csvCutShortAfterLine(csv, table.records, width) };
}

/** What a reader knows of the file while it reads a row: the header's cells, where to report a row's problems, and which of its layouts the header matched. */
export interface CsvTableContext {
	header: readonly string[];
	/** The header's fax columns (`faxColumns`). */
	faxes: readonly string[];
	problems: ContactProblem[];
	/** The rows after the header, for what a whole column tells (the order its dates are written in). */
	records: readonly CsvRecord[];
	/** What separates its cells (`;` where the comma is the decimal mark: a day-first country). */
	separator: CsvSeparator;
	/** The index in `required` of the column names the header has (0 when `required` is one list). */
	layout: number;
}

/**
 * The column names a header must hold: one list, or several layouts (an exporter's languages)
 * tried in turn, the first whose names a row holds making it the header.
 */
export type RequiredColumns = readonly string[] | readonly (readonly string[])[];

function isOneLayout(required: RequiredColumns): required is readonly string[] {
	return required.every((r) => typeof r === "string");
}

function layoutsOf(required: RequiredColumns): readonly (readonly string[])[] {
	return isOneLayout(required) ? [required] : required;
}

/**
 * An exporter's CSV read one contact per row: its separator told by its header line (the first line
 * `separatorHint` matches, else the first line), its header the first row holding the `required`
 * names, a `noHeader` problem when none does, then each row after it made a contact by `contactOf`.
 */
export function readCsvTable(source: ContactSource, text: string, required: RequiredColumns, contactOf: (record: CsvRecord, file: CsvTableContext) => Contact | null, separatorHint?: RegExp): ContactFile {
	const separator = csvSeparator(text, separatorHint);
	const csv = parseCsv(text, separator);
	const { rows, problems, cutShortAfterLine } = csv;
	const layouts = layoutsOf(required);
	for (const [layout, names] of layouts.entries()) {
		const table = recordsAfterHeader(rows, names);
		if (!table) continue;
		const file: CsvTableContext = { header: table.header.cells, faxes: faxColumns(table.header.cells), problems, records: table.records, separator, layout };
		return contactsOfTable(source, csv, table, (r) => contactOf(r, file));
	}
	return { source, contacts: [], problems: [...problems, contactProblem(1, "noHeader")], cutShortAfterLine };
}

/** Whether a CSV's first lines (`head`) have `name` as a whole cell: quoted or not, any separator, in any case. */
export function hasColumn(head: string, name: string): boolean {
	return new RegExp(String.raw`(^|[,;\t])"?` + name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&") + String.raw`"?(?=[,;\t\r\n]|$)`, "im").test(head);
}
