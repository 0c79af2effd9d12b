import type { Birthday } from "../dates/birthday";
import type { Cadence } from "../dates/cadence";
import type { CalendarDay } from "../dates/dates";
import type { NoteKind } from "./classify";
import { NONE } from "./frontmatter-values";
import type { ExchangeDirection } from "./markdown";
import type { ClosedTasks, ContactRef, DoneTask, Exchange, FollowUpSource, GroupPins, ParsedNote, PersonInfo, Ref } from "./note";
import type { Problem } from "../shared/problems";
import { basename } from "../shared/text";
import { StringTable } from "./string-table";

export { StringTable };

/**
 * A parsed note as the plugin's store (IndexedDB) and the CLI's parse cache (a file) keep it between
 * sessions: one compact JSON value per note.
 * Only what the note holds is written (no empty lists, nulls or falses), references as
 * `target, 1 | 0, line` one after another in one flat list of numbers, and the path only as the store's key. The strings that many notes repeat
 * (link targets, days, circles, organisations, interests) are written once, in the store's `StringTable`,
 * and each note holds their numbers. Reading a note back gives the very `ParsedNote` the parser
 * made, down to the shared empty list and one shared copy of each repeated string, without looking
 * a single string up: a start from the store costs no more memory than reading every note, and the
 * index hashes each name once. A text that is not JSON or not of this shape, or that refers to a
 * string the table does not have, reads as null (the note is then read again).
 */

/**
 * References, flat: `target, link (1 | 0), line` for each, one after another in one list of numbers,
 * so that reading a note back makes one list per field, not one per reference.
 */
type StoredRefs = number[];
/** Contacts, flat likewise: `target, link, line, day, kind (1: mention, 0: done task)` for each. */
type StoredContacts = number[];
/** A follow-up; its owner fields' names last, only when it has them. */
type StoredFollowUp = [line: number, text: string, status: string, due: number | null, scheduled: number | null, start: number | null, recurrence: string | null, refs: StoredRefs, owner?: string];
/** A done task; its links last, only when it has them. */
type StoredDoneTask = [line: number, names: string | null, day: number | null, refs?: StoredRefs];
type StoredExchange = [line: number, direction: ExchangeDirection, day: number, refs: StoredRefs];

interface StoredPerson {
	name: string;
	aliases?: string[];
	cadence?: Cadence;
	cadenceFromCircle?: 1;
	circle?: number;
	birthday?: Birthday;
	org?: number;
	role?: number;
	email?: string;
	phone?: string;
	location?: number;
	interests?: number[];
	tags?: number[];
	metVia?: StoredRefs;
	knows?: StoredRefs;
	partner?: StoredRefs;
	family?: StoredRefs;
	closeness?: number;
	since?: number;
	offers?: number[];
	asks?: number[];
	/** Every organisation, when the note names two or more (see PersonInfo.orgs). */
	orgs?: number[];
}

/** Keys kept short: they are written once per note, a hundred thousand times in a large vault. */
interface Stored {
	/** Kind: p(erson), m(eeting), d(aily), o(ther). */
	k: "p" | "m" | "d" | "o";
	/** Title, only when it is not the file's name. */
	ti?: string;
	ev?: 1;
	d?: number;
	tm?: string;
	p?: StoredPerson;
	a?: StoredRefs;
	/** The attendees that are names joined by `and` (`Ref.joined`): each one's place in `a`, whether it stays whole while none of its names is a person, its names. */
	aj?: [at: number, whole: 0 | 1, ...names: number[]][];
	c?: StoredContacts;
	o?: [day: number, line: number][];
	f?: StoredFollowUp[];
	/** A meeting's done tasks that link or name people (see `DoneTask`). */
	dt?: StoredDoneTask[];
	/** The hashes of its closed tasks' texts that would be follow-ups (see `ParsedNote.closedTasks`). */
	ct?: ClosedTasks;
	x?: StoredExchange[];
	pn?: [together: StoredRefs[], apart: StoredRefs[]];
	pr?: Problem[];
}

const KIND_CODE: Record<NoteKind, Stored["k"]> = { person: "p", meeting: "m", daily: "d", other: "o" };
const KIND: Record<Stored["k"], NoteKind> = { p: "person", m: "meeting", d: "daily", o: "other" };

/** Sets `key` on `out` only when the value says something (not null, false or an empty list). */
function put<T extends object, K extends keyof T>(out: T, key: K, value: T[K] | null | undefined | false): void {
	if (value === null || value === undefined || value === false) return;
	if (Array.isArray(value) && value.length === 0) return;
	out[key] = value;
}

/** The file's name without `.md`, as `basename` gives it, without lower-casing a copy of the name first. */
function titleOf(path: string): string {
	return path.endsWith(".md") ? path.slice(path.lastIndexOf("/") + 1, -3) : basename(path);
}

