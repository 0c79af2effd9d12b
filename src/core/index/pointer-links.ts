import { linkPathOf } from "../notes/logseq-page-names";
import { pick } from "./link-paths";
import type { NamesakePointers } from "./namesake-pointers";
import { NOBODY } from "./path-sets";
import { linkKey } from "./person-keys";

/*
 * A link that opens a one-word note only pointing at a person (`[[Anna]]`, where `Anna.md` holds `See [[Anna Rossi]]`) is
 * hers, as the reader who opens it follows it. One step only: the pointer's own link counts when it opens a person note,
 * never another pointer or any note that is no person.
 */

/** The pointer note a link to `target` (written in the note at `fromPath`) opens, with the full name it points at; null for none. */
export function pointerOpened(pointers: NamesakePointers, target: string, fromPath: string): { path: string; name: string } | null {
	if (pointers.none()) return null;
	const t = linkKey(target).replace(/^\/+/, "");
	const notes = pointers.named(t.slice(t.lastIndexOf("/") + 1));
	if (notes === undefined) return null;
	// A link with a folder (`[[Notes/Anna]]`) opens the pointer whose path ends so.
	const paths = t.includes("/") ? [...notes.keys()].filter((p) => endsWithPath(linkKey(linkPathOf(p)), t)) : [...notes.keys()];
	const path = pick(new Set(paths), fromPath);
	const name = path === null ? undefined : notes.get(path);
	return path === null || name === undefined ? null : { path, name };
}

/**
 * The person a link to a pointer note stands for: the person note its own link opens (`open`: `PersonLinks.candidates`,
 * which answers person notes only), as a list of one; none when the link opens no pointer or the pointer no person.
 */
export function throughPointer(pointers: NamesakePointers, target: string, fromPath: string, open: (target: string, fromPath: string) => readonly string[]): readonly string[] {
	const pointer = pointerOpened(pointers, target, fromPath);
	if (pointer === null) return NOBODY;
	const people = open(pointer.name, pointer.path);
	return people.length === 1 ? people : NOBODY;
}

/** Whether a link to `target` opens the same pointer from every note: at most one pointer note has its file name. */
export function pointerAlike(pointers: NamesakePointers, target: string): boolean {
	if (pointers.none()) return true;
	const t = linkKey(target).replace(/^\/+/, "");
	return (pointers.named(t.slice(t.lastIndexOf("/") + 1))?.size ?? 0) <= 1;
}

function endsWithPath(path: string, tail: string): boolean {
	return path === tail || path.endsWith("/" + tail);
}
