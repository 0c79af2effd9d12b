import type { FollowUpSource, ParsedNote } from "../notes/note";
import { NONE } from "../notes/frontmatter-values";
import { conflictCopyOf } from "../notes/sync-copies";
import { problem } from "../shared/problems";
import { basename, folderOf } from "../shared/text";

/*
 * The copies sync apps and file managers leave beside a note. A sync app that saw a note changed on two
 * devices keeps the other version under a name that says so (conflict copies, `sync-copies.ts`); iCloud
 * Drive names it `Anna Rossi 2.md`, Google Drive and a download twice `Anna Rossi (1).md`, Obsidian's
 * "Make a copy" `Anna Rossi 1.md` (numbered copies). Beside the note it copies, in the same folder, such a
 * copy is no second Anna with every follow-up twice; but what it adds is the user's work, so an open
 * task of the copy that the note it copies does not hold stays on the agenda, for the same people, from
 * the copy. Without the original beside it, the note is read as it is.
 */

/** `Anna Rossi 2`, `Anna Rossi (1)`: a name, a space, a number of one or two digits (in parentheses or not). */
const NUMBERED = /^(.*\S) (?:\d{1,2}|\(\d{1,2}\))$/;

/** How many copies of copies are followed up the line (each name is longer than the one it copies: no loop). */
const MAX_CHAIN = 8;

/** The note a copy would copy: its path, and how the copy is named (a sync app's conflict copy, or a numbered one). */
export interface CopiedNote {
	path: string;
	/** For a conflict copy, the note's name as the copy gives it; for a numbered copy, null. */
	conflictOf: string | null;
}

/**
 * The note `note` would be a copy of (`People/Anna Rossi 2.md` → `People/Anna Rossi.md`): any note named as a
 * sync app's conflict copy; a person or a meeting named as a numbered copy; else null.
 */
export function copiedNote(note: ParsedNote): CopiedNote | null {
	if (!note.path.toLowerCase().endsWith(".md")) return null;
	const folder = folderOf(note.path);
	const inFolder = (name: string): string => `${folder === "" ? "" : folder + "/"}${name}.md`;
	const conflict = conflictCopyOf(basename(note.path));
	if (conflict !== null) return { path: inFolder(conflict), conflictOf: conflict };
	if (note.kind !== "person" && note.kind !== "meeting") return null;
	const named = NUMBERED.exec(note.title);
	return named ? { path: inFolder(named[1] ?? ""), conflictOf: null } : null;
}

/** The path of the note `note` would be a copy of, or null (see `copiedNote`). */
export function copiedNotePath(note: ParsedNote): string | null {
	return copiedNote(note)?.path ?? null;
}

/**
 * Whether a note named as a copy is one of `original`. A conflict copy is, by its name. Numbered copies:
 * two people share what tells a person apart (an email address, a phone number, a birthday) or what was
 * written about her (a follow-up, a log line's day); two meetings, their day and a follow-up. Two notes with
 * nothing in common are two people (`Marco.md` and `Marco 2.md`, as a phone's contacts tell two friends
 * called Marco apart) or two meetings (`Call with Anna 2`, a second call that day), and each is read as it is.
 */
export function isCopyOf(copy: ParsedNote, original: ParsedNote): boolean {
	if (conflictCopyOf(basename(copy.path)) !== null) return true;
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

/**
 * The open tasks of a copy that the notes it copies do not hold, open, done or cancelled (the same text
 * is the same task, whatever its day: the copy is often the older version, of a task since snoozed, done,
 * or done and recurring again in the note), each for the people it was for in the copy: a person copy's
 * for her (a link to the note it copies, the first of `originals`), a meeting copy's without links or `@`
 * names for its attendees. `originals`: the note it copies, then, for a copy of a copy (`Anna Rossi 2
 * (conflicted copy)` of iCloud's `Anna Rossi 2`), each copy between, as written (what one of them adds, it lists).
 */
function addedFollowUps(copy: ParsedNote, originals: readonly ParsedNote[]): FollowUpSource[] {
	const held = new Set(originals.flatMap((o) => [...o.followUps.map((f) => f.text), ...(o.closedTasks ?? NONE)]));
	const added = copy.followUps.filter((f) => !held.has(f.text));
	if (added.length === 0) return NONE;
	const target = (originals[0]?.path ?? ".md").slice(0, -3);
	return added.map((f) => {
		if (copy.kind === "person") return { ...f, refs: [{ target, link: true, line: f.line }, ...f.refs] };
		if (copy.kind === "meeting" && f.refs.length === 0 && !f.text.includes("@") && f.owner === undefined) return { ...f, refs: copy.attendees.map((a) => ({ ...a, line: f.line })) };
		return f;
	});
}

/**
 * A note read as the copy it is of `originals` (see `addedFollowUps`; the last is the one its name copies): it
 * is no person or meeting and none of its contacts count, only the open tasks it adds; a problem says which note it copies.
 */
export function asCopy(note: ParsedNote, originals: readonly ParsedNote[], named: CopiedNote): ParsedNote {
	const said = named.conflictOf === null ? problem(note.path, 0, "numbered-copy", { original: named.path }) : problem(note.path, 0, "sync-conflict-copy", { original: named.conflictOf });
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
		followUps: addedFollowUps(note, originals),
		doneTasks: NONE,
		exchanges: NONE,
		pins: null,
		problems: [...note.problems, said],
	};
}

