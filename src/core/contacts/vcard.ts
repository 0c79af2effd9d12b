import { isVCardData, NotKept } from "./not-kept";
import { CardGroups } from "./vcard-groups";
import { type Contact, type ContactFile, type ContactProblem, contactProblem, emptyContact, hasIdentity, linkedinProfile, userGroups } from "./contact";
import { deathDateOfVCard } from "./vcard-death-date";
import { withGenerationOfSuffix } from "./suffix-generation";
import { parseBirthdayText } from "./csv-sources";
import { binaryTextBytes, decodeBytes } from "./decode";
import { appendAll } from "../shared/lists";

/** One property of a vCard: `item1.EMAIL;TYPE=work:anna@example.com`. */
interface Property {
	name: string;
	params: Map<string, string[]>;
	value: string;
	line: number;
}

/** Whether the text holds vCards. */
export function isVCard(text: string): boolean {
	return /^[ \t]*BEGIN:VCARD[ \t]*\r?$/im.test(text.replace(/^\uFEFF/, "").slice(0, 4000));
}

/**
 * A line that starts a card or one of its properties (`END:VCARD`, `FN:…`, `TEL;CELL:…`, `item1.X-…:`),
 * never the quoted-printable text of a value going on: that holds `:` and `;` of its own, but does not
 * start with one of these names followed by them.
 */
const PROPERTY_START = /^(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|N|FN|TEL|EMAIL|ADR|ORG|TITLE|ROLE|NOTE|BDAY|ANNIVERSARY|DEATHDATE|URL|PHOTO|LOGO|LABEL|NICKNAME|CATEGORIES|UID|REV|GEO|TZ|IMPP|SOUND|KEY|PRODID|X-[A-Za-z0-9-]+)[;:]/i;

/**
 * A line without the CRs at its end (cut by hand: a pattern would try every run of them), and each
 * CR inside it written as the new line it is (`\\n`), as Thunderbird leaves a field's line break.
 */
function withLoneCarriageReturnsEscaped(line: string): string {
	let end = line.length;
	while (end > 0 && line[end - 1] === "\r") end--;
	const kept = end === line.length ? line : line.slice(0, end);
	return kept.includes("\r") ? kept.split("\r").join("\\n") : kept;
}

/**
 * Joins folded lines (a line starting with a space or tab continues the previous one) and
 * quoted-printable soft breaks (a value ending in `=` goes on with the next line, whole: a leading
 * space there is part of the value). In vCard 2.1 (RFC 822 folding) the folding space is kept.
 */
function logicalLines(text: string): { text: string; line: number }[] {
	// A byte-order mark starts the file, and each file of several joined into one (`cat a.vcf b.vcf`).
	// Lines end with CRLF or LF; a lone CR ends them only in a file with no LF at all (classic Mac
	// OS). Elsewhere it is part of a value, as Thunderbird writes a field's own line break.
	const bom = text.replace(/^\uFEFF/gm, "");
	const physical = bom.includes("\n") ? bom.split("\n").map(withLoneCarriageReturnsEscaped) : bom.split("\r");
	const out: { text: string; line: number }[] = [];
	// The logical line being read, kept as pieces and joined once it ends: a property folded over
	// 70,000 lines (a large PHOTO) is read in linear time, never re-scanned line after line.
	let parts: string[] = [];
	let line = 0;
	/** The start of the line until its first colon (name and parameters), and what it says once the colon is there. */
	let head = "";
	let quoted: boolean | null = null;
	let endsWithSoftBreak = false;
	const append = (piece: string): void => {
		parts.push(piece);
		if (piece !== "") endsWithSoftBreak = piece.endsWith("=");
		if (quoted !== null) return;
		const colon = piece.indexOf(":");
		if (colon < 0) head += piece;
		else quoted = /QUOTED-PRINTABLE/i.test(head + piece.slice(0, colon + 1));
	};
	const flush = (): void => {
		if (parts.length > 0) out.push({ text: parts.join(""), line });
		parts = [];
		head = "";
		quoted = null;
		endsWithSoftBreak = false;
	};
	// vCard 2.1 unfolds as RFC 822 does: the folding space stays (3.0 and 4.0 drop it).
	let v21 = false;
	for (let i = 0; i < physical.length; i++) {
		const raw = physical[i] ?? "";
		if (/^BEGIN:VCARD\s*$/i.test(raw)) v21 = false;
		else if (/^VERSION:\s*2\.1\s*$/i.test(raw)) v21 = true;
		if (parts.length > 0 && quoted === true && endsWithSoftBreak) {
			// A quoted-printable soft break: the `=` goes, the next line goes on whole; before the next
			// property (an encoder's `=` at the very end of a value) the value ends with nothing more.
			endsWithSoftBreak = dropSoftBreak(parts);
			if (!PROPERTY_START.test(raw)) {
				append(raw);
				continue;
			}
			endsWithSoftBreak = false;
		}
		if (parts.length > 0 && (raw.startsWith(" ") || raw.startsWith("\t"))) {
			append(v21 ? raw : raw.slice(1));
			continue;
		}
		// A blank line is skipped; the line before it may still go on after it.
		if (raw.trim() === "") continue;
		flush();
		line = i + 1;
		append(raw);
	}
	flush();
	return out;
}

