import { hasColumn, readCsvTable } from "./csv-table";
import { type Contact, type ContactFile, contactProblem, emptyContact, faxesOf, fullName, hasIdentity, linkedinProfile, withSuffix } from "./contact";
import { formatDay, isValidDate } from "../dates/dates";

/**
 * Outlook names its columns in the language of its interface. The Italian names, as Outlook for
 * Windows in Italian exports them (the English name → the Italian one); `Notes` keeps its English name.
 */
const ITALIAN_COLUMNS: Readonly<Record<string, string>> = {
	"First Name": "Nome",
	"Middle Name": "Secondo nome",
	"Last Name": "Cognome",
	"Suffix": "Titolo straniero",
	Company: "Società",
	Department: "Reparto",
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

/**
 * The German names, as Outlook for Windows in German exports them; its short dates are day first
 * with dots (`24.06.1979`).
 */
const GERMAN_COLUMNS: Readonly<Record<string, string>> = {
	"First Name": "Vorname",
	"Middle Name": "Weitere Vornamen",
	"Last Name": "Nachname",
	Company: "Firma",
	Department: "Abteilung",
	"Job Title": "Position",
	"E-mail Address": "E-Mail-Adresse",
	"E-mail 2 Address": "E-Mail 2: Adresse",
	"E-mail 3 Address": "E-Mail 3: Adresse",
	"Mobile Phone": "Mobiltelefon",
	"Primary Phone": "Haupttelefon",
	"Business Phone": "Telefon geschäftlich",
	"Business Phone 2": "Telefon geschäftlich 2",
	"Home Phone": "Telefon privat",
	"Home Phone 2": "Telefon privat 2",
	"Other Phone": "Weiteres Telefon",
	"Car Phone": "Autotelefon",
	"Company Main Phone": "Telefon Firma",
	Birthday: "Geburtstag",
	"Web Page": "Webseite",
	Categories: "Kategorien",
	Notes: "Notizen",
};

/** The French names, as Outlook for Windows in French exports them; `Notes` keeps its name. Dates are day first (`03/02/1988`). */
const FRENCH_COLUMNS: Readonly<Record<string, string>> = {
	"First Name": "Prénom",
	"Middle Name": "Deuxième prénom",
	"Last Name": "Nom",
	"Suffix": "Suffixe",
	Company: "Société",
	Department: "Service",
	"Job Title": "Titre",
	"E-mail Address": "Adresse de messagerie",
	"E-mail 2 Address": "Adresse de messagerie 2",
	"E-mail 3 Address": "Adresse de messagerie 3",
	"Mobile Phone": "Téléphone mobile",
	"Primary Phone": "Téléphone principal",
	"Business Phone": "Téléphone (bureau)",
	"Business Phone 2": "Téléphone 2 (bureau)",
	"Home Phone": "Téléphone (domicile)",
	"Home Phone 2": "Téléphone 2 (domicile)",
	"Other Phone": "Téléphone (autre)",
	"Car Phone": "Téléphone (voiture)",
	"Company Main Phone": "Téléphone société",
	Birthday: "Anniversaire",
	"Web Page": "Page Web",
	Categories: "Catégories",
};

/**
 * The Japanese names, as Outlook for Windows in Japanese exports them (in Shift_JIS); its short
 * dates are year first (`1984/11/3`), `00/0/0` for none.
 */
const JAPANESE_COLUMNS: Readonly<Record<string, string>> = {
	"First Name": "名",
	"Middle Name": "ミドル ネーム",
	"Last Name": "姓",
	Company: "会社名",
	Department: "部署",
	"Job Title": "役職",
	"E-mail Address": "電子メール アドレス",
	"E-mail 2 Address": "電子メール 2 アドレス",
	"E-mail 3 Address": "電子メール 3 アドレス",
	"Mobile Phone": "携帯電話",
	"Primary Phone": "通常の電話",
	"Business Phone": "会社電話",
	"Business Phone 2": "会社電話 2",
	"Home Phone": "自宅電話",
	"Home Phone 2": "自宅電話 2",
	"Other Phone": "その他の電話",
	"Car Phone": "自動車電話",
	"Company Main Phone": "会社代表電話",
	Birthday: "誕生日",
	"Web Page": "Web ページ",
	Categories: "分類",
	Notes: "メモ",
};

/** Columns a language's Outlook versions name two ways: older French Outlook writes `Tél. mobile`. */
const FRENCH_OTHER_NAMES: Readonly<Record<string, string>> = { "Mobile Phone": "Tél. mobile" };
/** Other German Outlook versions: `Zweiter Vorname`, `Telefon (privat)`. */
const GERMAN_OTHER_NAMES: Readonly<Record<string, string>> = { "Middle Name": "Zweiter Vorname", "Home Phone": "Telefon (privat)", "Home Phone 2": "Telefon (privat 2)" };

/** How one Outlook export is written: its column names, and whether its dates put the day first. */
interface OutlookLayout {
	/** The file's names for an English column name, the usual one first. */
	columns(english: string): readonly string[];
	/** Dates as the exporting Windows writes them: `7/4/1985` is 4 July in English, 7 April in Italian, German or French. */
	dayFirst: boolean;
}

function translated(names: Readonly<Record<string, string>>, others: Readonly<Record<string, string>> = {}): OutlookLayout {
	return { columns: (english) => [names[english] ?? english, ...(others[english] ? [others[english]] : [])], dayFirst: true };
}

const ENGLISH: OutlookLayout = { columns: (english) => [english], dayFirst: false };
/** The layouts tried in turn, each by its first name, last name and email columns. */
const LAYOUTS: readonly OutlookLayout[] = [ENGLISH, translated(ITALIAN_COLUMNS), translated(GERMAN_COLUMNS, GERMAN_OTHER_NAMES), translated(FRENCH_COLUMNS, FRENCH_OTHER_NAMES), translated(JAPANESE_COLUMNS)];

/** Whether a file's first lines have all of these column names as cells (any separator, quoted or not). */
function hasColumns(head: string, names: readonly string[]): boolean {
	return names.every((name) => hasColumn(head, name));
}

/**
 * Whether a CSV is an Outlook contacts export (Outlook for Windows' "Export to a file", Outlook.com's
 * "Export contacts"), with English, Italian, German, French or Japanese column names, separated by commas,
 * semicolons or tabs (Excel's "Unicode text").
 */
export function isOutlookCsv(text: string): boolean {
	const head = text.slice(0, 4000);
	const english = /"?First Name"?[,;\t]/i.test(head) && /"?E-mail Address"?/i.test(head) && /"?(Job Title|Business Phone|E-mail 2 Address)"?/i.test(head);
	if (english) return true;
	return LAYOUTS.slice(1).some((layout) => {
		const [first, last, email, role, business, mobile] = ["First Name", "Last Name", "E-mail Address", "Job Title", "Business Phone", "Mobile Phone"].map((c) => layout.columns(c)[0] ?? c);
		return hasColumns(head, [first ?? "", last ?? "", email ?? ""]) && [role, business, mobile].some((c) => hasColumns(head, [c ?? ""]));
	});
}

const PHONE_COLUMNS = ["Mobile Phone", "Primary Phone", "Business Phone", "Business Phone 2", "Home Phone", "Home Phone 2", "Other Phone", "Car Phone", "Company Main Phone"];
const EMAIL_COLUMNS = ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"];

/**
 * Outlook's birthday: the short date of the exporting machine (`4/7/1985` month first, as US Windows
 * writes it; day first when the first number cannot be a month, or when `dayFirst`, as Italian
 * Windows writes it; year first, `1984/11/3`, as Japanese Windows writes it), `0/0/00` (German
 * Windows: `0.0.00`, Japanese Windows: `00/0/0`) for none, or ISO. Two-digit years as Windows reads them by default:
 * 30–99 are 1930–1999, 00–29 are 2000–2029.
 */
export function parseOutlookDate(text: string, dayFirst = false): { day: string } | null | "none" {
	// The date alone, without a time after it: what comes before the first blank (a pattern `\s.*$` scans the rest of the line from each blank).
	const trimmed = text.trim();
	const blank = trimmed.search(/\s/);
	const t = blank < 0 ? trimmed : trimmed.slice(0, blank);
	if (t === "" || /^0?0([/.])0?0\1(00|0000)$/.test(t) || /^00\/0?0\/0?0$/.test(t)) return "none";
	// ISO, or year first as Japanese Windows writes it (`1984/11/3`).
	let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t);
	if (m?.[1] && m[2] && m[3]) return isValidDate(Number(m[1]), Number(m[2]), Number(m[3])) ? { day: formatDay(Number(m[1]), Number(m[2]), Number(m[3])) } : null;
	m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(t);
	if (!m?.[1] || !m[2] || !m[3]) return null;
	const year = m[3].length === 2 ? (Number(m[3]) >= 30 ? 1900 : 2000) + Number(m[3]) : Number(m[3]);
	const first = Number(m[1]);
	const second = Number(m[2]);
	const [month, day] = (dayFirst ? second <= 12 : first > 12) ? [second, first] : [first, second];
	return isValidDate(year, month, day) ? { day: formatDay(year, month, day) } : null;
}

