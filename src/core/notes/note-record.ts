import { type CalendarDay, parseDay } from "../dates/dates";
import { type Problem, problem } from "../shared/problems";
import { basename, sharedString, stringValues, unwrapLink } from "../shared/text";
import { dayValue } from "../dates/day-links";
import type { FrontmatterLines } from "./frontmatter-lines";
import type { InlineField } from "./inline-fields";
import { amongValues } from "./same-value";
import { remembered } from "../shared/remembered";
import { fewOfValue } from "../shared/few-of";

/**
 * One note's properties, read once at the edge of the notes step: its frontmatter and its Dataview
 * inline fields (`key:: value`) as one record. Keys are folded (`Type`, `TYPE` and `type` are one
 * key; `Last Contact`, `last-contact` and `last_contact` too; `LastChatted` answers for `last_chatted`
 * and `person-company` for `company` when the note has no such key, see `otherNames`); list properties are split as
 * Obsidian's Properties split them; dates are read as calendar days. Every rule (classify, person
 * fields, meeting fields) reads this record, never the raw frontmatter.
 */
export interface NoteRecord {
	/** The value of the first of `keys` that is set (not empty), with the key as written and its line. */
	field(keys: readonly string[]): RecordField | null;
	/** The first string of the first of `keys` that is set. */
	text(keys: readonly string[]): string | null;
	/** Every string value of the first of `keys` that is set, list properties split. */
	list(keys: readonly string[]): string[];
	/** A field read as a calendar day: null when not set, and a `bad-date` problem when set but not a day. */
	day(keys: readonly string[]): { day: CalendarDay | null; field: RecordField } | null;
	/** The line where `value` of this field is written (a list item, an inline field), else the key's line. */
	valueLine(field: RecordField, value: string): number;
	/** Every field, for `rapport inspect`: keys as written. */
	entries(): Record<string, unknown>;
	/**
	 * The first string of a vCard-style indexed key (`EMAIL[1:WORK]`, `TEL[2:CELL]`, as the VCF Contacts
	 * plugin writes them): the lowest index first; null when none is set.
	 */
	indexed(base: string): string | null;
}

export interface RecordField {
	/** The key as the note writes it. */
	key: string;
	value: unknown;
	/** 0-based line of the key (frontmatter) or of the inline field. */
	line: number;
	source: "frontmatter" | "inline";
}

/** Keys folded so far: every note of a vault asks for the same few keys (`type`, `date`, the settings' field names). */
const foldedKeys = new Map<string, string>();

/** `Last Contact`, `last-contact`, `LAST_CONTACT` → `last_contact`. */
export function foldKey(key: string): string {
	return remembered(foldedKeys, key, 10_000, (k) => k.trim().toLowerCase().replace(/[\s-]+/g, "_"));
}

/**
 * The one value of a list of one: `last_contact: [[2026-11-20]]`, a link written without quotes,
 * is a list holding a list holding the day in YAML.
 */
function soleValue(value: unknown): unknown {
	let v = value;
	while (Array.isArray(v) && v.length === 1) v = v[0] as unknown;
	return v;
}

/** Properties Obsidian reads as lists even when written as one string (`tags: a, b`, `aliases: Bee, Brunetto`). */
const TAG_KEYS = new Set(["tags", "tag"]);
const COMMA_LIST_KEYS = new Set(["aliases", "alias", "cssclasses", "cssclass", "interests", "interessi", "offers", "offre", "asks", "needs", "cerca"]);

function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === "") return true;
	if (typeof value === "string") return isEmptyLink(value);
	// A list of what a template script wrote for values it never had (`- "[[undefined]]"`, unquoted a list in a list) holds nothing either.
	return Array.isArray(value) && (value.length === 0 || value.every((item: unknown) => isUnset(soleValue(item))));
}

/** `undefined` or `[[undefined]]`, as a template script writes a value it never had. */
function isUnset(value: unknown): boolean {
	return typeof value === "string" && value.length <= 20 && /^\s*(?:\[\[\s*undefined\s*\]\]|undefined)\s*$/.test(value);
}

