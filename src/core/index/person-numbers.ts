import { addMonthsAndDaysToEpoch, daysOf, monthsOf, toEpoch } from "../dates/dates";
import { deathFirstDay } from "../notes/death-period";
import type { ParsedNote } from "../notes/note";
import { type ContactReader, endOfEpochDay, epochOf, lineOf } from "./contact-log";
import { StandingOrder, type StandingRows } from "./standing-order";

/** How many of each person's latest contacts a row keeps: enough for "the latest as of a day" past a few planned meetings. */
const RECENT = 4;

/** Holes a table keeps before it is made anew (then only once they are half its rows). */
const MIN_HOLES = 1024;

/** A line of a note, as agenda items point to their source. */
interface Place {
	path: string;
	line: number;
}

/** What the table reads of the index (the index itself). */
export interface PersonTableSource {
	readonly revision: number;
	personNotes(): readonly ParsedNote[];
	contactsOf(personPath: string): ContactReader | null;
	changesSince(revision: number): { people: Set<string> } | null;
	/** The people's paths, in `personNotes` order. */
	personPaths(): Iterable<string>;
	/** The person note at `path`, or undefined when it is no person. */
	person(path: string): ParsedNote | undefined;
}

/** The rows of a `PersonTable`, and what the latest contact as of a day was (`findLatest`), read without making objects. */
export class PersonNumbers implements StandingRows {
	/** The person of each row; "" for a row whose person went (a hole: it gives no items). */
	readonly paths: string[];
	readonly names: string[];
	/** 1 when the person has a keep-in-touch cadence, whose months and days are then in `cadenceMonths` and `cadenceDays`. */
	hasCadence: Uint8Array;
	cadenceMonths: Float64Array;
	cadenceDays: Float64Array;
	/** The birthday's month (0: no birthday), day and year (NaN: the year is not known). */
	birthMonth: Uint8Array;
	birthDay: Uint8Array;
	birthYear: Float64Array;
	/**
	 * The epoch day the person died (see `PersonInfo.died`): -Infinity for a death without a day (dead on every
	 * day), +Infinity for someone alive. On that day and after, she has no keep-in-touch nor birthday item.
	 */
	diedEpoch: Float64Array;
	/**
	 * As of the standing order's day (`standingOrder`): the epoch day of the latest contact (-1: none),
	 * the day the next contact is due (-1: no due day) and where that contact (else the note) is written.
	 */
	standingEpoch: Int32Array;
	/** A Float64Array: a cadence has no upper bound (`P3000000000D`), and a due day past 2^31 must stay past every day shown. */
	standingDue: Float64Array;
	private readonly standingPlaces: (Place | undefined)[];
	/** Each person's latest contacts, packed as the contact log packs them, latest first; `RECENT` slots a row. */
	private recent: Float64Array;
	private readonly recentSources: string[];
	private recentCount: Uint8Array;
	/** Whether the person's log holds more contacts than the row keeps. */
	private more: Uint8Array;
	private readonly logs: (ContactReader | null)[];
	private readonly rowOf = new Map<string, number>();
	/** Each person's `[path]`, and where each kept contact and the note itself are, made when first asked and shared by every agenda. */
	private readonly selves: (readonly string[] | undefined)[];
	private readonly places: (Place | undefined)[];
	private readonly notePlaces: (Place | undefined)[];
	/** Rows in use, holes included (`size`), and how many of them are holes. */
	private used: number;
	private holes = 0;
	private readonly standing = new StandingOrder();

	/** The latest contact `findLatest` found: its epoch day, source note and line, and its slot in the row (-1: read from the log). */
	lastEpoch = -1;
	lastSource = "";
	lastLine = 0;
	private lastSlot = -1;

