import type { ChangeLog } from "./change-log";
import { ContactLog, type Interaction } from "./contact-log";
import type { CalendarDay } from "../dates/dates";
import { FollowUp, FollowUpCalendar } from "./follow-up";
import type { DoneTask, FollowUpSource, ParsedNote, Ref } from "../notes/note";
import { AmbiguousAttendees, type AmbiguousMention } from "./ambiguous-attendees";
import type { PersonResolver } from "./resolver";
import { UnknownAttendees } from "./unknown-attendees";
import { pointerOpened } from "./pointer-links";
import { isExampleAttendee } from "../notes/template";
import { hasJoinedRef, standingRefs } from "./standing-refs";
import { ownersNamedIn, type UnclearMention } from "./task-owners";
import { AttendeeNames, NameKeysCache } from "./attendee-names";
import { attendeesWrittenIn } from "./task-plain-names";
import { basename, compact } from "../shared/text";
import { DistinctList } from "../shared/distinct-list";

export interface PersonState {
	/** The latest interaction each source note records with this person. */
	contacts: ContactLog;
	/** Source note → this person's follow-ups written there; null until the person has one. */
	followUps: Map<string, FollowUp[]> | null;
	/** Grows whenever anything about this person changes: their note, interactions or follow-ups. */
	version: number;
}

const NO_PEOPLE: readonly string[] = Object.freeze([]);

/** The person a reference resolves to (null: nobody, or several), with their state. */
interface Target {
	person: string | null;
	state: PersonState | undefined;
}

const NO_TARGET: Target = Object.freeze({ person: null, state: undefined });

/**
 * What each note gives the people it names: interactions (meetings, mentions, done tasks, log
 * lines), follow-ups with their owners, and the attendees that are nobody's note. A note's share is
 * worked out in one go (`contribute`) and taken back in one go (`retract`), so the index can replace
 * one note without touching any other.
 */
export class PeopleLedger {
	readonly people = new Map<string, PersonState>();
	/**
	 * Note → people it contributed interactions or follow-ups to: the one person itself when it is one
	 * (nearly every meeting of a large vault: no list kept per note), else a list.
	 */
	private readonly effects = new Map<string, readonly string[] | string>();
	readonly followUpsBySource = new Map<string, FollowUp[]>();
	readonly calendar = new FollowUpCalendar(() => ++this.versions);
	readonly unknown = new UnknownAttendees();
	/** Attendees that could be several people: credited to nobody, reported. */
	readonly ambiguous = new AmbiguousAttendees();
	private versions = 0;
	/** Scratch lists of `contribute` (the people a note touched, a meeting's attendees), used again for every note. */
	private readonly touched = new DistinctList<string>();
	private readonly attendees = new DistinctList<string>();
	/**
	 * During a bulk build (`startBulk`), the person each link target and plain name resolves to from
	 * any note, with their state: one look-up per reference instead of the resolver's and the state's.
	 * Only references that resolve alike from every note are kept; forgotten when a person comes or goes.
	 */
	private linkTargets: Map<string, Target> | null = null;
	private nameTargets: Map<string, Target> | null = null;

	constructor(
		private readonly resolver: PersonResolver,
		private readonly changeLog: ChangeLog,
	) {}

	private readonly namesOf = (path: string): readonly string[] => this.resolver.names(path);
	/**
	 * During a bulk build, each person's names compacted once per list of names (see `NameKeysCache`); dropped at its end,
	 * so the index keeps no second copy of every name (an edit works out the few attendees of its meeting).
	 */
	private nameKeys: NameKeysCache | null = null;
	/** Whether a task's capitalised word names a firm the vault knows (`Review Apple's offer`), not the attendee of that first name. */
	private readonly isFirm = (word: string): boolean => this.resolver.namesFirm(word);

	/** A bulk build starts (or goes on): what references resolve to is remembered until a person comes or goes, or `endBulk`. */
	startBulk(): void {
		this.linkTargets ??= new Map();
		this.nameTargets ??= new Map();
		this.nameKeys ??= new NameKeysCache();
	}

	endBulk(): void {
		this.linkTargets = null;
		this.nameTargets = null;
		this.nameKeys = null;
	}

