import type { CalendarDay } from "../dates/dates";
import { deathDateFromText } from "./death-period";
import { NONE } from "./frontmatter-values";
import type { ContactRef, DoneTask, Exchange, FollowUpSource, GroupPins, ParsedNote, PersonInfo, Ref } from "./note";
import { check, DIRECTIONS, isBirthday, isCadence, isClosedTasks, isNumber, isProblems, isStrings, KIND, optional, type Stored, type StoredContacts, type StoredDoneTask, type StoredExchange, type StoredFollowUp, type StoredPerson, type StoredRefs, titleOf } from "./stored-shape";
import type { StringTable } from "./string-table";

/**
 * Lines below this, and string numbers below `SHARED_STRINGS`, are kept in a shared reference's key (see `NoteReader.ref`);
 * a reference beyond them is never shared. Together they keep the key below 2^30, a small integer for the engine in every
 * build (31 bits in Chromium's): a larger key is a boxed number, made and hashed anew for each look-up.
 */
const SHARED_LINES = 2 ** 10;
const SHARED_STRINGS = 2 ** 19;

/** Reads a stored note back, checking each value's type, and sharing one object per repeated reference among the notes of a load. */
export class NoteReader {
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
		if (!Number.isInteger(line) || (line as number) < 0 || (line as number) >= SHARED_LINES || (list[i] as number) >= SHARED_STRINGS) return { target, link, line: line as number };
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
		if (p.died !== undefined) info.died = p.died === true ? true : deathDateFromText(this.text(p.died));
		const diedLine = optional(p.diedLine, isNumber);
		if (diedLine !== null) info.diedLine = diedLine;
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

	/** `refs` with those `aq` places counting only when a person has their name (see `Ref.ifKnown`). */
	knownOnly(refs: Ref[], aq: Stored["aq"]): Ref[] {
		if (aq === undefined) return refs;
		check(Array.isArray(aq));
		const out = [...refs];
		for (const at of aq) {
			check(typeof at === "number" && out[at] !== undefined);
			out[at] = { ...(out[at] as Ref), ifKnown: true };
		}
		return out;
	}

	/** `refs` with those `at` places given by the meeting's title (see `Ref.fromTitle`). */
	fromTitle(refs: Ref[], at: Stored["at"]): Ref[] {
		if (at === undefined) return refs;
		check(Array.isArray(at));
		const out = [...refs];
		for (const place of at) {
			check(typeof place === "number" && out[place] !== undefined);
			out[place] = { ...(out[place] as Ref), fromTitle: true };
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
			attendees: this.fromTitle(this.knownOnly(s.aj === undefined ? this.refs(s.a) : this.joinedRefs(this.refs(s.a), s.aj), s.aq), s.at),
			contacts: this.contacts(s.c),
			ownContacts: readList(s.o, this.ownContact),
			followUps: readList(s.f, this.followUp),
			doneTasks: readList(s.dt, this.doneTask),
			exchanges: readList(s.x, this.exchange),
			pins: s.pn === undefined ? null : this.pins(s.pn),
			problems: optional(s.pr, isProblems) ?? NONE,
			closedTasks: optional(s.ct, isClosedTasks) ?? undefined,
			empty: s.em === 1 ? true : undefined,
			pointsAt: typeof s.pa === "string" ? s.pa : undefined,
		};
	}
}

function readList<S, T>(list: S[] | undefined, read: (s: S) => T): T[] {
	return list === undefined ? NONE : list.map(read);
}