/** Throws when a stored value is not of the type written: the note is then read again. */
function check(ok: boolean): void {
	if (!ok) throw new TypeError("not a stored note");
}

/** A stored value that is written only when it says something, checked to be of the type written (a string, unless `is` says otherwise). */
function optional<T>(value: T | undefined, is: (value: unknown) => boolean = isString): T | null {
	if (value === undefined) return null;
	check(is(value));
	return value;
}

const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number";
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every(isString);
const isClosedTasks = (value: unknown): boolean => Number.isInteger(value) || (Array.isArray(value) && value.length > 1 && value.every((v) => Number.isInteger(v)));
const isCadence = (value: unknown): boolean => isObject(value) && isNumber(value.days) && isObject(value.duration) && Object.values(value.duration).every(isNumber);
const isBirthday = (value: unknown): boolean => isObject(value) && isNumber(value.month) && isNumber(value.day) && (value.year === null || isNumber(value.year));
const isProblem = (value: unknown): boolean => isObject(value) && isString(value.path) && isNumber(value.line) && isString(value.code) && isObject(value.params) && Object.values(value.params).every((v) => isString(v) || isNumber(v));
const isProblems = (value: unknown): boolean => Array.isArray(value) && value.every(isProblem);
const DIRECTIONS: readonly unknown[] = ["gave", "received"] satisfies ExchangeDirection[];

class Writer {
	constructor(private readonly table: StringTable) {}

	id = (text: string): number => this.table.id(text);
	optionalId = (text: string | null): number | null => (text === null ? null : this.table.id(text));
	refs = (list: readonly Ref[]): StoredRefs => {
		const out: StoredRefs = [];
		for (const r of list) out.push(this.table.id(r.target), r.link ? 1 : 0, r.line);
		return out;
	};

	joined = (list: readonly Ref[]): Stored["aj"] =>
		list.flatMap((r, at): NonNullable<Stored["aj"]> => (r.joined ? [[at, r.joined.whole ? 1 : 0, ...r.joined.names.map(this.id)]] : []));

	contacts(list: readonly ContactRef[]): StoredContacts {
		const out: StoredContacts = [];
		for (const c of list) out.push(this.table.id(c.ref.target), c.ref.link ? 1 : 0, c.ref.line, this.table.id(c.day), c.kind === "mention" ? 1 : 0);
		return out;
	}

	person(p: PersonInfo): StoredPerson {
		const out: StoredPerson = { name: p.name };
		put(out, "aliases", p.aliases);
		put(out, "cadence", p.cadence);
		put(out, "cadenceFromCircle", p.cadenceFromCircle && 1);
		put(out, "circle", this.optionalId(p.circle));
		put(out, "birthday", p.birthday);
		put(out, "org", this.optionalId(p.org));
		put(out, "role", this.optionalId(p.role));
		put(out, "email", p.email);
		put(out, "phone", p.phone);
		put(out, "location", this.optionalId(p.location));
		put(out, "interests", p.interests.map(this.id));
		put(out, "tags", p.tags.map(this.id));
		put(out, "metVia", this.refs(p.metVia));
		put(out, "knows", this.refs(p.knows));
		put(out, "partner", this.refs(p.partner));
		put(out, "family", this.refs(p.family));
		put(out, "closeness", p.closeness);
		put(out, "since", this.optionalId(p.since));
		put(out, "offers", p.offers.map(this.id));
		put(out, "asks", p.asks.map(this.id));
		if (p.orgs !== undefined) out.orgs = p.orgs.map(this.id);
		return out;
	}

	followUp = (f: FollowUpSource): StoredFollowUp => {
		const out: StoredFollowUp = [f.line, f.text, f.status, this.optionalId(f.due), this.optionalId(f.scheduled), this.optionalId(f.start), f.recurrence, this.refs(f.refs)];
		if (f.owner !== undefined) out.push(f.owner);
		return out;
	};

	doneTask = (t: DoneTask): StoredDoneTask => {
		const out: StoredDoneTask = [t.line, t.names, this.optionalId(t.day)];
		if (t.refs.length > 0) out.push(this.refs(t.refs));
		return out;
	};

	note(note: ParsedNote): Stored {
		const out: Stored = { k: KIND_CODE[note.kind] };
		if (note.title !== titleOf(note.path)) out.ti = note.title;
		put(out, "ev", note.isEvent && 1);
		put(out, "d", this.optionalId(note.date));
		put(out, "tm", note.time);
		put(out, "p", note.person && this.person(note.person));
		put(out, "a", this.refs(note.attendees));
		put(out, "aj", this.joined(note.attendees));
		put(out, "c", this.contacts(note.contacts));
		put(out, "o", note.ownContacts.map((o): [number, number] => [this.id(o.day), o.line]));
		put(out, "f", note.followUps.map(this.followUp));
		put(out, "dt", note.doneTasks.map(this.doneTask));
		put(out, "ct", note.closedTasks);
		put(out, "x", note.exchanges.map((e): StoredExchange => [e.line, e.direction, this.id(e.day), this.refs(e.refs)]));
		put(out, "pn", note.pins && [note.pins.together.map(this.refs), note.pins.apart.map(this.refs)]);
		put(out, "pr", note.problems);
		return out;
	}
}