	/** The person `ref` (written in the note at `from`) points to, and their state; NO_TARGET for nobody. */
	private target(ref: Ref, from: string): Target {
		// A name a meeting's title gives is nobody when it names a firm: not answered as the same name written elsewhere.
		const memo = ref.fromTitle === true ? undefined : ref.link ? this.linkTargets : this.nameTargets;
		const known = memo?.get(ref.target);
		if (known !== undefined) return known;
		const person = this.resolver.resolve(ref, from);
		const found: Target = person === null ? NO_TARGET : { person, state: this.people.get(person) };
		if (memo && this.resolver.resolvesAlike(ref)) memo.set(ref.target, found);
		return found;
	}

	/** A person note came in (or was read again): their state, kept when they were known already. */
	enter(path: string): void {
		this.forgetTargets();
		const state = this.people.get(path);
		if (state) this.bump(state, path);
		else this.people.set(path, { contacts: new ContactLog(), followUps: null, version: ++this.versions });
	}

	/** A person note went (or is no person any more). */
	leave(path: string): void {
		this.forgetTargets();
		this.people.delete(path);
		this.changeLog.touch(path);
	}

	/** People came or went, or a note named as one of them: what references resolve to may have changed. */
	forgetTargets(): void {
		this.linkTargets?.clear();
		this.nameTargets?.clear();
	}

	/** Takes back everything the note at `path` gave anyone. */
	retract(path: string): void {
		const touched = this.effects.get(path);
		if (touched !== undefined) {
			if (typeof touched === "string") this.takeBack(touched, path);
			else for (const p of touched) this.takeBack(p, path);
			this.effects.delete(path);
		}
		for (const f of this.followUpsBySource.get(path) ?? []) this.calendar.remove(f);
		this.followUpsBySource.delete(path);
		this.unknown.remove(path);
		this.ambiguous.remove(path);
	}

	/** Takes back what the note at `path` gave `person`. */
	private takeBack(person: string, path: string): void {
		const state = this.people.get(person);
		if (!state) return;
		state.contacts.remove(path);
		state.followUps?.delete(path);
		this.bump(state, person);
	}

	/** The people `refs`, written in the note at `from`, point to, each once, in order. */
	resolveAll(written: readonly Ref[], from: string): string[] {
		if (written.length === 0) return NO_PEOPLE as string[];
		const out = new DistinctList<string>();
		const refs = standingRefs(written, (r) => this.resolver.resolve(r, from));
		for (const r of refs) {
			const p = this.resolver.resolve(r, from);
			if (p) out.add(p);
		}
		return out.items;
	}

	/**
	 * Gives the people a note names what it records of them. Its lists are walked by index (here and in
	 * what it calls): a whole vault is added at start-up, and a `for…of` loop the engine has not
	 * optimized yet makes an object per step.
	 */
	contribute(note: ParsedNote): void {
		const path = note.path;
		const touched = this.touched;
		const attendees = this.attendees;
		touched.clear();
		attendees.clear();
		const ambiguous = note.kind === "meeting" && this.contributeAttendance(note, attendees, touched);
		const contacts = note.contacts;
		for (let i = 0; i < contacts.length; i++) {
			const c = contacts[i] as (typeof contacts)[number];
			// `Meeting with Apple` where Apple is a firm the vault knows: the firm, not Apple Martin.
			if (this.resolver.titleNamesFirm(c)) continue;
			const { person, state } = this.target(c.ref, path);
			if (person !== null && person !== path && state) this.credit(state, person, path, c.day, c.kind, c.ref.line, touched);
		}
		if (note.kind === "person") {
			for (const c of note.ownContacts) this.addContact(path, path, c.day, "log", c.line, touched);
		}
		if (note.followUps.length > 0 || note.doneTasks.length > 0) {
			// The attendees by name, made once for the meeting's tasks (a meeting of thousands of tasks and attendees stays linear).
			const names = this.attendeeNames(attendees.items);
			if (note.followUps.length > 0) this.contributeFollowUps(note, names, touched, ambiguous);
			if (note.doneTasks.length > 0) this.contributeDoneTasks(note, names, touched);
		}
		if (touched.length > 0) this.effects.set(path, touched.length === 1 ? (touched.first as string) : touched.copy());
	}

	/**
	 * An attendee no person note is, as `doctor` names her: by the full name a one-word pointer note she links to points at
	 * (`[[Anna]]`, where `Anna.md` holds `[[Anna Rossi]]`: Anna Rossi, as the user wrote it), else as written.
	 */
	private unknownAttendee(r: Ref, path: string): { key: string; name: string; line: number } {
		const pointer = r.link ? pointerOpened(this.resolver.pointers, r.target, path) : null;
		const ref = pointer === null ? r : { ...r, target: pointer.name };
		return { key: this.resolver.refKey(ref), name: ref.link ? basename(ref.target) : ref.target, line: r.line };
	}

