import type { Birthday } from "../core/dates/birthday";
import type { Cadence } from "../core/dates/cadence";
import type { Ref } from "../core/notes/frontmatter-values";
import type { ContactRef, Exchange, FollowUpSource, GroupPins, ParsedNote, PersonInfo } from "../core/notes/note";
import type { Problem } from "../core/shared/problems";
import { basename } from "../core/shared/text";
import type { NoteStamp } from "./note-files";

/**
 * A compact, schema-free JSON layout for the parse cache, cheap to load: every object becomes an
 * array `[shape, ...values]` where `shape` indexes a shared table of shapes. A shape lists the
 * object's keys in order; a key whose value is null, a boolean or an empty list carries that value
 * in the shape (`[key, value]`), so the many empty fields of a note cost nothing per note; the other
 * keys (`[key]`) take the next value of the array. A non-empty array becomes `[-1, ...items]`. A
 * note's `path` and `title` are not repeated: the path is the entry's own, the title its file name.
 * The layout follows any shape `ParsedNote` takes; values JSON cannot hold (undefined) are left out
 * as JSON does.
 */

const ARRAY = -1;
/** A note's empty lists are one shared frozen list, as the parser makes them. */
const NONE: never[] = Object.freeze([]) as never[];
/** Stands for the entry's path, and for its file name, in a note's `path` and `title`. */
const OWN_PATH = 0;
const OWN_TITLE = 1;

export type Encoded = null | boolean | number | string | Encoded[];
/** One key of a shape: `[key]` takes the next value, `[key, value]` always has that value. */
export type ShapeKey = [string] | [string, null | boolean | []];

export class NoteEncoder {
	private readonly shapeIds = new Map<string, number>();
	readonly shapes: ShapeKey[][];

	/**
	 * `shapes`: the table to encode with, which the encoder appends to (never changing what it holds):
	 * a table of the file being rewritten stays valid for the entries kept with it.
	 */
	constructor(shapes: ShapeKey[][] = []) {
		this.shapes = shapes;
		this.shapes.forEach((shape, i) => this.shapeIds.set(shape.map((k) => (k.length === 1 ? `${k[0]}\n` : `${k[0]}\t${constantCodeOf(k[1])}\n`)).join(""), i));
	}

	/** The note in the compact layout, or null when it cannot be: its path or title is not its own. */
	encodeNote(path: string, note: ParsedNote): Encoded | null {
		if (note.path !== path || note.title !== basename(path)) return null;
		return this.encodeObject(note as unknown as Record<string, unknown>, true);
	}

	private encode(value: unknown): Encoded {
		if (value === null || typeof value === "boolean" || typeof value === "string") return value;
		if (typeof value === "number") return Number.isFinite(value) ? value : null;
		if (Array.isArray(value)) {
			if (value.length === 0) return [];
			const out: Encoded[] = [ARRAY];
			for (const item of value as unknown[]) out.push(item === undefined ? null : this.encode(item));
			return out;
		}
		if (typeof value === "object") return this.encodeObject(value as Record<string, unknown>, false);
		return null;
	}

	private encodeObject(record: Record<string, unknown>, isNote: boolean): Encoded[] {
		const keys = Object.keys(record);
		const out: Encoded[] = [0];
		// The shape's identity, built without making the shape: each key, then its constant's code when it has one.
		let id = "";
		for (const key of keys) {
			const value = record[key];
			if (value === undefined) continue;
			const code = constantCodeOf(value);
			id += code === 0 ? `${key}\n` : `${key}\t${code}\n`;
			if (code === 0) out.push(isNote && key === "path" ? OWN_PATH : isNote && key === "title" ? OWN_TITLE : this.encode(value));
		}
		out[0] = this.shapeOf(id, record, keys);
		return out;
	}

	private shapeOf(id: string, record: Record<string, unknown>, keys: string[]): number {
		let n = this.shapeIds.get(id);
		if (n === undefined) {
			n = this.shapes.length;
			this.shapeIds.set(id, n);
			const shape: ShapeKey[] = [];
			for (const key of keys) {
				const value = record[key];
				if (value !== undefined) shape.push(constantCodeOf(value) === 0 ? [key] : [key, value as null | boolean | []]);
			}
			this.shapes.push(shape);
		}
		return n;
	}
}

