import type { Interaction } from "./contact-log";
import { PeopleReadings } from "./people-readings";
import type { PersonNumbers } from "./person-numbers";
import { PersonTable } from "./person-table";
import { type CalendarDay, addDuration } from "../dates/dates";
import type { FollowUp } from "./follow-up";
import { type ContactRef, hasDied, type ParsedNote, type Ref } from "../notes/note";
import type { Problem } from "../shared/problems";
import { nameChange } from "./name-change";
import { NoteFiling } from "./note-filing";
import { OtherNoteNames } from "./other-notes";
import { nameKeyOf } from "./resolver";
import { NoteCopies } from "./note-copies";
import { VaultProblems } from "./vault-problems";
import { MeetingAttendees } from "./meeting-attendees";
import { firmsChanged, firmsOf } from "./firm-names";
import { pointerOf, samePointer } from "./namesake-pointers";

export type { FollowUp, Interaction };

/**
 * Everything Rapport knows about a vault, kept current one note at a time: adding, changing,
 * removing or renaming a note updates last contacts, due dates and follow-up owners of exactly the
 * people it touches, without rebuilding.
 */
export class VaultIndex extends PeopleReadings {
	private readonly notes = new Map<string, ParsedNote>();
	/** Notes named as copies (`Anna Rossi 2.md`, a sync app's conflict copy), with their own reading. */
	private readonly copies = new NoteCopies();
	/** Each note under the names it references, its meeting day, and whether it records exchanges. */
	private readonly filing = new NoteFiling(this.resolver);
	/** The file names of the notes that are no person, for links (see `OtherNoteNames`). */
	private readonly otherNames = new OtherNoteNames(this.resolver, this.notes);
	private personList: ParsedNote[] | null = null;
	private rev = 0;
	/** Grows whenever a person note comes to say, or stops saying, that its person died (see `deathsStamp`). */
	private deaths = 0;
	/** Each meeting's attendees and task owners as resolved. */
	private readonly meetingAttendees = new MeetingAttendees(this.ledger);
	/** The agenda's flat rows of people, made when first asked (`personNumbers`). */
	private personTable: PersonTable | null = null;
	/** The vault's problems, those of its notes counted as they come and go. */
	private readonly vaultProblems = new VaultProblems(this.resolver, this.ledger.unknown, this.ledger.ambiguous, () => this.owner());

	/** `owner` gives the `me` setting: the vault's owner is never reported as an unknown attendee. */
	constructor(private readonly owner: () => string = () => "") {
		super();
	}

	/** Grows by one on every change; views compare it to know whether to redraw. */
	get revision(): number {
		return this.rev;
	}

	/**
	 * Adds many notes at once: people first, one by one (a person can change how notes already in
	 * resolve), then every other note. A note new to the index is added in bulk (see `addNew`): no
	 * person changes meanwhile, so no other note depends on it; the change log counts the whole build
	 * as one change (views asking what changed since before it work everything out again), and the
	 * revision grows by one per note, as one `set` per note makes it grow. `more`: further notes of the
	 * same build follow in another call (a start adds them a slice at a time), so what the build
	 * remembers of the names it met (each stays right however the index changes meanwhile) is kept for them.
	 */
	addAll(notes: Iterable<ParsedNote>, more = false): void {
		const rest: ParsedNote[] = [];
		for (const n of notes) {
			if (n.kind === "person") this.set(n);
			else rest.push(n);
		}
		// Only replacements: each is a change of its own, as an edit is.
		if (!rest.some((n) => !this.notes.has(n.path))) {
			for (const n of rest) this.set(n);
		} else {
			this.changeLog.startBulk();
			this.filing.startBulk();
			this.ledger.startBulk();
			try {
				// Meetings named as numbered copies (`Sync 2.md`), and the notes they copy, are read knowing one another.
				const later: ParsedNote[] = [];
				for (const n of rest) {
					if (this.notes.has(n.path)) this.set(n);
					else if (this.copies.readsOthers(n)) later.push(n);
					else this.addNew(n);
				}
				for (const n of later) this.set(n);
			} finally {
				this.changeLog.endBulk();
			}
		}
		if (!more) {
			this.filing.endBulk();
			this.ledger.endBulk();
		}
	}