	/**
	 * A meeting's attendees: a meeting with each person (when it has a day), the names that are no
	 * person, and those that could be several people (true when there is one).
	 */
	private contributeAttendance(note: ParsedNote, attendees: DistinctList<string>, touched: DistinctList<string>): boolean {
		const path = note.path;
		let unknown: { key: string; name: string; line: number }[] | null = null;
		let ambiguous: AmbiguousMention[] | null = null;
		let opensOther: AmbiguousMention[] | null = null;
		const refs = hasJoinedRef(note.attendees) ? standingRefs(note.attendees, (r) => this.resolver.resolve(r, path)) : note.attendees;
		for (let i = 0; i < refs.length; i++) {
			const r = refs[i] as Ref;
			const { person: p, state } = this.target(r, path);
			// A name read where a line may be something else (`Ref.ifKnown`) counts only as the one person it names.
			if (p === null && r.ifKnown === true) continue;
			if (p === null) {
				const candidates = this.resolver.candidates(r, path);
				// `[[Mario]]` opening `Projects/Mario.md` while `People/Mario.md` is a person: no person note to create.
				const named = candidates.length === 0 && r.link ? this.resolver.peopleNamedByLink(r.target) : candidates;
				if (candidates.length > 1) (ambiguous ??= []).push({ line: r.line, name: r.target, candidates });
				else if (named.length > 0) (opensOther ??= []).push({ line: r.line, name: r.target, candidates: named, opensOther: true });
				// A lowercase handle listed in the body that names no one (`- @design-team`) may be a team's: no note to ask for.
				// Nor a folder's name no person note carries (`People/Milano/2026-11-20 Aperitivo`): a city's, a firm's, no one's.
				else if (!isExampleAttendee(r.link ? basename(r.target) : r.target) && (r.link || !r.target.startsWith("@")) && !isFolderName(r, path)) (unknown ??= []).push(this.unknownAttendee(r, path));
			} else if (attendees.add(p)) {
				if (note.date && state) this.credit(state, p, path, note.date, "meeting", r.line, touched);
			}
		}
		if (unknown) this.unknown.set(path, unknown);
		if (ambiguous || opensOther) this.ambiguous.set(path, [...(ambiguous ?? []), ...(opensOther ?? [])]);
		return ambiguous !== null;
	}

	/** Each open task for the people it links (in a person note, that person too; in a meeting without links, its attendees). */
	private contributeFollowUps(note: ParsedNote, byName: AttendeeNames, touched: DistinctList<string>, ambiguous: boolean): void {
		const path = note.path;
		let followUps: FollowUp[] | null = null;
		let unclear: AmbiguousMention[] | null = null;
		const names: UnclearMention[] = [];
		// The people's lists of this note's follow-ups that grew past one (made again at their length at the end).
		let grown: Map<string, FollowUp[]>[] | null = null;
		const attendees = byName.attendees;
		for (const f of note.followUps) {
			const owners = this.ownersOf(f, note, byName, ambiguous, names);
			if (names.length > 0) {
				for (const n of names) (unclear ??= []).push({ line: f.line, name: n.name, candidates: n.candidates, task: true });
				names.length = 0;
			}
			if (owners === null) continue;
			const followUp = new FollowUp(f, path, owners === attendees ? compact(attendees) : owners);
			(followUps ??= []).push(followUp);
			for (const p of followUp.people) {
				const state = this.people.get(p);
				if (!state) continue;
				const byNote = (state.followUps ??= new Map<string, FollowUp[]>());
				const list = byNote.get(path);
				// Pushed, not copied: a copy per task was quadratic (a meeting of 20,000 tasks took seconds).
				if (list === undefined) byNote.set(path, [followUp]);
				else if (list.push(followUp) === 2) (grown ??= []).push(byNote);
				this.bump(state, p);
				touched.add(p);
			}
		}
		// A list grown one push at a time keeps room for more: each is kept at its length, as a copy.
		if (grown) for (const byNote of grown) byNote.set(path, (byNote.get(path) as FollowUp[]).slice());
		if (unclear) this.ambiguous.add(path, unclear);
		if (followUps) {
			this.followUpsBySource.set(path, compact(followUps));
			for (const f of followUps) this.calendar.add(f);
		}
	}

