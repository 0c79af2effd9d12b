import { MASK, maskLinks } from "../notes/links";
import { type AttendeeNames, compact } from "./attendee-names";

/*
 * Meeting templates name who does a task with `@`: `- [ ] @Max: send the deck`, `- [ ] @Max Bianchi
 * send the deck`, `- [ ] Send the deck @MaxBianchi`. Such a task is the follow-up of the attendees
 * it names, not of every attendee.
 */

/** `@` and a handle; `startsMention` tells whether it is a mention where it stands. */
const MENTION = /@([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}._'’-]*)/gu;
/** What a mention may follow: a space, an opening bracket or quote, a colon (`cc:@Max`). */
const BEFORE_MENTION = /[\s([{"'“‘:]/u;
/** What joins two mentions written without a space: `@Max/@Anna`, `@Max,@Anna`. */
const BETWEEN_MENTIONS = new Set(["/", "+", ",", "&"]);
/** A bare URL (`https://social.example/@max`): no mention inside. Its scheme is short, so a long word is read once. */
export const URL = /\b[a-z][a-z\d+.-]{0,31}:\/\/\S*/giu;
/** A footnote's label (`[^Anna]`) and an HTML tag with its attributes (`<span title="@Anna">`, `</b>`): markup, no word a reader sees. */
const MARKUP = /\[\^[^[\]\s]*\]|<\/?[A-Za-z][^<>]*>/gu;
/**
 * A task's text as it is read for the people it names, offsets kept: links, inline code, bare URLs, footnote labels
 * and HTML tags masked (`@` names and plain names are read alike).
 */
export function wordsReadForNames(text: string): string {
	return maskLinks(text)
		.replace(URL, (url) => MASK.repeat(url.length))
		.replace(MARKUP, (markup) => MASK.repeat(markup.length));
}

/** How much text after a handle is read for a name's next words. */
const NEXT_WORDS_WINDOW = 256;
/** An English possessive at the end of a handle: `@Max's deck`. */
const POSSESSIVE = /['’]s$/iu;
/** A word after the handle, as a name's next word: `@Max Bianchi`. */
const NEXT_WORD = /^ ([\p{L}\p{M}][\p{L}\p{M}'’-]*)/u;

/**
 * The attendees a task's text names with `@`, each once, in the order of the attendees; null when it
 * names none of them (no `@`, an address, a context such as `@phone`, someone else, an `@` inside a
 * link, inline code or an HTML tag); none (an empty list) when it names only attendees it cannot tell apart
 * (`@Max` with two Maxes among them: no owner guessed; each such name is added to `unclear`). `names` holds
 * the meeting's attendees by their names (file name, `name`, aliases). A mention is an attendee's name or alias, or the
 * first word of one (`@Max`), written with or without spaces, dots or underscores (`@MaxBianchi`,
 * `@max.bianchi`); its longest reading that names someone counts (`@Max Bianchi to send`).
 */
export function ownersNamedIn(text: string, names: AttendeeNames, unclear?: UnclearMention[]): string[] | null {
	if (!text.includes("@") || names.attendees.length === 0) return null;
	const visible = wordsReadForNames(text);
	let found: Set<string> | null = null;
	// A reading met again (a long list of the same handles) is looked up once.
	const answers = new Map<string, readonly string[]>();
	// Where the last mention's handle ends: `@Max/@Anna` joins two.
	let lastEnd = -1;
	for (const m of visible.matchAll(MENTION)) {
		const end = m.index + m[0].length;
		// `@anna@example.com`, `@Anna@social.example`: an address, as `anna@example.com` is; it names nobody.
		if (visible[end] === "@" || !startsMention(visible, m.index, lastEnd)) continue;
		lastEnd = end;
		for (const reading of readings(m[1] ?? "", visible.slice(end, end + NEXT_WORDS_WINDOW))) {
			let named = answers.get(reading);
			if (named === undefined) {
				named = attendeesNamed(compact(reading), names);
				answers.set(reading, named);
			}
			if (named.length === 0) continue;
			found ??= new Set();
			// Two attendees answer to it: nobody is guessed, and `unclear` is told.
			if (named.length === 1) found.add(named[0] as string);
			else unclear?.push({ name: reading, candidates: named });
			break;
		}
	}
	return found === null ? null : names.attendees.filter((p) => found.has(p));
}

/** An `@` name two attendees or more answer to, as written (without the `@`), and who they are. */
export interface UnclearMention {
	name: string;
	candidates: readonly string[];
}

/**
 * Whether the `@` at `at` starts a mention: at the start, after a space, an opening bracket or a colon,
 * or right after the last mention (its handle ending at `lastEnd`) and a `/`, `+`, `,` or `&`, bold or
 * italic marks allowed around (`**@Max**`); never inside an address (`max@example.com`).
 */
function startsMention(text: string, at: number, lastEnd: number): boolean {
	let i = at - 1;
	while (i >= 0 && isEmphasis(text[i])) i--;
	const c = text[i];
	if (c === undefined || BEFORE_MENTION.test(c)) return true;
	if (!BETWEEN_MENTIONS.has(c)) return false;
	i--;
	while (i >= lastEnd && isEmphasis(text[i])) i--;
	return i + 1 === lastEnd;
}

function isEmphasis(c: string | undefined): boolean {
	return c === "*" || c === "_";
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
function attendeesNamed(key: string, names: AttendeeNames): readonly string[] {
	const whole = names.named(key);
	return whole.length > 0 ? whole : names.firstNamed(key);
}
