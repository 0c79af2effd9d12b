import type { CalendarDay } from "../dates/dates";
import type { ParsedNote, Ref } from "../notes/note";
import type { PersonResolver } from "./resolver";
import { refsToFile } from "./standing-refs";

const NO_PATHS: readonly string[] = Object.freeze([]);
/** How many notes may be looked for among the notes waiting to be filed before they are all filed. */
const MAX_LOOKS = 64;

/**
 * Where the index files each note, to find it again without a walk over the vault: under the folded
 * name of every reference it makes (to resolve it again when a person of that name comes or goes),
 * under its day when it is a dated meeting, and among the notes that record exchanges.
 *
 * Paths are kept in plain lists (one slot per reference, where a set costs several): a note is filed
 * in one go after it was taken out (`unfile`), so a name it references twice is filed once by
 * looking at the last path of that name's list alone.
 */
export class NoteFiling {
	private readonly byKey = new Map<string, string[]>();
	private readonly meetingsByDay = new Map<CalendarDay, string[]>();
	private readonly exchanges = new Set<string>();
	private meetings = 0;
	/**
	 * During a bulk build (`startBulk`), the lists each link target and plain name is filed under, so
	 * that filing a reference is one look-up instead of one for its keys and one per key; null otherwise.
	 * Forgotten when a list may leave `byKey` (`unfile`).
	 */
	private linkLists: Map<string, string[][]> | null = null;
	private nameLists: Map<string, string[][]> | null = null;

	/** `resolver` gives the keys a reference is filed under (`Anna Rossi (Lumen)`: under both names). */
	constructor(private readonly resolver: PersonResolver) {}

	/**
	 * Notes whose references are not filed under their names yet, from `nextWaiting` on, in the order
	 * they came (null: a note taken out before its turn). A bulk build files its notes so (`fileLater`),
	 * and while any waits, every note after them waits too. Nothing reads those lists until a person
	 * comes, goes or changes her names (`referencing`); the waiting notes are then filed in their
	 * order, so that every list holds its paths as a build that filed each note at once would.
	 */
	private waiting: (ParsedNote | null)[] = [];
	private nextWaiting = 0;
	/** How many notes were looked for among the waiting ones (see `takeOutWaiting`). */
	private looks = 0;

	/** Files a note: under its day and among the exchanges now, under the names it references now too unless notes wait before it. */
	file(note: ParsedNote): void {
		this.fileByDay(note);
		if (this.nextWaiting < this.waiting.length) this.waiting.push(note);
		else this.fileReferences(note);
	}

	/**
	 * Files a note of a bulk build: under its day and among the exchanges now, under the names it
	 * references when they are first needed, or by `fileWaiting` (a start does it in the background).
	 */
	fileLater(note: ParsedNote): void {
		this.fileByDay(note);
		this.waiting.push(note);
	}

	/** Files the references of up to `budget` waiting notes (all by default); true once none waits. */
	fileWaiting(budget = Infinity): boolean {
		if (this.nextWaiting >= this.waiting.length) return true;
		// No note is taken out meanwhile: the lists of each name may be remembered, as in a bulk build.
		const inBulk = this.linkLists !== null;
		this.startBulk();
		const end = Math.min(this.waiting.length, this.nextWaiting + budget);
		for (; this.nextWaiting < end; this.nextWaiting++) {
			const note = this.waiting[this.nextWaiting];
			if (note) this.fileReferences(note);
		}
		if (!inBulk) this.endBulk();
		if (this.nextWaiting < this.waiting.length) return false;
		this.waiting = [];
		this.nextWaiting = 0;
		this.looks = 0;
		return true;
	}

	/** Takes a note out of the waiting ones; false when it is not among them (its references are filed). */
	private takeOutWaiting(note: ParsedNote): boolean {
		if (this.nextWaiting >= this.waiting.length) return false;
		// Each look walks the waiting notes: after a few (a sync tool changed many notes), filing them all costs less.
		if (++this.looks > MAX_LOOKS) {
			this.fileWaiting();
			return false;
		}
		const i = this.waiting.indexOf(note, this.nextWaiting);
		if (i < 0) return false;
		this.waiting[i] = null;
		return true;
	}