	private constructor(size: number) {
		this.used = size;
		this.paths = new Array<string>(size);
		this.names = new Array<string>(size);
		this.hasCadence = new Uint8Array(size);
		this.cadenceMonths = new Float64Array(size);
		this.cadenceDays = new Float64Array(size);
		this.birthMonth = new Uint8Array(size);
		this.birthDay = new Uint8Array(size);
		this.birthYear = new Float64Array(size);
		this.diedEpoch = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
		this.standingEpoch = new Int32Array(size).fill(-1);
		this.standingDue = new Float64Array(size).fill(-1);
		this.standingPlaces = new Array<Place | undefined>(size);
		this.recent = new Float64Array(size * RECENT);
		this.recentSources = new Array<string>(size * RECENT).fill("");
		this.recentCount = new Uint8Array(size);
		this.more = new Uint8Array(size);
		this.logs = new Array<ContactReader | null>(size).fill(null);
		this.selves = new Array<readonly string[] | undefined>(size);
		this.places = new Array<Place | undefined>(size * RECENT);
		this.notePlaces = new Array<Place | undefined>(size);
	}

	/** How many rows there are, holes included: read rows `0 … size - 1`. */
	get size(): number {
		return this.used;
	}

	/** Rows for `size` people, to be read one by one (`read`). */
	static sized(size: number): PersonNumbers {
		return new PersonNumbers(size);
	}

	/** Every person of the index, read now. */
	static of(source: PersonTableSource): PersonNumbers {
		const notes = source.personNotes();
		const rows = new PersonNumbers(notes.length);
		for (let r = 0; r < notes.length; r++) rows.read(r, notes[r] as ParsedNote, source);
		return rows;
	}

	/** The row of a person, or -1. */
	row(path: string): number {
		return this.rowOf.get(path) ?? -1;
	}

	/**
	 * Finds the person's latest contact on or before the epoch day `asOf` and keeps it in `lastEpoch`,
	 * `lastSource` and `lastLine`; false when there was none (the fields are then left as they were).
	 */
	findLatest(r: number, asOf: number): boolean {
		const limit = endOfEpochDay(asOf);
		const from = r * RECENT;
		const to = from + (this.recentCount[r] as number);
		for (let i = from; i < to; i++) {
			const packed = this.recent[i] as number;
			if (packed <= limit) {
				this.lastEpoch = epochOf(packed);
				this.lastSource = this.recentSources[i] as string;
				this.lastLine = lineOf(packed);
				this.lastSlot = i;
				return true;
			}
		}
		return this.more[r] === 1 ? this.findInLog(r, asOf) : false;
	}

	/** `findLatest` for a person with more contacts after `asOf` than the row keeps: the log's binary search. */
	private findInLog(r: number, asOf: number): boolean {
		const log = this.logs[r];
		const at = log ? log.latestAt(asOf) : -1;
		if (!log || at < 0) return false;
		this.lastEpoch = log.epochAt(at);
		this.lastSource = log.sourceAt(at);
		this.lastLine = log.lineAt(at);
		this.lastSlot = -1;
		return true;
	}

	/** Where the contact `findLatest` last found was written (one object per kept contact, shared). */
	lastPlace(): Place {
		const i = this.lastSlot;
		if (i < 0) return { path: this.lastSource, line: this.lastLine };
		return (this.places[i] ??= { path: this.lastSource, line: this.lastLine });
	}

	/**
	 * The rows of people with a cadence in the order of their keep-in-touch items on the epoch day
	 * `day`: those with no due day first (never contacted), then by due day, the latest contact's note
	 * and line, and name; ties by row, as a stable sort of the rows leaves them. `standingEpoch`,
	 * `standingDue` and `standingPlace` then hold each row's numbers as of that day. Kept between asks:
	 * another day moves only the rows whose latest contact as of it differs, an edit only its rows.
	 */
	standingOrder(day: number): { order: readonly number[]; undated: number } {
		return this.standing.of(this, day);
	}

	/** Where the latest contact as of the standing order's day was written, else the note (see `standingOrder`). */
	standingPlace(r: number): Place {
		return this.standingPlaces[r] ?? this.notePlace(r);
	}

	stands(r: number): boolean {
		return this.hasCadence[r] === 1 && this.paths[r] !== "";
	}