/**
 * A link to nothing, `[[]]` (`[[ ]]`), as templates leave a field to fill in, or what a template script writes for
 * a value it never had, `undefined` (`[[undefined]]`, as a people template defaults every field): no value.
 */
function isEmptyLink(value: string): boolean {
	if (value.length > 20) return false;
	const t = value.trim();
	return (t.startsWith("[[") && t.endsWith("]]") && t.slice(2, -2).trim() === "") || isUnset(t);
}

/** A list property's items: `tags: person friend`, `"#person, #friend"`, `aliases: Bee, Brunetto`, or a YAML list. */
export function splitListValue(foldedKey: string, value: unknown): string[] {
	const values = stringValues(value);
	if (TAG_KEYS.has(foldedKey)) return values.flatMap((v) => v.split(/[\s,]+/)).map((t) => t.replace(/^#/, "")).filter((t) => t !== "");
	if (COMMA_LIST_KEYS.has(foldedKey)) return values.flatMap((v) => v.split(",")).map((t) => t.trim()).filter((t) => t !== "");
	return values;
}

/**
 * Which of two keys that fold alike wins: the one written as Rapport documents it (lower case), else
 * the one written first. The other is reported, so the user can tidy the note.
 */
function keepsFirst(kept: string, other: string): boolean {
	const keptPlain = kept === foldKey(kept);
	const otherPlain = other === foldKey(other);
	return keptPlain || !otherPlain;
}

/** No inline fields: most notes have none. */
const NO_INLINE_LINES: ReadonlyMap<string, number> = new Map();

/**
 * Adds a note's inline fields to its record (a key the frontmatter sets stays the frontmatter's; a
 * key written several times inline gathers its values) and gives the line of each key and value.
 */
function readInlineFields(inline: readonly InlineField[], fields: Map<string, RecordField>, shadowed: Map<string, InlineField[]>): ReadonlyMap<string, number> {
	const inlineValues = new Map<string, RecordField>();
	for (const f of inline) {
		const folded = foldKey(f.key);
		if (fields.has(folded) && !inlineValues.has(folded)) {
			// The frontmatter's value is read; the inline values under the same key are kept to compare (see `inlineConflict`).
			const written = shadowed.get(folded);
			if (written) written.push(f);
			else shadowed.set(folded, [f]);
			continue;
		}
		const known = inlineValues.get(folded);
		if (known) {
			(known.value as string[]).push(f.value); // copying the values per field was quadratic in a note's fields
			continue;
		}
		const field: RecordField = { key: f.key, value: [f.value], line: f.line, source: "inline" };
		inlineValues.set(folded, field);
		fields.set(folded, field);
	}
	for (const f of inlineValues.values()) {
		const values = f.value as string[];
		f.value = values.length === 1 ? values[0] : values;
	}
	const inlineLines = new Map<string, number>();
	// A value written on several lines is on the first of them.
	for (const f of inline) {
		const key = `${foldKey(f.key)}\n${f.value}`;
		if (!inlineLines.has(key)) inlineLines.set(key, f.line);
	}
	return inlineLines;
}

/** The note's kind written before its keys, as people templates prefix theirs: `person-company`, `person_org`, `person_title`. */
const KIND_PREFIX = "person_";
/** A lower-case letter or digit before a capital: where a camelCase key's words meet (`LastChatted`, `keepInTouch`). */
const CAMEL_JOINT = /(\p{Ll}|\d)(\p{Lu})/gu;

/**
 * Other names a note's fields answer to when the note has no field of that name: a camelCase key by its words
 * (`LastChatted` for `last_chatted`, `KeepInTouch` for `keep_in_touch`; it still answers as `lastchatted` too), and a
 * key under its kind's prefix by the key without it (`person-company` for `company`, `person_title` for `title`).
 * Null when the note writes no such key, as most notes do.
 */
function otherNames(fields: ReadonlyMap<string, RecordField>): ReadonlyMap<string, RecordField> | null {
	let out: Map<string, RecordField> | null = null;
	for (const f of fields.values()) {
		for (const name of namesOfKey(f.key)) if (!out?.has(name)) (out ??= new Map()).set(name, f);
	}
	return out;
}

/**
 * A camelCase key beside the same key in words with another value (`lastContact: 2026-01-10` and `last_contact:
 * 2026-11-20`, as two templates or two plugins wrote them, in the frontmatter or as inline fields `lastContact::`):
 * Rapport reads the key in words (see `otherNames`), and the other one is named in a `key-spelling-conflict` problem
 * with both lines, so the value left unread is not lost silently. None when either is empty (Rapport then reads the
 * other, `field`), nor for one value written two ways (`2026-11-20` and `"[[2026-11-20]]"`).
 */
function spellingConflicts(path: string, fields: ReadonlyMap<string, RecordField>, problems: Problem[]): void {
	for (const f of fields.values()) {
		const words = keyWords(f.key);
		if (words === foldKey(f.key)) continue;
		const kept = fields.get(words);
		if (kept && !isEmpty(kept.value) && !isEmpty(f.value) && !sameWrittenValue(kept.value, f.value)) {
			problems.push(problem(path, f.line, "key-spelling-conflict", { kept: kept.key, ignored: f.key, keptLine: kept.line + 1 }));
		}
	}
}

/**
 * Whether two values say one thing: alike, or one value and a list of it, a link to it (`[[2026-11-20]]`, the daily
 * note in its folder `[[Daily/2026-11-20]]`), blanks around it.
 */
function sameWrittenValue(a: unknown, b: unknown): boolean {
	const plain = (value: unknown): unknown => {
		const sole = soleValue(value);
		if (typeof sole !== "string") return sole;
		const target = unwrapLink(sole);
		return target === sole.trim() ? target : basename(target);
	};
	return JSON.stringify(a) === JSON.stringify(b) || JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

/**
 * A property the frontmatter sets and an inline field in the body sets again with another value (`last_contact:
 * 2026-11-20` above, `last_contact:: 2026-01-10` below, as a Dataview user may write both): Rapport reads the
 * frontmatter's, and the first inline field that says something else is named in an `inline-field-conflict` problem
 * with both lines, once, when Rapport reads that property (a key it never reads is the user's own business). Not for
 * one value written two ways (`Acme` and `[[ACME]]`, an address and its `mailto:` link, see `same-value.ts`), nor for
 * the frontmatter's list written again inline, whole (`knows:: Marco, Luca`) or one value a line (`knows:: Marco`
 * then `knows:: Luca`).
 */
function inlineConflicts(path: string, shadowed: Map<string, InlineField[]>, problems: Problem[]): (folded: string, read: RecordField) => void {
	return (folded, read) => {
		const written = shadowed.get(folded);
		if (written === undefined || read.source !== "frontmatter") return;
		shadowed.delete(folded);
		const other = written.find((f) => !isEmpty(f.value) && !sameWrittenValue(read.value, f.value) && !amongValues(read.value, f.value));
		if (other === undefined) return;
		problems.push(problem(path, other.line, "inline-field-conflict", { kept: read.key, ignored: `${other.key}::`, keptLine: read.line + 1 }));
	};
}

/** The words of each key seen so far (see `keyWords`). */
const wordsOfKeys = new Map<string, string>();

/** A key's words, folded: `lastContact` and `LastContact` → `last_contact`; each key read once, remembered. */
function keyWords(key: string): string {
	return remembered(wordsOfKeys, key, 10_000, (k) => foldKey(k.replace(CAMEL_JOINT, "$1_$2")));
}

/** The other names of each key seen so far: every note of a vault writes the same few keys. */
const keyNames = new Map<string, readonly string[]>();
const NO_NAMES: readonly string[] = Object.freeze([]);

/** The other names of one key as written (see `otherNames`): none for most keys. */
function namesOfKey(key: string): readonly string[] {
	return remembered(keyNames, key, 10_000, namesOfKeyAnew);
}

function namesOfKeyAnew(key: string): readonly string[] {
	const folded = foldKey(key);
	const words = keyWords(key);
	const found = words === folded ? [] : [words];
	const unprefixed = words.length > KIND_PREFIX.length && words.startsWith(KIND_PREFIX) ? words.slice(KIND_PREFIX.length) : null;
	if (unprefixed !== null) found.push(unprefixed);
	return found.length === 0 ? NO_NAMES : found;
}

/** Builds the record of one note; problems with its properties (clashing keys, bad dates read later) go to `problems`. */
export function buildNoteRecord(
	path: string,
	frontmatter: Record<string, unknown>,
	fm: FrontmatterLines,
	inline: readonly InlineField[],
	problems: Problem[],
): NoteRecord {
	const fields = new Map<string, RecordField>();
	for (const [key, value] of Object.entries(frontmatter)) {
		const folded = foldKey(key);
		const known = fields.get(folded);
		const next: RecordField = { key, value, line: fm.keyLine(key), source: "frontmatter" };
		if (!known) {
			fields.set(folded, next);
			continue;
		}
		const keepKnown = keepsFirst(known.key, key);
		const [kept, dropped] = keepKnown ? [known, next] : [next, known];
		if (JSON.stringify(kept.value) !== JSON.stringify(dropped.value)) {
			problems.push(problem(path, dropped.line, "key-case-conflict", { kept: kept.key, ignored: dropped.key }));
		}
		fields.set(folded, kept);
	}
	const shadowed = new Map<string, InlineField[]>();
	const inlineLines = inline.length === 0 ? NO_INLINE_LINES : readInlineFields(inline, fields, shadowed);
	const inlineConflict = shadowed.size === 0 ? null : inlineConflicts(path, shadowed, problems);
	spellingConflicts(path, fields, problems);
	const others = otherNames(fields);

	const field = (keys: readonly string[]): RecordField | null => {
		for (const key of keys) {
			const folded = foldKey(key);
			const f = fields.get(folded);
			if (f && !isEmpty(f.value)) {
				inlineConflict?.(folded, f);
				return f;
			}
			// `LastChatted` answers for `last_chatted`, `person-company` for `company`, when the note has no such key of its own.
			const p = others?.get(folded);
			if (p && !isEmpty(p.value)) return p;
		}
		return null;
	};
	const list = (keys: readonly string[]): string[] => {
		const f = field(keys);
		return f ? splitListValue(foldKey(f.key), f.value) : [];
	};
	return {
		field,
		text(keys) {
			const value = list(keys)[0];
			return value === undefined ? null : sharedString(value);
		},
		list,
		day(keys) {
			const f = field(keys);
			if (!f) return null;
			const value = soleValue(f.value);
			const day = parseDay(dayValue(value));
			if (day === null) problems.push(problem(path, f.line, "bad-date", { field: f.key, value: fewOfValue(f.value) }));
			return { day, field: f };
		},
		valueLine(f, value) {
			if (f.source === "inline") {
				// A value as written (each of a key's values asks once): its own line, without going through the others.
				const exact = inlineLines.get(`${foldKey(f.key)}\n${value}`);
				if (exact !== undefined) return exact;
				for (const v of stringValues(f.value)) if (v.includes(value) || value.includes(v)) return inlineLines.get(`${foldKey(f.key)}\n${v}`) ?? f.line;
				return f.line;
			}
			return fm.valueLine(f.key, value);
		},
		entries() {
			const out: Record<string, unknown> = {};
			for (const f of fields.values()) out[f.key] = f.value;
			return out;
		},
		indexed(base) {
			const prefix = `${foldKey(base)}[`;
			let best: { index: number; value: string } | null = null;
			for (const [key, f] of fields) {
				if (!key.startsWith(prefix)) continue;
				const index = Number.parseInt(key.slice(prefix.length), 10);
				const value = stringValues(f.value)[0];
				const rank = Number.isNaN(index) ? Number.MAX_SAFE_INTEGER : index;
				if (value !== undefined && value.trim() !== "" && (best === null || rank < best.index)) best = { index: rank, value: value.trim() };
			}
			return best ? sharedString(best.value) : null;
		},
	};
}
