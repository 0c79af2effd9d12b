import { DEATH_KEYS } from "../notes/death-fields";
import { foldKey } from "../notes/note-record";
import { isEmptyValue } from "./yaml-lite";

/**
 * The keys a person note may use for what an import writes, in the order Rapport reads them (the
 * person reader's synonyms): `Email:` or `Emails:` is `email`, `Company:` is `org`, `Title:` is `role`.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
	email: ["email", "emails", "mail", "e_mail"],
	phone: ["phone", "phones", "phonenumbers", "phone_numbers", "telefono", "mobile", "cell", "tel"],
	fax: ["fax", "faxes", "fax_number"],
	org: ["org", "company", "organization", "organisation", "azienda", "organizations", "organisations", "companies", "orgs", "aziende"],
	role: ["role", "title", "job_title", "ruolo"],
	department: ["department", "dept", "reparto"],
	birthday: ["birthday", "born", "compleanno", "birthdate", "date_of_birth", "dob", "bday"],
	// A death under any key the person reader takes (`death_date`, `deceased`, `morta`): the import fills none beside it.
	died: DEATH_KEYS,
	since: ["since", "connected_on", "met_on", "conosciuto_il"],
	name: ["name", "nome", "full_name"],
	aliases: ["aliases", "alias", "nickname"],
};

const CANONICAL = new Map<string, string>(Object.entries(SYNONYMS).flatMap(([canonical, keys]) => keys.map((k) => [k, canonical] as const)));

/** A person note's frontmatter as the import compares it: under Rapport's own keys, with the key each is written under. */
export interface KnownFields {
	/** Values under the keys an import writes (`email`, `org`…); the first non-empty synonym wins, as the reader's does. */
	fields: Map<string, unknown>;
	/** The key the note writes each one under (`Email`, `Company`): an empty one is filled there, in place. */
	written: Map<string, string>;
}

/**
 * Reads a note's frontmatter whatever the case and spelling of its keys (`Email`, `E-mail`, `Company`),
 * so that an import neither misses what the note holds nor adds a second key beside an empty one.
 */
export function knownFields(frontmatter: Readonly<Record<string, unknown>>): KnownFields {
	const fields = new Map<string, unknown>();
	const written = new Map<string, string>();
	const rank = new Map<string, number>();
	for (const [key, value] of Object.entries(frontmatter)) {
		const folded = foldKey(key);
		const canonical = CANONICAL.get(folded) ?? folded;
		const order = (SYNONYMS[canonical] ?? [folded]).indexOf(folded) * 2 + (key === folded ? 0 : 1);
		const empty = isEmptyValue(value);
		const had = fields.get(canonical);
		const better = !written.has(canonical) || (isEmptyValue(had) && !empty) || (isEmptyValue(had) === empty && order < (rank.get(canonical) ?? Infinity));
		if (!better) continue;
		fields.set(canonical, value);
		written.set(canonical, key);
		rank.set(canonical, order);
	}
	return { fields, written };
}
