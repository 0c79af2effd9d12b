import { type Contact, type ContactFile, type ContactSource, contactProblem } from "./contact";
import { csvCutShortAfterLine, type ParsedCsv, type recordsAfterHeader } from "./csv";
import { CsvReads } from "./not-kept";

type Table = NonNullable<ReturnType<typeof recordsAfterHeader>>;
type CsvRecord = Table["records"][number];

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
