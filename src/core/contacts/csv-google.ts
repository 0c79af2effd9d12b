import { CsvReads } from "./not-kept";
import { withGenerationOfSuffix } from "./suffix-generation";
import { type Contact, type ContactFile, contactProblem, emptyContact, fullName, hasIdentity, withSuffix, linkedinProfile, userGroups } from "./contact";
import { csvCutShortAfterLine, csvSeparator, parseCsv, recordsAfterHeader } from "./csv";
import { parseBirthdayText } from "./csv-sources";
import { appendAll } from "../shared/lists";

/** Whether a CSV is a Google Contacts export (new or old layout). */
export function isGoogleCsv(text: string): boolean {
	const head = text.slice(0, 4000);
	return /E-mail 1 - Value/i.test(head) || (/Given Name"?[,;\t]/i.test(head) && /Family Name"?[,;\t]/i.test(head)) || (/Organization Name/i.test(head) && /Labels/i.test(head));
}

/** Values Google joins with ` ::: ` in one cell. */
function multi(cell: string): string[] {
	return cell.split(":::").map((v) => v.trim()).filter((v) => v !== "");
}

/** A label's word that says a line answers calls (`Tel/Fax`, `Phone & fax`, `Telefono/Fax`). */
const CALLS = /(?:^|[^\p{L}])(?:tel|phone|telephone|téléphone|telefon|telefono|teléfono|telefone|voice|mobile|cell)(?!\p{L})/iu;

/** A phone's label that says fax (`Work Fax`, `Home Fax`, `Fax di lavoro`) and not a phone too (`Tel/Fax`): no number to call. */
function isFax(label: string): boolean {
	return label.toLowerCase().includes("fax") && /\bfax\b/i.test(label) && !CALLS.test(label);
}

/**
 * A Google Contacts CSV export: the current layout (First Name, Labels, Organization Name) and the
 * older one (Given Name, Group Membership, Organization 1 - Name). A row with no name but an
 * organisation (a shop, an office) is named after it.
 */
export function readGoogle(text: string): ContactFile {
	// A spreadsheet saving the export again may separate the cells with `;` or tabs.
	const csv = parseCsv(text, csvSeparator(text));
	const { rows, problems, cutShortAfterLine } = csv;
	const header = rows[0];
	if (!header) return { source: "google", contacts: [], problems: [...problems, contactProblem(1, "emptyFile")], cutShortAfterLine };
	const names = header.cells;
	const table = recordsAfterHeader(rows, [names[0] ?? ""]);
	const contacts: Contact[] = [];
	const numbered = (prefix: string, suffix: string): string[] => names.filter((n) => new RegExp(`^${prefix} \\d+ - ${suffix}$`, "i").test(n));
	const reads = new CsvReads();
	for (const record of table?.records ?? []) {
		const r = reads.row(record);
		if (r.width !== names.length) {
			problems.push(contactProblem(r.line, "rowWidth", { expected: names.length, found: r.width }));
			continue;
		}
		const c = emptyContact(r.line);
		c.firstName = r.get("First Name") || r.get("Given Name");
		c.lastName = r.get("Last Name") || r.get("Family Name");
		c.name = r.get("Name") || withSuffix(fullName(c.firstName, r.get("Middle Name") || r.get("Additional Name"), c.lastName), r.get("Name Suffix"));
		// An older export's `Name` may leave out the generation `Name Suffix` gives (`Marco Bianchi`, `Jr.`).
		withGenerationOfSuffix(c, r.get("Name Suffix"));
		for (const col of numbered("E-mail", "Value")) appendAll(c.emails, multi(r.get(col)));
		for (const col of numbered("Phone", "Value")) {
			// The current layout labels a number in `Phone 1 - Label`, the older one in `Phone 1 - Type`.
			const label = r.get(col.replace(/Value$/i, "Label")) || r.get(col.replace(/Value$/i, "Type"));
			appendAll(isFax(label) ? c.faxes : c.phones, multi(r.get(col)));
		}
		for (const col of numbered("Website", "Value")) {
			for (const url of multi(r.get(col))) {
				const profile = linkedinProfile(url);
				if (profile && !c.linkedin) c.linkedin = profile;
				else c.websites.push(url);
			}
		}
		c.org = r.get("Organization Name") || r.get("Organization 1 - Name") || null;
		c.role = r.get("Organization Title") || r.get("Organization 1 - Title") || null;
		c.department = r.get("Organization Department") || r.get("Organization 1 - Department") || null;
		if (c.name === "" && c.org) c.name = c.org;
		const birthday = r.get("Birthday");
		c.birthday = birthday ? parseBirthdayText(birthday) : null;
		if (birthday && !c.birthday) problems.push(contactProblem(r.line, "badDate", { field: "Birthday", value: birthday }));
		c.note = r.get("Notes") || null;
		c.groups = userGroups(multi(r.get("Labels") || r.get("Group Membership")));
		if (!hasIdentity(c)) {
			problems.push(contactProblem(r.line, "noName"));
			continue;
		}
		contacts.push(c);
		reads.keep(record);
	}
	return { source: "google", contacts, problems, notKept: reads.notKept(names), cutShortAfterLine: csvCutShortAfterLine(csv, table?.records, names.length) };
}
