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
/** Keys of a record that say whether the person came (`present: false`, `attendance: absent`, Italian `presenza: assente`). */
const PRESENCE_KEYS = ["present", "attended", "attendance", "presente", "presenza", "partecipato", "partecipa"];
/** Keys of a record that give the person's answer to the invitation (`response_status: declined`, Italian `stato: assente`). */
const ANSWER_KEYS = ["response_status", "responsestatus", "response", "status", "rsvp", "stato", "risposta"];
/**
 * Answers, folded to letters and single spaces, that say the person was not there or may not have been (when unsure, no
 * one is credited): declined, absent, not attending, not going, regrets, no-show, cancelled, tentative, maybe, Google
 * Calendar's needsAction (no answer), Italian rifiutato, assente, non presente, forse.
 */
const NOT_THERE = new Set(
	[
		"declined", "decline", "no", "absent", "not attending", "not going", "not present", "did not attend", "regrets", "apologies",
		"no show", "noshow", "missed", "skipped", "cancelled", "canceled", "tentative", "maybe", "needsaction", "needs action",
		"rifiutato", "rifiutata", "assente", "non presente", "non partecipa", "non partecipato", "annullato", "forse",
	],
);
/** A cross that says no (`attended: ❌`). */
const CROSS = /^[\s]*[❌✗✘×][\s]*$/u;

/** Whether a presence key's value says no: `false`, `no`, `n`, `absent`, `assente`, `❌`. */
function saysAbsent(value: unknown): boolean {
	if (value === false) return true;
	if (typeof value !== "string") return false;
	const answer = foldedAnswer(value);
	return answer === "false" || answer === "n" || NOT_THERE.has(answer) || CROSS.test(value);
}

/** An answer folded: lower case, letters only, apart by single spaces (`Declined ❌`: `declined`, `No-show`: `no show`). */
function foldedAnswer(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}]+/gu, " ").trim();
}
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
		if (saysAbsent(fields.get(key))) return true;
	}
	for (const key of ANSWER_KEYS) {
		// A calendar's answer may be a record of its own (`status:` / `response: declined`, as Microsoft Graph writes it).
		const value = fields.get(key);
		const answer = value !== null && typeof value === "object" && !Array.isArray(value) ? textOf(foldedKeys(value as Record<string, unknown>), ANSWER_KEYS) : typeof value === "string" ? value : null;
		if (answer !== null && NOT_THERE.has(foldedAnswer(answer))) return true;
	}
	return false;
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
