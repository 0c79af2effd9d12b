import { extractLinks } from "./links";
import { makeRef, type Ref } from "./frontmatter-values";

/*
 * Attendees written as records, one a person, as meeting notetakers' exports and calendar syncs write them: a name, an
 * address, a role, whether the person came or answered the invitation.
 *
 *     attendees:
 *       - name: Dana Evans
 *         email: dana@acme.example
 *         response_status: accepted
 */

/** Keys of a record that give the person's name. */
const NAME_KEYS = ["name", "full_name", "fullname", "display_name", "displayname", "nome"];
/** Keys of a record that give the person's address. */
const EMAIL_KEYS = ["email", "mail", "e_mail", "email_address", "emailaddress"];
/** Keys of a record that say whether the person came (`present: false`). */
const PRESENCE_KEYS = ["present", "attended", "presente"];
/** Keys of a record that give the person's answer to the invitation (`response_status: declined`). */
const ANSWER_KEYS = ["response_status", "responsestatus", "response", "status", "rsvp"];
/** Answers that say the person was not there. */
const NOT_THERE = new Set(["declined", "decline", "no", "absent", "rifiutato", "assente"]);
/** Longer texts are no name or address. */
const LONGEST = 200;

/** A record's keys folded as Rapport folds property keys (`responseStatus`, `Response Status`: `responsestatus`, `response_status`). */
function foldedKeys(record: Record<string, unknown>): Map<string, unknown> {
	const out = new Map<string, unknown>();
	for (const [key, value] of Object.entries(record)) {
		const folded = key.trim().toLowerCase().replace(/[\s-]+/gu, "_");
		out.set(folded, value);
		out.set(folded.replace(/_/gu, ""), value);
	}
	return out;
}

/** The first of `keys` a record holds as text, trimmed; else null. */
function textOf(fields: Map<string, unknown>, keys: readonly string[]): string | null {
	for (const key of keys) {
		const value = fields.get(key);
		if (typeof value === "string" && value.trim() !== "" && value.length <= LONGEST) return value.trim();
	}
	return null;
}

/** Whether a record says its person did not come: `present: false`, `attended: no`, `response_status: declined`. */
function saysNotThere(fields: Map<string, unknown>): boolean {
	for (const key of PRESENCE_KEYS) {
		const value = fields.get(key);
		if (value === false || (typeof value === "string" && ["false", "no", "n"].includes(value.trim().toLowerCase()))) return true;
	}
	const answer = textOf(fields, ANSWER_KEYS);
	return answer !== null && NOT_THERE.has(answer.toLowerCase());
}

/**
 * The references in the records of a list of attendees (a property's value, or one record alone): each record's name, with its address
 * beside it when it has one (`Dana Evans <dana@acme.example>`, so that the index finds her by either), or its address
 * alone, or the link its name is; none for a record that says its person did not come or declined, or that has no name
 * nor address. `lineOf`: the line a name is written on.
 */
export function attendeeRecordRefs(value: unknown, lineOf: (text: string) => number): Ref[] {
	// One record alone, as a calendar writes the one who organised it (`organizer:` / `name: …` / `email: …`).
	const items: readonly unknown[] = Array.isArray(value) ? value : value !== null && typeof value === "object" ? [value] : [];
	const refs: Ref[] = [];
	for (const item of items) {
		if (item === null || typeof item !== "object" || Array.isArray(item)) continue;
		const fields = foldedKeys(item as Record<string, unknown>);
		if (saysNotThere(fields)) continue;
		const name = textOf(fields, NAME_KEYS);
		const email = textOf(fields, EMAIL_KEYS);
		const links = name === null ? [] : extractLinks(name);
		if (links.length > 0) {
			for (const l of links) refs.push(makeRef(l.target, true, lineOf(name ?? "")));
		} else if (name !== null || email !== null) {
			const line = lineOf(name ?? email ?? "");
			refs.push(makeRef(name === null ? (email ?? "") : email === null ? name : `${name} <${email}>`, false, line));
		}
	}
	return refs;
}
