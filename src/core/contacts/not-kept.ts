import { type ContactProblem, contactProblem } from "./contact";

/**
 * vCard properties that say nothing about the person (the card's version, maker, id, revision,
 * layout), or that Rapport reads elsewhere (a group card's members, Apple's item labels, the
 * formatted copy of an address): never reported as not kept.
 */
const VCARD_BOOKKEEPING = new Set([
	"VERSION", "PRODID", "UID", "REV", "LABEL", "KIND", "MEMBER", "SOURCE", "NAME", "CLIENTPIDMAP", "SORT-STRING", "XML",
	"X-ADDRESSBOOKSERVER-KIND", "X-ADDRESSBOOKSERVER-MEMBER", "X-ABLABEL", "X-ABUID", "X-ABSHOWAS", "X-ABADR",
	"X-MS-OL-DESIGN", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-EVOLUTION-FILE-AS", "X-MOZILLA-HTML", "X-GENERATOR",
]);

/** Whether a vCard property that no rule read holds something about the person. */
export function isVCardData(name: string): boolean {
	return !VCARD_BOOKKEEPING.has(name.toUpperCase());
}

/**
 * CSV columns an exporter writes about its own record, not the person: Outlook's e-mail type and
 * display name, priority, sensitivity, private flag (in its languages), Google's labels, and the
 * record bookkeeping of Zoho, Salesforce and HubSpot (ids, owner, when created and changed).
 */
const CSV_BOOKKEEPING = /(?:^|\s)(?:e-?mail(?: \d)? (?:type|display name)|priority|sensitivity|private|initials|record id|contact id|account id|contact owner|created (?:by|time|date)|create date|modified (?:by|time)|last modified date|last activity (?:time|date)|primary associated company id|email opt out|unsubscribed (?:mode|time)|file as)$|- (?:label|type)$|angezeigter name$|^nom complet de l'adresse de messagerie|^nome visualizzato posta elettronica|表示名$|の種類$|^(?:優先度|秘密度|プライベート|性別|gender)$/i;

/** Values exporters write in every row when the field is not set: `Normal`, `False`, `Unspecified`, `0/0/00`… */
const CSV_DEFAULTS = /^(?:normal|normale|false|falso|faux|falsch|unspecified|non specificato|non spécifié|nicht angegeben|指定なし|標準|smtp|ex|0?0([/.])0?0\1(?:00|0000)|00\/0?0\/0?0)$/i;

/** Whether a CSV column may hold something about the person: it has a name, and not one of an exporter's bookkeeping. */
function isDataColumn(column: string): boolean {
	return column.trim() !== "" && !CSV_BOOKKEEPING.test(column.trim());
}

/** Whether a cell holds a value, and not the one an exporter writes for none. */
function isDataValue(value: string): boolean {
	return value.trim() !== "" && !CSV_DEFAULTS.test(value.trim());
}

/**
 * The fields of a file that no rule kept, each once: how many contacts hold it (`n`) and the line of
 * the first, in the order they first appear.
 */
export class NotKept {
	private readonly fields = new Map<string, { line: number; contacts: Set<number> }>();

	/** The contact starting at `line` holds `field`, which is not kept. */
	note(field: string, line: number): void {
		const seen = this.fields.get(field);
		if (seen) seen.contacts.add(line);
		else this.fields.set(field, { line, contacts: new Set([line]) });
	}

	problems(): ContactProblem[] {
		return [...this.fields].map(([field, seen]) => contactProblem(seen.line, "notKept", { field, n: seen.contacts.size }));
	}
}

type CsvRecord = { line: number; get(name: string): string };

/**
 * The columns a CSV reader asks for, remembered row by row, and the rows it made contacts of: what
 * those rows hold in the other columns is not kept.
 */
export class CsvReads {
	private readonly read = new Set<string>();
	private readonly kept: CsvRecord[] = [];

	/** The record, its reads remembered. */
	row<R extends CsvRecord>(record: R): R {
		return { ...record, get: (name: string): string => {
			this.read.add(name.toLowerCase());
			return record.get(name);
		} };
	}

	/** The record became a contact. */
	keep(record: CsvRecord): void {
		this.kept.push(record);
	}

	/** The columns no reader asked for that hold something about a person in a row that became a contact. */
	notKept(header: readonly string[]): ContactProblem[] {
		const notKept = new NotKept();
		const unread = header.filter((name) => !this.read.has(name.toLowerCase()) && isDataColumn(name));
		for (const r of this.kept) for (const name of unread) if (isDataValue(r.get(name))) notKept.note(name, r.line);
		return notKept.problems();
	}
}