	/**
	 * What `apply` does for a note that is no person and not in the index yet: no person's keys change,
	 * so no other note depends on it. Only during a bulk build (nothing recorded in the change log).
	 */
	private addNew(note: ParsedNote): void {
		const path = note.path;
		this.meetingAttendees.forget(path);
		// Named as a person or her alias (rare): the links to that name read so far may open this note now.
		if (this.otherNames.add(note)) {
			this.ledger.forgetTargets();
			this.readAgain(this.linking(note.title, path));
		}
		// A firm's own note (`Organizations/Apple.md`): a meeting's name read so far may name the firm now, not Apple Martin.
		const own = firmsOf(note);
		if (own.length > 0) {
			const firms = own.filter((key) => this.resolver.firms.add(key));
			if (firms.length > 0) this.readAgain(this.namingFirm(firms, path));
		}
		// `Anna.md` only pointing at [[Anna Bianchi]]: a meeting's name read so far as Anna Rossi's may be no one's now.
		const pointer = pointerOf(note);
		if (pointer !== null) {
			this.resolver.pointers.add(pointer);
			this.ledger.forgetTargets();
			this.readAgain(new Set([...this.namingFirm([pointer.key], path), ...this.linking(note.title, path)]));
		}
		this.notes.set(path, note);
		this.filing.fileLater(note);
		this.vaultProblems.added(note);
		this.ledger.contribute(note);
		this.rev++;
	}

	/** Takes back what the notes at `paths` gave, and gives it again as they resolve now. */
	private readAgain(paths: ReadonlySet<string>): void {
		for (const d of paths) {
			this.ledger.retract(d);
			this.meetingAttendees.forget(d);
		}
		for (const d of paths) {
			const n = this.notes.get(d);
			if (n) this.ledger.contribute(n);
		}
	}

	/**
	 * The notes, but the one at `path`, whose names or tasks may name one of the firms `keys` (`Meeting with Apple`, `Review
	 * Apple's offer`: see `PersonResolver.namesFirm`).
	 */
	private namingFirm(keys: readonly string[], path: string): Set<string> {
		const out = new Set<string>();
		for (const key of keys) {
			if (!this.resolver.isFirstName(key)) continue;
			for (const k of this.resolver.refKeys({ target: `@${key}`, link: false, line: 0 })) for (const p of this.filing.referencing(k)) if (p !== path) out.add(p);
			// A meeting's task may name her by that first name (`Review Apple's offer`): the firm's now, or hers again.
			for (const person of this.resolver.firstNamed(key)) for (const p of this.ledger.followUpSources(person)) if (p !== path) out.add(p);
		}
		return out;
	}

	/** The notes, but the one at `path`, that reference the file name `title`. */
	private linking(title: string, path: string): Set<string> {
		const out = new Set<string>();
		for (const p of this.filing.referencing(nameKeyOf(title))) if (p !== path) out.add(p);
		return out;
	}

	/**
	 * Files the references of up to `budget` notes that `addAll` added without filing them under the
	 * names they reference (nothing needs that until a person comes, goes or changes her names, and
	 * that files them all at once). A start does it in the background, so that the first such change
	 * after it need not; the CLI, which runs one command, never has to. True once none is left.
	 */
	fileWaitingReferences(budget?: number): boolean {
		return this.filing.fileWaiting(budget);
	}

	/** Adds or replaces one note. */
	set(note: ParsedNote): void {
		this.applyKnowingCopies(note.path, note);
	}

	/** Forgets one note (it was deleted). */
	remove(path: string): void {
		if (this.notes.has(path)) this.applyKnowingCopies(path, null);
	}

	/** `apply`, with the person notes named as numbered copies (`Anna Rossi 2.md`) read as copies while their original is beside them. */
	private applyKnowingCopies(path: string, next: ParsedNote | null): void {
		this.copies.apply(path, next, this.notes, (p, n) => this.apply(p, n));
	}

	/** A note moved from `oldPath`; `note` is its reading at the new path. */
	rename(oldPath: string, note: ParsedNote): void {
		this.remove(oldPath);
		this.set(note);
	}


	/** Paths changed after `revision`, or null when that is too long ago to tell (redraw everything). */
	changedSince(revision: number): string[] | null {
		return this.changeLog.pathsSince(revision, this.rev);
	}

	/**
	 * What changed after `revision`, for views that keep derived state: the notes read again (with
	 * the notes whose references were resolved again because of them) and the people whose state
	 * (note, interactions, follow-ups) changed or who are gone. Null when the log does not hold
	 * every change since then: work everything out again.
	 */
	changesSince(revision: number): { notes: Set<string>; people: Set<string> } | null {
		return this.changeLog.since(revision, this.rev);
	}

