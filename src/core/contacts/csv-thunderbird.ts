import { CsvReads } from "./not-kept";
import { formatDay, isValidDate } from "../dates/dates";
import { type Contact, type ContactFile, type ContactProblem, contactProblem, emptyContact, faxColumns, faxesOf, fullName, hasIdentity, linkedinProfile } from "./contact";
import { csvCutShortAfterLine, csvSeparator, parseCsv, recordsAfterHeader } from "./csv";

/** The columns Rapport reads from a Thunderbird address book CSV. */
type Column = "first" | "last" | "display" | "email1" | "email2" | "mobile" | "work" | "home" | "org" | "title" | "web1" | "web2" | "year" | "month" | "day" | "notes";

/**
 * Thunderbird names its CSV columns in the language of its build (its `importMsgs.properties`,
 * strings 2100–2136): each column's names, the usual one first. Its fax column is kept apart from
 * the numbers to call, its pager column is none.
 */
type Layout = Readonly<Record<Column, readonly string[]>>;

const ENGLISH: Layout = {
	first: ["First Name"],
	last: ["Last Name"],
	display: ["Display Name"],
	email1: ["Primary Email"],
	email2: ["Secondary Email"],
	mobile: ["Mobile Number"],
	work: ["Work Phone"],
	home: ["Home Phone"],
	// The UK build writes `Organisation`.
	org: ["Organization", "Organisation"],
	title: ["Job Title"],
	web1: ["Web Page 1"],
	web2: ["Web Page 2"],
	year: ["Birth Year"],
	month: ["Birth Month"],
	day: ["Birth Day"],
	notes: ["Notes"],
};

const ITALIAN: Layout = {
	first: ["Nome"],
	last: ["Cognome"],
	display: ["Nome visualizzato"],
	email1: ["Email primaria"],
	email2: ["Email secondaria"],
	mobile: ["Numero cellulare"],
	work: ["Telefono lavoro"],
	home: ["Telefono casa"],
	org: ["Organizzazione"],
	title: ["Qualifica"],
	web1: ["Pagina web 1"],
	web2: ["Pagina web 2"],
	year: ["Anno di nascita"],
	month: ["Mese di nascita"],
	day: ["Giorno di nascita"],
	notes: ["Note"],
};

const GERMAN: Layout = {
	first: ["Vorname"],
	last: ["Nachname"],
	display: ["Anzeigename"],
	email1: ["Primäre E-Mail-Adresse"],
	email2: ["Sekundäre E-Mail-Adresse"],
	mobile: ["Mobil-Tel.-Nr."],
	work: ["Tel. dienstlich"],
	home: ["Tel. privat"],
	org: ["Organisation"],
	title: ["Arbeitstitel"],
	web1: ["Webseite 1"],
	web2: ["Webseite 2"],
	year: ["Geburtsjahr"],
	month: ["Geburtsmonat"],
	// The day of the month: Thunderbird's German `Geburtstag` is not a whole date.
	day: ["Geburtstag"],
	notes: ["Notizen"],
};

const FRENCH: Layout = {
	first: ["Prénom"],
	last: ["Nom de famille"],
	display: ["Nom à afficher"],
	email1: ["Adresse e-mail principale"],
	email2: ["Adresse e-mail secondaire"],
	mobile: ["Portable"],
	// Written `Tél. professionnel ` with a space after it: cells are read trimmed.
	work: ["Tél. professionnel"],
	home: ["Tél. personnel"],
	org: ["Société"],
	title: ["Profession"],
	web1: ["Site web 1"],
	web2: ["Site web 2"],
	year: ["Année de naissance"],
	month: ["Mois"],
	day: ["Jour"],
	notes: ["Notes"],
};

const SPANISH: Layout = {
	first: ["Nombre"],
	last: ["Apellidos"],
	display: ["Nombre mostrado"],
	email1: ["Dirección de correo electrónico principal"],
	email2: ["Dirección de correo electrónico secundaria"],
	mobile: ["Teléfono móvil"],
	work: ["Teléfono (Trabajo)"],
	home: ["Teléfono particular"],
	org: ["Organización"],
	title: ["Puesto"],
	web1: ["Página web 1"],
	web2: ["Página web 2"],
	year: ["Año de nacimiento"],
	month: ["Mes de nacimiento"],
	day: ["Día de nacimiento"],
	notes: ["Notas"],
};

const DUTCH: Layout = {
	first: ["Voornaam"],
	last: ["Achternaam"],
	display: ["Weergavenaam"],
	email1: ["Primair e-mailadres"],
	email2: ["Secundair e-mailadres"],
	mobile: ["Mobiel nummer"],
	work: ["Telefoon werk"],
	home: ["Telefoon thuis"],
	org: ["Organisatie"],
	title: ["Werkfunctie"],
	web1: ["Webpagina 1"],
	web2: ["Webpagina 2"],
	year: ["Geboortejaar"],
	month: ["Geboortemaand"],
	day: ["Geboortedag"],
	notes: ["Aantekeningen"],
};

