import type { Ref } from "./frontmatter-values";

/*
 * A meeting a sync tool wrote lists its people twice: their addresses as the attendee property (`attendees:
 * ["marco@acme.example"]`, as fireflies-to-obsidian writes them) and, in the body, each name with the address beside it
 * (`- **Marco Bianchi** (marco@acme.example)`). A bare address so named is that attendee again, no one else to ask a note for.
 */

/** A name with an address beside it in parentheses or angle brackets: `Marco Bianchi (marco@acme.example)`, `Marco <marco@…>`. */
const NAME_AND_EMAIL = /^([^@()<>]+)[(<]\s*(?:mailto:)?([^\s@()<>]+@[^\s@()<>]+)\s*[)>]$/iu;
const LETTER = /\p{L}/u;
/** A bare address: `marco@acme.example`, `mailto:marco@acme.example`, `<marco@acme.example>`. */
const BARE_EMAIL = /^<?\s*(?:mailto:)?([^\s@()<>]+@[^\s@()<>]+)\s*>?$/iu;

/** The attendees without the bare addresses another attendee of the meeting writes beside a name (none removed when no target holds `@`). */
export function withoutEmailsNamedBeside(attendees: readonly Ref[]): readonly Ref[] {
	if (!attendees.some((a) => a.target.includes("@"))) return attendees;
	const named = new Set<string>();
	for (const a of attendees) {
		const m = a.link ? null : NAME_AND_EMAIL.exec(a.target.trim());
		if (m !== null && LETTER.test(m[1] ?? "")) named.add((m[2] ?? "").toLowerCase());
	}
	if (named.size === 0) return attendees;
	return attendees.filter((a) => {
		const email = a.link ? undefined : BARE_EMAIL.exec(a.target.trim())?.[1];
		return email === undefined || !named.has(email.toLowerCase());
	});
}
