import type { FollowUpSource, ParsedNote } from "../notes/note";
import { closedTaskHashes } from "../notes/parsed-note";
import { NONE } from "../notes/frontmatter-values";
import { conflictCopyOf, deviceCopyOf, mayNameACopy as mayNameASyncCopy } from "../notes/sync-copies";
import { mayNameATranscript, summaryNamesOf } from "../notes/meeting-companions";
import { problem } from "../shared/problems";
import { basename, folderOf, hasMdExtension } from "../shared/text";
import { textHash } from "../shared/text-hash";

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
	/** Other names of the note it may copy, beside it, when its name splits more ways (a device's name with hyphens). */
	others?: readonly string[];
	/** Named after a device that a computer's user may have named (`Anna Rossi-JacksDesktop`). */
	device?: true;
	/** A meeting's transcript named after it (`… - Transcript`, see `summaryNamesOf`): a record of that meeting, no copy to carry over. */
	transcript?: true;
}

/** Whether a note's name may be a copy's or a meeting's transcript's: one of the notes that may read another beside it. */
function mayNameACopy(title: string): boolean {
	return mayNameASyncCopy(title) || mayNameATranscript(title);
}

/**
 * The note `note` would be a copy of (`People/Anna Rossi 2.md` → `People/Anna Rossi.md`): any note named as a
 * sync app's conflict copy; a person or a meeting named as a numbered copy; else null.
 */
export function copiedNote(note: ParsedNote): CopiedNote | null {
	if (!hasMdExtension(note.path)) return null;
	const title = basename(note.path);
	// Most notes are named as no copy: nothing more to work out (this runs for every note a vault's build adds).
	if (!mayNameACopy(title) && !mayNameACopy(note.title)) return null;
	const folder = folderOf(note.path);
	const inFolder = (name: string): string => `${folder === "" ? "" : folder + "/"}${name}.md`;
	const conflict = conflictCopyOf(title);
	if (conflict !== null) return { path: inFolder(conflict), conflictOf: conflict };
	// A device's name says copy by itself only with OneDrive for Linux's mark: no name to split for other notes.
	const backup = title.includes("-safeBackup-") ? deviceCopyOf(title) : null;
	if (backup?.byName) return { path: inFolder(backup.names[0] ?? ""), conflictOf: backup.names[0] ?? "", others: backup.names.slice(1).map(inFolder) };
	if (note.kind !== "person" && note.kind !== "meeting") return null;
	// A meeting's transcript beside its summary (`2026-11-23 Quota rollout - Transcript`): the summary is the meeting.
	const summaries = note.kind === "meeting" ? summaryNamesOf(title) : NONE;
	if (summaries.length > 0) return { path: inFolder(summaries[0] ?? ""), conflictOf: null, others: summaries.slice(1).map(inFolder), transcript: true };
	const named = NUMBERED.exec(note.title);
	if (named) return { path: inFolder(named[1] ?? ""), conflictOf: null };
	const device = deviceCopyOf(title);
	return device && !device.byName ? { path: inFolder(device.names[0] ?? ""), conflictOf: null, others: device.names.slice(1).map(inFolder), device: true } : null;
}

/** Whether a note's name alone says it is a sync app's conflict copy. */
function namedAsConflict(path: string): boolean {
	const title = basename(path);
	return conflictCopyOf(title) !== null || (title.includes("-safeBackup-") && deviceCopyOf(title)?.byName === true);
}

/** The path of the note `note` would be a copy of, or null (see `copiedNote`). */
export function copiedNotePath(note: ParsedNote): string | null {
	return copiedNote(note)?.path ?? null;
}

/**
 * Whether a note named as a copy is one of `original`. A conflict copy is, by its name. Numbered copies:
 * two people share what tells a person apart (an email address, a phone number, a birthday) or what was
 * written about her (a follow-up, a log line's day); two meetings, their day and a follow-up, the people of one among the other's. Two notes with
 * nothing in common are two people (`Marco.md` and `Marco 2.md`, as a phone's contacts tell two friends
 * called Marco apart) or two meetings (`Call with Anna 2`, a second call that day), and each is read as it is.
 */