/** Thrown when an entry is not in the layout: the caller drops the whole cache. */
export class BadEntry extends Error {}

/** Reads notes back from the compact layout; any entry that does not fit throws `BadEntry`. */
export class NoteDecoder {
	private readonly keys: (readonly string[])[] = [];
	/** Per shape and key: the constant value's code (0 none, 1 null, 2 false, 3 true, 4 empty list). */
	private readonly constants: Uint8Array[] = [];
	/** Per shape: how many values follow the shape's number. */
	private readonly arity: number[] = [];
	/** Per shape: the record it is in the parser's own key order (see `knownRecords`), or null for any other. */
	private readonly known: (KnownRecord | null)[] = [];
	/** Per shape: where each of its known record's keys is (`slotsOf`); empty for other shapes. */
	private readonly slots: Int8Array[] = [];
	private readonly strings = new Map<string, string>();

	static fromJson(raw: unknown): NoteDecoder {
		const decoder = new NoteDecoder();
		decoder.extend(raw);
		return decoder;
	}

	/** Adds shapes at the end of the table (a worker's encoder sends the shapes it made since its last batch). */
	extend(raw: unknown): void {
		if (!Array.isArray(raw)) throw new BadEntry("shapes");
		for (const shape of raw as unknown[]) {
			if (!Array.isArray(shape)) throw new BadEntry("shape");
			const names: string[] = [];
			const codes = new Uint8Array(shape.length);
			let values = 0;
			(shape as unknown[]).forEach((entry, i) => {
				if (!Array.isArray(entry) || typeof entry[0] !== "string" || entry.length > 2) throw new BadEntry("shape");
				names.push(entry[0]);
				const code = entry.length === 1 ? 0 : constantCode(entry[1]);
				codes[i] = code;
				if (code === 0) values++;
			});
			const known = knownRecordOf(names);
			this.keys.push(names);
			this.constants.push(codes);
			this.arity.push(values);
			this.known.push(known);
			this.slots.push(known === null ? NO_SLOTS : slotsOf(codes));
		}
	}

	decodeNote(path: string, value: unknown): ParsedNote {
		if (!Array.isArray(value)) throw new BadEntry(path);
		const note = this.decodeObject(value as Encoded[], path) as unknown as ParsedNote;
		if (typeof note.kind !== "string" || !Array.isArray(note.problems) || note.path !== path) throw new BadEntry(path);
		return note;
	}

	/**
	 * One copy of each string: names, days and link targets repeat across thousands of notes. The
	 * strings JSON.parse makes are already copies of their own (they keep no note's text alive), so
	 * unlike `sharedString` the first one seen is kept as it is.
	 */
	private shared(text: string): string {
		const known = this.strings.get(text);
		if (known !== undefined) return known;
		this.strings.set(text, text);
		return text;
	}

	private decode(value: Encoded): unknown {
		if (typeof value === "string") return this.shared(value);
		if (!Array.isArray(value)) return value;
		if (value.length === 0) return [];
		if (value[0] === ARRAY) {
			const out = new Array<unknown>(value.length - 1);
			for (let i = 1; i < value.length; i++) out[i - 1] = this.decode(value[i] as Encoded);
			return out;
		}
		return this.decodeObject(value, null);
	}

	/** An object in its shape's key order, as the parser built it; `path` given: a note, whose path and title are its own. */
	private decodeObject(value: Encoded[], path: string | null): Record<string, unknown> {
		const shape = value[0] as number;
		const keys = this.keys[shape];
		const constants = this.constants[shape];
		if (keys === undefined || constants === undefined || this.arity[shape] !== value.length - 1) throw new BadEntry("shape");
		const known = this.known[shape] ?? null;
		// A note's keys nested in a note (no parser makes one) take the generic loop, which reads its path and title as values.
		if (known !== null && (known === "note") === (path !== null)) return this.decodeKnown(known, value, this.slots[shape] ?? NO_SLOTS, path);
		const out: Record<string, unknown> = {};
		let next = 1;
		for (let i = 0; i < keys.length; i++) {
			const key = keys[i] as string;
			const code = constants[i];
			if (code !== 0) {
				out[key] = code === 1 ? null : code === 2 ? false : code === 3 ? true : path !== null ? NONE : [];
				continue;
			}
			const v = value[next++] as Encoded;
			if (path !== null && key === "path") {
				if (v !== OWN_PATH) throw new BadEntry(path);
				out[key] = path;
			} else if (path !== null && key === "title") {
				if (v !== OWN_TITLE) throw new BadEntry(path);
				out[key] = basename(path);
			} else out[key] = this.decode(v);
		}
		return out;
	}