/** Drops the `=` that ends the last non-empty piece of a line; says whether the line still ends with one. */
function dropSoftBreak(parts: string[]): boolean {
	for (let i = parts.length - 1; i >= 0; i--) {
		const piece = parts[i] ?? "";
		if (piece === "") continue;
		const dropped = piece.slice(0, -1);
		parts[i] = dropped;
		return dropped.endsWith("=");
	}
	return false;
}

function splitOutsideQuotes(text: string, sep: string): string[] {
	const parts: string[] = [];
	let current = "";
	let quoted = false;
	for (const ch of text) {
		if (ch === '"') quoted = !quoted;
		if (ch === sep && !quoted) {
			parts.push(current);
			current = "";
		} else current += ch;
	}
	parts.push(current);
	return parts;
}

function parseProperty(text: string, line: number): Property | null {
	let quoted = false;
	let colon = -1;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '"') quoted = !quoted;
		if (text[i] === ":" && !quoted) {
			colon = i;
			break;
		}
	}
	if (colon <= 0) return null;
	const [nameWithGroup = "", ...rawParams] = splitOutsideQuotes(text.slice(0, colon), ";");
	const name = (nameWithGroup.includes(".") ? nameWithGroup.slice(nameWithGroup.lastIndexOf(".") + 1) : nameWithGroup).toUpperCase();
	if (!/^[A-Z0-9-]+$/.test(name)) return null;
	const params = new Map<string, string[]>();
	for (const p of rawParams) {
		const eq = p.indexOf("=");
		// vCard 2.1 writes bare types: TEL;WORK;VOICE.
		const key = eq < 0 ? "TYPE" : p.slice(0, eq).toUpperCase();
		const values = (eq < 0 ? p : p.slice(eq + 1)).split(",").map((v) => v.replace(/^"|"$/g, "").trim());
		// Added to the list the key has: copying it for each repetition made 20,000 of them take seconds.
		const list = params.get(key);
		if (list) appendAll(list, values);
		else params.set(key, values);
	}
	return { name, params, value: text.slice(colon + 1), line };
}

/** The bytes of a quoted-printable value (`=C3=A9`); other characters stand for themselves (as UTF-8 in text, as bytes in binary text). */
export function quotedPrintableBytes(value: string, binary: boolean): Uint8Array {
	const bytes: number[] = [];
	const encoder = new TextEncoder();
	for (let i = 0; i < value.length; i++) {
		const ch = value[i] ?? "";
		const hex = value.slice(i + 1, i + 3);
		if (ch === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			const code = ch.charCodeAt(0);
			if (code < 128 || binary) bytes.push(code & 0xff);
			else {
				const full = value.codePointAt(i) ?? code;
				const char = String.fromCodePoint(full);
				bytes.push(...encoder.encode(char));
				i += char.length - 1;
			}
		}
	}
	return new Uint8Array(bytes);
}

