import { filterCharacters, isControl } from "./characters";

/** A contact read from an export (LinkedIn, vCard, Google Contacts, Outlook, Thunderbird, Yahoo, Zoho CRM), before it meets the vault. */
export interface Contact {
	/** Display name. */
	name: string;
	firstName: string;
	lastName: string;
	emails: string[];
	phones: string[];
	/** Fax numbers: kept, but no number to call, so never among `phones`. */
	faxes: string[];
	org: string | null;
	role: string | null;
	/** The department of `org` the person works in. */
	department: string | null;
	/** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
	birthday: string | null;
	/** When the person died (a vCard's `DEATHDATE`): `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD`, or the card's text. */
	died: string | null;
	note: string | null;
	linkedin: string | null;
	websites: string[];
	groups: string[];
	/** LinkedIn's "Connected On": when the relationship began. */
	connectedOn: string | null;
	/** 1-based line of the contact in the file, for messages. */
	line: number;
}

export type ContactSource = "linkedin" | "vcard" | "google" | "outlook" | "thunderbird" | "yahoo" | "zoho" | "salesforce" | "hubspot" | "spreadsheet";

/** Why a line of a contacts file could not be read; each has a `contacts.problem.<code>` message in the catalogs. */
export type ContactProblemCode =
	| "unclosedQuote"
	| "rowWidth"
	| "noHeader"
	| "badDate"
	| "noName"
	| "emptyFile"
	| "notVCardLine"
	| "missingEnd"
	| "endWithoutBegin"
	| "outsideCard"
	| "unknownCharset"
	| "groupCard"
	/** A field of the export (`field`) that Rapport has no field for, held by `n` contacts, the first at `line`: not written. */
	| "notKept";

/** A line of the file that could not be read, with why; the import skips it and goes on. */
export interface ContactProblem {
	line: number;
	code: ContactProblemCode;
	params: Record<string, string | number>;
}

export function contactProblem(line: number, code: ContactProblemCode, params: Record<string, string | number> = {}): ContactProblem {
	return { line, code, params };
}

export interface ContactFile {
	source: ContactSource;
	contacts: Contact[];
	problems: ContactProblem[];
	/** What the file holds that no field of Rapport's keeps (`notKept` problems: a photo, an address, a custom field), each once. */
	notKept?: ContactProblem[];
	/**
	 * The file stops before its contacts end (a download or copy cut short: a vCard without its last
	 * `END:VCARD`, a CSV whose last quoted cell never closes): the contacts up to this line were read
	 * whole, whatever followed is missing. Undefined when the file is whole.
	 */
	cutShortAfterLine?: number;
}

export function emptyContact(line: number): Contact {
	return { name: "", firstName: "", lastName: "", emails: [], phones: [], faxes: [], org: null, role: null, department: null, birthday: null, died: null, note: null, linkedin: null, websites: [], groups: [], connectedOn: null, line };
}

/**
 * A CSV column of fax numbers, in the exporters' languages (`Business Fax`, `Fax Number`,
 * `Fax geschäftlich`, `Numero fax`, `Télécopie (bureau)`, `ファクス`): kept apart from the numbers to call.
 */
const FAX_COLUMN = /fax|télécopie|ファクス|ファックス/i;
/** A column that says whether to send faxes, not to which number: Salesforce's `Fax Opt Out` (`0`, `1`), a CRM's `Fax opt-in`, `Do not fax`. */
const FAX_CONSENT = /opt[\s_-]*(?:out|in)|opted|do[\s_-]*not|consent/i;

/** The fax columns of a CSV's header. */
export function faxColumns(header: readonly string[]): string[] {
	return header.filter((name) => FAX_COLUMN.test(name) && !FAX_CONSENT.test(name));
}

/** A row's filled fax cells, in the header's order. */
export function faxesOf(row: { get(name: string): string }, columns: readonly string[]): string[] {
	return columns.map((name) => row.get(name).trim()).filter((fax) => fax !== "");
}

/** A name in Chinese, Japanese or Korean characters (Han, kana, Hangul), as such names are written. */
const EAST_ASIAN_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆・ ]+$/u;

/**
 * A full name from its parts, as its language writes it: given, middle and family name in that
 * order (`Anna Maria Rossi`), family name first when both are in Chinese, Japanese or Korean
 * characters (`山田 太郎`, `김 민준`), as exporters' separate columns lose that order.
 */