/** Lines below this are kept in a shared reference's key (see `Reader.ref`); a reference on a later line is never shared. */
const SHARED_LINES = 2 ** 20;

class Reader {
	/**
	 * The references read back so far, by string number, line and link: a hundred thousand meetings name
	 * the same few thousand people on the same few lines, so notes share one object per reference
	 * (references are never changed once read) instead of each making its own for the index to keep.
	 */
	private readonly sharedRefs = new Map<number, Ref>();
	/** Lists of one shared reference (a meeting's one attendee), shared likewise and frozen: no note changes another's. */
	private readonly sharedLists = new Map<Ref, Ref[]>();

	constructor(private readonly table: StringTable) {}

	/** Forgets the shared references (the notes keep theirs): a load is over. */
	forgetSharedRefs(): void {
		this.sharedRefs.clear();
		this.sharedLists.clear();
	}

	text = (id: number): string => this.table.text(id);
	optionalText = (id: number | undefined): string | null => (id === undefined ? null : this.table.text(id));
	nullableText = (id: number | null): string | null => (id === null ? null : this.table.text(id));
	texts = (ids: number[] | undefined): string[] => (ids === undefined ? NONE : ids.map(this.text));
	refs = (list: StoredRefs | undefined): Ref[] => {
		if (list === undefined) return NONE;
		check(list.length % 3 === 0);
		if (list.length === 3) return this.listOfOne(this.ref(list, 0));
		// Made at its final length: a list grown one push at a time keeps room for sixteen more.
		const out = new Array<Ref>(list.length / 3);
		for (let i = 0; i < out.length; i++) out[i] = this.ref(list, 3 * i);
		return out;
	};

	/** The list of `ref` alone: the one made before for the same (shared) reference. */
	private listOfOne(ref: Ref): Ref[] {
		let list = this.sharedLists.get(ref);
		if (list === undefined) {
			list = Object.freeze([ref]) as Ref[];
			this.sharedLists.set(ref, list);
		}
		return list;
	}

	/** The reference stored at `i` of a flat list: the one read before when an earlier note made the same. */
	private ref(list: number[], i: number): Ref {
		const line = list[i + 2];
		check(typeof line === "number");
		const target = this.table.text(list[i]);
		const link = list[i + 1] === 1;
		// The string's number is a whole number below the table's size (`text` found it): with the line and the link, one exact key.
		if (!Number.isInteger(line) || (line as number) < 0 || (line as number) >= SHARED_LINES) return { target, link, line: line as number };
		const key = ((list[i] as number) * SHARED_LINES + (line as number)) * 2 + (link ? 1 : 0);
		let ref = this.sharedRefs.get(key);
		if (ref === undefined) {
			ref = { target, link, line: line as number };
			this.sharedRefs.set(key, ref);
		}
		return ref;
	}

	contacts(list: StoredContacts | undefined): ContactRef[] {
		if (list === undefined) return NONE;
		check(list.length % 5 === 0);
		const out = new Array<ContactRef>(list.length / 5);
		for (let i = 0; i < out.length; i++) out[i] = { ref: this.ref(list, 5 * i), day: this.text(list[5 * i + 3] as number), kind: list[5 * i + 4] === 1 ? "mention" : "task" };
		return out;
	}

	person(p: StoredPerson): PersonInfo {
		check(typeof p.name === "string");
		const info: PersonInfo = {
			name: p.name,
			aliases: optional(p.aliases, isStrings) ?? NONE,
			cadence: optional(p.cadence, isCadence),
			cadenceFromCircle: p.cadenceFromCircle === 1,
			circle: this.optionalText(p.circle),
			birthday: optional(p.birthday, isBirthday),
			org: this.optionalText(p.org),
			role: this.optionalText(p.role),
			email: optional(p.email),
			phone: optional(p.phone),
			location: this.optionalText(p.location),
			interests: this.texts(p.interests),
			tags: this.texts(p.tags),
			metVia: this.refs(p.metVia),
			knows: this.refs(p.knows),
			partner: this.refs(p.partner),
			family: this.refs(p.family),
			closeness: optional(p.closeness, isNumber),
			since: this.optionalText(p.since),
			offers: this.texts(p.offers),
			asks: this.texts(p.asks),
		};
		// Present only when the note names two organisations or more, as the parser sets it (last, in its key order).
		if (p.orgs !== undefined) info.orgs = this.texts(p.orgs);
		return info;
	}

