import { parseDay } from "../dates/dates";
import { foldName } from "../shared/text";
import { isPlainName } from "./attendee-lines";
import { inFolder } from "./folder-names";
import { isoDayInFileName } from "./meeting-fields";
import type { NoteRecord } from "./note-record";
import { diedOf } from "./death-fields";

/*
 * Vaults that keep a folder per person inside their people folder: `People/Anna Rossi/Anna Rossi.md` (a
 * folder note) beside `People/Anna Rossi/2026-11-20 Coffee.md`, or the People Notes plugin's
 * `People/Dora Lind/Dora Lind 2026-11-20--10-18-48.md` and the contents note it keeps, `Dora Lind Meeting Notes.md`.
 */

/**
 * What a note in a person's folder is: her own note (the folder note that says something of her), a dated
 * note about her (an interaction on its day), or no one (the folder's contents note, a dated note in a folder
 * of a group); `person` is the folder's name.
 */
export interface PersonFolderNote {
	role: "person" | "dated" | "no one";
	person: string;
}

/** A day written in ISO form in a note's name: `2026-11-20 Coffee`, `Dora Lind 2026-11-20--10-18-48`. */
const ISO_DAY = /(?:^|\D)\d{4}-\d{2}-\d{2}(?!\d)/;

/** Folders of people grouped by circle or role, not one person's: a dated note there is no one, nor anyone's interaction. */
const GROUP_FOLDERS = new Set(
	["work", "friends", "family", "colleagues", "clients", "customers", "team", "teams", "partners", "vendors", "suppliers", "archive", "archived", "former", "old"]
		.concat(["lavoro", "amici", "famiglia", "colleghi", "clienti", "fornitori", "archivio", "ex"]),
);

/** Keys that say a note is about a person (a folder note, a note tagged `#track/people`): `birthday`, `email`, `role`, not `aliases`, which any note may have. */
const PERSON_KEYS = ["birthday", "born", "compleanno", "email", "phone", "org", "company", "azienda", "role", "ruolo", "cadence", "circle", "relationship", "last_contact", "since", "interests"];

const BIRTH_KEYS = ["birthday", "born", "compleanno"];
/** No one born before this year is alive: `born: 1756-01-27` is a figure of history's. */
const OLDEST_LIVING_BIRTH_YEAR = 1900;

/**
 * Whether a note's properties say something of a person (see `PERSON_KEYS`) one may still meet: not of one who
 * has died (`died:`) or was born before anyone alive (`born: 1756-01-27`), as notes about figures of the past are written.
 */
export function saysOfAPerson(record: NoteRecord): boolean {
	return record.field(PERSON_KEYS) !== null && diedOf(record) === null && !bornBeforeTheLiving(record);
}

/**
 * Whether a person's folder note says something of its person (see `PERSON_KEYS`), or that she died: the user's
 * grandfather, `People/Nonno Piero/Nonno Piero.md` with `died: 2026-03-01`, is still a person, as a person note is;
 * not one born before anyone alive (`People/Leonardo da Vinci/…` with `born: 1452-04-15`).
 */
function saysOfTheFoldersPerson(record: NoteRecord): boolean {
	return (record.field(PERSON_KEYS) !== null || diedOf(record) !== null) && !bornBeforeTheLiving(record);
}

/** Whether the note's birthday is of someone no longer alive (`born: 1756-01-27`): a figure of history's. */
function bornBeforeTheLiving(record: NoteRecord): boolean {
	const born = parseDay(record.field(BIRTH_KEYS)?.value);
	return born !== null && Number(born.slice(0, 4)) < OLDEST_LIVING_BIRTH_YEAR;
}

/**
 * The part a note plays in a person's folder: a subfolder of a people folder (`People/Anna Rossi/`), itself
 * named as no people folder. Null for a note elsewhere, and for a folder note that says nothing of a person
 * (`People/Work/Work.md` stays the group's note).
 */
export function personFolderNote(path: string, title: string, peopleFolders: ReadonlySet<string>, record: NoteRecord, kindFolders: ReadonlySet<string> = NO_FOLDERS): PersonFolderNote | null {
	const parts = path.split("/");
	if (parts.length < 3) return null;
	const folder = parts[parts.length - 2] ?? "";
	const folderPath = parts.slice(0, -1).join("/");
	if (inFolder(`${folder}/_`, peopleFolders) || !inFolder(folderPath, peopleFolders)) return null;
	const name = foldName(title);
	const person = foldName(folder);
	if (name === person || FOLDER_NOTE_NAMES.has(name)) return saysOfTheFoldersPerson(record) ? { role: "person", person: folder } : null;
	if (name === `${person} meeting notes`) return { role: "no one", person: folder };
	const owner = folderOwner(parts, peopleFolders, kindFolders);
	if (!ISO_DAY.test(title) && isoDayInFileName(title) === null) return undatedNote(title, owner, record);
	// A folder named by no letter (`People/2026/`) is a year's, not a person's.
	return { role: owner === null || GROUP_FOLDERS.has(foldName(owner)) ? "no one" : "dated", person: owner ?? folder };
}