const BRAZILIAN_PORTUGUESE: Layout = {
	first: ["Primeiro nome"],
	last: ["Sobrenome"],
	display: ["Nome de exibição"],
	email1: ["Email principal"],
	email2: ["Email secundário"],
	mobile: ["Número do celular"],
	work: ["Telefone comercial"],
	home: ["Telefone residencial"],
	org: ["Organização"],
	title: ["Cargo"],
	web1: ["Página web 1"],
	web2: ["Página web 2"],
	year: ["Ano de nascimento"],
	month: ["Mês de nascimento"],
	// The day of the month, though its name says "date of birth".
	day: ["Data de nascimento"],
	notes: ["Notas"],
};

const LAYOUTS: readonly Layout[] = [ENGLISH, ITALIAN, GERMAN, FRENCH, SPANISH, DUTCH, BRAZILIAN_PORTUGUESE];

/** The columns that tell a Thunderbird CSV and must be in its header: first and last name, display name, primary email. */
const required = (layout: Layout): string[] => [layout.first, layout.last, layout.display, layout.email1].map((names) => names[0] ?? "");

/** Whether a file's first lines have this column name as a cell (any separator, quoted or not, blanks around it). */
function hasColumn(head: string, name: string): boolean {
	return new RegExp(String.raw`(^|[,;\t])[ ]*"?` + name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + String.raw`[ ]*"?(?=[,;\t\r\n]|$)`, "im").test(head);
}

/**
 * Whether a CSV is a Thunderbird address book export ("Export… → Comma Separated"), in English,
 * Italian, German, French, Spanish, Dutch or Brazilian Portuguese, whole or cut down to its first columns (First Name, Last Name,
 * Display Name, Primary Email): no other exporter writes a display name and a primary email.
 */
export function isThunderbirdCsv(text: string): boolean {
	const head = text.slice(0, 4000);
	return LAYOUTS.some((layout) => required(layout).every((name) => hasColumn(head, name)));
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

function thunderbirdContact(row: { line: number; get(name: string): string }, layout: Layout, problems: ContactProblem[]): Contact | null {
	const r = { line: row.line, get: (column: Column): string => cellOf(row, layout[column]) };
	const c = emptyContact(r.line);
	c.firstName = r.get("first");
	c.lastName = r.get("last");
	c.name = r.get("display") || fullName(c.firstName, "", c.lastName);
	for (const col of ["email1", "email2"] as const) if (r.get(col)) c.emails.push(r.get(col));
	for (const col of ["mobile", "work", "home"] as const) if (r.get(col)) c.phones.push(r.get(col));
	c.org = r.get("org") || null;
	c.role = r.get("title") || null;
	if (c.name === "" && c.org) c.name = c.org;
	for (const col of ["web1", "web2"] as const) {
		const url = r.get(col);
		const profile = url ? linkedinProfile(url) : null;
		if (profile && !c.linkedin) c.linkedin = profile;
		else if (url) c.websites.push(url);
	}
	const day = birthday(r.get("year"), r.get("month"), r.get("day"));
	const field = layout === ENGLISH ? "Birth Year/Month/Day" : [layout.year, layout.month, layout.day].map((names) => names[0] ?? "").join("/");
	if (day === null) problems.push(contactProblem(r.line, "badDate", { field, value: [r.get("year"), r.get("month"), r.get("day")].join("/") }));
	else if (day !== "none") c.birthday = day.day;
	c.note = r.get("notes") || null;
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

/** The cell of the first of a column's names that the file has and fills. */
function cellOf(row: { get(name: string): string }, names: readonly string[]): string {
	for (const name of names) {
		const value = row.get(name);
		if (value !== "") return value;
	}
	return "";
}

/** A Thunderbird address book CSV: one contact per row, the columns named as its builds name them in their language (see `LAYOUTS`). */
export function readThunderbird(text: string): ContactFile {
	const csv = parseCsv(text, csvSeparator(text));
	const { rows, problems, cutShortAfterLine } = csv;
	let layout = ENGLISH;
	let table: ReturnType<typeof recordsAfterHeader> = null;
	for (const candidate of LAYOUTS) {
		table = recordsAfterHeader(rows, required(candidate));
		layout = candidate;
		if (table) break;
	}
	if (!table) return { source: "thunderbird", contacts: [], problems: [...problems, contactProblem(1, "noHeader")], cutShortAfterLine };
	const contacts: Contact[] = [];
	const byLine = new Map(rows.map((r) => [r.line, r.cells]));
	const faxes = faxColumns(table.header.cells);
	const reads = new CsvReads();
	for (const r of table.records) {
		if (!fits(r.width, byLine.get(r.line) ?? [], table.header.cells)) {
			problems.push(contactProblem(r.line, "rowWidth", { expected: table.header.cells.length, found: r.width }));
			continue;
		}
		const read = reads.row(r);
		const c = thunderbirdContact(read, layout, problems);
		if (c) {
			contacts.push({ ...c, faxes: faxesOf(read, faxes) });
			reads.keep(r);
		}
	}
	const header = table.header.cells;
	const width = header[header.length - 1] === "" ? header.length - 1 : header.length;
	return { source: "thunderbird", contacts, problems, notKept: reads.notKept(header), cutShortAfterLine: csvCutShortAfterLine(csv, table.records, width) };
}