export function isCopyOf(copy: ParsedNote, original: ParsedNote, named?: CopiedNote): boolean {
	// A transcript is its meeting's when both are meetings of one day and its people are among the summary's: one who is in the
	// transcript alone would lose that meeting with it.
	if (named?.transcript === true) return copy.kind === "meeting" && original.kind === "meeting" && copy.date !== null && copy.date === original.date && peopleAmong(copy, original);
	return namedAsConflict(copy.path) || holdsTheSame(copy, original);
}

/** Whether two notes of one kind hold what tells them apart as the same (see `isCopyOf`). */
function holdsTheSame(copy: ParsedNote, original: ParsedNote): boolean {
	if (copy.kind !== original.kind) return false;
	if (copy.kind === "meeting") return copy.date !== null && copy.date === original.date && amongTheSamePeople(copy, original) && sharesFollowUp(copy, original);
	const a = copy.person;
	const b = original.person;
	if (a === null || b === null) return false;
	if ((a.email !== null && a.email === b.email) || (a.phone !== null && a.phone === b.phone)) return true;
	if (a.birthday !== null && b.birthday !== null && JSON.stringify(a.birthday) === JSON.stringify(b.birthday)) return true;
	if (sharesFollowUp(copy, original)) return true;
	const days = new Set(original.ownContacts.map((c) => c.day));
	return copy.ownContacts.some((c) => days.has(c.day));
}

/** The words of a note's name, folded (`Anna Rossi-Bianchi` → anna, rossi, bianchi); initials left out. */
function nameWords(name: string): string[] {
	return name
		.toLowerCase()
		.split(/[\s\-_.,()]+/)
		.filter((w) => w.length > 1);
}

/**
 * Whether the note at `path` (`note`, named as no copy) may be the note a conflict copy whose note is gone by its name
 * (`copy`, named `named`) was made of, renamed: it holds the same email or phone (whatever its new name), or its name
 * keeps a word of the old one (`Anna Rossi` → `Anna Bianchi`) and it holds the same birthday, follow-up or log day. A
 * note of another name that only shares a day, a birthday or a task's words is someone else (people at one party, two of
 * 300 born the same day), and the copy is read as it is.
 */
function renamedAs(copy: ParsedNote, named: CopiedNote, path: string, note: ParsedNote): boolean {
	if (copy.kind !== note.kind) return false;
	const a = copy.person;
	const b = note.person;
	if (a !== null && b !== null && ((a.email !== null && a.email === b.email) || (a.phone !== null && a.phone === b.phone))) return true;
	const old = new Set(nameWords(named.conflictOf ?? ""));
	return nameWords(basename(path)).some((w) => old.has(w)) && holdsTheSame(copy, note);
}

/**
 * Whether the people of one meeting are all among the other's (a copy is an older or a newer version: someone added or
 * taken out). Two meetings of one day with other people each (the team's standup and `Standup-QA`) are two meetings.
 */
function amongTheSamePeople(a: ParsedNote, b: ParsedNote): boolean {
	return peopleAmong(a, b) || peopleAmong(b, a);
}

/** Whether every attendee of `a` is one of `b`'s (by name, as `amongTheSamePeople`). */
function peopleAmong(a: ParsedNote, b: ParsedNote): boolean {
	const names = (n: ParsedNote): Set<string> => new Set(n.attendees.map((r) => basename(r.target).toLowerCase()));
	const large = names(b);
	return [...names(a)].every((t) => large.has(t));
}

/** Whether a task's text is one of the notes' tasks: open (its text), or done or cancelled (its text's hash). */
function heldTasks(notes: readonly ParsedNote[]): (text: string) => boolean {
	const open = new Set(notes.flatMap((o) => o.followUps.map((f) => f.text)));
	const closed = new Set(notes.flatMap((o) => closedTaskHashes(o.closedTasks)));
	return (text) => open.has(text) || (closed.size > 0 && closed.has(textHash(text)));
}

/** Whether an open task of the copy is one of the note's, open or since done or cancelled there. */
function sharesFollowUp(copy: ParsedNote, original: ParsedNote): boolean {
	if (copy.followUps.length === 0 || (original.followUps.length === 0 && original.closedTasks === undefined)) return false;
	const held = heldTasks([original]);
	return copy.followUps.some((f) => held(f.text));
}

