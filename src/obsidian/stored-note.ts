import type { Birthday } from "../core/dates/birthday";
import type { Cadence } from "../core/dates/cadence";
import type { CalendarDay } from "../core/dates/dates";
import type { NoteKind } from "../core/notes/classify";
import { NONE } from "../core/notes/frontmatter-values";
import type { ExchangeDirection } from "../core/notes/markdown";
import type { ContactRef, Exchange, FollowUpSource, GroupPins, ParsedNote, PersonInfo, Ref } from "../core/notes/note";
import type { Problem } from "../core/shared/problems";
import { basename, sharedString } from "../core/shared/text";

/**
 * A parsed note as the plugin's store keeps it between sessions: one compact JSON text per note.
 * Only what the note holds is written (no empty lists, nulls or falses), references as
 * `[target, 1 | 0, line]`, and the path only as the store's key. Reading it back gives the same
 * `ParsedNote` the parser made, down to the shared empty list and the shared strings of names and
 * link targets, so that a start from the store costs no more memory than reading every note.
 * A text that is not JSON or not of this shape reads as null (the note is then read again).
 */

type StoredRef = [target: string, link: 0 | 1, line: number];
type StoredContact = [ref: StoredRef, day: CalendarDay, kind: "m" | "t"];
type StoredFollowUp = [line: number, text: string, status: string, due: CalendarDay | null, scheduled: CalendarDay | null, start: CalendarDay | null, recurrence: string | null, refs: StoredRef[]];
type StoredExchange = [line: number, direction: ExchangeDirection, day: CalendarDay, refs: StoredRef[]];

interface StoredPerson {
	name: string;
	aliases?: string[];
	cadence?: Cadence;
	cadenceFromCircle?: 1;
	circle?: string;
	birthday?: Birthday;
	org?: string;
	role?: string;
	email?: string;
	phone?: string;
	location?: string;
	interests?: string[];
	tags?: string[];
	metVia?: StoredRef[];
	knows?: StoredRef[];
	partner?: StoredRef[];
	family?: StoredRef[];
	closeness?: number;
	since?: CalendarDay;
	offers?: string[];
	asks?: string[];
}

/** Keys kept short: they are written once per note, a hundred thousand times in a large vault. */
interface Stored {
	/** Kind: p(erson), m(eeting), d(aily), o(ther). */
	k: "p" | "m" | "d" | "o";
	/** Title, only when it is not the file's name. */
	ti?: string;
	ev?: 1;
	d?: CalendarDay;
	tm?: string;
	p?: StoredPerson;
	a?: StoredRef[];
	c?: StoredContact[];
	o?: [day: CalendarDay, line: number][];
	f?: StoredFollowUp[];
	x?: StoredExchange[];
	pn?: [together: StoredRef[][], apart: StoredRef[][]];
	pr?: Problem[];
}

const KIND_CODE: Record<NoteKind, Stored["k"]> = { person: "p", meeting: "m", daily: "d", other: "o" };
const KIND: Record<Stored["k"], NoteKind> = { p: "person", m: "meeting", d: "daily", o: "other" };

const ref = (r: Ref): StoredRef => [r.target, r.link ? 1 : 0, r.line];
const refs = (list: readonly Ref[]): StoredRef[] => list.map(ref);

/** Sets `key` on `out` only when the value says something (not null, false or an empty list). */
function put<T extends object, K extends keyof T>(out: T, key: K, value: T[K] | null | undefined | false): void {
	if (value === null || value === undefined || value === false) return;
	if (Array.isArray(value) && value.length === 0) return;
	out[key] = value;
}

function encodePerson(p: PersonInfo): StoredPerson {
	const out: StoredPerson = { name: p.name };
	put(out, "aliases", p.aliases);
	put(out, "cadence", p.cadence);
	put(out, "cadenceFromCircle", p.cadenceFromCircle && 1);
	put(out, "circle", p.circle);
	put(out, "birthday", p.birthday);
	put(out, "org", p.org);
	put(out, "role", p.role);
	put(out, "email", p.email);
	put(out, "phone", p.phone);
	put(out, "location", p.location);
	put(out, "interests", p.interests);
	put(out, "tags", p.tags);
	put(out, "metVia", refs(p.metVia));
	put(out, "knows", refs(p.knows));
	put(out, "partner", refs(p.partner));
	put(out, "family", refs(p.family));
	put(out, "closeness", p.closeness);
	put(out, "since", p.since);
	put(out, "offers", p.offers);
	put(out, "asks", p.asks);
	return out;
}

