import { joinedNames, surnameCommaNames } from "./attendee-lines";
import { extractLinks } from "./links";
import type { NoteRecord, RecordField } from "./note-record";
import { compact, sharedString, splitOutsideParentheses, stringValues } from "../shared/text";

/** A reference to a person: a link as written, or a plain name. Resolved later by the index. */
export interface Ref {
	readonly target: string;
	/** False for a plain name (`with: Anna`), matched against names and aliases ignoring case and accents. */
	readonly link: boolean;
	readonly line: number;
	/**
	 * A meeting's attendees value of names joined by `and`/`e`/`und`/`és` (`Ada Park and Ben Cho`), or an
	 * attendees list entry so joined (`- Anna e Marco Rossi`, see `joinedEntry`), read whole or as its names
	 * once the people are known (see `standingRefs`): its names, and whether it stays whole while none of them
	 * is a person: the meeting's title starts with it (a book club's `Pride and Prejudice`, a rehearsal of
	 * `Romeo e Giulietta`), or it is a list entry whose names are not all full names (`- Romeo e Giulietta`).
	 */
	readonly joined?: { names: readonly string[]; whole: boolean };
	/**
	 * A name read where a line may as well be something else (the lines right under an `Attendees:` label, no list
	 * marker: see `nameLines`): it counts when a person has it, and is passed over without a word when none does.
	 */
	readonly ifKnown?: true;
	/**
	 * A name the meeting's own title gives (`1-1 Anna Rossi`, `title: "1:1 with Marco"`, `# Dana <> me`), as an attendee of a
	 * meeting that names no one else: it counts when a person has it (with `ifKnown`), never when it names a firm the vault knows.
	 */
	readonly fromTitle?: true;
}

/** One shared empty list, frozen: most notes have no attendees, contacts or follow-ups. */
export const NONE: never[] = [];
Object.freeze(NONE);

export function sharedStrings(values: readonly string[]): string[] {
	return values.length === 0 ? NONE : values.map(sharedString);
}

/**
 * A reference that the index may keep for long: its target is stored as its own (shared) string, and
 * the reference itself is shared with the notes that made the same one before (same target, link and
 * line): a hundred thousand meetings name the same few thousand people on the same few lines of their
 * frontmatter, and references are never changed once made (one with `joined` is a copy). The cache's
 * reader shares the references it reads back the same way (`NoteReader`).
 */
export function makeRef(target: string, link: boolean, line: number): Ref {
	// Most references were made before: found by their target as written, without sharing it first.
	const before = refsMade.get(target);
	if (before !== undefined) for (const ref of before) if (ref.line === line && ref.link === link) return ref;
	const shared = sharedString(target);
	let made = before ?? refsMade.get(shared);
	if (made === undefined) {
		if (refsMade.size >= MAX_TARGETS) refsMade.clear();
		made = [];
		refsMade.set(shared, made);
	}
	for (const ref of made) if (ref.line === line && ref.link === link) return ref;
	const ref: Ref = { target: shared, link, line };
	if (made.length < MAX_REFS_PER_TARGET) made.push(ref);
	return ref;
}

/** The references made so far, by target: a name on a few lines, a link and a plain name. */
const refsMade = new Map<string, Ref[]>();
/** A name on more lines than this (a person note's log) is shared on the first lines only: the search stays short. */
const MAX_REFS_PER_TARGET = 8;
/** Past this many targets the references made are forgotten (the notes keep theirs), as `sharedString` forgets. */
const MAX_TARGETS = 100_000;

/** The `@` before a name written as a mention (`attendees: ["@Anna Rossi"]`). */
const MENTION = /^@(?=\S)/;
/** A handle without capitals or spaces (`@anna`, `@jean-luc`, `@anna.rossi`). */
const LOWERCASE_HANDLE = /^@\p{Ll}[\p{Ll}\p{N}._'’-]*$/u;

/**
 * Links and plain names in a property's value: `[[A]]`, `"[[A|Anna]], [[B]]"`, `[x](People/A.md)`, `Anna`,
 * `Anna and Ben`. `meetingTitle`, for a meeting's attendees: names joined by `and` are one reference,
 * whole or its names as the index finds them (`Ref.joined`); else they are its names.
 */
export function refsFromValue(value: unknown, lineOf: (text: string) => number, meetingTitle?: string): Ref[] {
	const refs: Ref[] = [];
	for (const text of stringValues(value)) {
		const line = lineOf(text);
		const links = extractLinks(text);
		if (links.length > 0) {
			for (const l of links) refs.push(makeRef(l.target, true, line));
		} else {
			for (const piece of surnameCommaNames(text) ?? splitOutsideParentheses(text, LIST_SEPARATOR)) {
				const trimmed = piece.trim();
				const names = joinedNames(trimmed);
				if (names !== null && meetingTitle !== undefined) {
					refs.push({ ...makeRef(trimmed.replace(MENTION, ""), false, line), joined: { names: names.map((n) => n.replace(MENTION, "")), whole: titleStartsWith(meetingTitle, trimmed) } });
					continue;
				}
				for (const name of names ?? [trimmed]) {
					// A lowercase handle (`@anna`, `@jean-luc`) keeps its `@`: a handle, maybe a first name or a team's, never a note's name.
					const bare = LOWERCASE_HANDLE.test(name) ? name : name.replace(MENTION, "");
					if (bare !== "") refs.push(makeRef(bare, false, line));
				}
			}
		}
	}
	return compact(refs);
}

/** Between the names of a value: commas and semicolons. */
const LIST_SEPARATOR = /[,;]/gu;

/** A meeting title's day and time at its start (`2026-11-23 `, `2026-11-23 18.30 - `), which name no book or play. */
const DAY_FIRST = /^\d{4}[-_.]\d{2}[-_.]\d{2}(?:[ T_]\d{1,2}[:.h]?\d{2})?[ \t]*(?:[-\u2013\u2014:][ \t]*)?/u;

/** Whether a meeting's title, its day aside, is `value` or starts with it as whole words (`Pride and Prejudice reading group`), case aside. */
function titleStartsWith(title: string, value: string): boolean {
	const t = title.replace(DAY_FIRST, "").toLowerCase();
	const v = value.toLowerCase();
	return v !== "" && t.startsWith(v) && (t.length === v.length || /[\s\-\u2013\u2014:,.(]/u.test(t[v.length] ?? ""));
}

/** The references in one field of a note's record (`meetingTitle`: see `refsFromValue`). */
export function refsFromField(record: NoteRecord, field: RecordField, meetingTitle?: string): Ref[] {
	return refsFromValue(field.value, (text) => record.valueLine(field, text), meetingTitle);
}

/** The references in the first of `keys` that is set. */
export function refsOf(record: NoteRecord, keys: readonly string[]): Ref[] {
	const f = record.field(keys);
	return f ? refsFromField(record, f) : NONE;
}