	/**
	 * A record of the parser's own types, built as one object literal in their key order (the same
	 * object the generic loop builds, made at once: the engine lays it out in one piece, and keeps
	 * it with the other long-lived objects from the start instead of copying it there).
	 */
	private decodeKnown(known: KnownRecord, value: Encoded[], slots: Int8Array, path: string | null): Record<string, unknown> {
		const at = (i: number): unknown => {
			const slot = slots[i] ?? 0;
			if (slot > 0) return this.decode(value[slot] as Encoded);
			return slot === -1 ? null : slot === -2 ? false : slot === -3 ? true : path !== null ? NONE : [];
		};
		switch (known) {
			case "note": {
				const own = path ?? "";
				if (value[slots[0] ?? 0] !== OWN_PATH || value[slots[1] ?? 0] !== OWN_TITLE) throw new BadEntry(own);
				return this.asRecord(noteOf(at, own, basename(own)));
			}
			case "person":
				return this.asRecord(personOf(at));
			case "ref":
				return this.asRecord({ target: at(0) as string, link: at(1) as boolean, line: at(2) as number } satisfies Ref);
			case "contact":
				return this.asRecord({ ref: at(0) as Ref, day: at(1) as string, kind: at(2) as ContactRef["kind"] } satisfies ContactRef);
			case "own-contact":
				return this.asRecord({ day: at(0) as string, line: at(1) as number } satisfies ParsedNote["ownContacts"][number]);
			case "follow-up":
				return this.asRecord(followUpOf(at));
			case "exchange":
				return this.asRecord({ line: at(0) as number, direction: at(1) as Exchange["direction"], day: at(2) as string, refs: at(3) as Ref[] } satisfies Exchange);
		}
	}

	private asRecord(value: object): Record<string, unknown> {
		return value as Record<string, unknown>;
	}
}

/** The records the parser makes by the thousand, which the decoder builds in one piece (see `decodeKnown`). */
type KnownRecord = "note" | "person" | "ref" | "contact" | "own-contact" | "follow-up" | "exchange";

type ValueAt = (i: number) => unknown;

/**
 * Each known record's keys in the parser's order. A shape with exactly these keys in this order is
 * built by `decodeKnown`; any other order or set (a future parser) takes the generic loop, so the
 * decoded object always has its shape's keys in its shape's order.
 */
const KNOWN_KEYS: readonly [KnownRecord, readonly string[]][] = [
	["note", ["path", "title", "kind", "isEvent", "date", "time", "person", "attendees", "contacts", "ownContacts", "followUps", "exchanges", "pins", "problems"] satisfies (keyof ParsedNote)[]],
	["person", ["name", "aliases", "cadence", "cadenceFromCircle", "circle", "birthday", "org", "role", "email", "phone", "location", "interests", "tags", "metVia", "knows", "partner", "family", "closeness", "since", "offers", "asks"] satisfies (keyof PersonInfo)[]],
	["ref", ["target", "link", "line"] satisfies (keyof Ref)[]],
	["contact", ["ref", "day", "kind"] satisfies (keyof ContactRef)[]],
	["own-contact", ["day", "line"] satisfies (keyof ParsedNote["ownContacts"][number])[]],
	["follow-up", ["line", "text", "status", "due", "scheduled", "start", "recurrence", "refs"] satisfies (keyof FollowUpSource)[]],
	["exchange", ["line", "direction", "day", "refs"] satisfies (keyof Exchange)[]],
];

const KNOWN_BY_KEYS = new Map(KNOWN_KEYS.map(([record, keys]) => [keys.join("\n"), record]));

function knownRecordOf(names: readonly string[]): KnownRecord | null {
	return KNOWN_BY_KEYS.get(names.join("\n")) ?? null;
}

const NO_SLOTS = new Int8Array(0);