/**
 * The open tasks of a copy that the notes it copies do not hold, open, done or cancelled (the same text
 * is the same task, whatever its day: the copy is often the older version, of a task since snoozed, done,
 * or done and recurring again in the note), each for the people it was for in the copy: a person copy's
 * for her (a link to the note it copies, the first of `originals`), a meeting copy's without links or `@`
 * names for its attendees. `originals`: the note it copies, then, for a copy of a copy (`Anna Rossi 2
 * (conflicted copy)` of iCloud's `Anna Rossi 2`), each copy between, and the other copies of the same note before
 * it by path, as written (what one of them adds, it lists).
 */
function addedFollowUps(copy: ParsedNote, originals: readonly ParsedNote[]): FollowUpSource[] {
	const held = heldTasks(originals);
	const added = copy.followUps.filter((f) => !held(f.text));
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
	// A transcript is no copy to carry over and delete: nothing to say of it.
	const said =
		named.transcript === true
			? null
			: named.conflictOf !== null
			? problem(note.path, 0, "sync-conflict-copy", { original: named.conflictOf })
			: problem(note.path, 0, named.device ? "device-copy" : "numbered-copy", { original: named.path });
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
		problems: said === null ? note.problems : [...note.problems, said],
	};
}

/**
 * The names a copy, a copy of a copy… may come from, folded (`Anna Rossi 2 (Marco's conflicted copy …)` → `anna rossi`):
 * the notes that may read one another. A name that splits more ways (a device's name with hyphens) comes from each.
 */
function familiesOf(title: string): string[] {
	// Most names are no copy's: their own name, without the walk's sets (this runs for every note a vault's build adds).
	if (!mayNameACopy(title) || copiedNames(title).length === 0) return [title.toLowerCase()];
	const out = new Set<string>();
	// Each name is a start of the title: walked once however many ways lead to it (a name of many hyphens).
	const seen = new Set<string>();
	const walk = (name: string, depth: number): void => {
		if (seen.has(name)) return;
		seen.add(name);
		const next = copiedNames(name);
		if (next.length === 0 || depth >= MAX_CHAIN) out.add(name.toLowerCase());
		else for (const n of next) walk(n, depth + 1);
	};
	walk(title, 0);
	return [...out];
}

/** The names a note named `name` may be a copy of, one step back (none for a name that is no copy's). */
function copiedNames(name: string): readonly string[] {
	const conflict = conflictCopyOf(name);
	if (conflict !== null) return [conflict];
	const summaries = summaryNamesOf(name);
	return summaries.length > 0 ? summaries : (deviceCopyOf(name)?.names ?? NUMBERED.exec(name)?.slice(1, 2) ?? NONE);
}

