import { joinedNames } from "./attendee-lines";
import { extractLinks } from "./links";
import type { NoteRecord, RecordField } from "./note-record";
import { compact, sharedString, stringValues } from "../shared/text";

/** A reference to a person: a link as written, or a plain name. Resolved later by the index. */
export interface Ref {
	target: string;
	/** False for a plain name (`with: Anna`), matched against names and aliases ignoring case and accents. */
	link: boolean;
	line: number;
}

/** One shared empty list, frozen: most notes have no attendees, contacts or follow-ups. */
export const NONE: never[] = [];
Object.freeze(NONE);

export function sharedStrings(values: readonly string[]): string[] {
	return values.length === 0 ? NONE : values.map(sharedString);
}

/** A reference that the index may keep for long: its target is stored as its own (shared) string. */
export function makeRef(target: string, link: boolean, line: number): Ref {
	return { target: sharedString(target), link, line };
}

/** The `@` before a name written as a mention (`attendees: ["@Anna Rossi"]`). */
const MENTION = /^@(?=\S)/;

/** Links and plain names in a property's value: `[[A]]`, `"[[A|Anna]], [[B]]"`, `[x](People/A.md)`, `Anna`, `Anna and Ben`. */
export function refsFromValue(value: unknown, lineOf: (text: string) => number): Ref[] {
	const refs: Ref[] = [];
	for (const text of stringValues(value)) {
		const line = lineOf(text);
		const links = extractLinks(text);
		if (links.length > 0) {
			for (const l of links) refs.push(makeRef(l.target, true, line));
		} else {
			for (const piece of text.split(/[,;]/)) {
				const trimmed = piece.trim();
				for (const name of joinedNames(trimmed) ?? [trimmed]) {
					const bare = name.replace(MENTION, "");
					if (bare !== "") refs.push(makeRef(bare, false, line));
				}
			}
		}
	}
	return compact(refs);
}

/** The references in one field of a note's record. */
export function refsFromField(record: NoteRecord, field: RecordField): Ref[] {
	return refsFromValue(field.value, (text) => record.valueLine(field, text));
}

/** The references in the first of `keys` that is set. */
export function refsOf(record: NoteRecord, keys: readonly string[]): Ref[] {
	const f = record.field(keys);
	return f ? refsFromField(record, f) : NONE;
}
