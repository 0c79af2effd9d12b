import { formatDay, isValidDate } from "../dates/dates";
import { type Contact, type ContactFile, emptyContact, linkedinProfile } from "./contact";
import { parseCsv, recordsAfterHeader } from "./csv";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** LinkedIn's "Connected On": `27 Nov 2026`, or `11/27/26` in older exports. */
export function parseConnectedOn(text: string): string | null {
	const t = text.trim();
	let m = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\d{4})$/.exec(t);
	if (m?.[1] && m[2] && m[3]) return isoDay(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]));
	m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
	if (m?.[1] && m[2] && m[3]) return isoDay(m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[1]), Number(m[2]));
	m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
	if (m?.[1] && m[2] && m[3]) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
	return null;
}

function isoDay(year: number, month: number, day: number): string | null {
	return isValidDate(year, month, day) ? formatDay(year, month, day) : null;
}

/** A birthday as the exports write it: `1990-12-02`, `--12-02`, `19901202`, `--1202`. */
export function parseBirthdayText(text: string): string | null {
	const t = text.trim();
	let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(t);
	if (m?.[1] && m[2] && m[3]) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
	m = /^--(\d{2})-?(\d{2})$/.exec(t);
	if (m?.[1] && m[2]) return isValidDate(2000, Number(m[1]), Number(m[2])) ? `--${m[1]}-${m[2]}` : null;
	return null;
}

const LINKEDIN_HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"];

/** Whether a CSV is LinkedIn's Connections.csv (notes first, then this header). */
export function isLinkedInCsv(text: string): boolean {
	return /First Name,Last Name,URL,Email Address/i.test(text.slice(0, 4000));
}

/** LinkedIn's Connections.csv: a few lines of notes, then one connection per row. */
export function readLinkedIn(text: string): ContactFile {
	const { rows, problems } = parseCsv(text);
	const table = recordsAfterHeader(rows, LINKEDIN_HEADER);
	if (!table) return { source: "linkedin", contacts: [], problems: [...problems, { line: 1, message: "no LinkedIn header (First Name, Last Name, URL, Email Address, Company, Position, Connected On)" }] };
	const contacts: Contact[] = [];
	for (const r of table.records) {
		if (r.width !== table.header.cells.length) {
			problems.push({ line: r.line, message: `expected ${table.header.cells.length} values, found ${r.width}` });
			continue;
		}
		const c = emptyContact(r.line);
		c.firstName = r.get("First Name");
		c.lastName = r.get("Last Name");
		c.name = [c.firstName, c.lastName].filter((x) => x !== "").join(" ");
		const url = r.get("URL");
		c.linkedin = url ? linkedinProfile(url) : null;
		if (url && !c.linkedin) c.websites.push(url);
		const email = r.get("Email Address");
		if (email) c.emails.push(email);
		c.org = r.get("Company") || null;
		c.role = r.get("Position") || null;
		const connected = r.get("Connected On");
		c.connectedOn = connected ? parseConnectedOn(connected) : null;
		if (connected && !c.connectedOn) problems.push({ line: r.line, message: `"Connected On" is not a date: ${connected}` });
		if (c.name === "" && c.emails.length === 0) {
			problems.push({ line: r.line, message: "a connection with neither a name nor an email" });
			continue;
		}
		contacts.push(c);
	}
	return { source: "linkedin", contacts, problems };
}

/** Whether a CSV is a Google Contacts export (new or old layout). */
export function isGoogleCsv(text: string): boolean {
	const head = text.slice(0, 4000);
	return /E-mail 1 - Value/i.test(head) || (/Given Name/i.test(head) && /Family Name/i.test(head)) || (/Organization Name/i.test(head) && /Labels/i.test(head));
}

/** Values Google joins with ` ::: ` in one cell. */
function multi(cell: string): string[] {
	return cell.split(":::").map((v) => v.trim()).filter((v) => v !== "");
}

/** A Google Contacts CSV export: the current layout (First Name, Labels, Organization Name) and the older one (Given Name, Group Membership, Organization 1 - Name). */
export function readGoogle(text: string): ContactFile {
	const { rows, problems } = parseCsv(text);
	const header = rows[0];
	if (!header) return { source: "google", contacts: [], problems: [...problems, { line: 1, message: "the file is empty" }] };
	const names = header.cells;
	const table = recordsAfterHeader(rows, [names[0] ?? ""]);
	const contacts: Contact[] = [];
	const numbered = (prefix: string, suffix: string): string[] => names.filter((n) => new RegExp(`^${prefix} \\d+ - ${suffix}$`, "i").test(n));
	const emailColumns = numbered("E-mail", "Value");
	const phoneColumns = numbered("Phone", "Value");
	const websiteColumns = numbered("Website", "Value");
	for (const r of table?.records ?? []) {
		if (r.width !== names.length) {
			problems.push({ line: r.line, message: `expected ${names.length} values, found ${r.width}` });
			continue;
		}
		const c = emptyContact(r.line);
		c.firstName = r.get("First Name") || r.get("Given Name");
		c.lastName = r.get("Last Name") || r.get("Family Name");
		c.name = r.get("Name") || [c.firstName, r.get("Middle Name") || r.get("Additional Name"), c.lastName].filter((x) => x !== "").join(" ");
		for (const col of emailColumns) c.emails.push(...multi(r.get(col)));
		for (const col of phoneColumns) c.phones.push(...multi(r.get(col)));
		for (const col of websiteColumns) {
			for (const url of multi(r.get(col))) {
				const profile = linkedinProfile(url);
				if (profile && !c.linkedin) c.linkedin = profile;
				else c.websites.push(url);
			}
		}
		c.org = r.get("Organization Name") || r.get("Organization 1 - Name") || null;
		c.role = r.get("Organization Title") || r.get("Organization 1 - Title") || null;
		const birthday = r.get("Birthday");
		c.birthday = birthday ? parseBirthdayText(birthday) : null;
		if (birthday && !c.birthday) problems.push({ line: r.line, message: `"Birthday" is not a date: ${birthday}` });
		c.note = r.get("Notes") || null;
		c.groups = multi(r.get("Labels") || r.get("Group Membership"))
			.map((g) => g.replace(/^\*\s*/, ""))
			.filter((g) => !/^my ?contacts$|^starred$/i.test(g));
		if (c.name === "" && c.emails.length === 0) {
			problems.push({ line: r.line, message: "a contact with neither a name nor an email" });
			continue;
		}
		contacts.push(c);
	}
	return { source: "google", contacts, problems };
}
