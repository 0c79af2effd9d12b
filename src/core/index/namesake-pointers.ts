import type { ParsedNote } from "../notes/note";
import { linkKey, nameKeyOf } from "./person-keys";

/*
 * The one-word notes that only point at the person of their name (`Anna.md`: `See [[Anna Bianchi]]`, see `pointsAtNamesake`):
 * the vault says `Anna` is Anna Bianchi. While she has no person note, `Sync with Anna` names no one, as a project's `Anna.md`
 * makes it: not Anna Rossi, the one person named Anna, whom the user did not mean.
 */

/** A pointer: the folded word of its note's name (`anna`) and the folded full name it points at (`anna bianchi`). */
export interface NamesakePointer {
	key: string;
	target: string;
	/** The pointer note's path, its file name as a link names it (`linkKey`: `anna`) and the full name as written (`Anna Rossi`). */
	path: string;
	link: string;
	name: string;
}

/** The pointer a note is (`ParsedNote.pointsAt`), or null for any other note. */
export function pointerOf(note: ParsedNote | null): NamesakePointer | null {
	if (note?.pointsAt === undefined) return null;
	const key = nameKeyOf(note.title);
	const target = nameKeyOf(note.pointsAt);
	return key === "" || target === "" ? null : { key, target, path: note.path, link: linkKey(note.title), name: note.pointsAt };
}

/** Whether two pointers (or none) are the same. */
export function samePointer(a: NamesakePointer | null, b: NamesakePointer | null): boolean {
	return a === null || b === null ? a === b : a.key === b.key && a.target === b.target && a.path === b.path && a.link === b.link && a.name === b.name;
}

/** The pointers of a vault, counted (two `Anna.md` in two folders may point at her). */
export class NamesakePointers {
	private readonly byKey = new Map<string, Map<string, number>>();
	/** The pointer notes by file name (`linkKey`): path → the full name each points at. */
	private readonly byLink = new Map<string, Map<string, string>>();
	/** The pointer notes by the folded full name they point at: path → the pointer. */
	private readonly byTarget = new Map<string, Map<string, NamesakePointer>>();

	add(pointer: NamesakePointer): void {
		fileUnder(this.byLink, pointer.link, pointer.path, pointer.name);
		fileUnder(this.byTarget, pointer.target, pointer.path, pointer);
		countUp(this.byKey, pointer.key, pointer.target);
	}

	remove(pointer: NamesakePointer): void {
		unfile(this.byLink, pointer.link, pointer.path);
		unfile(this.byTarget, pointer.target, pointer.path);
		if ((this.byKey.get(pointer.key)?.get(pointer.target) ?? 0) === 0) return;
		countDown(this.byKey, pointer.key, pointer.target);
	}

	/** The folded words of the pointers at any of the folded full names `targets` (a person's keys): who `Anna` is turns on her. */
	keysPointingAt(targets: readonly string[]): string[] {
		if (this.byTarget.size === 0) return [];
		const keys = new Set<string>();
		for (const target of targets) for (const pointer of this.byTarget.get(target)?.values() ?? []) keys.add(pointer.key);
		return [...keys];
	}

	/** The pointer notes a link names by file name (`linkKey` form, `anna`): path → the full name each points at; undefined for none. */
	named(link: string): ReadonlyMap<string, string> | undefined {
		return this.byLink.get(link);
	}

	/** The file names (`linkKey` form) of the pointer notes that point at the folded full name `target` (`anna rossi`). */
	namesPointingAt(target: string): readonly string[] {
		const notes = this.byTarget.get(target);
		return notes === undefined ? [] : [...new Set([...notes.values()].map((pointer) => pointer.link))];
	}

	none(): boolean {
		return this.byKey.size === 0;
	}

	/** Whether a note named the folded word `key` points at a full name no person has (`isPerson` says which have one). */
	pointsAtNoPerson(key: string, isPerson: (target: string) => boolean): boolean {
		const targets = this.byKey.get(key);
		if (targets === undefined) return false;
		for (const target of targets.keys()) if (!isPerson(target)) return true;
		return false;
	}
}

function fileUnder<V>(map: Map<string, Map<string, V>>, key: string, path: string, value: V): void {
	const inner = map.get(key) ?? new Map<string, V>();
	inner.set(path, value);
	map.set(key, inner);
}

function unfile<V>(map: Map<string, Map<string, V>>, key: string, path: string): void {
	const inner = map.get(key);
	inner?.delete(path);
	if (inner?.size === 0) map.delete(key);
}

function countUp(map: Map<string, Map<string, number>>, outer: string, inner: string): void {
	const counts = map.get(outer) ?? new Map<string, number>();
	counts.set(inner, (counts.get(inner) ?? 0) + 1);
	map.set(outer, counts);
}

function countDown(map: Map<string, Map<string, number>>, outer: string, inner: string): void {
	const counts = map.get(outer);
	const n = counts?.get(inner) ?? 0;
	if (counts === undefined || n === 0) return;
	if (n > 1) counts.set(inner, n - 1);
	else counts.delete(inner);
	if (counts.size === 0) map.delete(outer);
}
