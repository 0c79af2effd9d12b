import { type CalendarDay, addDuration, dayFromEpoch, toEpoch } from "./dates";
import type { FollowUpSource, ParsedNote, Ref } from "./note";
import { type Problem, compareProblems, problem } from "./problems";
import { PersonResolver, personKeys, refKey } from "./resolver";
import { compact } from "./text";

export type InteractionKind = "meeting" | "mention" | "task" | "log";

export interface Interaction {
	day: CalendarDay;
	kind: InteractionKind;
	source: string;
	line: number;
}

/** A follow-up with its owners resolved to person notes. */
export class FollowUp {
	constructor(
		readonly task: FollowUpSource,
		/** The note it is written in. */
		readonly source: string,
		/** The person notes it belongs to. */
		readonly people: readonly string[],
	) {}

	private where: { path: string; line: number } | undefined;

	/** Where it is written, as agenda items point to it (one shared object). */
	get location(): { path: string; line: number } {
		return (this.where ??= { path: this.source, line: this.task.line });
	}

	get line(): number {
		return this.task.line;
	}
	get text(): string {
		return this.task.text;
	}
	get status(): string {
		return this.task.status;
	}
	get due(): CalendarDay | null {
		return this.task.due;
	}
	get scheduled(): CalendarDay | null {
		return this.task.scheduled;
	}
	get start(): CalendarDay | null {
		return this.task.start;
	}
	get recurrence(): string | null {
		return this.task.recurrence;
	}
}

/**
 * An interaction packed in one number, so the index keeps no object per attendance:
 * ((epoch day × 4 + kind rank) × 2^20 + (2^20 − 1 − line)). A larger number is a later interaction;
 * on the same day a meeting beats a task beats a mention beats a log line, then the earlier line wins.
 */
type Packed = number;

const LINES = 2 ** 20;
const KIND_RANK: Record<InteractionKind, number> = { meeting: 3, task: 2, mention: 1, log: 0 };
const RANK_KIND: readonly InteractionKind[] = ["log", "mention", "task", "meeting"];

function pack(day: CalendarDay, kind: InteractionKind, line: number): Packed {
	return (toEpoch(day) * 4 + KIND_RANK[kind]) * LINES + (LINES - 1 - Math.min(Math.max(line, 0), LINES - 1));
}

/** The largest packed value of any interaction on `day`. */
function endOfDay(day: CalendarDay): Packed {
	return pack(day, "meeting", 0);
}

function unpackDay(packed: Packed): CalendarDay {
	return dayFromEpoch(Math.floor(packed / LINES / 4));
}

/** A person's interactions sorted by packed value (ties: the first source last), for binary search. */
interface SortedContacts {
	packed: Float64Array;
	sources: string[];
}

interface PersonState {
	/** The latest interaction each source note records with this person. */
	contacts: Map<string, Packed>;
	followUps: Map<string, FollowUp[]>;
	/** Built when first asked, dropped when an interaction changes. */
	sorted: SortedContacts | null;
	/** Grows whenever anything about this person changes: their note, interactions or follow-ups. */
	version: number;
}

