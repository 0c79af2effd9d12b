import { type Contact, type ContactFile, type ContactProblem, emptyContact, linkedinProfile } from "./contact";
import { parseBirthdayText } from "./csv-sources";

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

/** Joins folded lines (a line starting with a space or tab continues the previous one) and quoted-printable soft breaks. */
function logicalLines(text: string): { text: string; line: number }[] {
	const physical = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
	const out: { text: string; line: number }[] = [];
	for (let i = 0; i < physical.length; i++) {
		const raw = physical[i] ?? "";
		const last = out[out.length - 1];
		if (last && (raw.startsWith(" ") || raw.startsWith("\t"))) {
			last.text += raw.slice(1);
			continue;
		}
		if (last && /QUOTED-PRINTABLE/i.test(last.text.slice(0, last.text.indexOf(":") + 1)) && last.text.endsWith("=")) {
			last.text = last.text.slice(0, -1) + raw;
			continue;
		}
		if (raw.trim() !== "") out.push({ text: raw, line: i + 1 });
	}
	return out;
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
		params.set(key, [...(params.get(key) ?? []), ...values]);
	}
	return { name, params, value: text.slice(colon + 1), line };
}

/** Quoted-printable to text, reading the bytes as UTF-8 (or Latin-1 when the charset says so). */
export function decodeQuotedPrintable(value: string, charset = "utf-8"): string {
	const bytes: number[] = [];
	for (let i = 0; i < value.length; i++) {
		const ch = value[i] ?? "";
		const hex = value.slice(i + 1, i + 3);
		if (ch === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
			bytes.push(parseInt(hex, 16));
			i += 2;
		} else {
			const code = ch.charCodeAt(0);
			if (code < 128) bytes.push(code);
			else bytes.push(...utf8Bytes(ch));
		}
	}
	return /^(iso-8859-1|latin1|windows-1252)$/i.test(charset) ? String.fromCharCode(...bytes) : decodeUtf8(bytes);
}

function utf8Bytes(ch: string): number[] {
	const code = ch.codePointAt(0) ?? 0;
	if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 63)];
	if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
	return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
}

function decodeUtf8(bytes: readonly number[]): string {
	let out = "";
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i] ?? 0;
		const extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
		let code = extra === 0 ? b : b & (0x3f >> extra);
		for (let k = 1; k <= extra; k++) code = (code << 6) | ((bytes[i + k] ?? 0) & 63);
		out += String.fromCodePoint(code);
		i += extra + 1;
	}
	return out;
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

function text(p: Property): string {
	const encoding = (p.params.get("ENCODING")?.[0] ?? "").toUpperCase();
	const raw = encoding === "QUOTED-PRINTABLE" ? decodeQuotedPrintable(p.value, p.params.get("CHARSET")?.[0]) : p.value;
	return raw;
}

function apply(c: Contact, p: Property, problems: ContactProblem[]): void {
	const value = text(p);
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
		case "EMAIL":
			if (single()) c.emails.push(single());
			break;
		case "TEL":
			if (single()) c.phones.push(single().replace(/^tel:/i, ""));
			break;
		case "ORG":
			c.org = splitValue(value, ";")[0]?.trim() || null;
			break;
		case "TITLE":
			c.role = single() || null;
			break;
		case "BDAY": {
			const day = parseBirthdayText(value);
			if (day) c.birthday = day;
			else problems.push({ line: p.line, message: `BDAY is not a date: ${value}` });
			break;
		}
		case "NOTE":
			c.note = splitValue(value, ",").join(",").trim() || null;
			break;
		case "URL":
		case "X-SOCIALPROFILE": {
			const url = single();
			const profile = linkedinProfile(url);
			if (profile && !c.linkedin) c.linkedin = profile;
			else if (url && p.name === "URL") c.websites.push(url);
			break;
		}
		case "CATEGORIES":
			c.groups.push(...splitValue(value, ",").map((g) => g.trim()).filter((g) => g !== ""));
			break;
	}
}

/** Reads every vCard (2.1, 3.0, 4.0) in the text; lines it cannot read are reported with their number and skipped. */
export function readVCards(input: string): ContactFile {
	const contacts: Contact[] = [];
	const problems: ContactProblem[] = [];
	let card: Contact | null = null;
	for (const { text: raw, line } of logicalLines(input)) {
		const p = parseProperty(raw, line);
		if (!p) {
			problems.push({ line, message: `not a vCard line: ${raw.slice(0, 60)}` });
			continue;
		}
		if (p.name === "BEGIN" && /^VCARD$/i.test(p.value.trim())) {
			if (card) problems.push({ line: card.line, message: "a vCard without END:VCARD" });
			card = emptyContact(line);
			continue;
		}
		if (p.name === "END" && /^VCARD$/i.test(p.value.trim())) {
			if (!card) problems.push({ line, message: "END:VCARD without BEGIN:VCARD" });
			else if (card.name === "" && card.firstName === "" && card.lastName === "" && card.emails.length === 0) problems.push({ line: card.line, message: "a vCard with neither a name nor an email" });
			else contacts.push(card);
			card = null;
			continue;
		}
		if (!card) {
			problems.push({ line, message: `outside any vCard: ${raw.slice(0, 60)}` });
			continue;
		}
		apply(card, p, problems);
	}
	if (card) problems.push({ line: card.line, message: "a vCard without END:VCARD" });
	return { source: "vcard", contacts, problems };
}
