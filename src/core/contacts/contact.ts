/** A contact read from an export (LinkedIn, vCard, Google Contacts), before it meets the vault. */
export interface Contact {
	/** Display name. */
	name: string;
	firstName: string;
	lastName: string;
	emails: string[];
	phones: string[];
	org: string | null;
	role: string | null;
	/** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
	birthday: string | null;
	note: string | null;
	linkedin: string | null;
	websites: string[];
	groups: string[];
	/** LinkedIn's "Connected On": when the relationship began. */
	connectedOn: string | null;
	/** 1-based line of the contact in the file, for messages. */
	line: number;
}

export type ContactSource = "linkedin" | "vcard" | "google";

/** A line of the file that could not be read, with why; the import skips it and goes on. */
export interface ContactProblem {
	line: number;
	message: string;
}

export interface ContactFile {
	source: ContactSource;
	contacts: Contact[];
	problems: ContactProblem[];
}

export function emptyContact(line: number): Contact {
	return { name: "", firstName: "", lastName: "", emails: [], phones: [], org: null, role: null, birthday: null, note: null, linkedin: null, websites: [], groups: [], connectedOn: null, line };
}

/** The name to show: FN, else given + family, else the first email. */
export function displayName(c: Contact): string {
	return c.name.trim() || [c.firstName, c.lastName].filter((x) => x.trim() !== "").join(" ").trim() || (c.emails[0] ?? "");
}

/** A URL that is a LinkedIn profile, normalised (`https://www.linkedin.com/in/anna-rossi`). */
export function linkedinProfile(url: string): string | null {
	const m = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/([^/?#\s]+)/i.exec(url.trim());
	return m?.[1] ? `https://www.linkedin.com/in/${decodeURIComponent(m[1]).toLowerCase()}` : null;
}
