import { ChangeLog } from "./change-log";
import { ContactLog, type Interaction } from "./contact-log";
import { type CalendarDay, addDuration, toEpoch } from "../dates/dates";
import { FollowUp, FollowUpCalendar } from "./follow-up";
import type { ParsedNote, Ref } from "../notes/note";
import { type Problem, compareProblems, problem } from "../shared/problems";
import { AmbiguousAttendees, type AmbiguousMention } from "./ambiguous-attendees";
import { PersonResolver, personKeys } from "./resolver";
import { ownerKeys, UnknownAttendees } from "./unknown-attendees";
import { basename, compact } from "../shared/text";

export type { FollowUp, Interaction };

interface PersonState {
	/** The latest interaction each source note records with this person. */
	contacts: ContactLog;
	followUps: Map<string, FollowUp[]>;
	/** Grows whenever anything about this person changes: their note, interactions or follow-ups. */
	version: number;
}

const NO_PEOPLE: readonly string[] = Object.freeze([]);
const NO_CONTACTS = new ContactLog();

/**
 * Everything Rapport knows about a vault, kept current one note at a time: adding, changing,
 * removing or renaming a note updates last contacts, due dates and follow-up owners of exactly the
 * people it touches, without rebuilding.
 */
export class VaultIndex {
	private readonly notes = new Map<string, ParsedNote>();
	private readonly resolver = new PersonResolver();
	private readonly people = new Map<string, PersonState>();
	/** Folded reference key → notes that reference it, to re-resolve when a person appears or goes. */
	private readonly referencing = new Map<string, Set<string>>();
	/** Note → people it contributed interactions or follow-ups to. */
	private readonly effects = new Map<string, readonly string[]>();
	private readonly followUpsBySource = new Map<string, FollowUp[]>();
	private readonly calendar = new FollowUpCalendar(() => ++this.versions);
	private personList: ParsedNote[] | null = null;
	private readonly meetingsByDay = new Map<CalendarDay, Set<string>>();
	private readonly unknown = new UnknownAttendees();
	private readonly ambiguous = new AmbiguousAttendees();
	private readonly changeLog = new ChangeLog();
	private rev = 0;
	private versions = 0;
	private readonly withExchanges = new Set<string>();
	private resolverGeneration = 0;
	private readonly attendeeCache = new Map<string, { note: ParsedNote; generation: number; people: string[] }>();
	/** Kept as notes come and go, so that counting problems after an edit is not a walk over the vault. */
	private problemCount = 0;

	/** `owner` gives the `me` setting: the vault's owner is never reported as an unknown attendee. */
	constructor(private readonly owner: () => string = () => "") {}

	/** Grows by one on every change; views compare it to know whether to redraw. */
	get revision(): number {
		return this.rev;
	}

	/**
	 * Adds many notes at once: people first, one by one (a person can change how notes already in
	 * resolve), then every other note; a note new to the index takes the short way of `addNew`.
	 */
	addAll(notes: Iterable<ParsedNote>): void {
		const rest: ParsedNote[] = [];
		for (const n of notes) {
			if (n.kind === "person") this.set(n);
			else rest.push(n);
		}
		for (const n of rest) {
			if (this.notes.has(n.path)) this.set(n);
			else this.addNew(n);
		}
	}

	/**
	 * What `apply` does for a note that is no person and not in the index yet: no person's keys change,
	 * so no other note depends on it.
	 */
	private addNew(note: ParsedNote): void {
		const path = note.path;
		this.attendeeCache.delete(path);
		this.notes.set(path, note);
		this.file(note);
		this.problemCount += note.problems.length;
		this.contribute(note);
		this.rev++;
		this.changeLog.record(this.rev, path, NO_DEPENDENTS);
	}

	/** Adds or replaces one note. */
	set(note: ParsedNote): void {
		this.apply(note.path, note);
	}

	/** Forgets one note (it was deleted). */
	remove(path: string): void {
		if (this.notes.has(path)) this.apply(path, null);
	}

	/** A note moved from `oldPath`; `note` is its reading at the new path. */
	rename(oldPath: string, note: ParsedNote): void {
		this.remove(oldPath);
		this.set(note);
	}