	note(path: string): ParsedNote | undefined {
		return this.notes.get(path);
	}

	allNotes(): IterableIterator<ParsedNote> {
		return this.notes.values();
	}

	get size(): number {
		return this.notes.size;
	}

	personPaths(): IterableIterator<string> {
		return this.people.keys();
	}

	/** Every person note. */
	personNotes(): readonly ParsedNote[] {
		this.personList ??= [...this.people.keys()].map((p) => this.notes.get(p)).filter((n): n is ParsedNote => n !== undefined);
		return this.personList;
	}

	person(path: string): ParsedNote | undefined {
		return this.people.has(path) ? this.notes.get(path) : undefined;
	}

	/** The person a reference written in `fromPath` points to. */
	resolve(ref: Ref, fromPath: string): string | null {
		return this.resolver.resolve(ref, fromPath);
	}

	/** The person a contact written in `fromPath` is with: none for a meeting's name that names a firm the vault knows (`Meeting with Apple`). */
	resolveContact(contact: ContactRef, fromPath: string): string | null {
		return this.resolver.titleNamesFirm(contact) ? null : this.resolver.resolve(contact.ref, fromPath);
	}

	/**
	 * Every person's numbers for the agenda (name, cadence, birthday, latest contacts) in flat rows,
	 * in `personNotes` order, brought up to date from the change log when asked (kept between asks).
	 */
	personNumbers(): PersonNumbers {
		return (this.personTable ??= new PersonTable(this)).current();
	}

	/** Makes `personNumbers` a person at a time when not ready, calling `pause` between people (false: stop). */
	preparePersonNumbers(pause: () => Promise<boolean> | boolean): Promise<boolean> {
		return (this.personTable ??= new PersonTable(this)).prepare(pause);
	}


	/**
	 * The day the next contact with this person is due (last interaction + cadence), null without a cadence or
	 * any contact, and for someone who has died by `asOf` (without it, by any day) or will have by the due day.
	 */
	nextContactDue(personPath: string, asOf?: CalendarDay): CalendarDay | null {
		const info = this.notes.get(personPath)?.person;
		const cadence = hasDied(info, asOf ?? LAST_DAY) ? null : info?.cadence;
		const last = cadence ? this.lastInteraction(personPath, asOf) : null;
		const due = cadence && last ? addDuration(last.day, cadence.duration) : null;
		// No contact is due with someone who has died, nor on a day after her death.
		return due !== null && !hasDied(info, due) ? due : null;
	}



	/**
	 * A number that changes whenever someone's note comes to say, or stops saying, that she died: what the
	 * agenda shows of follow-ups written elsewhere that are hers to do changes then, while their notes do not.
	 */
	deathsStamp(): number {
		return this.deaths;
	}


	meetingsOn(day: CalendarDay): ParsedNote[] {
		return this.filing.meetingsOn(day).map((p) => this.notes.get(p)).filter((n): n is ParsedNote => n !== undefined);
	}

	/** The people a meeting's attendee list resolves to (kept per note until it changes or is resolved again). */
	attendeesOf(meetingPath: string): string[] {
		const note = this.notes.get(meetingPath);
		return note ? this.meetingAttendees.of(meetingPath, note) : [];
	}

	/**
	 * A meeting's attendees, whom each of its open tasks is for, and whose follow-up each of its done
	 * tasks was, as the index credits them (see `MeetingAttendees.ownersOf`). `note` may be a reading the
	 * index has not taken in yet: the text of a note open with unsaved typing.
	 */
	followUpOwnersOf(note: ParsedNote): { attendees: string[]; owners: (readonly string[])[]; done: (readonly string[])[] } {
		return this.meetingAttendees.ownersOf(note, this.notes.get(note.path) === note);
	}


	counts(): { people: number; meetings: number; followUps: number; problems: number } {
		return { people: this.people.size, meetings: this.filing.meetingCount, followUps: this.followUpCount(), problems: this.vaultProblems.count() };
	}

	/** Every problem in the vault, sorted by path and line. */
	problems(): Problem[] {
		return this.vaultProblems.list(this.notes.values());
	}