/** Quoted-printable to text, decoding the bytes in `charset` (UTF-8 when none is named). */
export function decodeQuotedPrintable(value: string, charset?: string, binary = false): string {
	return decodeBytes(quotedPrintableBytes(value, binary), charset ?? "utf-8").text;
}

/** Splits on unescaped `sep` and unescapes `\\n`, `\\,`, `\\;`, `\\\\`. */
export function splitValue(value: string, sep: ";" | ","): string[] {
	const parts: string[] = [];
	let current = "";
	for (let i = 0; i < value.length; i++) {
		const ch = value[i] ?? "";
		if (ch === "\\" && i + 1 < value.length) {
			const next = value[i + 1] ?? "";
			current += next === "n" || next === "N" ? "\n" : next;
			i++;
		} else if (ch === sep) {
			parts.push(current);
			current = "";
		} else current += ch;
	}
	parts.push(current);
	return parts;
}

/**
 * A property's value as text: quoted-printable decoded, and in binary text (a file that is not
 * UTF-8, read byte by byte) the bytes decoded in the property's `CHARSET`. An unknown charset is a
 * problem, and the value is read as UTF-8 or Windows-1252.
 */
function text(p: Property, binary: boolean, problems: ContactProblem[]): string {
	const encoding = (p.params.get("ENCODING")?.[0] ?? "").toUpperCase();
	const charset = p.params.get("CHARSET")?.[0];
	const quoted = encoding === "QUOTED-PRINTABLE" || encoding === "QP";
	if (!quoted && !binary) return p.value;
	const bytes = quoted ? quotedPrintableBytes(p.value, binary) : binaryTextBytes(p.value);
	const decoded = decodeBytes(bytes, charset ?? (quoted ? "utf-8" : undefined));
	if (!decoded.known) problems.push(contactProblem(p.line, "unknownCharset", { charset: charset ?? "" }));
	return decoded.text;
}

/**
 * A fax line, kept as a fax and no number to call: `TEL;FAX;WORK` (2.1), `TEL;type=WORK;type=FAX` (Apple),
 * `TEL;TYPE="work,fax"` (4.0). A line typed both voice (or cell, text) and fax answers a call and stays.
 */
function isFaxOnly(p: Property): boolean {
	const types = (p.params.get("TYPE") ?? []).map((t) => t.toUpperCase());
	return types.includes("FAX") && !types.some((t) => t === "VOICE" || t === "CELL" || t === "TEXT");
}

/** Apple writes a birthday without a year as year 1604 and says so with `X-APPLE-OMIT-YEAR=1604`. */
function withoutOmittedYear(day: string, p: Property): string {
	const omitted = p.params.get("X-APPLE-OMIT-YEAR")?.[0];
	const year = day.slice(0, 4);
	return /^\d{4}-/.test(day) && (year === omitted || year === "1604") ? `--${day.slice(5)}` : day;
}