	/**
	 * A number that changes whenever anything about this person changes (note, interactions,
	 * follow-ups), for views that cache per person; -1 when it is not a person.
	 */
	personVersion(personPath: string): number {
		return this.people.get(personPath)?.version ?? -1;
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

	/**
	 * The latest interaction with this person, on or before `asOf` when given: a meeting planned for
	 * next week is not contact yet.
	 */
	lastInteraction(personPath: string, asOf?: CalendarDay): Interaction | null {
		return this.people.get(personPath)?.contacts.latest(asOf === undefined ? undefined : toEpoch(asOf)) ?? null;
	}

	/** The epoch day of the latest interaction on or before the epoch day `asOf`, or -1: no objects made. */
	lastContactEpoch(personPath: string, asOf: number): number {
		return this.people.get(personPath)?.contacts.latestEpoch(asOf) ?? -1;
	}

	/** The day the next contact with this person is due (last interaction + cadence), null without a cadence or any contact. */
	nextContactDue(personPath: string, asOf?: CalendarDay): CalendarDay | null {
		const cadence = this.notes.get(personPath)?.person?.cadence;
		const last = cadence ? this.lastInteraction(personPath, asOf) : null;
		return cadence && last ? addDuration(last.day, cadence.duration) : null;
	}

	/** The latest interaction each note records with this person, newest first. */
	interactions(personPath: string): Interaction[] {
		return this.people.get(personPath)?.contacts.all() ?? [];
	}

	/** The notes that record an interaction with this person, in no order; makes no interaction objects. */
	contactSources(personPath: string): IterableIterator<string> {
		return (this.people.get(personPath)?.contacts ?? NO_CONTACTS).sources();
	}

	/** The distinct epoch days of a person's interactions (each source's latest), ascending. */
	contactEpochs(personPath: string): number[] {
		return this.people.get(personPath)?.contacts.epochs() ?? [];
	}

	followUpsOf(personPath: string): FollowUp[] {
		return [...(this.people.get(personPath)?.followUps.values() ?? [])].flat();
	}

	/** The follow-ups written in one note. */
	followUpsIn(path: string): readonly FollowUp[] {
		return this.followUpsBySource.get(path) ?? [];
	}

	*followUps(): IterableIterator<FollowUp> {
		for (const list of this.followUpsBySource.values()) yield* list;
	}

	/** A number that changes whenever the follow-ups shown on `day` ("" for undated) change. */
	followUpDayVersion(day: CalendarDay): number {
		return this.calendar.version(day);
	}

	/** A number that changes whenever any follow-up comes or goes (see `followUpDayVersion` for one day). */
	followUpStamp(): number {
		return this.calendar.stamp;
	}

	/**
	 * Dated follow-ups grouped by the day they show on (due, else scheduled, else start), days in
	 * order, each group in source and line order; then the undated ones.
	 */
	followUpsByDate(): { dated: [CalendarDay, readonly FollowUp[]][]; undated: readonly FollowUp[] } {
		return this.calendar.byDate();
	}

	followUpCount(): number {
		let n = 0;
		for (const list of this.followUpsBySource.values()) n += list.length;
		return n;
	}

	meetingsOn(day: CalendarDay): ParsedNote[] {
		return [...(this.meetingsByDay.get(day) ?? [])].map((p) => this.notes.get(p)).filter((n): n is ParsedNote => n !== undefined);
	}

	/** The people a meeting's attendee list resolves to (kept per note until a person note appears, changes or goes). */
	attendeesOf(meetingPath: string): string[] {
		const note = this.notes.get(meetingPath);
		if (!note) return [];
		const cached = this.attendeeCache.get(meetingPath);
		if (cached?.note === note && cached.generation === this.resolverGeneration) return cached.people.slice();
		const people = this.resolveAll(note.attendees, meetingPath);
		this.attendeeCache.set(meetingPath, { note, generation: this.resolverGeneration, people });
		return people.slice();
	}

	/** Whether a person has any open follow-up; makes no list. */
	hasFollowUps(personPath: string): boolean {
		for (const list of this.people.get(personPath)?.followUps.values() ?? []) if (list.length > 0) return true;
		return false;
	}

	counts(): { people: number; meetings: number; followUps: number; problems: number } {
		let meetings = 0;
		for (const set of this.meetingsByDay.values()) meetings += set.size;
		let duplicates = 0;
		for (const group of this.resolver.duplicates()) duplicates += group.length;
		const unknown = this.unknown.count(ownerKeys(this.owner()));
		return { people: this.people.size, meetings, followUps: this.followUpCount(), problems: this.problemCount + unknown + duplicates + this.ambiguous.count() };
	}

	/** Every problem in the vault, sorted by path and line. */
	problems(): Problem[] {
		const out: Problem[] = [];
		for (const n of this.notes.values()) out.push(...n.problems);
		out.push(...this.unknown.problems(ownerKeys(this.owner())));
		out.push(...this.ambiguous.problems());
		for (const group of this.resolver.duplicates()) {
			for (const path of group) {
				const others = group.filter((p) => p !== path).join(", ");
				out.push(problem(path, 0, "duplicate-person", { others }));
			}
		}
		return out.sort(compareProblems);
	}

	private apply(path: string, next: ParsedNote | null): void {
		this.attendeeCache.delete(path);
		const old = this.notes.get(path) ?? null;
		const oldKeys = old?.kind === "person" ? personKeys(old) : [];
		const newKeys = next?.kind === "person" ? personKeys(next) : [];
		const keysChanged = oldKeys.join("\n") !== newKeys.join("\n") || aliasesOf(old) !== aliasesOf(next);
		const dependents = new Set<string>();
		if (keysChanged) {
			for (const key of [...oldKeys, ...newKeys]) for (const p of this.referencing.get(key) ?? []) if (p !== path) dependents.add(p);
		}
		for (const d of dependents) this.retract(d);
		if (old) {
			this.retract(path);
			this.unfile(old);
			this.problemCount -= old.problems.length;
			if (old.kind === "person") {
				this.resolver.remove(old);
				this.resolverGeneration++;
			}
		}
		if (old?.kind === "person" && next?.kind !== "person") {
			this.people.delete(path);
			this.changeLog.touch(path);
		}
		if (old?.kind === "person" || next?.kind === "person") this.personList = null;
		if (next) {
			this.notes.set(path, next);
			this.file(next);
			this.problemCount += next.problems.length;
			if (next.kind === "person") {
				this.resolver.add(next);
				this.resolverGeneration++;
				const state = this.people.get(path);
				if (state) this.bump(state, path);
				else this.people.set(path, { contacts: new ContactLog(), followUps: new Map(), version: ++this.versions });
				this.changeLog.touch(path);
				this.personList = null;
			}
			this.contribute(next);
		} else {
			this.notes.delete(path);
		}
		for (const d of dependents) {
			const n = this.notes.get(d);
			if (n) this.contribute(n);
		}
		this.rev++;
		this.changeLog.record(this.rev, path, dependents);
	}

	/** Notes that record giving or receiving, for the reciprocity ledger. */
	notesWithExchanges(): ParsedNote[] {
		return [...this.withExchanges].map((p) => this.notes.get(p)).filter((n): n is ParsedNote => n !== undefined);
	}

	private file(note: ParsedNote): void {
		if (note.exchanges.length > 0) this.withExchanges.add(note.path);
		forEachReferencedKey(note, this.resolver, (key) => {
			let set = this.referencing.get(key);
			if (!set) this.referencing.set(key, (set = new Set()));
			set.add(note.path);
		});
		if (note.kind === "meeting" && note.date) {
			let set = this.meetingsByDay.get(note.date);
			if (!set) this.meetingsByDay.set(note.date, (set = new Set()));
			set.add(note.path);
		}
	}

	private unfile(note: ParsedNote): void {
		this.withExchanges.delete(note.path);
		forEachReferencedKey(note, this.resolver, (key) => {
			const set = this.referencing.get(key);
			set?.delete(note.path);
			if (set?.size === 0) this.referencing.delete(key);
		});
		if (note.kind === "meeting" && note.date) {
			const set = this.meetingsByDay.get(note.date);
			set?.delete(note.path);
			if (set?.size === 0) this.meetingsByDay.delete(note.date);
		}
	}

	private retract(path: string): void {
		const touched = this.effects.get(path);
		if (touched) {
			for (const p of touched) {
				const state = this.people.get(p);
				if (!state) continue;
				state.contacts.remove(path);
				state.followUps.delete(path);
				this.bump(state, p);
			}
			this.effects.delete(path);
		}
		for (const f of this.followUpsBySource.get(path) ?? []) this.calendar.remove(f);
		this.followUpsBySource.delete(path);
		this.unknown.remove(path);
		this.ambiguous.remove(path);
	}

	private resolveAll(refs: readonly Ref[], from: string): string[] {
		if (refs.length === 0) return NO_PEOPLE as string[];
		const out: string[] = [];
		for (const r of refs) {
			const p = this.resolver.resolve(r, from);
			if (p && !out.includes(p)) out.push(p);
		}
		return out;
	}

	private contribute(note: ParsedNote): void {
		const path = note.path;
		const touched: string[] = [];
		const attendees: string[] = [];
		let ambiguous: AmbiguousMention[] | null = null;
		if (note.kind === "meeting") {
			let unknown: { key: string; name: string; line: number }[] | null = null;
			for (const r of note.attendees) {
				const p = this.resolver.resolve(r, path);
				if (p === null) {
					const candidates = this.resolver.candidates(r, path);
					if (candidates.length > 1) (ambiguous ??= []).push({ line: r.line, name: r.target, candidates });
					else (unknown ??= []).push({ key: this.resolver.refKey(r), name: basename(r.target), line: r.line });
				} else if (!attendees.includes(p)) {
					attendees.push(p);
					if (note.date) this.addContact(p, path, note.date, "meeting", r.line, touched);
				}
			}
			if (unknown) this.unknown.set(path, unknown);
			if (ambiguous) this.ambiguous.set(path, ambiguous);
		}
		for (const c of note.contacts) {
			const p = this.resolver.resolve(c.ref, path);
			if (p && p !== path) this.addContact(p, path, c.day, c.kind, c.ref.line, touched);
		}
		if (note.kind === "person") {
			for (const c of note.ownContacts) this.addContact(path, path, c.day, "log", c.line, touched);
		}
		let followUps: FollowUp[] | null = null;
		for (const f of note.followUps) {
			let owners = this.resolveAll(f.refs, path);
			if (note.kind === "person" && !owners.includes(path)) owners = [path, ...owners];
			if (owners.length === 0 && note.kind === "meeting") owners = attendees;
			// A meeting with someone Rapport cannot tell apart keeps its follow-ups, credited to nobody.
			if (owners.length === 0 && !ambiguous) continue;
			const followUp = new FollowUp(f, path, owners === attendees ? compact(attendees) : owners);
			(followUps ??= []).push(followUp);
			for (const p of owners) {
				const state = this.people.get(p);
				if (!state) continue;
				const list = state.followUps.get(path);
				state.followUps.set(path, list ? [...list, followUp] : [followUp]);
				this.bump(state, p);
				if (!touched.includes(p)) touched.push(p);
			}
		}
		if (followUps) {
			this.followUpsBySource.set(path, compact(followUps));
			for (const f of followUps) this.calendar.add(f);
		}
		if (touched.length > 0) this.effects.set(path, compact(touched));
	}

	private addContact(person: string, source: string, day: CalendarDay, kind: Interaction["kind"], line: number, touched: string[]): void {
		const state = this.people.get(person);
		if (!state) return;
		if (!touched.includes(person)) touched.push(person);
		if (state.contacts.add(source, day, kind, line)) this.bump(state, person);
	}

	/** Something about this person changed: a new version, and a name in the change's log. */
	private bump(state: PersonState, person: string): void {
		state.version = ++this.versions;
		this.changeLog.touch(person);
	}
}

const NO_DEPENDENTS: ReadonlySet<string> = new Set();

function aliasesOf(note: ParsedNote | null): string {
	return note?.person ? note.person.aliases.join("\n") : "";
}

/** Calls `visit` with the folded keys of every reference in a note (a key may come more than once). */
function forEachReferencedKey(note: ParsedNote, resolver: PersonResolver, visit: (key: string) => void): void {
	const visitRef = (r: Ref): void => {
		for (const key of resolver.refKeys(r)) visit(key);
	};
	for (const r of note.attendees) visitRef(r);
	for (const c of note.contacts) visitRef(c.ref);
	for (const f of note.followUps) for (const r of f.refs) visitRef(r);
	// Gives and receives too: their note is read again (for the ledger) when the person they name appears or goes.
	for (const e of note.exchanges) for (const r of e.refs) visitRef(r);
}
