import type { FrontmatterLines } from "./frontmatter-lines";
import { extractLinks } from "./links";
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

export function first(frontmatter: Record<string, unknown>, fields: readonly string[]): { key: string; value: unknown } | null {
	for (const key of fields) {
		const value = frontmatter[key];
		if (value !== undefined && value !== null && value !== "") return { key, value };
	}
	return null;
}

export function firstString(frontmatter: Record<string, unknown>, fields: readonly string[]): string | null {
	const found = first(frontmatter, fields);
	const value = found ? stringValues(found.value)[0] : undefined;
	return value === undefined ? null : sharedString(value);
}

export function sharedStrings(value: unknown): string[] {
	const values = stringValues(value);
	return values.length === 0 ? NONE : values.map(sharedString);
}

/** A reference that the index may keep for long: its target is stored as its own (shared) string. */
export function makeRef(target: string, link: boolean, line: number): Ref {
	return { target: sharedString(target), link, line };
}

/** Links and plain names in a frontmatter value: `[[A]]`, `"[[A|Anna]], [[B]]"`, `[x](People/A.md)`, `Anna`. */
export function refsFromValue(value: unknown, fm: FrontmatterLines, key: string): Ref[] {
	const refs: Ref[] = [];
	for (const text of stringValues(value)) {
		const line = fm.valueLine(key, text);
		const links = extractLinks(text);
		if (links.length > 0) {
			for (const l of links) refs.push(makeRef(l.target, true, line));
		} else {
			for (const name of text.split(/[,;]/)) {
				const trimmed = name.trim();
				if (trimmed !== "") refs.push(makeRef(trimmed, false, line));
			}
		}
	}
	return compact(refs);
}