	/**
	 * Each done task that names attendees with `@` (one that links people is a contact with them already,
	 * in `note.contacts`): a contact with each on its day, as a linked one is. A name two attendees answer
	 * to credits nobody and is reported, as in an open task.
	 */
	private contributeDoneTasks(note: ParsedNote, attendees: AttendeeNames, touched: DistinctList<string>): void {
		const path = note.path;
		let unclear: AmbiguousMention[] | null = null;
		const names: UnclearMention[] = [];
		for (const t of note.doneTasks) {
			if (t.names === null) continue;
			const owners = this.doneTaskOwners(t, path, attendees, names);
			for (const n of names) (unclear ??= []).push({ line: t.line, name: n.name, candidates: n.candidates, task: true });
			names.length = 0;
			if (t.day === null) continue;
			for (const p of owners) this.addContact(p, path, t.day, "task", t.line, touched);
		}
		if (unclear) this.ambiguous.add(path, unclear);
	}

	/**
	 * Whose follow-up a done task of the meeting at `path` was: the people it links, else the attendees it
	 * names with `@`; none when it names none of them, or only names several answer to.
	 */
	doneTaskOwners(t: DoneTask, path: string, attendees: AttendeeNames, unclear?: UnclearMention[]): readonly string[] {
		if (t.names === null) return this.resolveAll(t.refs, path);
		return ownersNamedIn(t.names, attendees, unclear) ?? NO_PEOPLE;
	}

	/**
	 * Whom an open task of `note` is for: the people it links (in a person note, that person too);
	 * in a meeting without links, the attendees it names with `@`, else in plain words, else every attendee
	 * (`names.attendees`, returned as is; `names` is made once per meeting: see `attendeeNames`). Null when it is nobody's follow-up; none when a meeting cannot tell whose it is
	 * (an attendee who could be several people, `ambiguous`, or `@Max` with two Maxes): kept then,
	 * credited to nobody.
	 */
	ownersOf(f: FollowUpSource, note: ParsedNote, names: AttendeeNames, ambiguous: boolean, unclear?: UnclearMention[]): readonly string[] | null {
		const path = note.path;
		let owners: readonly string[] = this.resolveAll(f.refs, path);
		if (note.kind === "person" && !owners.includes(path)) owners = [path, ...owners];
		if (owners.length > 0 || note.kind !== "meeting") return owners.length > 0 || ambiguous ? owners : null;
		// Owner fields (`[owner:: @Max]`) say whose it is; else the `@` names of its text, else the attendees it names in plain words (`Send Anna the deck`).
		const named = ownersNamedIn(f.owner ?? f.text, names, unclear) ?? attendeesWrittenIn(f.owner ?? f.text, names);
		if (named !== null) return named;
		return names.attendees.length > 0 || ambiguous ? names.attendees : null;
	}

	/** The notes that hold a follow-up of `person`. */
	followUpSources(person: string): Iterable<string> {
		return this.people.get(person)?.followUps?.keys() ?? NO_PEOPLE;
	}

	/** A meeting's attendees by name, for `ownersOf` and `doneTaskOwners`: made once per meeting, filled on first use. */
	attendeeNames(attendees: readonly string[]): AttendeeNames {
		return new AttendeeNames(attendees, this.namesOf, this.isFirm, this.nameKeys ?? undefined);
	}

	private addContact(person: string, source: string, day: CalendarDay, kind: Interaction["kind"], line: number, touched: DistinctList<string>): void {
		const state = this.people.get(person);
		if (state) this.credit(state, person, source, day, kind, line, touched);
	}

	/** Records an interaction of `source` with `person` (whose state is `state`). */
	private credit(state: PersonState, person: string, source: string, day: CalendarDay, kind: Interaction["kind"], line: number, touched: DistinctList<string>): void {
		touched.add(person);
		if (state.contacts.add(source, day, kind, line)) this.bump(state, person);
	}

	/** Something about this person changed: a new version, and a name in the change's log. */
	bump(state: PersonState, person: string): void {
		state.version = ++this.versions;
		this.changeLog.touch(person);
	}
}

/** Whether a meeting's attendee is the name a dated note in a person's folder is read with (`People/Acme/2026-11-20 Kickoff.md`: `Acme`, on line 0, unlinked). */
function isFolderName(r: Ref, path: string): boolean {
	if (r.link || r.line !== 0) return false;
	const parts = path.split("/");
	for (let i = parts.length - 2; i >= 1; i--) if (parts[i] === r.target) return true;
	return false;
}
