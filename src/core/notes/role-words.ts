import { namesNobody } from "./attendee-lines";

/**
 * Words a meeting note writes where its attendees go for a role, a group or oneself (`- Host`, `- Client`, `- Self`,
 * Italian `- Noi`, `- Vari`, `- Cliente`), besides the words that name nobody at all (`namesNobody`: `TBD`, `Me`,
 * `Tutti`). Such a word is a person only when her note is named so or lists it as an alias (`People/Noi.md`), never
 * by first name alone: `- Host` is not Host Brown, `- Client` is not `Client Services`.
 */
const ROLE_WORDS = new Set([
	// Oneself and one's own side, as a note's author writes them.
	"i", "we", "us", "you", "self", "myself", "ourselves", "yourself", "author", "owner",
	"noi", "voi", "tu", "noialtri", "autore", "autrice",
	// The other side, as roles.
	"host", "hosts", "cohost", "co-host", "organizer", "organiser", "organizers", "organisers", "facilitator", "moderator", "chair", "presenter",
	"presenters", "speaker", "speakers", "guest", "interviewer", "interviewee", "candidate", "client", "clients", "customer", "customers",
	"vendor", "vendors", "supplier", "suppliers", "partner", "partners", "stakeholder", "stakeholders", "staff", "manager", "boss", "lead",
	"notetaker", "note-taker", "scribe", "attendee", "participant", "member", "members", "various", "someone", "somebody", "anyone", "unknown",
	"organizzatore", "organizzatrice", "organizzatori", "moderatore", "moderatrice", "relatore", "relatrice", "relatori", "ospite", "intervistatore",
	"intervistatrice", "candidato", "candidata", "cliente", "clienti", "fornitore", "fornitori", "responsabile", "referente", "capo", "collega",
	"colleghi", "partecipante", "partecipanti", "membri", "vari", "varie", "tutte", "ognuno", "qualcuno", "sconosciuto", "segretario", "segretaria",
	"squadra", "gruppo",
]);

/** Whether `name` is a word for a role, a group or oneself (see `ROLE_WORDS`), or one that names nobody (`namesNobody`). */
export function isRoleWord(name: string): boolean {
	return ROLE_WORDS.has(name.trim().toLowerCase()) || namesNobody(name);
}

/**
 * Whether an attendee typed without a link is a word for a role, a group or oneself, with its `@` or not (`@team`, `Host`):
 * one that counts only when a person is named so. Not with a remark after it (`TBD (vendor contact, called Sam)`), which
 * tells of someone the note could not name: doctor may still ask for her note.
 */
export function isRoleAttendee(target: string): boolean {
	return isRoleWord(target.replace(/^@/, ""));
}