export function fullName(first: string, middle: string, last: string): string {
	const f = first.trim();
	const l = last.trim();
	const parts = f !== "" && l !== "" && EAST_ASIAN_NAME.test(f) && EAST_ASIAN_NAME.test(l) ? [l, middle, f] : [f, middle, l];
	return parts.map((x) => x.trim()).filter((x) => x !== "").join(" ");
}

/** A full name with the suffix an export gives apart (`Jr.`, `III`, `PhD`) after it, as the exporter shows the name; the name alone when there is none. */
export function withSuffix(name: string, suffix: string): string {
	const s = suffix.trim();
	return s === "" || name === "" ? name : `${name} ${s}`;
}

/** The name to show: FN, else given + family, else the organisation, else the first email, else the first phone. */
export function displayName(c: Contact): string {
	return c.name.trim() || fullName(c.firstName, "", c.lastName) || (c.org ?? "").trim() || (c.emails[0] ?? "").trim() || (c.phones[0] ?? "").trim();
}

/** Whether a contact says who it is at all: a name, an email, a phone or an organisation. */
export function hasIdentity(c: Contact): boolean {
	return displayName(c) !== "";
}

/** `decodeURIComponent` that keeps the text as written when a percent-escape is malformed ("URI malformed"). */
export function decodeUriSafely(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** A URL that is a LinkedIn profile, normalised (`https://www.linkedin.com/in/anna-rossi`). */
export function linkedinProfile(url: string): string | null {
	const m = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/([^/?#\s]+)/i.exec(url.trim());
	return m?.[1] ? `https://www.linkedin.com/in/${filterCharacters(decodeUriSafely(m[1]), (code) => isControl(code) || code === 0x20).toLowerCase()}` : null;
}

/**
 * A phone number as a key: digits only, a leading `+` or `00` kept as the international prefix
 * (`+39 333 123-4567`, `0039 3331234567` and `(+39) 333.123.4567` are one number, and
 * `+44 (0)20 7946 0958` is `+44 20 7946 0958`). Shorter than
 * five digits is no key at all (extensions, typos).
 */
export function phoneKey(phone: string): string {
	// `+44 (0)20 7946 0958`: the national trunk 0 in parentheses after the country code is not dialled from abroad.
	const t = withoutExtension(phone.trim()).replace(/^tel:/i, "").replace(/^\(\+/, "+").replace(/^(\+\d{1,3})\)?[\s.-]*\(0\)/, "$1");
	const digits = t.replace(/\D/g, "");
	if (digits.length < 5) return "";
	if (t.startsWith("+")) return `+${digits}`;
	if (digits.startsWith("00")) return `+${digits.slice(2)}`;
	return digits;
}

/** An office number's extension after it (`int. 12`, `ext. 12`, `x12`, `interno 12`): no part of the number people share. */
const EXTENSION = /(?:ext\.?|x|int\.?|interno|#)\s*\d{1,6}$/i;

function withoutExtension(phone: string): string {
	const at = phone.search(EXTENSION);
	return at > 0 ? phone.slice(0, at).trimEnd() : phone;
}

/** Whether two phone numbers are one: the same key, or one written nationally (`0`-prefixed or bare) and the other with its country code. */
export function samePhone(a: string, b: string): boolean {
	const x = phoneKey(a);
	const y = phoneKey(b);
	if (x === "" || y === "") return false;
	if (x === y) return true;
	if (x.startsWith("+") && y.startsWith("+")) return false;
	const bare = (k: string): string => (k.startsWith("+") ? k.slice(1) : k.replace(/^0(?!0)/, ""));
	const [short, long] = bare(x).length <= bare(y).length ? [bare(x), bare(y)] : [bare(y), bare(x)];
	return short.length >= 7 && long.endsWith(short);
}

/** The bucket a phone is filed under for lookups: its last seven digits. */
export function phoneBucket(phone: string): string {
	return phoneKey(phone).replace(/\D/g, "").slice(-7);
}

/** Google Contacts' system groups, which every contact of the account is in ("myContacts") or that mark a favourite ("starred"): no group of the user's. */
const SYSTEM_GROUPS = /^\*?\s*(my ?contacts|starred)$/i;

/** The groups a user made, as exports list them: Google's system groups left out, `* ` before a label dropped. */
export function userGroups(groups: readonly string[]): string[] {
	return groups.map((g) => g.trim().replace(/^\*\s*/, "")).filter((g) => g !== "" && !SYSTEM_GROUPS.test(g));
}

export function emailKey(email: string): string {
	return email.trim().toLowerCase();
}