/** The notes named as copies, with their own reading, by the path of the note each would copy. */
export class NoteCopies {
	private readonly readings = new Map<string, { note: ParsedNote; named: CopiedNote }>();
	private readonly byOriginal = new Map<string, Set<string>>();
	/** The notes read as copies now, with their own reading and the path of the note each copies (a subset of `readings`). */
	private readonly copying = new Map<string, { note: ParsedNote; named: CopiedNote; original: string }>();

	/**
	 * Gives `apply` the note at `path` (null: it went) as it reads with the notes beside it (`notes`): a note
	 * named as a copy of one beside it (see `isCopyOf`) is read as a copy; the notes named as copies of this
	 * one, and theirs, are given again when it changes (what they add depends on it).
	 */
	apply(path: string, next: ParsedNote | null, notes: ReadonlyMap<string, ParsedNote>, apply: (path: string, note: ParsedNote | null) => void): void {
		const named = this.track(path, next);
		apply(path, next === null || named === null ? next : this.reading(next, named, notes));
		this.applyCopiesOf(path, notes, apply, 0);
	}

	private applyCopiesOf(path: string, notes: ReadonlyMap<string, ParsedNote>, apply: (path: string, note: ParsedNote | null) => void, depth: number): void {
		if (depth > MAX_CHAIN) return;
		for (const { note: copy, named } of this.copiesOf(path)) {
			apply(copy.path, this.reading(copy, named, notes));
			this.applyCopiesOf(copy.path, notes, apply, depth + 1);
		}
	}

	/**
	 * The path of the note `note` copies: the one its name says, beside it; for a sync app's conflict copy whose
	 * note moved to another folder (or the copy did), the note of that name elsewhere (the first by path); else null.
	 */
	private originalOf(note: ParsedNote, named: CopiedNote, notes: ReadonlyMap<string, ParsedNote>): string | null {
		if (notes.has(named.path)) return named.path;
		if (named.conflictOf === null) return null;
		const title = named.conflictOf.toLowerCase();
		let found: string | null = null;
		for (const p of notes.keys()) {
			if (p !== note.path && p.toLowerCase().endsWith(".md") && basename(p).toLowerCase() === title && (found === null || p < found)) found = p;
		}
		return found;
	}

	/**
	 * How the note `note`, named as a copy (`named`), reads beside the notes in `notes`: as a copy of the note
	 * its name copies when that note is there and it is one (see `isCopyOf`), else as it is. A copy of a copy
	 * adds what none of the notes up the line holds, for the first of them.
	 */
	private reading(note: ParsedNote, named: CopiedNote, notes: ReadonlyMap<string, ParsedNote>): ParsedNote {
		this.copying.delete(note.path);
		const original = this.originalOf(note, named, notes);
		const copied = original === null ? undefined : notes.get(original);
		if (original === null || copied === undefined) return note;
		// The note it copies, as written: itself a copy, read as one (`copied` is then its reading as a copy).
		const up = this.copying.get(original);
		const parent = up === undefined ? copied : up.note;
		if (!isCopyOf(note, parent)) return note;
		const line = [parent];
		for (let at = up, depth = 0; at !== undefined && depth <= MAX_CHAIN; depth++) {
			const above = notes.get(at.original);
			if (above === undefined) break;
			const next = this.copying.get(at.original);
			line.unshift(next === undefined ? above : next.note);
			at = next;
		}
		const read = asCopy(note, line, { ...named, path: original });
		this.copying.set(note.path, { note, named, original });
		return read;
	}

	/** Where the notes named as copies of `named`'s are kept: by the path for a numbered copy, by the name for a conflict copy (its note may be elsewhere). */
	private static keyOf(named: CopiedNote): string {
		return named.conflictOf === null ? `p:${named.path}` : `t:${named.conflictOf.toLowerCase()}`;
	}

	/** Remembers (or forgets, for null or a note named otherwise) the reading of the note at `path`; returns the note it would copy, else null. */
	private track(path: string, note: ParsedNote | null): CopiedNote | null {
		const known = this.readings.get(path);
		this.copying.delete(path);
		if (known) {
			this.readings.delete(path);
			const key = NoteCopies.keyOf(known.named);
			const copies = this.byOriginal.get(key);
			copies?.delete(path);
			if (copies?.size === 0) this.byOriginal.delete(key);
		}
		const named = note === null ? null : copiedNote(note);
		if (note === null || named === null) return null;
		this.readings.set(path, { note, named });
		const key = NoteCopies.keyOf(named);
		let copies = this.byOriginal.get(key);
		if (!copies) this.byOriginal.set(key, (copies = new Set()));
		copies.add(path);
		return named;
	}

	/** Whether notes named as copies of the note at `path` are known. */
	hasCopies(path: string): boolean {
		return this.byOriginal.has(`p:${path}`) || this.byOriginal.has(`t:${basename(path).toLowerCase()}`);
	}

	/** The notes named as copies of the note at `original`, each with its own reading and how it is named. */
	private copiesOf(original: string): { note: ParsedNote; named: CopiedNote }[] {
		const paths = [...(this.byOriginal.get(`p:${original}`) ?? NONE), ...(this.byOriginal.get(`t:${basename(original).toLowerCase()}`) ?? NONE)];
		if (paths.length === 0) return NONE;
		return paths.map((p) => this.readings.get(p)).filter((r): r is { note: ParsedNote; named: CopiedNote } => r !== undefined);
	}
}