const NO_PEOPLE: readonly string[] = Object.freeze([]);

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
	/** Follow-ups by the day they show on ("" for undated), each list sorted by source and line when read. */
	private readonly followUpsByDay = new Map<CalendarDay, FollowUp[]>();
	private readonly unsortedDays = new Set<CalendarDay>();
	/** Grows when a day's follow-ups change, for views that cache per day. */
	private readonly dayVersions = new Map<CalendarDay, number>();
	private sortedDays: CalendarDay[] | null = null;
	private personList: ParsedNote[] | null = null;
	private readonly meetingsByDay = new Map<CalendarDay, Set<string>>();
	private readonly resolutionProblems = new Map<string, Problem[]>();
	private changeLog: { revision: number; path: string }[] = [];
	private rev = 0;
	private versions = 0;

	/** Grows by one on every change; views compare it to know whether to redraw. */
	get revision(): number {
		return this.rev;
	}

	/** Adds many notes at once (people first, so no reference is resolved twice). */
	addAll(notes: Iterable<ParsedNote>): void {
		const rest: ParsedNote[] = [];
		for (const n of notes) {
			if (n.kind === "person") this.set(n);
			else rest.push(n);
		}
		for (const n of rest) this.set(n);
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
		if (revision >= this.rev) return [];
		const first = this.changeLog[0];
		if (!first || first.revision > revision + 1) return null;
		return [...new Set(this.changeLog.filter((c) => c.revision > revision).map((c) => c.path))];
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
		const found = this.latestAsOf(personPath, asOf);
		return found ? unpack(found.source, found.packed) : null;
	}

	/** The day of the latest interaction on or before `asOf`, without building the whole interaction. */
	lastContactDay(personPath: string, asOf?: CalendarDay): CalendarDay | null {
		const found = this.latestAsOf(personPath, asOf);
		return found ? unpackDay(found.packed) : null;
	}

	/** The epoch day of the latest interaction on or before the epoch day `asOf`, or -1: no objects made. */
	lastContactEpoch(personPath: string, asOf: number): number {
		const state = this.people.get(personPath);
		if (!state || state.contacts.size === 0) return -1;
		state.sorted ??= sortContacts(state.contacts);
		const packed = state.sorted.packed;
		const limit = (asOf * 4 + 3) * LINES + (LINES - 1);
		let lo = 0;
		let hi = packed.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if ((packed[mid] ?? 0) <= limit) lo = mid + 1;
			else hi = mid;
		}
		return lo === 0 ? -1 : Math.floor((packed[lo - 1] ?? 0) / LINES / 4);
	}

	private latestAsOf(personPath: string, asOf: CalendarDay | undefined): { source: string; packed: Packed } | null {
		const state = this.people.get(personPath);
		if (!state || state.contacts.size === 0) return null;
		state.sorted ??= sortContacts(state.contacts);
		const { packed, sources } = state.sorted;
		let lo = 0;
		let hi = packed.length;
		if (asOf !== undefined) {
			const limit = endOfDay(asOf);
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if ((packed[mid] ?? 0) <= limit) lo = mid + 1;
				else hi = mid;
			}
		} else {
			lo = hi;
		}
		return lo === 0 ? null : { source: sources[lo - 1] ?? "", packed: packed[lo - 1] ?? 0 };
	}

	/** The day the next contact with this person is due (last interaction + cadence), null without a cadence or any contact. */
	nextContactDue(personPath: string, asOf?: CalendarDay): { day: CalendarDay | null; hasCadence: boolean } {
		const cadence = this.notes.get(personPath)?.person?.cadence;
		if (!cadence) return { day: null, hasCadence: false };
		const last = this.lastInteraction(personPath, asOf);
		return { day: last ? addDuration(last.day, cadence.duration) : null, hasCadence: true };
	}

	/** The latest interaction each note records with this person, newest first. */
	interactions(personPath: string): Interaction[] {
		const entries = [...(this.people.get(personPath)?.contacts ?? [])].sort(([as, a], [bs, b]) => (isLater(as, a, bs, b) ? -1 : 1));
		return entries.map(([source, packed]) => unpack(source, packed));
	}

	followUpsOf(personPath: string): FollowUp[] {
		return [...(this.people.get(personPath)?.followUps.values() ?? [])].flat();
	}

	*followUps(): IterableIterator<FollowUp> {
		for (const list of this.followUpsBySource.values()) yield* list;
	}

	/**
	 * Dated follow-ups grouped by the day they show on (due, else scheduled, else start), days in
	 * order, each group in source and line order; then the undated ones. Kept sorted between calls,
	 * so the agenda never sorts the whole vault.
	 */
	/** A number that changes whenever the follow-ups shown on `day` ("" for undated) change. */
	followUpDayVersion(day: CalendarDay): number {
		return this.dayVersions.get(day) ?? 0;
	}

	followUpsByDate(): { dated: [CalendarDay, readonly FollowUp[]][]; undated: readonly FollowUp[] } {
		this.sortedDays ??= [...this.followUpsByDay.keys()].filter((d) => d !== "").sort();
		for (const day of this.unsortedDays) this.followUpsByDay.get(day)?.sort(bySourceAndLine);
		this.unsortedDays.clear();
		const dated = this.sortedDays.map((day): [CalendarDay, readonly FollowUp[]] => [day, this.followUpsByDay.get(day) ?? []]);
		return { dated, undated: this.followUpsByDay.get("") ?? [] };
	}

	followUpCount(): number {
		let n = 0;
		for (const list of this.followUpsBySource.values()) n += list.length;
		return n;
	}

	meetingsOn(day: CalendarDay): ParsedNote[] {
		return [...(this.meetingsByDay.get(day) ?? [])].map((p) => this.notes.get(p)).filter((n): n is ParsedNote => n !== undefined);
	}

	/** The people a meeting's attendee list resolves to. */
	attendeesOf(meetingPath: string): string[] {
		const note = this.notes.get(meetingPath);
		return note ? this.resolveAll(note.attendees, meetingPath) : [];
	}

	counts(): { people: number; meetings: number; followUps: number; problems: number } {
		let meetings = 0;
		for (const set of this.meetingsByDay.values()) meetings += set.size;
		return { people: this.people.size, meetings, followUps: this.followUpCount(), problems: this.problems().length };
	}

	/** Every problem in the vault, sorted by path and line. */
	problems(): Problem[] {
		const out: Problem[] = [];
		for (const n of this.notes.values()) out.push(...n.problems);
		for (const list of this.resolutionProblems.values()) out.push(...list);
		for (const group of this.resolver.duplicates()) {
			for (const path of group) {
				const others = group.filter((p) => p !== path).join(", ");
				out.push(problem(path, 0, "duplicate-person", `Another person has the same name or alias: ${others}`));
			}
		}
		return out.sort(compareProblems);
	}

	private apply(path: string, next: ParsedNote | null): void {
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
			if (old.kind === "person") this.resolver.remove(old);
		}
		if (old?.kind === "person" && next?.kind !== "person") this.people.delete(path);
		if (old?.kind === "person" || next?.kind === "person") this.personList = null;
		if (next) {
			this.notes.set(path, next);
			this.file(next);
			if (next.kind === "person") {
				this.resolver.add(next);
				const state = this.people.get(path);
				if (state) state.version = ++this.versions;
				else this.people.set(path, { contacts: new Map(), followUps: new Map(), sorted: null, version: ++this.versions });
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
		this.changeLog.push({ revision: this.rev, path });
		if (this.changeLog.length > 2000) this.changeLog = this.changeLog.slice(-1000);
	}

	private file(note: ParsedNote): void {
		for (const key of referencedKeys(note)) {
			let set = this.referencing.get(key);
			if (!set) this.referencing.set(key, (set = new Set()));
			set.add(note.path);
		}
		if (note.kind === "meeting" && note.date) {
			let set = this.meetingsByDay.get(note.date);
			if (!set) this.meetingsByDay.set(note.date, (set = new Set()));
			set.add(note.path);
		}
	}

	private unfile(note: ParsedNote): void {
		for (const key of referencedKeys(note)) {
			const set = this.referencing.get(key);
			set?.delete(note.path);
			if (set?.size === 0) this.referencing.delete(key);
		}
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
				if (state.contacts.delete(path)) state.sorted = null;
				state.followUps.delete(path);
				state.version = ++this.versions;
			}
			this.effects.delete(path);
		}
		for (const f of this.followUpsBySource.get(path) ?? []) this.unfileFollowUp(f);
		this.followUpsBySource.delete(path);
		this.resolutionProblems.delete(path);
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
		if (note.kind === "meeting") {
			let unknown: Problem[] | null = null;
			for (const r of note.attendees) {
				const p = this.resolver.resolve(r, path);
				if (p === null) {
					(unknown ??= []).push(problem(path, r.line, "unknown-attendee", `Attendee "${r.target}" is not a person note (no person with that name, file name or alias)`));
				} else if (!attendees.includes(p)) {
					attendees.push(p);
					if (note.date) this.addContact(p, path, pack(note.date, "meeting", r.line), touched);
				}
			}
			if (unknown) this.resolutionProblems.set(path, unknown);
		}
		for (const c of note.contacts) {
			const p = this.resolver.resolve(c.ref, path);
			if (p && p !== path) this.addContact(p, path, pack(c.day, c.kind, c.ref.line), touched);
		}
		if (note.kind === "person") {
			for (const c of note.ownContacts) this.addContact(path, path, pack(c.day, "log", c.line), touched);
		}
		let followUps: FollowUp[] | null = null;
		for (const f of note.followUps) {
			let owners = this.resolveAll(f.refs, path);
			if (note.kind === "person" && !owners.includes(path)) owners = [path, ...owners];
			if (owners.length === 0 && note.kind === "meeting") owners = attendees;
			if (owners.length === 0) continue;
			const followUp = new FollowUp(f, path, owners === attendees ? compact(attendees) : owners);
			(followUps ??= []).push(followUp);
			for (const p of owners) {
				const state = this.people.get(p);
				if (!state) continue;
				const list = state.followUps.get(path);
				state.followUps.set(path, list ? [...list, followUp] : [followUp]);
				state.version = ++this.versions;
				if (!touched.includes(p)) touched.push(p);
			}
		}
		if (followUps) {
			this.followUpsBySource.set(path, compact(followUps));
			for (const f of followUps) this.fileFollowUp(f);
		}
		if (touched.length > 0) this.effects.set(path, compact(touched));
	}

	private fileFollowUp(f: FollowUp): void {
		const day = f.due ?? f.scheduled ?? f.start ?? "";
		this.dayVersions.set(day, ++this.versions);
		const list = this.followUpsByDay.get(day);
		if (list) list.push(f);
		else {
			this.followUpsByDay.set(day, [f]);
			this.sortedDays = null;
		}
		this.unsortedDays.add(day);
	}

	private unfileFollowUp(f: FollowUp): void {
		const day = f.due ?? f.scheduled ?? f.start ?? "";
		this.dayVersions.set(day, ++this.versions);
		const list = this.followUpsByDay.get(day);
		if (!list) return;
		const i = list.indexOf(f);
		if (i >= 0) list.splice(i, 1);
		if (list.length === 0) {
			this.followUpsByDay.delete(day);
			this.unsortedDays.delete(day);
			this.sortedDays = null;
		}
	}

	private addContact(person: string, source: string, packed: Packed, touched: string[]): void {
		const state = this.people.get(person);
		if (!state) return;
		if (!touched.includes(person)) touched.push(person);
		const existing = state.contacts.get(source);
		if (existing === undefined || packed > existing) {
			state.contacts.set(source, packed);
			state.sorted = null;
			state.version = ++this.versions;
		}
	}
}

