import { type Contact, type ContactFile, contactProblem, emptyContact, hasIdentity, linkedinProfile } from "./contact";
import { csvCutShortAfterLine, csvSeparator, parseCsv, recordsAfterHeader } from "./csv";
import { formatDay, isValidDate } from "../dates/dates";

/**
 * Outlook names its columns in the language of its interface. The Italian names, as Outlook for
 * Windows in Italian exports them (the English name → the Italian one); `Notes` keeps its English name.
 */
const ITALIAN_COLUMNS: Readonly<Record<string, string>> = {
	"First Name": "Nome",
	"Middle Name": "Secondo nome",
	"Last Name": "Cognome",
	Company: "Società",
	"Job Title": "Posizione",
	"E-mail Address": "Indirizzo posta elettronica",
	"E-mail 2 Address": "Indirizzo posta elettronica 2",
	"E-mail 3 Address": "Indirizzo posta elettronica 3",
	"Mobile Phone": "Cellulare",
	"Primary Phone": "Telefono principale",
	"Business Phone": "Ufficio",
	"Business Phone 2": "Ufficio 2",
	"Home Phone": "Abitazione",
	"Home Phone 2": "Abitazione 2",
	"Other Phone": "Altro telefono",
	"Car Phone": "Telefono auto",
	"Company Main Phone": "Telefono principale società",
	Birthday: "Compleanno",
	"Web Page": "Pagina Web",
	Categories: "Categorie",
};

/** How one Outlook export is written: its column names, and whether its dates put the day first. */
interface OutlookLayout {
	/** The file's name for an English column name. */
	column(english: string): string;
	/** Dates as the exporting Windows writes them: `7/4/1985` is 4 July in English, 7 April in Italian. */
	dayFirst: boolean;
}

const ENGLISH: OutlookLayout = { column: (english) => english, dayFirst: false };
const ITALIAN: OutlookLayout = { column: (english) => ITALIAN_COLUMNS[english] ?? english, dayFirst: true };

/**
 * Whether a CSV is an Outlook contacts export (Outlook for Windows' "Export to a file", Outlook.com's
 * "Export contacts"), with English or Italian column names, separated by commas, semicolons or tabs
 * (Excel's "Unicode text").
 */
export function isOutlookCsv(text: string): boolean {
	const head = text.slice(0, 4000);
	const english = /"?First Name"?[,;\t]/i.test(head) && /"?E-mail Address"?/i.test(head) && /"?(Job Title|Business Phone|E-mail 2 Address)"?/i.test(head);
	return english || (/(^|[,;\t])"?Nome"?[,;\t]/im.test(head) && /[,;\t]"?Cognome"?[,;\t\r\n]/i.test(head) && /"?Indirizzo posta elettronica"?/i.test(head) && /"?(Posizione|Ufficio|Cellulare|Indirizzo posta elettronica 2)"?/i.test(head));
}

const PHONE_COLUMNS = ["Mobile Phone", "Primary Phone", "Business Phone", "Business Phone 2", "Home Phone", "Home Phone 2", "Other Phone", "Car Phone", "Company Main Phone"];
const EMAIL_COLUMNS = ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"];

/**
 * Outlook's birthday: the short date of the exporting machine (`4/7/1985` month first, as US Windows
 * writes it; day first when the first number cannot be a month, or when `dayFirst`, as Italian
 * Windows writes it), `0/0/00` for none, or ISO. Two-digit years as Windows reads them by default:
 * 30–99 are 1930–1999, 00–29 are 2000–2029.
 */
export function parseOutlookDate(text: string, dayFirst = false): { day: string } | null | "none" {
	const t = text.trim().replace(/\s.*$/, "");
	if (t === "" || /^0?0\/0?0\/(00|0000)$/.test(t)) return "none";
	let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
	if (m?.[1] && m[2] && m[3]) return isValidDate(Number(m[1]), Number(m[2]), Number(m[3])) ? { day: formatDay(Number(m[1]), Number(m[2]), Number(m[3])) } : null;
	m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(t);
	if (!m?.[1] || !m[2] || !m[3]) return null;
	const year = m[3].length === 2 ? (Number(m[3]) >= 30 ? 1900 : 2000) + Number(m[3]) : Number(m[3]);
	const first = Number(m[1]);
	const second = Number(m[2]);
	const [month, day] = (dayFirst ? second <= 12 : first > 12) ? [second, first] : [first, second];
	return isValidDate(year, month, day) ? { day: formatDay(year, month, day) } : null;
}

function outlookContact(row: { line: number; get(name: string): string }, layout: OutlookLayout, problems: ContactFile["problems"]): Contact | null {
	const r = { line: row.line, get: (english: string): string => row.get(layout.column(english)) };
	const c = emptyContact(r.line);
	c.firstName = r.get("First Name");
	c.lastName = r.get("Last Name");
	c.name = [c.firstName, r.get("Middle Name"), c.lastName].filter((x) => x !== "").join(" ");
	for (const col of EMAIL_COLUMNS) if (r.get(col)) c.emails.push(r.get(col));
	for (const col of PHONE_COLUMNS) if (r.get(col)) c.phones.push(r.get(col));
	c.org = r.get("Company") || null;
	c.role = r.get("Job Title") || null;
	if (c.name === "" && c.org) c.name = c.org;
	const birthday = parseOutlookDate(r.get("Birthday"), layout.dayFirst);
	if (birthday === null) problems.push(contactProblem(r.line, "badDate", { field: layout.column("Birthday"), value: r.get("Birthday") }));
	else if (birthday !== "none") c.birthday = birthday.day;
	c.note = r.get("Notes") || null;
	const web = r.get("Web Page");
	if (web) {
		const profile = linkedinProfile(web);
		if (profile) c.linkedin = profile;
		else c.websites.push(web);
	}
	// Outlook separates categories with semicolons.
	c.groups = r.get("Categories").split(";").map((g) => g.trim()).filter((g) => g !== "");
	if (!hasIdentity(c)) {
		problems.push(contactProblem(r.line, "noName"));
		return null;
	}
	return c;
}

/** An Outlook contacts CSV: one contact per row, the columns named as Outlook names them in English or Italian. */
export function readOutlook(text: string): ContactFile {
	const csv = parseCsv(text, csvSeparator(text));
	const { rows, problems, cutShortAfterLine } = csv;
	const required = ["First Name", "Last Name", "E-mail Address"];
	let layout = ENGLISH;
	let table = recordsAfterHeader(rows, required);
	if (!table) {
		layout = ITALIAN;
		table = recordsAfterHeader(rows, required.map((name) => ITALIAN.column(name)));
	}
	if (!table) return { source: "outlook", contacts: [], problems: [...problems, contactProblem(1, "noHeader")], cutShortAfterLine };
	const contacts: Contact[] = [];
	for (const r of table.records) {
		if (r.width !== table.header.cells.length) {
			problems.push(contactProblem(r.line, "rowWidth", { expected: table.header.cells.length, found: r.width }));
			continue;
		}
		const c = outlookContact(r, layout, problems);
		if (c) contacts.push(c);
	}
	return { source: "outlook", contacts, problems, cutShortAfterLine: csvCutShortAfterLine(csv, table.records, table.header.cells.length) };
}