	followUp = (f: StoredFollowUp): FollowUpSource => {
		check(typeof f[0] === "number" && typeof f[1] === "string" && typeof f[2] === "string" && (f[6] === null || typeof f[6] === "string"));
		const out: FollowUpSource = { line: f[0], text: f[1], status: f[2], due: this.nullableText(f[3]), scheduled: this.nullableText(f[4]), start: this.nullableText(f[5]), recurrence: f[6], refs: this.refs(f[7]) };
		// Present only when the task has owner fields, as the parser sets it (last, in its key order).
		if (f[8] !== undefined) {
			check(typeof f[8] === "string");
			out.owner = f[8];
		}
		return out;
	};

	doneTask = (t: StoredDoneTask): DoneTask => {
		check(Array.isArray(t) && typeof t[0] === "number" && (t[1] === null || typeof t[1] === "string"));
		return { line: t[0], refs: this.refs(t[3]), names: t[1], day: this.nullableText(t[2]) };
	};

	exchange = (e: StoredExchange): Exchange => {
		check(typeof e[0] === "number" && DIRECTIONS.includes(e[1]));
		return { line: e[0], direction: e[1], day: this.text(e[2]), refs: this.refs(e[3]) };
	};

	ownContact = (o: [day: number, line: number]): { day: CalendarDay; line: number } => {
		check(typeof o[1] === "number");
		return { day: this.text(o[0]), line: o[1] };
	};

	/** `refs` with the joined values of `aj` (see `Ref.joined`), in a list of their own. */
	joinedRefs(refs: readonly Ref[], aj: NonNullable<Stored["aj"]>): Ref[] {
		const out = [...refs];
		for (const [at, whole, ...names] of aj) {
			check(out[at] !== undefined && (whole === 0 || whole === 1) && names.length >= 2);
			out[at] = { ...(out[at] as Ref), joined: { names: names.map(this.text), whole: whole === 1 } };
		}
		return out;
	}

	pins = (p: NonNullable<Stored["pn"]>): GroupPins => ({ together: p[0].map(this.refs), apart: p[1].map(this.refs) });

	note(path: string, s: Stored): ParsedNote | null {
		const kind = KIND[s.k];
		if (typeof kind !== "string") return null;
		return {
			path,
			title: optional(s.ti) ?? titleOf(path),
			kind,
			isEvent: s.ev === 1,
			date: this.optionalText(s.d),
			time: optional(s.tm),
			person: s.p === undefined ? null : this.person(s.p),
			attendees: s.aj === undefined ? this.refs(s.a) : this.joinedRefs(this.refs(s.a), s.aj),
			contacts: this.contacts(s.c),
			ownContacts: readList(s.o, this.ownContact),
			followUps: readList(s.f, this.followUp),
			doneTasks: readList(s.dt, this.doneTask),
			exchanges: readList(s.x, this.exchange),
			pins: s.pn === undefined ? null : this.pins(s.pn),
			problems: optional(s.pr, isProblems) ?? NONE,
			closedTasks: optional(s.ct, isClosedTasks) ?? undefined,
		};
	}
}

function readList<S, T>(list: S[] | undefined, read: (s: S) => T): T[] {
	return list === undefined ? NONE : list.map(read);
}


/** Writes notes for the store and reads them back, with the store's table of repeated strings. */
export class NoteCodec {
	private readonly writer: Writer;
	private readonly reader: Reader;

	constructor(readonly strings: StringTable = new StringTable()) {
		this.writer = new Writer(strings);
		this.reader = new Reader(strings);
	}

	/** The note as the store writes it (its path is the store's key); new repeated strings join the table. */
	encode(note: ParsedNote): string {
		return JSON.stringify(this.writer.note(note));
	}

	/** Ends a load: the references shared among the notes it read are no longer looked up (the notes keep theirs). */
	forgetSharedRefs(): void {
		this.reader.forgetSharedRefs();
	}

	/** The note stored for `path` by `encode`, or null when `text` is not such a note. */
	decode(path: string, text: string): ParsedNote | null {
		try {
			return this.reader.note(path, JSON.parse(text) as Stored);
		} catch {
			// Not JSON, or not of the shape written: the note is read again.
			return null;
		}
	}

	/** As `decode`, for the note's JSON already parsed (a value inside a larger JSON text, as a line of the CLI's cache holds it). */
	decodeValue(path: string, value: unknown): ParsedNote | null {
		if (typeof value !== "object" || value === null) return null;
		try {
			return this.reader.note(path, value as Stored);
		} catch {
			return null;
		}
	}
}
