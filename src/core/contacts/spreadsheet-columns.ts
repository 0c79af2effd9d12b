/**
 * The column names a contacts table made by hand (Excel, Numbers, Google Sheets, a Notion database)
 * or exported by a CRM may give each field, in English, Italian, German, French and Spanish, compared
 * folded: case, accents, spaces, underscores, dashes and dots left out (`E-mail`, `email`, `E_MAIL`
 * are one name; `Società` is `societa`), and a number at the end too (`Email 2`, `Phone 3`).
 */
export type SpreadsheetField = "name" | "first" | "last" | "email" | "mobile" | "phone" | "org" | "role" | "department" | "birthday" | "note" | "groups" | "website" | "linkedin";

/** A column name folded: lower case, no accents, only its letters and digits, no number at the end. */
export function foldColumn(name: string): string {
	return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "").replace(/(\p{L})\d+$/u, "$1");
}

/** English names: a file that names its columns so says nothing of how it writes its dates. */
const ENGLISH: Readonly<Record<SpreadsheetField, readonly string[]>> = {
	name: ["Name", "Full Name", "Display Name", "Contact", "Contact Name", "Person"],
	first: ["First Name", "First", "Given Name", "Forename"],
	last: ["Last Name", "Last", "Surname", "Family Name"],
	email: ["Email", "Email Address", "Emails", "Mail", "Work Email", "Personal Email", "Private e-mail address", "Other Email"],
	mobile: ["Mobile", "Mobile Phone", "Mobile Phone Number", "Mobile Number", "Cell", "Cell Phone", "Cellphone", "WhatsApp", "WhatsApp Phone Number"],
	phone: ["Phone", "Phone Number", "Phones", "Telephone", "Tel", "Work Phone", "Home Phone", "Office Phone", "Business Phone", "Other Phone"],
	org: ["Company", "Company Name", "Organization", "Organisation", "Org", "Employer", "Account", "Account Name", "Associated Company"],
	role: ["Title", "Job Title", "Role", "Position", "Job", "Occupation"],
	department: ["Department", "Dept"],
	birthday: ["Birthday", "Birth Date", "Birthdate", "Date of Birth", "DOB", "Born"],
	note: ["Notes", "Note", "Comments", "Comment", "Description", "Memo", "Remarks", "About"],
	groups: ["Tags", "Tag", "Labels", "Label", "Groups", "Group", "Categories", "Category", "Lists"],
	website: ["Website", "Web", "Web Site", "Website URL", "URL", "Homepage", "Home Page", "Web Page"],
	linkedin: ["LinkedIn", "LinkedIn URL", "LinkedIn Profile"],
};