/** The cell of the first of a column's names that the file has and fills. */
function cellOf(row: { get(name: string): string }, names: readonly string[]): string {
	for (const name of names) {
		const value = row.get(name);
		if (value !== "") return value;
	}
	return "";
}

function outlookContact(row: { line: number; get(name: string): string }, layout: OutlookLayout, faxes: readonly string[], problems: ContactFile["problems"]): Contact | null {
	const r = { line: row.line, get: (english: string): string => cellOf(row, layout.columns(english)) };
	const c = emptyContact(r.line);
	c.firstName = r.get("First Name");
	c.lastName = r.get("Last Name");
	// With its suffix, as Outlook shows the name: `Marco Bianchi Jr.` is not his father `Marco Bianchi Sr.`.
	c.name = withSuffix(fullName(c.firstName, r.get("Middle Name"), c.lastName), r.get("Suffix"));
	for (const col of EMAIL_COLUMNS) if (r.get(col)) c.emails.push(r.get(col));
	for (const col of PHONE_COLUMNS) if (r.get(col)) c.phones.push(r.get(col));
	c.faxes = faxesOf(row, faxes);
	c.org = r.get("Company") || null;
	c.role = r.get("Job Title") || null;
	c.department = r.get("Department") || null;
	if (c.name === "" && c.org) c.name = c.org;
	const birthday = parseOutlookDate(r.get("Birthday"), layout.dayFirst);
	if (birthday === null) problems.push(contactProblem(r.line, "badDate", { field: layout.columns("Birthday")[0] ?? "Birthday", value: r.get("Birthday") }));
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

/** An Outlook contacts CSV: one contact per row, the columns named as Outlook names them in English, Italian, German, French or Japanese. */
export function readOutlook(text: string): ContactFile {
	const required = LAYOUTS.map((layout) => ["First Name", "Last Name", "E-mail Address"].map((name) => layout.columns(name)[0] ?? name));
	return readCsvTable("outlook", text, required, (r, file) => outlookContact(r, LAYOUTS[file.layout] ?? ENGLISH, file.faxes, file.problems));
}
