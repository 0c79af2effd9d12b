import type { ParsedNote } from "../notes/note";
import { personOrgs } from "../notes/parsed-note";
import { basename } from "../shared/text";
import { isEmailKey, isNameKey, nameKeyOf } from "./person-keys";

/*
 * What tells apart people of the same name: `Anna Rossi (Lumen)`, a parenthesis after the name, or
 * the organisation in her note.
 */

/** `Anna Rossi (Lumen)` → `Anna Rossi`; anything else as it is. */
export function withoutTrailingParenthesis(name: string): string {
	const trimmed = name.trimEnd();
	if (!trimmed.endsWith(")")) return name;
	const open = trimmed.lastIndexOf("(");
	const bare = open > 0 ? trimmed.slice(0, open).trim() : "";
	return bare === "" ? name : bare;
}

/** `Anna Rossi (Lumen)` → `lumen`, folded. */
export function markOf(name: string): string {
	const trimmed = name.trimEnd();
	return nameKeyOf(trimmed.slice(trimmed.lastIndexOf("(") + 1, -1));
}

/** `Anna Rossi (Vertex)` → `anna rossi`: the bare names a person's keys (`personKeys`) put a parenthesis after. */
export function familyKeys(keys: readonly string[]): string[] {
	const family = new Set<string>();
	for (const key of keys) {
		if (!isNameKey(key) || isEmailKey(key)) continue;
		const bare = withoutTrailingParenthesis(key);
		if (bare !== key) family.add(bare);
	}
	return [...family];
}

/**
 * What tells a person apart from others of the same name, folded: her organisations (`org: "[[Lumen]]"`
 * → `lumen`) and the parentheses after her names (`Anna Rossi (Vertex)` → `vertex`).
 */
export function personMarks(person: ParsedNote, keys: readonly string[]): string[] {
	const marks = new Set<string>();
	for (const org of person.person === null ? [] : personOrgs(person.person)) {
		for (const name of orgNames(org)) {
			const mark = nameKeyOf(name);
			if (mark !== "") marks.add(mark);
		}
	}
	for (const key of keys) if (isNameKey(key) && withoutTrailingParenthesis(key) !== key) marks.add(markOf(key));
	return [...marks];
}

/**
 * The names an organisation is written by: `Lumen`; a link's file name and its alias
 * (`[[Orgs/Lumen S.r.l.|Lumen]]` → `Lumen S.r.l.`, `Lumen`); a Markdown link's text.
 */
export function orgNames(org: string): string[] {
	const wiki = /^\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]$/.exec(org.trim());
	if (wiki) return [basename(wiki[1] ?? ""), wiki[2] ?? ""];
	const markdown = /^\[([^\]]*)\]\(([^)]*)\)$/.exec(org.trim());
	if (markdown) return [markdown[1] ?? ""];
	return [org];
}
