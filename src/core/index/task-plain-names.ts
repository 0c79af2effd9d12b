import { MASK, maskLinks } from "../notes/links";
import { compact, URL } from "./task-owners";

/*
 * Meeting notes name who a task is for in plain words as often as with `@`: `- [ ] Send Anna the deck`,
 * `- [ ] Mandare il preventivo a Giulia`, `- [ ] Giulia: prepare the demo`. Such a task is the follow-up
 * of the attendees it names, not of every attendee.
 */

/** A word written with a capital: where a name can stand. */
const CAPITALISED = /\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*/gu;
/** An English possessive after a name: `Anna's deck`. */
const POSSESSIVE = /['’]s$/u;
/** What a name cannot follow: a letter or digit (inside a word), a tag's `#`, a path's `/`, `\` or `.`. */
const INSIDE_A_WORD = /[\p{L}\p{M}\p{N}_#/\\.]/u;
/** A space between two words of one name. */
const ONE_SPACE = /^ (?=\p{Lu})/u;
/**
 * Capitalised words that are also people's first names but seldom mean them in a task: months (`follow up
 * in May`, `entro Aprile` is no one), and English verbs a task starts with (`Mark the invoice paid`, `Will
 * send`, `Bill the client`). A full name (`May Chen`) or an alias still counts.
 */
const NOT_NAMES_ALONE = new Set(["april", "may", "june", "august", "mark", "will", "bill", "sue", "rob", "drew", "grant", "chase", "pat", "sort", "check", "note", "see", "ask", "call"]);

/**
 * A meeting's attendees by their names and aliases, and by the first words of them, compacted (see
 * `compact`): made once per meeting, however many tasks it has, and filled on first use.
 */
export class AttendeeNames {
	private byName: Map<string, string[]> | null = null;
	private byFirstWord: Map<string, string[]> | null = null;

	constructor(
		readonly attendees: readonly string[],
		private readonly namesOf: (path: string) => readonly string[],
	) {}

	/** The attendees with a name or alias `key`. */
	named(key: string): readonly string[] {
		if (this.byName === null) this.fill();
		return this.byName?.get(key) ?? NONE;
	}

	/** The attendees with a name or alias whose first word is `key`. */
	firstNamed(key: string): readonly string[] {
		if (this.byFirstWord === null) this.fill();
		return this.byFirstWord?.get(key) ?? NONE;
	}

	private fill(): void {
		const byName = new Map<string, string[]>();
		const byFirstWord = new Map<string, string[]>();
		for (const path of this.attendees) {
			for (const name of this.namesOf(path)) {
				addOnce(byName, compact(name), path);
				addOnce(byFirstWord, compact(name.trim().split(/\s+/)[0] ?? ""), path);
			}
		}
		this.byName = byName;
		this.byFirstWord = byFirstWord;
	}
}

const NONE: readonly string[] = Object.freeze([]);

function addOnce(map: Map<string, string[]>, key: string, path: string): void {
	if (key === "") return;
	const paths = map.get(key);
	if (paths === undefined) map.set(key, [path]);
	else if (!paths.includes(path)) paths.push(path);
}

/**
 * The attendees a task's text names in plain words (a name or alias in full, or the first word of one, with a
 * capital, outside links, inline code, tags and addresses), each once, in the order of the attendees; null when
 * it names none, or only names two attendees answer to (`Max` with two Maxes: no owner guessed).
 */
export function attendeesWrittenIn(text: string, names: AttendeeNames): string[] | null {
	if (names.attendees.length < 2) return null;
	const visible = maskLinks(text).replace(URL, (url) => MASK.repeat(url.length)).replace(/\S*@\S*/gu, (address) => MASK.repeat(address.length));
	let found: Set<string> | null = null;
	// Where the last name read in full ends: its second word is not read again as a name of its own.
	let readUpTo = 0;
	for (const m of visible.matchAll(CAPITALISED)) {
		if (m.index < readUpTo || (m.index > 0 && INSIDE_A_WORD.test(visible[m.index - 1] ?? ""))) continue;
		const end = m.index + m[0].length;
		const named = attendeeNamedAt(m[0], visible.slice(end, end + 64), names);
		if (named === null) continue;
		(found ??= new Set()).add(named.path);
		readUpTo = end + named.more;
	}
	return found === null ? null : names.attendees.filter((p) => found.has(p));
}

/**
 * The one attendee the word `word` (with the capitalised word after it, in `after`) names, and how many
 * characters of `after` the name took; null for none or several.
 */
function attendeeNamedAt(word: string, after: string, names: AttendeeNames): { path: string; more: number } | null {
	const next = ONE_SPACE.test(after) ? (after.slice(1).match(/^\p{Lu}[\p{L}\p{M}'’-]*/u)?.[0] ?? null) : null;
	const bare = word.replace(POSSESSIVE, "");
	if (next !== null) {
		const whole = names.named(compact(`${bare} ${next.replace(POSSESSIVE, "")}`));
		if (whole.length === 1) return { path: whole[0] as string, more: next.length + 1 };
	}
	const key = compact(bare);
	if (key === "") return null;
	const byName = names.named(key);
	const found = byName.length > 0 || NOT_NAMES_ALONE.has(key) ? byName : names.firstNamed(key);
	return found.length === 1 ? { path: found[0] as string, more: 0 } : null;
}