	rebase(r: number, day: number): boolean {
		const found = this.findLatest(r, day) ? this.lastEpoch : -1;
		const epoch = found < 0 ? -1 : found;
		const place = epoch >= 0 ? this.lastPlace() : this.notePlace(r);
		const due = epoch < 0 ? -1 : addMonthsAndDaysToEpoch(epoch, this.cadenceMonths[r] as number, this.cadenceDays[r] as number);
		const was = this.standingPlaces[r];
		const moved = was === undefined || was.path !== place.path || was.line !== place.line || this.standingDue[r] !== due || this.standingEpoch[r] !== epoch;
		this.standingEpoch[r] = epoch;
		this.standingDue[r] = due;
		this.standingPlaces[r] = place;
		return moved;
	}

	mayMove(r: number, from: number, to: number): boolean {
		// Back to an earlier day: only a latest contact after that day moves.
		if (to < from) return (this.standingEpoch[r] as number) > to;
		// On to a later day: a kept contact between the two days moves the row, and so may one in the log behind the kept ones.
		const after = endOfEpochDay(from);
		const upTo = endOfEpochDay(to);
		const first = r * RECENT;
		const count = this.recentCount[r] as number;
		for (let i = first; i < first + count; i++) {
			const packed = this.recent[i] as number;
			if (packed > after && packed <= upTo) return true;
		}
		return this.more[r] === 1 && count > 0 && (this.recent[first + count - 1] as number) > after;
	}

	dated(r: number): boolean {
		return (this.standingDue[r] as number) >= 0;
	}

	compare(a: number, b: number): number {
		const dated = this.dated(a);
		if (dated !== this.dated(b)) return dated ? 1 : -1;
		if (dated) {
			const due = (this.standingDue[a] as number) - (this.standingDue[b] as number);
			if (due !== 0) return due;
		}
		const pa = this.standingPlace(a);
		const pb = this.standingPlace(b);
		if (pa.path !== pb.path) return pa.path < pb.path ? -1 : 1;
		if (pa.line !== pb.line) return pa.line - pb.line;
		const na = this.names[a] as string;
		const nb = this.names[b] as string;
		if (na !== nb) return na < nb ? -1 : 1;
		return a - b;
	}

	/** The person's note, as a place (line 0), shared. */
	notePlace(r: number): Place {
		return (this.notePlaces[r] ??= { path: this.paths[r] as string, line: 0 });
	}

	/** The list of just this person's path, shared by every item that names only them. */
	self(r: number): readonly string[] {
		return (this.selves[r] ??= [this.paths[r] as string]);
	}

	/**
	 * Reads again the rows of the people a change touched. A person who went leaves a hole; a person
	 * who came gets a row at the end, as they come last in `personNotes` (people are kept in the order
	 * they came). False when the rows cannot follow (make the table anew): a person who came back or
	 * a new person not at the end of the list, or holes grown to half the rows.
	 */
	refresh(people: Iterable<string>, source: PersonTableSource): boolean {
		let cameOrWent = false;
		for (const path of people) {
			const r = this.rowOf.get(path);
			const log = source.contactsOf(path);
			if (r === undefined) {
				if (log !== null) cameOrWent = true;
				continue;
			}
			const note = log === null ? undefined : source.person(path);
			// A person note that went, or went and came back (a new log: it now comes last in the list).
			if (note === undefined || log !== this.logs[r]) {
				this.drop(r);
				cameOrWent = true;
			} else this.read(r, note, source);
		}
		if (!cameOrWent) return true;
		if (this.holes > MIN_HOLES && this.holes * 2 > this.used) return false;
		return this.follow(source);
	}

	/**
	 * Appends the people who have no row yet, checking that the rows, holes aside, are then exactly
	 * the index's people in order (`personPaths`: no list of notes is made); false when they are not.
	 */
	private follow(source: PersonTableSource): boolean {
		let r = 0;
		for (const path of source.personPaths()) {
			while (r < this.used && this.paths[r] === "") r++;
			if (r < this.used) {
				if (this.paths[r] !== path) return false;
				r++;
			} else {
				const note = source.person(path);
				if (note === undefined || this.rowOf.has(path)) return false;
				this.append(note, source);
				r = this.used;
			}
		}
		while (r < this.used && this.paths[r] === "") r++;
		return r === this.used;
	}