/** Whether interaction `a` (from `aSource`) is later than `b`; ties go to the first source, so the answer never depends on indexing order. */
function isLater(aSource: string, a: Packed, bSource: string, b: Packed): boolean {
	return a !== b ? a > b : aSource < bSource;
}

function sortContacts(contacts: Map<string, Packed>): SortedContacts {
	const entries = [...contacts].sort(([as, a], [bs, b]) => (a !== b ? a - b : as < bs ? 1 : as > bs ? -1 : 0));
	return { packed: Float64Array.from(entries, (e) => e[1]), sources: entries.map((e) => e[0]) };
}

function unpack(source: string, packed: Packed): Interaction {
	const rank = Math.floor(packed / LINES);
	return { day: dayFromEpoch(Math.floor(rank / 4)), kind: RANK_KIND[rank % 4] ?? "log", source, line: LINES - 1 - (packed % LINES) };
}

function bySourceAndLine(a: FollowUp, b: FollowUp): number {
	return a.source === b.source ? a.line - b.line : a.source < b.source ? -1 : 1;
}

function aliasesOf(note: ParsedNote | null): string {
	return note?.person ? note.person.aliases.join("\n") : "";
}

function referencedKeys(note: ParsedNote): Set<string> {
	const keys = new Set<string>();
	for (const r of note.attendees) keys.add(refKey(r));
	for (const c of note.contacts) keys.add(refKey(c.ref));
	for (const f of note.followUps) for (const r of f.refs) keys.add(refKey(r));
	return keys;
}
