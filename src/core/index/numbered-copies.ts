import type { ParsedNote } from "../notes/note";
import { NONE } from "../notes/frontmatter-values";
import { problem } from "../shared/problems";
import { folderOf } from "../shared/text";

/*
 * The copies sync apps and file managers name with a number: iCloud Drive keeps the other version of a
 * note changed on two devices as `Anna Rossi 2.md`, Google Drive and a download twice as `Anna Rossi (1).md`,
 * Obsidian's "Make a copy" as `Anna Rossi 1.md`. Beside a person note `Anna Rossi.md` in the same folder,
 * and sharing what identifies her (see `isCopyOf`), such a note is a copy of her, not a second Anna with
 * every follow-up twice; without the original beside it, the note is read as it is.
 */

/** `Anna Rossi 2`, `Anna Rossi (1)`: a name, a space, a number of one or two digits (in parentheses or not). */
const NUMBERED = /^(.*\S) (?:\d{1,2}|\(\d{1,2}\))$/;

/**
 * The path of the note `note` would be a numbered copy of (`People/Anna Rossi 2.md` → `People/Anna Rossi.md`),
 * when it is a person or a meeting named so; else null.
 */
export function copiedNotePath(note: ParsedNote): string | null {
	if ((note.kind !== "person" && note.kind !== "meeting") || !note.path.toLowerCase().endsWith(".md")) return null;
	const named = NUMBERED.exec(note.title);
	if (!named) return null;
	const folder = folderOf(note.path);
	return `${folder === "" ? "" : folder + "/"}${named[1] ?? ""}.md`;
}

/**
 * Whether a note named as a numbered copy is one of `original`: two people share what tells a person apart
 * (an email address, a phone number, a birthday) or what was written about her (a follow-up, a log
 * line's day); two meetings, their day and a follow-up. Two notes with nothing in common are two people
 * (`Marco.md` and `Marco 2.md`, as a phone's contacts tell two friends called Marco apart) or two meetings
 * (`Call with Anna 2`, a second call that day), and each is read as it is.
 */
export function isCopyOf(copy: ParsedNote, original: ParsedNote): boolean {
	if (copy.kind !== original.kind) return false;
	if (copy.kind === "meeting") return copy.date !== null && copy.date === original.date && sharesFollowUp(copy, original);
	const a = copy.person;
	const b = original.person;
	if (a === null || b === null) return false;
	if ((a.email !== null && a.email === b.email) || (a.phone !== null && a.phone === b.phone)) return true;
	if (a.birthday !== null && b.birthday !== null && JSON.stringify(a.birthday) === JSON.stringify(b.birthday)) return true;
	if (sharesFollowUp(copy, original)) return true;
	const days = new Set(original.ownContacts.map((c) => c.day));
	return copy.ownContacts.some((c) => days.has(c.day));
}

function sharesFollowUp(copy: ParsedNote, original: ParsedNote): boolean {
	if (copy.followUps.length === 0 || original.followUps.length === 0) return false;
	const texts = new Set(original.followUps.map((f) => f.text));
	return copy.followUps.some((f) => texts.has(f.text));
}

/** A person or meeting note read as the copy it is: nothing in it counts, and a problem says which note it copies. */
export function asCopy(note: ParsedNote, original: string): ParsedNote {
	return {
		...note,
		kind: "other",
		isEvent: false,
		date: null,
		time: null,
		person: null,
		attendees: NONE,
		contacts: NONE,
		ownContacts: NONE,
		followUps: NONE,
		doneTasks: NONE,
		exchanges: NONE,
		pins: null,
		problems: [...note.problems, problem(note.path, 0, "numbered-copy", { original })],
	};
}

/** The person and meeting notes named as numbered copies, with their own reading, by the path of the note each would copy. */
export class NumberedCopies {
	private readonly readings = new Map<string, { note: ParsedNote; original: string }>();
	private readonly byOriginal = new Map<string, Set<string>>();

	/**
	 * Gives `apply` the note at `path` (null: it went) as it reads with the notes beside it (`notes`): a person
	 * note named as a numbered copy of a person it shares her identity with is read as a copy; the notes named
	 * as copies of this one are given again when that changes.
	 */
	apply(path: string, next: ParsedNote | null, notes: ReadonlyMap<string, ParsedNote>, apply: (path: string, note: ParsedNote | null) => void): void {
		const original = this.track(path, next);
		const copied = original === null ? undefined : notes.get(original);
		apply(path, next !== null && original !== null && copied !== undefined && isCopyOf(next, copied) ? asCopy(next, original) : next);
		const now = notes.get(path);
		for (const copy of this.copiesOf(path)) {
			const asRead = now !== undefined && isCopyOf(copy, now) ? asCopy(copy, path) : copy;
			if (asRead.kind !== notes.get(copy.path)?.kind) apply(copy.path, asRead);
		}
	}

	/** Remembers (or forgets, for null or a note named otherwise) the reading of the note at `path`; returns the path it would copy, else null. */
	private track(path: string, note: ParsedNote | null): string | null {
		const known = this.readings.get(path);
		if (known) {
			this.readings.delete(path);
			const copies = this.byOriginal.get(known.original);
			copies?.delete(path);
			if (copies?.size === 0) this.byOriginal.delete(known.original);
		}
		const original = note === null ? null : copiedNotePath(note);
		if (note === null || original === null) return null;
		this.readings.set(path, { note, original });
		let copies = this.byOriginal.get(original);
		if (!copies) this.byOriginal.set(original, (copies = new Set()));
		copies.add(path);
		return original;
	}

	/** Whether notes named as copies of the note at `path` are known. */
	hasCopies(path: string): boolean {
		return this.byOriginal.has(path);
	}

	/** The notes named as copies of the note at `original`, each with its own reading. */
	private copiesOf(original: string): ParsedNote[] {
		const copies = this.byOriginal.get(original);
		if (!copies) return NONE;
		return [...copies].map((p) => this.readings.get(p)?.note).filter((n): n is ParsedNote => n !== undefined);
	}
}