	/**
	 * A note's references, under their names. Its lists are walked by index (here and in what it
	 * calls): a whole vault is filed at start-up, and a `for…of` loop the engine has not optimized yet
	 * makes an object per step.
	 */
	private fileReferences(note: ParsedNote): void {
		const path = note.path;
		const { contacts, followUps, exchanges } = note;
		this.fileRefs(note.attendees, path);
		for (let i = 0; i < contacts.length; i++) this.fileRef((contacts[i] as (typeof contacts)[number]).ref, path);
		for (let i = 0; i < followUps.length; i++) this.fileRefs((followUps[i] as (typeof followUps)[number]).refs, path);
		// Gives and receives too: their note is read again (for the ledger) when the person they name appears or goes.
		for (let i = 0; i < exchanges.length; i++) this.fileRefs((exchanges[i] as (typeof exchanges)[number]).refs, path);
	}

	/** A note under its day when it is a dated meeting, and among the notes that record exchanges. */
	private fileByDay(note: ParsedNote): void {
		const path = note.path;
		if (note.exchanges.length > 0) this.exchanges.add(path);
		if (note.kind === "meeting" && note.date) {
			const list = this.meetingsByDay.get(note.date);
			if (list) list.push(path);
			else this.meetingsByDay.set(note.date, [path]);
			this.meetings++;
		}
	}

	/** A bulk build starts (or goes on): the lists a reference is filed under are remembered until `endBulk`. */
	startBulk(): void {
		this.linkLists ??= new Map();
		this.nameLists ??= new Map();
	}

	endBulk(): void {
		this.linkLists = null;
		this.nameLists = null;
	}

	unfile(note: ParsedNote): void {
		const path = note.path;
		this.exchanges.delete(path);
		if (note.kind === "meeting" && note.date && takeOut(this.meetingsByDay, note.date, path)) this.meetings--;
		if (this.takeOutWaiting(note)) return;
		this.linkLists?.clear();
		this.nameLists?.clear();
		this.unfileRefs(note.attendees, path);
		for (const c of note.contacts) this.unfileRef(c.ref, path);
		for (const f of note.followUps) this.unfileRefs(f.refs, path);
		for (const e of note.exchanges) this.unfileRefs(e.refs, path);
	}

	/** The notes that reference the folded name `key`. */
	referencing(key: string): readonly string[] {
		this.fileWaiting();
		return this.byKey.get(key) ?? NO_PATHS;
	}

	/** The dated meetings of a day, in the order they were filed. */
	meetingsOn(day: CalendarDay): readonly string[] {
		return this.meetingsByDay.get(day) ?? NO_PATHS;
	}

	get meetingCount(): number {
		return this.meetings;
	}

	/** The notes that record giving or receiving. */
	notesWithExchanges(): IterableIterator<string> {
		return this.exchanges.values();
	}

	private fileRefs(refs: readonly Ref[], path: string): void {
		for (let i = 0; i < refs.length; i++) this.fileRef(refs[i] as Ref, path);
	}

	private fileRef(ref: Ref, path: string): void {
		if (ref.joined !== undefined) {
			for (const r of refsToFile(ref)) this.fileRef({ target: r.target, link: r.link, line: r.line }, path);
			return;
		}
		const memo = ref.link ? this.linkLists : this.nameLists;
		const known = memo?.get(ref.target);
		if (known === undefined) {
			const lists = this.fileUnderKeys(ref, path);
			memo?.set(ref.target, lists);
			return;
		}
		for (let i = 0; i < known.length; i++) {
			const list = known[i] as string[];
			if (list[list.length - 1] !== path) list.push(path);
		}
	}

	/** Files `path` under each key of `ref`; returns the lists it is filed in. */
	private fileUnderKeys(ref: Ref, path: string): string[][] {
		const keys = this.resolver.refKeys(ref);
		const lists = new Array<string[]>(keys.length);
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i] as string;
			let list = this.byKey.get(key);
			if (!list) this.byKey.set(key, (list = [path]));
			else if (list[list.length - 1] !== path) list.push(path);
			lists[i] = list;
		}
		return lists;
	}

	private unfileRefs(refs: readonly Ref[], path: string): void {
		for (const r of refs) this.unfileRef(r, path);
	}

	private unfileRef(ref: Ref, path: string): void {
		if (ref.joined !== undefined) {
			for (const r of refsToFile(ref)) this.unfileRef({ target: r.target, link: r.link, line: r.line }, path);
			return;
		}
		for (const key of this.resolver.refKeys(ref)) takeOut(this.byKey, key, path);
	}
}

/** Takes `path` out of the list under `key` (dropping an emptied list); true when it was there. */
function takeOut<K>(lists: Map<K, string[]>, key: K, path: string): boolean {
	const list = lists.get(key);
	const i = list ? list.lastIndexOf(path) : -1;
	if (!list || i < 0) return false;
	list.splice(i, 1);
	if (list.length === 0) lists.delete(key);
	return true;
}
