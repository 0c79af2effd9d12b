import type { ParsedNote } from "../notes/note";
import { nameKeyOf } from "./person-keys";

/*
 * The one-word notes that only point at the person of their name (`Anna.md`: `See [[Anna Bianchi]]`, see `pointsAtNamesake`):
 * the vault says `Anna` is Anna Bianchi. While she has no person note, `Sync with Anna` names no one, as a project's `Anna.md`
 * makes it: not Anna Rossi, the one person named Anna, whom the user did not mean.
 */

/** A pointer: the folded word of its note's name (`anna`) and the folded full name it points at (`anna bianchi`). */
export interface NamesakePointer {
	key: string;
	target: string;
}

/** The pointer a note is (`ParsedNote.pointsAt`), or null for any other note. */
export function pointerOf(note: ParsedNote | null): NamesakePointer | null {
	if (note?.pointsAt === undefined) return null;
	const key = nameKeyOf(note.title);
	const target = nameKeyOf(note.pointsAt);
	return key === "" || target === "" ? null : { key, target };
}

/** Whether two pointers (or none) are the same. */
export function samePointer(a: NamesakePointer | null, b: NamesakePointer | null): boolean {
	return a === null || b === null ? a === b : a.key === b.key && a.target === b.target;
}

/** The pointers of a vault, counted (two `Anna.md` in two folders may point at her). */
export class NamesakePointers {
	private readonly byKey = new Map<string, Map<string, number>>();

	add(pointer: NamesakePointer): void {
		const targets = this.byKey.get(pointer.key) ?? new Map<string, number>();
		targets.set(pointer.target, (targets.get(pointer.target) ?? 0) + 1);
		this.byKey.set(pointer.key, targets);
	}

	remove(pointer: NamesakePointer): void {
		const targets = this.byKey.get(pointer.key);
		const n = targets?.get(pointer.target) ?? 0;
		if (targets === undefined || n === 0) return;
		if (n > 1) targets.set(pointer.target, n - 1);
		else targets.delete(pointer.target);
		if (targets.size === 0) this.byKey.delete(pointer.key);
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