function apply(c: Contact, p: Property, problems: ContactProblem[], binary: boolean, notKept: NotKept): void {
	const value = text(p, binary, problems);
	const single = (): string => splitValue(value, ",").join(",").trim();
	switch (p.name) {
		case "FN":
			c.name = single();
			break;
		case "N": {
			const [family = "", given = ""] = splitValue(value, ";");
			c.lastName = family.trim();
			c.firstName = given.trim();
			break;
		}
		case "EMAIL": {
			// vCard 4.0 may give the address as a URI: `EMAIL;VALUE=uri:mailto:anna@example.com`.
			const email = single().replace(/^mailto:/i, "").trim();
			if (email) c.emails.push(email);
			break;
		}
		case "TEL":
			if (single()) (isFaxOnly(p) ? c.faxes : c.phones).push(single().replace(/^tel:/i, ""));
			break;
		case "ORG": {
			// `ORG:Company;Department`: the organisation, then its unit.
			const [org = "", department = ""] = splitValue(value, ";");
			c.org = org.trim() || null;
			c.department = department.trim() || null;
			break;
		}
		case "TITLE":
			c.role = single() || null;
			break;
		case "BDAY": {
			const day = parseBirthdayText(value);
			if (day) c.birthday = withoutOmittedYear(day, p);
			else problems.push(contactProblem(p.line, "badDate", { field: "BDAY", value }));
			break;
		}
		case "DEATHDATE": {
			const isText = (p.params.get("VALUE")?.[0] ?? "").toLowerCase() === "text";
			// Text as any text of the card is read: `circa 1800\, Napoli` is `circa 1800, Napoli`.
			const died = value.trim() === "" ? null : deathDateOfVCard(isText ? single() : value, isText);
			if (died) c.died = died;
			else if (value.trim() !== "") problems.push(contactProblem(p.line, "badDate", { field: "DEATHDATE", value }));
			break;
		}
		case "NOTE": {
			// Several NOTE lines (Outlook, Android) are one note, in their order.
			const note = splitValue(value, ",").join(",").trim();
			if (note !== "") c.note = c.note ? `${c.note}\n${note}` : note;
			break;
		}
		case "URL":
		case "X-SOCIALPROFILE": {
			const url = single();
			const profile = linkedinProfile(url);
			if (profile && !c.linkedin) c.linkedin = profile;
			else if (url && p.name === "URL") c.websites.push(url);
			break;
		}
		case "CATEGORIES":
			// Google's vCards list its system groups here too: `CATEGORIES:myContacts,starred,Work`.
			appendAll(c.groups, userGroups(splitValue(value, ",")));
			break;
		default:
			// A photo, an address, a custom `X-` property: no field of Rapport's holds it, and the import says so.
			if (isVCardData(p.name) && value.trim() !== "") notKept.note(p.name, c.line);
	}
}

/**
 * Reads every vCard (2.1, 3.0, 4.0) in the text; lines it cannot read are reported with their number
 * and skipped. `binary` says the text holds one byte per character (a file that is not UTF-8): each
 * value is then decoded in its own `CHARSET`.
 */
export function readVCards(input: string, binary = false): ContactFile {
	const contacts: Contact[] = [];
	const problems: ContactProblem[] = [];
	const groups = new CardGroups();
	const notKept = new NotKept();
	let card: Contact | null = null;
	// The suffix of the card's `N` (`Jr.` of `N:Bianchi;Marco;;;Jr.`), as written.
	let suffixOfN = "";
	for (const { text: raw, line } of logicalLines(input)) {
		const p = parseProperty(raw, line);
		if (!p) {
			problems.push(contactProblem(line, "notVCardLine", { text: raw.slice(0, 60) }));
			continue;
		}
		if (p.name === "BEGIN" && /^VCARD$/i.test(p.value.trim())) {
			if (card) problems.push(contactProblem(card.line, "missingEnd"));
			card = emptyContact(line);
			suffixOfN = "";
			continue;
		}
		if (p.name === "END" && /^VCARD$/i.test(p.value.trim())) {
			if (card) withGenerationOfSuffix(card, suffixOfN);
			if (!card) problems.push(contactProblem(line, "endWithoutBegin"));
			else if (groups.isGroup(card)) problems.push(contactProblem(card.line, "groupCard", { name: card.name || card.lastName }));
			else if (!hasIdentity(card)) problems.push(contactProblem(card.line, "noName"));
			else contacts.push(card);
			card = null;
			continue;
		}
		if (!card) {
			problems.push(contactProblem(line, "outsideCard", { text: raw.slice(0, 60) }));
			continue;
		}
		if (p.name === "N") suffixOfN = splitValue(p.value, ";")[4] ?? "";
		if (!groups.note(card, p)) apply(card, p, problems, binary, notKept);
	}
	groups.giveToMembers(contacts);
	if (!card) return { source: "vcard", contacts, problems, notKept: notKept.problems() };
	// The file stops inside its last card (a download cut short): the cards before it are whole.
	problems.push(contactProblem(card.line, "missingEnd"));
	return { source: "vcard", contacts, problems, notKept: notKept.problems(), cutShortAfterLine: card.line - 1 };
}
