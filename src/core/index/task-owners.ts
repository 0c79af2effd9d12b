import { maskLinks } from "../notes/links";
import { nameKeyOf } from "./person-keys";

/*
 * Meeting templates name who does a task with `@`: `- [ ] @Max: send the deck`, `- [ ] @Max Bianchi
 * send the deck`, `- [ ] Send the deck @MaxBianchi`. Such a task is the follow-up of the attendees
 * it names, not of every attendee.
 */

/**
 * `@` at the start or after a space or an opening bracket (not inside an address), bold or italic
 * marks allowed before it (`**@Max**`), then a handle.
 */
const MENTION = /(?:^|[\s([{"'“‘])[*_]*@([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}._'’-]*)/gu;
/** An English possessive at the end of a handle: `@Max's deck`. */
const POSSESSIVE = /['’]s$/iu;
/** A word after the handle, as a name's next word: `@Max Bianchi`. */
const NEXT_WORD = /^ ([\p{L}\p{M}][\p{L}\p{M}'’-]*)/u;

/**
 * The attendees a task's text names with `@`, each once, in the order of the attendees; null when it
 * names none of them (no `@`, an address, a context such as `@phone`, someone else, an `@` inside a
 * link or inline code); none (an empty list) when it names only attendees it cannot tell apart
 * (`@Max` with two Maxes among them: no owner guessed). `namesOf` gives
 * an attendee's names (file name, `name`, aliases). A mention is an attendee's name or alias, or the
 * first word of one (`@Max`), written with or without spaces, dots or underscores (`@MaxBianchi`,
 * `@max.bianchi`); its longest reading that names someone counts (`@Max Bianchi to send`).
 */
export function ownersNamedIn(text: string, attendees: readonly string[], namesOf: (path: string) => readonly string[]): string[] | null {
	if (!text.includes("@") || attendees.length === 0) return null;
	const visible = maskLinks(text);
	let found: Set<string> | null = null;
	for (const m of visible.matchAll(MENTION)) {
		for (const reading of readings(m[1] ?? "", visible.slice((m.index ?? 0) + m[0].length))) {
			const named = attendeesNamed(compact(reading), attendees, namesOf);
			if (named.length === 0) continue;
			found ??= new Set();
			// Two attendees answer to it: nobody is guessed.
			if (named.length === 1) found.add(named[0] as string);
			break;
		}
	}
	return found === null ? null : attendees.filter((p) => found.has(p));
}

/** The handle, then with the one or two words after it, longest first; last, the handle without a possessive `'s`. */
function readings(handle: string, after: string): string[] {
	const bare = handle.replace(/[._'’-]+$/, "");
	const out = [bare];
	const owner = bare.replace(POSSESSIVE, "");
	let rest = after;
	for (let i = 0; i < 2; i++) {
		const word = NEXT_WORD.exec(rest);
		if (!word) break;
		out.unshift(`${out[0] ?? ""} ${word[1] ?? ""}`);
		rest = rest.slice(word[0].length);
	}
	if (owner !== bare) out.push(owner);
	return out;
}

/**
 * The attendees whose name or alias is `key` (see `compact`); else the ones with a name or alias
 * whose first word is `key`.
 */
function attendeesNamed(key: string, attendees: readonly string[], namesOf: (path: string) => readonly string[]): string[] {
	if (key === "") return [];
	const whole = attendees.filter((p) => namesOf(p).some((n) => compact(n) === key));
	if (whole.length > 0) return whole;
	return attendees.filter((p) => namesOf(p).some((n) => compact(n.trim().split(/\s+/)[0] ?? "") === key));
}

/** A name folded, without the spaces, dots, underscores, hyphens and apostrophes a handle drops: `Max Bianchi` → `maxbianchi`. */
function compact(name: string): string {
	return nameKeyOf(name).replace(/[\s._'’-]+/g, "");
}
