import { skipQuotePrefix } from "../shared/scan";
import { splitOutsideParentheses } from "../shared/text";
import { LIST_MARKER, MAY_NAME_ATTENDEES, isAttendeeHeading, isAttendeeLabel, labelLine } from "./attendee-labels";

/**
 * The plain names a meeting note writes where it lists its attendees (`- Dan Okafor`, `**Attendees**: Tina, Dan Okafor`,
 * a row of an attendees table), once `attendee-labels.ts` found where that is. Every pattern runs in time proportional
 * to the line.
 */

/** Longer items are prose, not a name. */
const NAME_ITEM_MAX = 80;
/** The lowercase particles of a surname (`Ludwig van Beethoven`, `Maria de la Cruz`, `Ortega y Gasset`). */
const NAME_PARTICLES = new Set([
	"van", "von", "der", "den", "de", "del", "della", "delle", "dello", "dei", "degli", "di", "da", "dal", "dalla", "du", "des", "la", "le", "lo",
	"ten", "ter", "te", "y", "bin", "ibn", "al", "el", "dos", "das", "do", "zu", "vom", "zum", "zur", "af", "av", "op",
]);
/** One word of a name: letters, marks, apostrophes, dots and hyphens (`O'Brien`, `J.`, `Anne-Marie`). */
const NAME_WORD = /^[\p{L}\p{M}'\u2019.-]+$/u;
/** A capitalised word, also after an elided particle (`d'Amico`, `dell'Orto`), or a word of a script without capitals (`田中`). */
const CAPITALISED = /^(?:(?:d|l|dall|dell|nell)['\u2019])?[\p{Lu}\p{Lt}\p{Lo}]/u;
/** A note in parentheses after a name: `John Smith (Design)`. */
const NOTE_AFTER = /[ \t]*\([^()]{0,60}\)$/u;
/** Emoji that decorate a name (`👤 Anna`, `Anna 🎉`), with their joiners and variation selectors. */
const DECORATION = /^(?:\p{Extended_Pictographic}|\uFE0F|\u200D|[ \t])+|(?:\p{Extended_Pictographic}|\uFE0F|\u200D|[ \t])+$/gu;

/**
 * A person's name as a list of attendees writes it without a link: capitalised words (at most four),
 * with a surname's lowercase particles (`Ludwig van Beethoven`, `Maria de la Cruz`), after an `@` or
 * an emoji, and a note in parentheses (`John Smith (Design)`). Lowercase words (`name`, `tbd`),
 * placeholders (`[Click to add name]`, `{{attendee}}`) and sentences (`Discussed the budget`) are not names.
 */
export function isPlainName(name: string): boolean {
	const words = name.replace(NOTE_AFTER, "").split(/[ \t]+/);
	if (words.length > 7) return false;
	let capitalised = 0;
	for (const word of words) {
		if (!NAME_WORD.test(word)) return false;
		if (CAPITALISED.test(word)) capitalised++;
		else if (!NAME_PARTICLES.has(word)) return false;
	}
	return capitalised >= 1 && capitalised <= 4;
}

/** An address in angle brackets after a name: `Marco <marco@acme.example>`. */
const ADDRESS_AFTER = /[ \t]*<[^<>]{0,120}>$/u;

/**
 * Names written surname first before a comma and apart by semicolons, as Outlook and Exchange directories list guests
 * (`Rossi, Marco; Di Stefano, Giulia`, `Rossi, Marco <marco@acme.example>; Evans, Dana`): each entry with its comma
 * dropped, surname first still (`Rossi Marco`, which the index finds as Marco Rossi), and an address alone as written.
 * Null for any other text: one without a semicolon, or with an entry that is a name without a comma (`Anna, Marco; Luca`),
 * holds more than one comma, or has a side that is no name (`Ben Cho (Harbor Labs, data lead); Mara Stein`).
 */
export function surnameCommaNames(text: string): string[] | null {
	if (!text.includes(";") || !text.includes(",") || text.length > NAME_ITEM_MAX * 8) return null;
	const names: string[] = [];
	for (const entry of text.split(";")) {
		const piece = entry.trim();
		if (piece === "") continue;
		const sides = piece.split(",");
		if (sides.length > 2) return null;
		const [surname, given] = sides.map((side) => side.trim());
		// A guest outside the directory is an address alone (`Rossi, Marco; dana@other.example`); a name alone means
		// the commas part names too (`Anna, Marco; Luca`).
		if (given === undefined) {
			if (!piece.includes("@")) return null;
			names.push(piece);
			continue;
		}
		if (surname === undefined || !isPlainName(surname) || !isPlainName(given.replace(ADDRESS_AFTER, ""))) return null;
		names.push(`${surname} ${given}`);
	}
	return names.length > 0 ? names : null;
}

/** Between names on one line: commas, semicolons, `and`, `e`, `&`. */
const NAME_SEPARATOR = /[,;]|[ \t]+(?:and|e|und|és|&)[ \t]+/u;
/** `NAME_SEPARATOR`, every one on a line. */
const NAME_SEPARATORS = new RegExp(NAME_SEPARATOR.source, "gu");
/** A role after a name: `Sarah Johnson - Developer`. */
const ROLE_AFTER = /[ \t][-\u2013\u2014][ \t].*$/u;

/**
 * Words written where attendees go that name nobody to meet (`TBD`, `Everyone`, `Remote`, `Apologies`,
 * Italian `Tutti`, `Assenti`): capitalised like a name, but no person note should be asked for.
 */
const NOBODY = new Set([
	"tbd", "tba", "tbc", "none", "nobody", "everyone", "everybody", "all", "all hands", "team", "the team", "me", "myself", "others",
	"remote", "online", "absent", "apologies", "regrets", "optional", "required", "guests", "present", "attendees", "participants",
	"tutti", "nessuno", "io", "altri", "assente", "assenti", "presenti", "ospiti", "scuse", "facoltativi", "da definire",
	"alle", "niemand", "ich", "abwesend", "entschuldigt", "gäste", "mindenki", "senki", "én", "távol",
	// How one attends, as an invitation's `Attendance:` says it.
	"mandatory", "compulsory", "voluntary", "virtual", "hybrid", "onsite", "obbligatoria", "obbligatorio", "facoltativa", "facoltativo", "libera", "pflicht",
	// Where a meeting was hosted, as a `Host:` label may say it.
	"zoom", "teams", "ms teams", "microsoft teams", "google meet", "meet", "webex", "skype", "slack", "discord", "in person", "in presenza",
]);

/** Whether a name as written is a word that names nobody to meet (`TBD`, `Everyone`, `Zoom`, Italian `Tutti`). */
export function namesNobody(name: string): boolean {
	return NOBODY.has(name.trim().toLowerCase());
}

/** Between two names of one property value: `and`, Italian `e`, German `und`, Hungarian `és` (not `&`, which firms are named with: `Ernst & Young`). */
const NAME_JOINER = /[ \t]+(?:and|e|und|és)[ \t]+/u;

/**
 * The names joined in one property value (`attendees: Ada Park and Ben Cho`, `Teilnehmer: Jonas und Lea`),
 * when every part looks like a name and no name comes twice; null for any other value (`Procter and gamble`,
 * `Johnson and Johnson`, a single name).
 */
export function joinedNames(text: string): string[] | null {
	if (text.length > NAME_ITEM_MAX * 4 || !NAME_JOINER.test(text)) return null;
	const parts = text.split(NAME_JOINER).map((part) => part.trim());
	if (!parts.every((part) => part !== "" && part.length <= NAME_ITEM_MAX && isPlainName(part.replace(/^@/, "")))) return null;
	// One name twice is a firm's or a title's (`Johnson and Johnson`, `Marks and Marks`), not two people of one name.
	const distinct = new Set(parts.map((part) => part.replace(/^@/, "").toLowerCase()));
	return distinct.size === parts.length ? parts : null;
}

/**
 * A mention whose handle runs a name's words together (`@AnnaRossi`, `@anna.rossi`, `@anna_rossi`,
 * `@luca-ferri`), bold or not: a name, lowercase or not (the index finds whose name it runs together).
 */
const JOINED_HANDLE = /^[*_]{0,2}@(\p{L}[\p{L}\p{N}]*(?:[._'’-][\p{L}\p{N}]+)+|\p{L}+\p{Ll}\p{Lu}[\p{L}\p{N}]*)[*_]{0,2}$/u;

/** Between the names of one entry of a list: `and`, `e`, `und`, `és`, `&`. */
const ENTRY_JOINER = /[ \t]+(?:and|e|und|és|&)[ \t]+/u;

/**
 * An entry of an attendees list whose names are joined by `e`, `and` or `&`, without commas (`Romeo e Giulietta`,
 * `Anna e Marco Rossi`, `Luca Verdi and Sara Neri`): its names, and whether it stays whole while none of them is a
 * person. Meeting notes list one person per item, so an entry is split only where it names people: each name a
 * full name (`Luca Verdi and Sara Neri`), or names the vault knows (see `standingRefs`, which also reads a couple's
 * first names with their surname); a play (`Romeo e Giulietta`) or a firm (`Ernst & Young`) stays whole. Null for any other text.
 */
export function joinedEntry(text: string): { names: string[]; whole: boolean } | null {
	if (text.length > NAME_ITEM_MAX || text.includes(",") || text.includes(";") || !ENTRY_JOINER.test(text)) return null;
	const parts = text.split(ENTRY_JOINER).map((part) => part.trim());
	if (!parts.every((part) => part !== "" && isPlainName(part))) return null;
	if (new Set(parts.map((part) => part.toLowerCase())).size !== parts.length) return { names: parts, whole: true };
	return { names: parts, whole: !parts.every((part) => part.replace(NOTE_AFTER, "").split(/[ \t]+/).length >= 2) };
}

/** The names of one entry of an attendees list: an entry of joined names (`joinedEntry`) as written, whole; else its names. */
function entryNames(text: string): string[] {
	const entry = text.replace(ROLE_AFTER, "").replace(/[*_]/g, "").replace(DECORATION, "").replace(/^@/, "");
	return joinedEntry(entry) === null ? namesIn(text) : [entry];
}

/** A handle of one word in lowercase: `@anna`, `@luca`. */
const LOWERCASE_HANDLE = /^@\p{Ll}[\p{Ll}\p{N}]*$/u;

/**
 * An address where a list of attendees names a guest by it, as an invitation lists the guests it knows by no name:
 * `kofi@acme.example`, `<kofi@acme.example>`, `mailto:kofi@acme.example` (the address is group 1).
 */
const ADDRESS = /^<?(?:mailto:)?([^\s@()<>[\]]+@[^\s@()<>[\]]+\.[^\s@()<>[\]]+)>?$/iu;
/** A name with its address beside it in angle brackets: `Kofi Mensah <kofi@acme.example>` (the name is group 1). */
const NAME_AND_ADDRESS = /^([^@()<>[\]]+?)[ \t]*<(?:mailto:)?[^\s@()<>[\]]+@[^\s@()<>[\]]+>$/iu;

/**
 * A piece of a list of attendees that is an address, alone (the address) or beside a plain name (the name and the
 * address, as a property holding `Kofi Mensah <kofi@acme.example>` is read: the index finds whose address or name it is); else null.
 */
function addressed(piece: string): string | null {
	const text = piece.trim().replace(/^\*{1,2}|\*{1,2}$/gu, "");
	if (!text.includes("@") || text.length > NAME_ITEM_MAX) return null;
	const bare = ADDRESS.exec(text);
	if (bare) return bare[1] ?? null;
	const named = NAME_AND_ADDRESS.exec(text);
	return named && isPlainName(named[1] ?? "") ? text : null;
}

/**
 * The plain names in `text`, each checked to look like a name, or an address (`kofi@acme.example`, `Kofi Mensah <kofi@acme.example>`);
 * none when any piece is neither (a sentence is no list of names).
 */
function namesIn(text: string): string[] {
	if (text.length > NAME_ITEM_MAX * 4) return [];
	const names: string[] = [];
	for (const piece of surnameCommaNames(text) ?? splitOutsideParentheses(text, NAME_SEPARATORS)) {
		const address = addressed(piece);
		if (address !== null) {
			names.push(address);
			continue;
		}
		const handle = JOINED_HANDLE.exec(piece.trim());
		if (handle) {
			const name = handle[1] ?? "";
			// A lowercase handle may be a group's (`@design-team`, `@mobile.squad`, as Slack and GitHub name teams): it keeps
			// its `@`, so that one naming no person is never asked for a note, as before handles were read.
			if (!NOBODY.has(name.replace(/[._'’-]+/g, " ").toLowerCase())) names.push(/\p{Lu}/u.test(name) ? name : `@${name}`);
			continue;
		}
		const written = piece.replace(ROLE_AFTER, "").replace(/[*_]/g, "").replace(DECORATION, "");
		// `@anna`: a lowercase handle of one word keeps its `@`, as a group's may (the index finds whose first name it is).
		if (LOWERCASE_HANDLE.test(written.trim())) {
			if (!NOBODY.has(written.trim().slice(1))) names.push(written.trim());
			continue;
		}
		const name = written.replace(/^@/, "");
		if (name === "") continue;
		if (name.length > NAME_ITEM_MAX || !isPlainName(name)) return [];
		if (!NOBODY.has(name.toLowerCase())) names.push(name);
	}
	return names;
}

/** Longer rows are a table of prose, not a meeting's details. */
const ROW_MAX = 400;

/**
 * The other cells of a table row whose first cell is an attendees label (`| Attendees | [[Anna]], [[Marco]] |`,
 * `| **Participants:** | Anna, Marco |`), as meeting templates with a table of details write them; null for any other line.
 */
export function attendeeRowCells(line: string): string | null {
	const text = line.trim();
	if (!text.startsWith("|") || text.length > ROW_MAX) return null;
	const end = text.indexOf("|", 1);
	if (end < 0 || !isAttendeeHeading(text.slice(1, end))) return null;
	return text.slice(end + 1).replace(/\|[ \t]*$/, "");
}

/** The plain names in the cells of an attendees row (`Anna Rossi, Marco | Dan`); none when any cell holds other words. */
export function namesInCells(cells: string): string[] {
	return cells.split("|").flatMap((cell) => namesIn(cell.trim()));
}

/**
 * Attendees written as plain names, where a meeting lists its attendees: a list item under an
 * attendees heading or label (`- Anna Rossi`), a line of names under an attendees heading
 * (`Nora Lindqvist`, `Nora Lindqvist, Chiara Esposito`, as templates that leave the section empty
 * for typing get them), or the names after an attendees label on its line
 * (`**Attendees**: Anna, Marco`). Only for lines without links, as a linked name is read as a link.
 */
export function plainAttendees(line: string, listed: boolean, underHeading = false): string[] {
	const text = line.slice(skipQuotePrefix(line)).trim();
	const item = LIST_MARKER.exec(text);
	if (listed && item) {
		const rest = text.slice(item[0].length);
		return /^\[[ xX/-]\]/.test(rest) ? [] : entryNames(rest);
	}
	if (underHeading && !item && !text.includes(":")) return entryNames(text);
	if (!line.includes(":") || !MAY_NAME_ATTENDEES.test(line) || !isAttendeeLabel(line)) return [];
	return namesIn(text.slice(text.indexOf(":") + 1).replace(/^[*_]+/, ""));
}

/** A piece of a label's list that is one link and nothing else: `[[Anna Rossi]]`, `[[People/Anna|Anna]]`, `[Anna](Anna.md)`. */
const ONE_LINK = /^[ \t]*(?:\[\[[^[\]]*\]\]|\[[^[\]]*\]\([^()]*\))[ \t]*$/u;

/**
 * The names typed without a link beside linked ones after an attendees label (`**Attendees:** [[Anna Rossi]], Ben Cho`,
 * as one links the people who have a note and types the others): each piece between commas is one link or names; none
 * when a piece holds a link and more (`[[Anna Rossi]] CEO`), which is no list of names.
 */
export function namesBesideLinks(line: string): string[] {
	const text = labelLine(line).trim();
	if (text.length > NAME_ITEM_MAX * 8 || !isAttendeeLabel(line)) return [];
	const names: string[] = [];
	for (const piece of splitOutsideParentheses(text.slice(text.indexOf(":") + 1).replace(/^[*_]+/, ""), NAME_SEPARATORS)) {
		if (piece.includes("[")) {
			if (!ONE_LINK.test(piece)) return [];
			continue;
		}
		const found = namesIn(piece);
		if (found.length === 0 && piece.replace(/[*_\s]/g, "") !== "") return [];
		names.push(...found);
	}
	return names;
}

