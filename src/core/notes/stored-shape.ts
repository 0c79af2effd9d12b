import type { Cadence } from "../dates/cadence";
import type { Birthday } from "../dates/birthday";
import type { NoteKind } from "./classify";
import type { ExchangeDirection } from "./exchanges";
import type { ClosedTasks } from "./note";
import type { Problem } from "../shared/problems";
import { basename } from "../shared/text";

// How a note is stored (see `NoteCodec` in stored-note.ts): the shape of its JSON value, the helpers that
// write only what says something, and the checks that a value read back is of the shape.

/**
 * References, flat: `target, link (1 | 0), line` for each, one after another in one list of numbers,
 * so that reading a note back makes one list per field, not one per reference.
 */
export type StoredRefs = number[];
/** Contacts, flat likewise: `target, link, line, day, kind (1: mention, 0: done task)` for each. */
export type StoredContacts = number[];
/** A follow-up; its owner fields' names last, only when it has them. */
export type StoredFollowUp = [line: number, text: string, status: string, due: number | null, scheduled: number | null, start: number | null, recurrence: string | null, refs: StoredRefs, owner?: string];
/** A done task; its links last, only when it has them. */
export type StoredDoneTask = [line: number, names: string | null, day: number | null, refs?: StoredRefs];
export type StoredExchange = [line: number, direction: ExchangeDirection, day: number, refs: StoredRefs];


export interface StoredPerson {
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
	/** That the person has died: the id of the day (or year, or month) when the note says one, else `true` (see PersonInfo.died). */
	died?: number | true;
	/** The line that says it (see PersonInfo.diedLine). */
	diedLine?: number;
}

/** Keys kept short: they are written once per note, a hundred thousand times in a large vault. */
export interface Stored {
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
	/** The attendees that count only when a person has their name (`Ref.ifKnown`): each one's place in `a`. */
	aq?: number[];
	/** The attendees the meeting's title gives (`Ref.fromTitle`): each one's place in `a`. */
	at?: number[];
	c?: StoredContacts;
	o?: [day: number, line: number][];
	f?: StoredFollowUp[];
	/** A meeting's done tasks that link or name people (see `DoneTask`). */
	dt?: StoredDoneTask[];
	/** The hashes of its closed tasks' texts that would be follow-ups (see `ParsedNote.closedTasks`). */
	ct?: ClosedTasks;
	/** A note with nothing in it (see `ParsedNote.empty`). */
	em?: 1;
	/** The full name a one-word note only points at (see `ParsedNote.pointsAt`). */
	pa?: string;
	x?: StoredExchange[];
	pn?: [together: StoredRefs[], apart: StoredRefs[]];
	pr?: Problem[];
}

export const KIND_CODE: Record<NoteKind, Stored["k"]> = { person: "p", meeting: "m", daily: "d", other: "o" };
export const KIND: Record<Stored["k"], NoteKind> = { p: "person", m: "meeting", d: "daily", o: "other" };

/** Sets `key` on `out` only when the value says something (not null, false or an empty list). */
export function put<T extends object, K extends keyof T>(out: T, key: K, value: T[K] | null | undefined | false): void {
	if (value === null || value === undefined || value === false) return;
	if (Array.isArray(value) && value.length === 0) return;
	out[key] = value;
}

/** The file's name without `.md`, as `basename` gives it, without lower-casing a copy of the name first. */
export function titleOf(path: string): string {
	return path.endsWith(".md") ? path.slice(path.lastIndexOf("/") + 1, -3) : basename(path);
}

/** Throws when a stored value is not of the type written: the note is then read again. */
export function check(ok: boolean): void {
	if (!ok) throw new TypeError("not a stored note");
}

/** A stored value that is written only when it says something, checked to be of the type written (a string, unless `is` says otherwise). */
export function optional<T>(value: T | undefined, is: (value: unknown) => boolean = isString): T | null {
	if (value === undefined) return null;
	check(is(value));
	return value;
}

const isString = (value: unknown): value is string => typeof value === "string";
export const isNumber = (value: unknown): value is number => typeof value === "number";
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
export const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every(isString);
export const isClosedTasks = (value: unknown): boolean => Number.isInteger(value) || (Array.isArray(value) && value.length > 1 && value.every((v) => Number.isInteger(v)));
export const isCadence = (value: unknown): boolean => isObject(value) && isNumber(value.days) && isObject(value.duration) && Object.values(value.duration).every(isNumber);
export const isBirthday = (value: unknown): boolean => isObject(value) && isNumber(value.month) && isNumber(value.day) && (value.year === null || isNumber(value.year));
const isProblem = (value: unknown): boolean => isObject(value) && isString(value.path) && isNumber(value.line) && isString(value.code) && isObject(value.params) && Object.values(value.params).every((v) => isString(v) || isNumber(v));
export const isProblems = (value: unknown): boolean => Array.isArray(value) && value.every(isProblem);
export const DIRECTIONS: readonly unknown[] = ["gave", "received"] satisfies ExchangeDirection[];