const NO_FOLDERS: ReadonlySet<string> = new Set();

/** Names a folder's own note has where it is not named like its folder: GitHub's `README`, a site generator's `index` and `_index`. */
const FOLDER_NOTE_NAMES = new Set(["readme", "index", "_index"]);

/**
 * The name of the person a folder note named `README` or `index` is about: her folder's
 * (`People/Jai Menon/README.md` is Jai Menon); null for a note named otherwise or at the vault's root.
 */
export function folderNoteName(path: string, title: string): string | null {
	if (title.length > 6 || !FOLDER_NOTE_NAMES.has(foldName(title))) return null;
	const parts = path.split("/");
	return parts.length >= 2 ? (parts[parts.length - 2] ?? null) : null;
}

/** The words of a name (`Anna Rossi`: two), or 0 when the text does not look like one (`Gift ideas`, `meeting prep`). */
function nameWords(text: string): number {
	return isPlainName(text.replace(/^@/, "")) ? text.trim().split(/\s+/).length : 0;
}

/**
 * A note in a subfolder of a people folder that says no day: a person of a firm's, a city's or a group's folder
 * (`People/Acme/Marco Bianchi`, `People/Milano/Luca`, `People/Work/Ben Cho`: null, read as the folder reads it), or a
 * note about the person whose folder it is (`People/Anna Rossi/Gift ideas`, `…/Projects/Website`: no one). A note named
 * by a full name is a person's, and by one word only outside a folder named by a full name (`People/Anna Rossi/Kids`
 * is about Anna); a note that says something of a person (`birthday`, `email`) is one wherever it is.
 */
function undatedNote(title: string, owner: string | null, record: NoteRecord): PersonFolderNote | null {
	if (owner === null || GROUP_FOLDERS.has(foldName(owner)) || saysOfAPerson(record)) return null;
	const words = nameWords(title);
	if (words >= 2 || (words === 1 && (nameWords(owner) < 2 || namesAPlaceOrGroup(owner)))) return null;
	return { role: "no one", person: owner };
}

/**
 * A folder's first word that starts a place's name of two words (`New York`, `San Francisco`, `Tel Aviv`); words that
 * start people's names too (`Rio`, `Santo`, `Hong`, `Abu`, `Ho`, `St`) are left out, their places named whole below.
 */
const PLACE_FIRST = new Set(["new", "san", "santa", "são", "sao", "los", "las", "tel", "kuala", "buenos", "cape"]);
/** Places whose first word starts people's names too. */
const PLACES = new Set(["hong kong", "rio de janeiro", "abu dhabi", "ho chi minh", "st louis", "st. louis", "st petersburg", "st. petersburg", "saint petersburg", "dar es salaam"]);
/** A folder's last word that says a place or a group of people (`Kansas City`, `Acme Corp`, `Book Club`, `Rossi Family`), and no surname. */
const GROUP_LAST = new Set(
	["city", "town", "county", "club", "family", "corp", "corporation", "inc", "inc.", "ltd", "llc", "gmbh", "spa", "srl", "plc", "company", "group", "team", "friends", "colleagues", "office", "school", "university", "college", "association", "labs", "partners", "consulting"]
		.concat(["famiglia", "gruppo", "amici", "colleghi", "ufficio", "scuola", "università", "associazione"]),
);

/**
 * Whether a folder named by two words or more is a place's or a group's, not a person's (`People/New York/Luca`,
 * `People/Acme Corp/Marco`, `People/Book Club/Giulia`): its notes named by one word are the people in it.
 */
function namesAPlaceOrGroup(folder: string): boolean {
	const words = folder.trim().toLowerCase().split(/\s+/);
	return PLACE_FIRST.has(words[0] ?? "") || GROUP_LAST.has(words[words.length - 1] ?? "") || PLACES.has(words.join(" "));
}

/**
 * The person whose folder holds a dated note: the nearest folder above it inside the people folder that is no
 * folder of a kind of note (`People/Anna Rossi/Meetings/2026-11-20 Coffee`, `…/Journal/`, `…/2026/11/` are Anna's);
 * null when there is none (`People/2026/2026-11-21 Meetup`).
 */
function folderOwner(parts: readonly string[], peopleFolders: ReadonlySet<string>, kindFolders: ReadonlySet<string>): string | null {
	for (let i = parts.length - 2; i >= 0; i--) {
		const folder = parts[i] ?? "";
		if (inFolder(`${folder}/_`, peopleFolders)) return null;
		if (/\p{L}/u.test(folder) && !inFolder(`${folder}/_`, kindFolders) && !SUBFOLDER_WORDS.has(foldName(folder))) return folder;
	}
	return null;
}

/** Sub-folders a person's folder keeps her notes in, beside the settings' meeting and interaction folders. */
const SUBFOLDER_WORDS = new Set(["notes", "note", "appunti", "journal", "journals", "diario", "daily", "dailies", "log", "logs", "chats", "messages", "messaggi", "projects", "progetti", "documents", "documenti", "misc", "varie"]);