/** Per key of a shape: the index of its value in the encoded array (1, 2, …), or minus its constant's code. */
function slotsOf(codes: Uint8Array): Int8Array {
	const slots = new Int8Array(codes.length);
	let next = 1;
	codes.forEach((code, i) => (slots[i] = code === 0 ? next++ : -code));
	return slots;
}

function noteOf(at: ValueAt, path: string, title: string): ParsedNote {
	return {
		path,
		title,
		kind: at(2) as ParsedNote["kind"],
		isEvent: at(3) as boolean,
		date: at(4) as string | null,
		time: at(5) as string | null,
		person: at(6) as PersonInfo | null,
		attendees: at(7) as Ref[],
		contacts: at(8) as ContactRef[],
		ownContacts: at(9) as ParsedNote["ownContacts"],
		followUps: at(10) as FollowUpSource[],
		exchanges: at(11) as Exchange[],
		pins: at(12) as GroupPins | null,
		problems: at(13) as Problem[],
	};
}

function personOf(at: ValueAt): PersonInfo {
	return {
		name: at(0) as string,
		aliases: at(1) as string[],
		cadence: at(2) as Cadence | null,
		cadenceFromCircle: at(3) as boolean,
		circle: at(4) as string | null,
		birthday: at(5) as Birthday | null,
		org: at(6) as string | null,
		role: at(7) as string | null,
		email: at(8) as string | null,
		phone: at(9) as string | null,
		location: at(10) as string | null,
		interests: at(11) as string[],
		tags: at(12) as string[],
		metVia: at(13) as Ref[],
		knows: at(14) as Ref[],
		partner: at(15) as Ref[],
		family: at(16) as Ref[],
		closeness: at(17) as number | null,
		since: at(18) as string | null,
		offers: at(19) as string[],
		asks: at(20) as string[],
	};
}

function followUpOf(at: ValueAt): FollowUpSource {
	return {
		line: at(0) as number,
		text: at(1) as string,
		status: at(2) as string,
		due: at(3) as string | null,
		scheduled: at(4) as string | null,
		start: at(5) as string | null,
		recurrence: at(6) as string | null,
		refs: at(7) as Ref[],
	};
}

/** The code of a value a shape can carry (1 null, 2 false, 3 true, 4 empty list), 0 for any other value. */
function constantCodeOf(value: unknown): number {
	if (value === null) return 1;
	if (value === false) return 2;
	if (value === true) return 3;
	return Array.isArray(value) && value.length === 0 ? 4 : 0;
}

function constantCode(value: unknown): number {
	if (value === null) return 1;
	if (value === false) return 2;
	if (value === true) return 3;
	if (Array.isArray(value) && value.length === 0) return 4;
	throw new BadEntry("constant");
}

/** A note encoded as one line (of the cache file, of a worker's batch), and the table of shapes its numbers refer to. */
export interface NoteLine {
	shapes: ShapeKey[][];
	text: string;
}

/** JSON with every character beyond ASCII escaped, so that the file reads back without UTF-8 decoding. */
export function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** One note as a line: `[path, size, mtime, ctime, note]` in ASCII JSON (stamp null when not taken). */
export function encodeLine(path: string, stamp: NoteStamp | null, encoded: Encoded): string {
	return asciiJson([path, stamp?.size ?? null, stamp?.mtimeMs ?? null, stamp?.ctimeMs ?? null, encoded]);
}

/** A line back into its note and stamp; anything that does not fit throws `BadEntry`. */
export function decodeLine(text: string, decoder: NoteDecoder): { path: string; stamp: NoteStamp | null; note: ParsedNote } {
	const value: unknown = JSON.parse(text);
	if (!Array.isArray(value) || value.length !== 5) throw new BadEntry("line");
	const [path, size, mtimeMs, ctimeMs, encoded] = value as unknown[];
	if (typeof path !== "string") throw new BadEntry("line");
	const note = decoder.decodeNote(path, encoded);
	if (size === null && mtimeMs === null && ctimeMs === null) return { path, stamp: null, note };
	if (typeof size !== "number" || typeof mtimeMs !== "number" || typeof ctimeMs !== "number") throw new BadEntry(path);
	return { path, stamp: { size, mtimeMs, ctimeMs }, note };
}