/** Italian, German, French and Spanish names: countries that write the day before the month. */
const DAY_FIRST_LANGUAGES: Readonly<Record<SpreadsheetField, readonly string[]>> = {
	name: ["Nome completo", "Nominativo", "Nome e cognome", "Contatto", "Vollständiger Name", "Kontakt", "Nom complet", "Nombre completo", "Contacto"],
	first: ["Nome proprio", "Vorname", "Prénom"],
	last: ["Cognome", "Nachname", "Familienname", "Nom de famille", "Apellido", "Apellidos"],
	email: ["Posta elettronica", "Indirizzo email", "Indirizzo di posta elettronica", "E-Mail-Adresse", "Adresse e-mail", "Adresse électronique", "Courriel", "Correo", "Correo electrónico"],
	mobile: ["Cellulare", "Telefono cellulare", "Handy", "Mobiltelefon", "Mobil", "Portable", "Téléphone portable", "Móvil", "Celular"],
	phone: ["Telefono", "Numero di telefono", "Telefono casa", "Telefono ufficio", "Telefon", "Telefonnummer", "Téléphone", "Numéro de téléphone", "Teléfono"],
	org: ["Azienda", "Società", "Ditta", "Organizzazione", "Impresa", "Firma", "Unternehmen", "Entreprise", "Société", "Empresa", "Compañía", "Organización"],
	role: ["Ruolo", "Posizione", "Qualifica", "Mansione", "Professione", "Incarico", "Beruf", "Funktion", "Poste", "Fonction", "Titre", "Cargo", "Puesto"],
	department: ["Reparto", "Dipartimento", "Abteilung", "Service", "Département", "Departamento"],
	birthday: ["Compleanno", "Data di nascita", "Geburtstag", "Geburtsdatum", "Anniversaire", "Date de naissance", "Cumpleaños", "Fecha de nacimiento"],
	note: ["Annotazioni", "Commenti", "Commento", "Descrizione", "Notizen", "Notiz", "Bemerkungen", "Kommentar", "Commentaire", "Commentaires", "Remarques", "Notas", "Nota"],
	groups: ["Gruppi", "Gruppo", "Etichette", "Etichetta", "Categorie", "Categoria", "Gruppen", "Gruppe", "Kategorien", "Schlagwörter", "Étiquettes", "Groupes", "Catégories", "Etiquetas", "Grupos", "Categorías"],
	website: ["Sito", "Sito web", "Sito internet", "Webseite", "Internetseite", "Site web", "Site internet", "Sitio web", "Página web"],
	linkedin: ["Profilo LinkedIn", "LinkedIn-Profil", "Profil LinkedIn"],
};

/**
 * Names that are the given name beside a surname column and the whole name without one (Italian
 * `Nome`, Spanish `Nombre`), or the surname beside a given-name column (French `Nom`).
 */
const NAME_OR_PART: ReadonlyMap<string, { part: "first" | "last"; dayFirst: boolean }> = new Map([
	["nome", { part: "first", dayFirst: true }],
	["nombre", { part: "first", dayFirst: true }],
	["nom", { part: "last", dayFirst: true }],
]);

function foldedTable(table: Readonly<Record<SpreadsheetField, readonly string[]>>): Map<string, SpreadsheetField> {
	const folded = new Map<string, SpreadsheetField>();
	for (const [field, names] of Object.entries(table) as [SpreadsheetField, readonly string[]][]) for (const name of names) folded.set(foldColumn(name), field);
	return folded;
}

const ENGLISH_FOLDED = foldedTable(ENGLISH);
const DAY_FIRST_FOLDED = foldedTable(DAY_FIRST_LANGUAGES);

/** What a header says: the field of each column (undefined for one no rule reads), and whether its names are a day-first country's. */
export interface SpreadsheetHeader {
	fields: (SpreadsheetField | undefined)[];
	dayFirstLanguage: boolean;
}

/** The fields of a header's columns, by their folded names. */
export function spreadsheetHeader(cells: readonly string[]): SpreadsheetHeader {
	const folded = cells.map(foldColumn);
	let dayFirstLanguage = false;
	const fields = folded.map((name): SpreadsheetField | undefined => {
		const english = ENGLISH_FOLDED.get(name);
		if (english) return english;
		const other = DAY_FIRST_FOLDED.get(name);
		if (other) dayFirstLanguage = true;
		return other;
	});
	// Whether the header has a given-name and a surname column, asked once (a header may be very wide).
	const named = new Set(fields);
	for (const [i, name] of folded.entries()) {
		const either = NAME_OR_PART.get(name);
		if (!either || fields[i] !== undefined) continue;
		fields[i] = named.has(either.part === "first" ? "last" : "first") ? either.part : "name";
		dayFirstLanguage ||= either.dayFirst;
	}
	return { fields, dayFirstLanguage };
}

/** Whether a header is a table of people: a name (whole, or its given name) and a way to reach them (an email or a phone). */
export function isPeopleHeader(header: SpreadsheetHeader): boolean {
	const has = (field: SpreadsheetField): boolean => header.fields.includes(field);
	return (has("name") || has("first")) && (has("email") || has("mobile") || has("phone"));
}