	private apply(path: string, next: ParsedNote | null): void {
		this.meetingAttendees.forget(path);
		const old = this.notes.get(path) ?? null;
		// A person's names, and the bare names she is told apart under (`Anna Rossi (Vertex)`, `org: Lumen`).
		const names = nameChange(old, next);
		const dependents = new Set<string>();
		if (names.changed) {
			// A person's names change: she may take the name of a note that is no person, which the resolver was not told.
			// (None to look through while only people are in, as at the start of a bulk build.)
			if (next?.kind === "person" && this.notes.size > this.people.size) this.otherNames.tellNamed([next.title, ...(next.person?.aliases ?? [])]);
			for (const key of [...names.old.keys, ...names.next.keys]) {
				for (const p of this.filing.referencing(key)) if (p !== path) dependents.add(p);
				// `[[Anna]]` opening `Anna.md`, which points at her: hers now, or no one's.
				for (const title of this.resolver.pointers.namesPointingAt(key)) for (const p of this.linking(title, path)) dependents.add(p);
			}
			// She is (or was) the namesake `Anna.md` points at (`See [[Anna Bianchi]]`): whether `Anna` is no one's turns on her.
			const pointedAt = this.resolver.pointers.keysPointingAt([...names.old.keys, ...names.next.keys]);
			if (pointedAt.length > 0) for (const p of this.namingFirm(pointedAt, path)) dependents.add(p);
		}
		// A note that is no person came or went, or became one: a link to its name may open another note now.
		const wasOther = old !== null && old.kind !== "person";
		const isOther = next !== null && next.kind !== "person";
		const title = (next ?? old)?.title ?? "";
		if (wasOther !== isOther && this.resolver.namesPerson(title)) {
			this.ledger.forgetTargets();
			for (const p of this.linking(title, path)) dependents.add(p);
		}
		// The firms the vault knows change (a person's `org`, a firm's note): a meeting's name may name a firm now, or a person again.
		const oldFirms = firmsOf(old);
		const nextFirms = firmsOf(next);
		const firms = firmsChanged(oldFirms, nextFirms);
		if (firms.length > 0) for (const p of this.namingFirm(firms, path)) dependents.add(p);
		const oldPointer = pointerOf(old);
		const nextPointer = pointerOf(next);
		const pointerChanged = !samePointer(oldPointer, nextPointer);
		if (pointerChanged) {
			// `[[Anna]]` opening the pointer is the person it points at: the links to its name are read again.
			this.ledger.forgetTargets();
			for (const pointer of [oldPointer, nextPointer]) if (pointer !== null) for (const p of [...this.namingFirm([pointer.key], path), ...this.linking(pointer.link, path)]) dependents.add(p);
		}
		for (const d of dependents) {
			this.ledger.retract(d);
			this.meetingAttendees.forget(d);
		}
		for (const key of oldFirms) this.resolver.firms.remove(key);
		if (pointerChanged && oldPointer !== null) this.resolver.pointers.remove(oldPointer);
		if (old) {
			this.ledger.retract(path);
			this.filing.unfile(old);
			this.vaultProblems.removed(old);
			if (old.kind === "person") this.resolver.remove(old, names.old.names, names.old.family);
			else if (!isOther) this.resolver.removeOther(path, old.title);
		}
		if (old?.person?.died !== next?.person?.died) this.deaths++;
		if (old?.kind === "person" && next?.kind !== "person") this.ledger.leave(path);
		if (old?.kind === "person" || next?.kind === "person") this.personList = null;
		for (const key of nextFirms) this.resolver.firms.add(key);
		if (pointerChanged && nextPointer !== null) this.resolver.pointers.add(nextPointer);
		if (next) {
			this.notes.set(path, next);
			this.filing.file(next);
			this.vaultProblems.added(next);
			if (next.kind === "person") {
				this.resolver.add(next, names.next.names, names.next.family, names.next.marks);
				this.ledger.enter(path);
				this.changeLog.touch(path);
				this.personList = null;
			} else if (!wasOther) this.otherNames.add(next);
			this.ledger.contribute(next);
		} else {
			this.notes.delete(path);
		}
		for (const d of dependents) {
			const n = this.notes.get(d);
			if (n) this.ledger.contribute(n);
		}
		this.rev++;
		this.changeLog.record(this.rev, path, dependents);
	}

	/** Notes that record giving or receiving, for the reciprocity ledger. */
	notesWithExchanges(): ParsedNote[] {
		return [...this.filing.notesWithExchanges()].map((p) => this.notes.get(p)).filter((n): n is ParsedNote => n !== undefined);
	}
}

/** A day after every death day a note can write: "by any day". */
const LAST_DAY: CalendarDay = "9999-12-31";