/** The order copies of one note are read in: a copy's note before it (its name is shorter), then by name's length and path. */
function readFirst(a: string, b: string): number {
	return basename(a).length - basename(b).length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The notes named as copies, with their own reading, by the name they come from. */
export class NoteCopies {
	private readonly readings = new Map<string, { note: ParsedNote; named: CopiedNote }>();
	private readonly byFamily = new Map<string, Set<string>>();
	/** The notes read as copies now, with their own reading and the path of the note each copies (a subset of `readings`). */
	private readonly copying = new Map<string, { note: ParsedNote; named: CopiedNote; original: string }>();
	/**
	 * Conflict copies whose note is nowhere by its name (renamed, or deleted), with the note beside them they were found to
	 * copy by what both hold (see `orphanOriginal`), or null.
	 */
	private readonly orphans = new Map<string, string | null>();

	/**
	 * Gives `apply` the note at `path` (null: it went) as it reads with the notes beside it (`notes`): a note
	 * named as a copy of one beside it (see `isCopyOf`) is read as a copy; then every other note named as a copy
	 * from the same name, in the order they read one another (what each adds depends on the notes it copies and on
	 * the copies of the same note before it), so that the index after any edit reads as a fresh build does; then the
	 * conflict copies beside it whose note is gone by its name, when the note changed may be (or was) the one they copy.
	 */
	apply(path: string, next: ParsedNote | null, notes: ReadonlyMap<string, ParsedNote>, apply: (path: string, note: ParsedNote | null) => void): void {
		const families = familiesOf(basename(path));
		const named = this.track(path, next, families);
		apply(path, next === null || named === null ? next : this.reading(next, named, notes));
		const again = new Set<string>();
		for (const familyName of families) for (const p of this.byFamily.get(familyName) ?? NONE) if (p !== path) again.add(p);
		for (const p of [...again].sort(readFirst)) {
			const r = this.readings.get(p);
			if (r) apply(p, this.reading(r.note, r.named, notes));
		}
		if (this.orphans.size === 0) return;
		const folder = folderOf(path);
		for (const [p, found] of [...this.orphans]) {
			const r = this.readings.get(p);
			if (p === path || again.has(p) || r === undefined || folderOf(p) !== folder) continue;
			const mayCopy = next !== null && named === null && found !== path && (found === null || path < found) && renamedAs(r.note, r.named, path, next);
			if (found === path || mayCopy) apply(p, this.reading(r.note, r.named, notes));
		}
	}

	/**
	 * The path of the note `note` copies: the one its name says, beside it (or another its name may say, for a device's
	 * name with hyphens); for a sync app's conflict copy whose note moved to another folder (or the copy did), the note
	 * of that name elsewhere (the first by path; for a person or a meeting, one that holds the same, see `isCopyOf`); else null.
	 */
	private originalOf(note: ParsedNote, named: CopiedNote, notes: ReadonlyMap<string, ParsedNote>): string | null {
		if (notes.has(named.path)) return named.path;
		for (const p of named.others ?? NONE) if (notes.has(p)) return p;
		if (named.conflictOf === null) return null;
		const titles = new Set([named.path, ...(named.others ?? NONE)].map((p) => basename(p).toLowerCase()));
		// A person or a meeting elsewhere of that name is the note moved only when it holds the same: two people may share a name in two folders.
		const kept = note.kind === "person" || note.kind === "meeting";
		let found: string | null = null;
		for (const [p, n] of notes) {
			if (p === note.path || !p.toLowerCase().endsWith(".md") || !titles.has(basename(p).toLowerCase()) || (found !== null && p > found)) continue;
			if (!kept || holdsTheSame(note, n)) found = p;
		}
		return found;
	}

	/**
	 * The note beside a conflict copy whose note is gone by its name (`Anna Rossi (conflicted copy …)` after the user
	 * renamed `Anna Rossi` to `Anna Rossi-Bianchi`) that it copies: the first by path of the notes in its folder, of its
	 * kind and named as no copy, that hold what tells it apart (an email, a phone, a birthday, a follow-up, a log day;
	 * see `isCopyOf`); else null.
	 */
	private orphanOriginal(note: ParsedNote, named: CopiedNote, notes: ReadonlyMap<string, ParsedNote>): string | null {
		const folder = folderOf(note.path);
		let found: string | null = null;
		for (const [p, n] of notes) {
			if (p === note.path || (found !== null && p > found) || this.readings.has(p) || folderOf(p) !== folder) continue;
			if (renamedAs(note, named, p, n)) found = p;
		}
		return found;
	}

	/**
	 * How the note `note`, named as a copy (`named`), reads beside the notes in `notes`: as a copy of the note
	 * its name copies when that note is there and it is one (see `isCopyOf`), else as it is. A copy of a copy
	 * adds what none of the notes up the line holds, for the first of them; a copy adds nothing another copy of
	 * the same note read before it (see `readFirst`) adds. A conflict copy whose note is gone by its name copies the
	 * note beside it that holds the same (see `orphanOriginal`), else it is read as it is and a problem says so.
	 */
	private reading(note: ParsedNote, named: CopiedNote, notes: ReadonlyMap<string, ParsedNote>): ParsedNote {
		this.copying.delete(note.path);
		this.orphans.delete(note.path);
		let original = this.originalOf(note, named, notes);
		if (original === null && named.conflictOf !== null) {
			original = this.orphanOriginal(note, named, notes);
			this.orphans.set(note.path, original);
			if (original === null) return { ...note, problems: [...note.problems, problem(note.path, 0, "orphaned-conflict-copy", { original: named.conflictOf })] };
		}
		const copied = original === null ? undefined : notes.get(original);
		if (original === null || copied === undefined) return note;
		// The note it copies, as written: itself a copy, read as one (`copied` is then its reading as a copy).
		const up = this.copying.get(original);
		const parent = up === undefined ? copied : up.note;
		if (!isCopyOf(note, parent, named)) return note;
		const line = [parent];
		for (let at = up, depth = 0; at !== undefined && depth <= MAX_CHAIN; depth++) {
			const above = notes.get(at.original);
			if (above === undefined) break;
			const next = this.copying.get(at.original);
			line.unshift(next === undefined ? above : next.note);
			at = next;
		}
		const families = familiesOf(basename(note.path));
		for (const familyName of families) {
			for (const p of this.byFamily.get(familyName) ?? NONE) {
				const sibling = this.copying.get(p);
				if (sibling?.original === original && readFirst(p, note.path) < 0 && !line.includes(sibling.note)) line.push(sibling.note);
			}
		}
		const read = asCopy(note, line, { ...named, path: original, conflictOf: named.conflictOf === null ? null : basename(original) });
		this.copying.set(note.path, { note, named, original });
		return read;
	}

	/** Remembers (or forgets, for null or a note named otherwise) the reading of the note at `path`, of the names `families` come from (`familiesOf`); returns the note it would copy, else null. */
	private track(path: string, note: ParsedNote | null, families: readonly string[]): CopiedNote | null {
		this.copying.delete(path);
		this.orphans.delete(path);
		if (this.readings.delete(path)) {
			for (const family of families) {
				const paths = this.byFamily.get(family);
				paths?.delete(path);
				if (paths?.size === 0) this.byFamily.delete(family);
			}
		}
		const named = note === null ? null : copiedNote(note);
		if (note === null || named === null) return null;
		this.readings.set(path, { note, named });
		for (const family of families) {
			let paths = this.byFamily.get(family);
			if (!paths) this.byFamily.set(family, (paths = new Set()));
			paths.add(path);
		}
		return named;
	}

	/** Whether notes named as copies from the name of the note at `path` are known (they may read it), or conflict copies whose note is gone by its name. */
	hasCopies(path: string): boolean {
		const title = basename(path);
		return this.hasCopiesNamed(path, title, mayNameACopy(title));
	}

	/**
	 * Whether `note` is read knowing other notes: it is named as a copy (`copiedNote`), or copies of its name are known
	 * (`hasCopies`). The same answer, with its file's name worked out once and most notes' name looked at once (a vault's
	 * build asks this of every note that is no person).
	 */
	readsOthers(note: ParsedNote): boolean {
		const path = note.path;
		// Most notes are titled by their file's name: that name, without a copy of it made.
		const title = isFileNameOf(path, note.title) ? note.title : basename(path);
		const copyName = mayNameACopy(title);
		const namedAsNoCopy = !hasMdExtension(path) || (!copyName && (title === note.title || !mayNameACopy(note.title)));
		return (!namedAsNoCopy && copiedNote(note) !== null) || this.hasCopiesNamed(path, title, copyName);
	}

	/** `hasCopies` for the note at `path`, whose file's name is `title` (`copyName`: whether it may name a copy). */
	private hasCopiesNamed(path: string, title: string, copyName: boolean): boolean {
		// Most vaults have no copy: no name to work out for each of their notes.
		if (this.byFamily.size === 0) return false;
		if (this.orphans.size > 0 && [...this.orphans.keys()].some((o) => folderOf(o) === folderOf(path))) return true;
		return copyName ? familiesOf(title).some((f) => this.byFamily.has(f)) : this.byFamily.has(title.toLowerCase());
	}
}

/** Whether `name` is the file's name of `path` (`basename`), told without making that name. */
function isFileNameOf(path: string, name: string): boolean {
	const end = hasMdExtension(path) ? path.length - 3 : path.length;
	const start = end - name.length;
	return start >= 0 && path.lastIndexOf("/", end - 1) === start - 1 && path.startsWith(name, start);
}