	/** Empties row `r`: its person went. */
	private drop(r: number): void {
		this.rowOf.delete(this.paths[r] as string);
		this.paths[r] = "";
		this.names[r] = "";
		this.hasCadence[r] = 0;
		this.birthMonth[r] = 0;
		this.diedEpoch[r] = Number.POSITIVE_INFINITY;
		this.recentCount[r] = 0;
		this.more[r] = 0;
		this.logs[r] = null;
		this.standingPlaces[r] = undefined;
		this.standing.touch(r);
		this.recentSources.fill("", r * RECENT, (r + 1) * RECENT);
		this.selves[r] = undefined;
		this.notePlaces[r] = undefined;
		this.places.fill(undefined, r * RECENT, (r + 1) * RECENT);
		this.holes++;
	}

	/** Reads a person into a new row at the end. */
	private append(note: ParsedNote, source: PersonTableSource): void {
		const r = this.used;
		if (r >= this.hasCadence.length) this.grow(Math.max(16, r * 2));
		this.used = r + 1;
		for (let i = 0; i < RECENT; i++) {
			this.recentSources.push("");
			this.places.push(undefined);
		}
		this.read(r, note, source);
	}

	/** Makes room for `capacity` rows in the typed arrays (the lists grow as they are written). */
	private grow(capacity: number): void {
		this.hasCadence = grown(this.hasCadence, new Uint8Array(capacity));
		this.cadenceMonths = grown(this.cadenceMonths, new Float64Array(capacity));
		this.cadenceDays = grown(this.cadenceDays, new Float64Array(capacity));
		this.birthMonth = grown(this.birthMonth, new Uint8Array(capacity));
		this.birthDay = grown(this.birthDay, new Uint8Array(capacity));
		this.birthYear = grown(this.birthYear, new Float64Array(capacity));
		this.diedEpoch = grown(this.diedEpoch, new Float64Array(capacity).fill(Number.POSITIVE_INFINITY));
		this.standingEpoch = grown(this.standingEpoch, new Int32Array(capacity).fill(-1));
		this.standingDue = grown(this.standingDue, new Float64Array(capacity).fill(-1));
		this.recent = grown(this.recent, new Float64Array(capacity * RECENT));
		this.recentCount = grown(this.recentCount, new Uint8Array(capacity));
		this.more = grown(this.more, new Uint8Array(capacity));
	}

	/** Reads the person of row `r` from the index. */
	read(r: number, note: ParsedNote, source: PersonTableSource): void {
		const path = note.path;
		const info = note.person;
		this.paths[r] = path;
		this.selves[r] = undefined;
		this.notePlaces[r] = undefined;
		this.places.fill(undefined, r * RECENT, (r + 1) * RECENT);
		this.names[r] = info?.name ?? "";
		this.rowOf.set(path, r);
		// Someone who has died is kept in the table (her contacts stay read): the agenda gives her no item from her death day on.
		const died = info?.died;
		this.diedEpoch[r] = died === undefined ? Number.POSITIVE_INFINITY : died === true ? Number.NEGATIVE_INFINITY : toEpoch(deathFirstDay(died));
		const cadence = info?.cadence?.duration;
		this.hasCadence[r] = cadence ? 1 : 0;
		this.cadenceMonths[r] = cadence ? monthsOf(cadence) : 0;
		this.cadenceDays[r] = cadence ? daysOf(cadence) : 0;
		const birthday = info?.birthday;
		this.birthMonth[r] = birthday ? birthday.month : 0;
		this.birthDay[r] = birthday ? birthday.day : 0;
		this.birthYear[r] = birthday?.year ?? Number.NaN;
		const log = source.contactsOf(path);
		this.logs[r] = log;
		const count = log ? log.copyLatest(RECENT, this.recent, this.recentSources, r * RECENT) : 0;
		this.recentCount[r] = count;
		this.more[r] = log && log.size > count ? 1 : 0;
		this.standingPlaces[r] = undefined;
		this.standing.touch(r);
	}
}

/** `into` holding `from`'s values first. */
function grown<T extends Uint8Array | Int32Array | Float64Array>(from: T, into: T): T {
	into.set(from);
	return into;
}