/** The note as the store writes it (its path is the store's key). */
export function encodeNote(note: ParsedNote): string {
	const out: Stored = { k: KIND_CODE[note.kind] };
	if (note.title !== basename(note.path)) out.ti = note.title;
	put(out, "ev", note.isEvent && 1);
	put(out, "d", note.date);
	put(out, "tm", note.time);
	put(out, "p", note.person && encodePerson(note.person));
	put(out, "a", refs(note.attendees));
	put(out, "c", note.contacts.map((c): StoredContact => [ref(c.ref), c.day, c.kind === "mention" ? "m" : "t"]));
	put(out, "o", note.ownContacts.map((o): [CalendarDay, number] => [o.day, o.line]));
	put(out, "f", note.followUps.map((f): StoredFollowUp => [f.line, f.text, f.status, f.due, f.scheduled, f.start, f.recurrence, refs(f.refs)]));
	put(out, "x", note.exchanges.map((e): StoredExchange => [e.line, e.direction, e.day, refs(e.refs)]));
	put(out, "pn", note.pins && [note.pins.together.map(refs), note.pins.apart.map(refs)]);
	put(out, "pr", note.problems);
	return JSON.stringify(out);
}

/** Throws when a stored value is not of the type written: the note is then read again. */
function check(ok: boolean): void {
	if (!ok) throw new TypeError("not a stored note");
}

function readRef(r: StoredRef): Ref {
	check(typeof r[0] === "string" && typeof r[2] === "number");
	return { target: sharedString(r[0]), link: r[1] === 1, line: r[2] };
}

function readRefs(list: StoredRef[] | undefined): Ref[] {
	return list === undefined ? NONE : list.map(readRef);
}

function readStrings(list: string[] | undefined): string[] {
	return list === undefined ? NONE : list.map(sharedString);
}

function readList<S, T>(list: S[] | undefined, read: (s: S) => T): T[] {
	return list === undefined ? NONE : list.map(read);
}

function readPerson(p: StoredPerson): PersonInfo {
	check(typeof p.name === "string");
	return {
		name: p.name,
		aliases: readStrings(p.aliases),
		cadence: p.cadence ?? null,
		cadenceFromCircle: p.cadenceFromCircle === 1,
		circle: p.circle === undefined ? null : sharedString(p.circle),
		birthday: p.birthday ?? null,
		org: p.org === undefined ? null : sharedString(p.org),
		role: p.role === undefined ? null : sharedString(p.role),
		email: p.email === undefined ? null : sharedString(p.email),
		phone: p.phone === undefined ? null : sharedString(p.phone),
		location: p.location === undefined ? null : sharedString(p.location),
		interests: readStrings(p.interests),
		tags: readStrings(p.tags),
		metVia: readRefs(p.metVia),
		knows: readRefs(p.knows),
		partner: readRefs(p.partner),
		family: readRefs(p.family),
		closeness: p.closeness ?? null,
		since: p.since ?? null,
		offers: readStrings(p.offers),
		asks: readStrings(p.asks),
	};
}

function readContact(c: StoredContact): ContactRef {
	check(typeof c[1] === "string");
	return { ref: readRef(c[0]), day: c[1], kind: c[2] === "m" ? "mention" : "task" };
}

function readFollowUp(f: StoredFollowUp): FollowUpSource {
	check(typeof f[0] === "number" && typeof f[1] === "string" && typeof f[2] === "string");
	return { line: f[0], text: f[1], status: f[2], due: f[3], scheduled: f[4], start: f[5], recurrence: f[6], refs: readRefs(f[7]) };
}

function readExchange(e: StoredExchange): Exchange {
	check(typeof e[0] === "number" && typeof e[2] === "string");
	return { line: e[0], direction: e[1], day: e[2], refs: readRefs(e[3]) };
}

function readOwnContact(o: [day: CalendarDay, line: number]): { day: CalendarDay; line: number } {
	check(typeof o[0] === "string" && typeof o[1] === "number");
	return { day: o[0], line: o[1] };
}

const readPins = (p: NonNullable<Stored["pn"]>): GroupPins => ({ together: p[0].map(readRefs), apart: p[1].map(readRefs) });

/** The note stored for `path` by `encodeNote`, or null when `text` is not such a note. */
export function decodeNote(path: string, text: string): ParsedNote | null {
	try {
		const s = JSON.parse(text) as Stored;
		const kind = KIND[s.k];
		if (typeof kind !== "string") return null;
		return {
			path,
			title: s.ti ?? basename(path),
			kind,
			isEvent: s.ev === 1,
			date: s.d ?? null,
			time: s.tm ?? null,
			person: s.p === undefined ? null : readPerson(s.p),
			attendees: readRefs(s.a),
			contacts: readList(s.c, readContact),
			ownContacts: readList(s.o, readOwnContact),
			followUps: readList(s.f, readFollowUp),
			exchanges: readList(s.x, readExchange),
			pins: s.pn === undefined ? null : readPins(s.pn),
			problems: s.pr ?? NONE,
		};
	} catch {
		// Not JSON, or not of the shape written: the note is read again.
		return null;
	}
}
