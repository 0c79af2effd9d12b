import { isSpace } from "../shared/scan";
import { tokenize } from "./format-tokens";

/**
 * Reads a name written in a moment.js format (a daily note's file name), as the regular expression
 * `^…$` (case-insensitive) made of the format's tokens would, and gives the same first match, without
 * its backtracking: a format is configuration (`.obsidian/daily-notes.json`), and one with many
 * tokens side by side (`dddddddd`, `HmHmHm…`) made that expression try an exponential number of ways
 * on each name that does not fit. Here a table of which parts can end the name from which position is
 * filled from the end (parts × name length), then the first choice of each part that can still end
 * the name is taken, in the order the expression tries them: time in proportion to the format's
 * length times the name's.
 */

/** `isoYear`, `isoWeek`, `isoWeekday`: `GGGG`, `WW`, `E`; `weekYear`, `week`, `localeWeekday`: the locale's `gggg`, `ww`, `e`; `weekday`: `d`, 0 for Sunday. */
export type GroupName = "year" | "yy" | "month" | "monthName" | "monthShort" | "day" | "isoYear" | "isoWeek" | "isoWeekday" | "weekYear" | "week" | "localeWeekday" | "weekday";

type Part =
	| { kind: "literal"; text: string }
	/** `\d{min,max}`, greedy. */
	| { kind: "digits"; min: number; max: number; group?: GroupName }
	/** `[^\d\s/.,-]+`, greedy: a month or weekday name. */
	| { kind: "name"; group?: GroupName }
	/** `(\d{1,2})(?:st|nd|rd|th|º|°)?`: moment's `Do`. */
	| { kind: "ordinal"; group?: GroupName }
	/** One of these words, tried in order: `A`, `a`. */
	| { kind: "choice"; options: readonly string[] };

const ORDINAL_SUFFIXES = ["st", "nd", "rd", "th", "º", "°"];

/** What each token reads; `group`: the value it gives, for the first token of the format that gives it. */
const PARTS: Record<string, Part> = {
	YYYY: { kind: "digits", min: 4, max: 4, group: "year" },
	GGGG: { kind: "digits", min: 4, max: 4, group: "isoYear" },
	gggg: { kind: "digits", min: 4, max: 4, group: "weekYear" },
	gg: { kind: "digits", min: 2, max: 2 },
	GG: { kind: "digits", min: 2, max: 2 },
	YY: { kind: "digits", min: 2, max: 2, group: "yy" },
	MMMM: { kind: "name", group: "monthName" },
	MMM: { kind: "name", group: "monthShort" },
	MM: { kind: "digits", min: 2, max: 2, group: "month" },
	M: { kind: "digits", min: 1, max: 2, group: "month" },
	Do: { kind: "ordinal", group: "day" },
	DDDD: { kind: "digits", min: 3, max: 3 },
	DD: { kind: "digits", min: 2, max: 2, group: "day" },
	D: { kind: "digits", min: 1, max: 2, group: "day" },
	dddd: { kind: "name" },
	ddd: { kind: "name" },
	dd: { kind: "name" },
	d: { kind: "digits", min: 1, max: 1, group: "weekday" },
	ww: { kind: "digits", min: 2, max: 2, group: "week" },
	w: { kind: "digits", min: 1, max: 2, group: "week" },
	WW: { kind: "digits", min: 2, max: 2, group: "isoWeek" },
	W: { kind: "digits", min: 1, max: 2, group: "isoWeek" },
	Q: { kind: "digits", min: 1, max: 1 },
	E: { kind: "digits", min: 1, max: 1, group: "isoWeekday" },
	e: { kind: "digits", min: 1, max: 1, group: "localeWeekday" },
	HH: { kind: "digits", min: 2, max: 2 },
	H: { kind: "digits", min: 1, max: 2 },
	hh: { kind: "digits", min: 2, max: 2 },
	h: { kind: "digits", min: 1, max: 2 },
	mm: { kind: "digits", min: 2, max: 2 },
	m: { kind: "digits", min: 1, max: 2 },
	ss: { kind: "digits", min: 2, max: 2 },
	s: { kind: "digits", min: 1, max: 2 },
	A: { kind: "choice", options: ["AM", "PM"] },
	a: { kind: "choice", options: ["am", "pm"] },
};

interface CompiledFormat {
	parts: Part[];
	/** Every part reads a set number of characters (`YYYY-MM-DD`): the name is read part after part, with no choice to make. */
	fixed: boolean;
	/** Characters of its literal text that have no case (`,` `-` `/` a space): a name without one of them is no match, without a look. */
	required: string[];
	/** Whether a part reads a month or weekday name. */
	hasName: boolean;
	/** The fewest characters a name in this format has: a shorter name is no match, without a look. */
	minLength: number;
}

function minLengthOf(part: Part): number {
	if (part.kind === "literal") return part.text.length;
	if (part.kind === "digits") return part.min;
	if (part.kind === "choice") return Math.min(...part.options.map((o) => o.length));
	return 1;
}

function compile(format: string): CompiledFormat {
	const seen = new Set<GroupName>();
	const parts: Part[] = [];
	let minLength = 0;
	for (const token of tokenize(format)) {
		let part: Part;
		if (token.kind === "literal") {
			// An empty `[]` reads nothing.
			if (token.text === "") continue;
			part = { kind: "literal", text: token.text };
		} else {
			part = PARTS[token.token] ?? { kind: "literal", text: token.token };
			// A value is read once; a later token of the same value (`YYYY/YYYY-MM-DD`) is read and not kept.
			if ("group" in part && part.group !== undefined) {
				if (seen.has(part.group)) part = { ...part, group: undefined };
				else seen.add(part.group);
			}
		}
		parts.push(part);
		minLength += minLengthOf(part);
	}
	const fixed = parts.every((p) => p.kind === "literal" || (p.kind === "digits" && p.min === p.max));
	const required = new Set<string>();
	for (const part of parts) if (part.kind === "literal") for (const ch of part.text) if (ch.toUpperCase() === ch.toLowerCase()) required.add(ch);
	return { parts, fixed, required: [...required], hasName: parts.some((p) => p.kind === "name"), minLength };
}

/** `matchFormat` for a format whose every part reads a set number of characters: one pass. */
function matchFixed(name: string, parts: readonly Part[]): Partial<Record<GroupName, string>> | null {
	const groups: Partial<Record<GroupName, string>> = {};
	let at = 0;
	for (const part of parts) {
		if (part.kind === "literal") {
			if (!wordAt(name, at, part.text)) return null;
			at += part.text.length;
		} else if (part.kind === "digits") {
			for (let i = at; i < at + part.min; i++) if (!isDigit(name[i])) return null;
			if (part.group !== undefined) groups[part.group] = name.slice(at, at + part.min);
			at += part.min;
		}
	}
	return at === name.length ? groups : null;
}

/** A character as a case-insensitive regular expression (without the u flag) compares it: its upper case, when that is one character and does not turn a non-ASCII letter into an ASCII one. */
function canonical(ch: string): string {
	const upper = ch.toUpperCase();
	if (upper.length !== 1) return ch;
	if (ch.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) return ch;
	return upper;
}

/** Whether two different characters are one letter in two cases, as a case-insensitive expression compares them. */
function sameLetter(a: string, b: string): boolean {
	const x = a.charCodeAt(0);
	const y = b.charCodeAt(0);
	// ASCII: only a letter and the same letter in the other case (one of them non-ASCII: canonical() decides).
	if (x < 128 && y < 128) return (x | 0x20) === (y | 0x20) && (x | 0x20) >= 97 && (x | 0x20) <= 122;
	return canonical(a) === canonical(b);
}

/** Whether `word` is in `name` at `at`, compared as a case-insensitive expression compares. */
function wordAt(name: string, at: number, word: string): boolean {
	if (at + word.length > name.length) return false;
	for (let i = 0; i < word.length; i++) {
		const a = name[at + i] ?? "";
		const b = word[i] ?? "";
		if (a !== b && !sameLetter(a, b)) return false;
	}
	return true;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
/** `[^\d\s/.,-]`: a character of a month or weekday name. */
const isNameChar = (ch: string | undefined): boolean => ch !== undefined && !isDigit(ch) && !isSpace(ch) && ch !== "/" && ch !== "." && ch !== "," && ch !== "-";

/** How many characters of `test`'s kind run from each position of `name` (one pass from the end). */
function runs(name: string, test: (ch: string | undefined) => boolean, into: Int32Array): Int32Array {
	const out = into.length > name.length ? into : new Int32Array(2 * (name.length + 1));
	out[name.length] = 0;
	for (let i = name.length - 1; i >= 0; i--) out[i] = test(name[i]) ? (out[i + 1] ?? 0) + 1 : 0;
	return out;
}

interface NameRuns {
	digits: Int32Array;
	names: Int32Array | null;
}

/**
 * The first end a bounded part (any but `name`) may give from `at`, in the order the expression tries
 * them, for which `can(end)` holds: -1 when none.
 */
function firstBoundedEnd(part: Exclude<Part, { kind: "name" }>, name: string, at: number, digitRun: number, can: (end: number) => boolean): number {
	switch (part.kind) {
		case "literal":
			return wordAt(name, at, part.text) && can(at + part.text.length) ? at + part.text.length : -1;
		case "choice":
			for (const option of part.options) if (wordAt(name, at, option) && can(at + option.length)) return at + option.length;
			return -1;
		case "digits":
			for (let n = Math.min(part.max, digitRun); n >= part.min; n--) if (can(at + n)) return at + n;
			return -1;
		case "ordinal":
			for (let n = Math.min(2, digitRun); n >= 1; n--) {
				for (const suffix of ORDINAL_SUFFIXES) if (wordAt(name, at + n, suffix) && can(at + n + suffix.length)) return at + n + suffix.length;
				if (can(at + n)) return at + n;
			}
			return -1;
	}
}

/**
 * Whether the parts can read the whole name, going forward: the positions each part can end at, from
 * those the part before could. A name's run of name characters is one interval, so a `name` part's
 * ends are swept in one pass; the other parts have a few ends each.
 */
function reachesEnd(name: string, parts: readonly Part[], runsOf: NameRuns): boolean {
	const width = name.length + 1;
	if (scratch.from.length < width) scratch.from = new Uint8Array(2 * width);
	if (scratch.to.length < width) scratch.to = new Uint8Array(2 * width);
	let from = scratch.from;
	let to = scratch.to;
	from.fill(0, 0, width);
	from[0] = 1;
	for (const part of parts) {
		to.fill(0, 0, width);
		let any = false;
		if (part.kind === "name") {
			// The furthest end a reachable start before this position gives; every position up to it is one.
			let furthest = -1;
			for (let at = 0; at <= name.length; at++) {
				if (at <= furthest) {
					to[at] = 1;
					any = true;
				}
				if (from[at] === 1) furthest = Math.max(furthest, at + (runsOf.names?.[at] ?? 0));
			}
		} else {
			for (let at = 0; at <= name.length; at++) {
				if (from[at] !== 1) continue;
				firstBoundedEnd(part, name, at, runsOf.digits[at] ?? 0, (end) => {
					to[end] = 1;
					any = true;
					return false;
				});
			}
		}
		if (!any) return false;
		[from, to] = [to, from];
	}
	return from[name.length] === 1;
}

/** Space reused from name to name (a vault's notes are read one after the other): the runs, and the positions reached. */
const scratch: { digits: Int32Array; names: Int32Array; from: Uint8Array; to: Uint8Array } = { digits: new Int32Array(256), names: new Int32Array(256), from: new Uint8Array(256), to: new Uint8Array(256) };

const compiled = new Map<string, CompiledFormat>();

/** The values a name written in `format` gives (year, month, day… as written), or null when it is not written so. */
export function matchFormat(name: string, format: string): Partial<Record<GroupName, string>> | null {
	let c = compiled.get(format);
	if (!c) {
		c = compile(format);
		compiled.set(format, c);
	}
	const { parts } = c;
	const length = name.length;
	if (c.minLength > length) return null;
	if (c.fixed) return c.minLength === length ? matchFixed(name, parts) : null;
	for (const ch of c.required) if (!name.includes(ch)) return null;
	const width = length + 1;
	scratch.digits = runs(name, isDigit, scratch.digits);
	if (c.hasName) scratch.names = runs(name, isNameChar, scratch.names);
	const runsOf: NameRuns = { digits: scratch.digits, names: c.hasName ? scratch.names : null };
	// Most names are not in the format (a vault's other notes): seen from the start, in one pass per part, before any table.
	if (!reachesEnd(name, parts, runsOf)) return null;
	// can[k * width + at]: whether parts k… read name[at…] to its end. last[k * width + x]: the greatest end ≤ x that can (names only).
	const can = new Uint8Array((parts.length + 1) * width);
	can[parts.length * width + length] = 1;
	const last = runsOf.names === null ? null : new Int32Array((parts.length + 1) * width);
	const fillLast = (k: number): void => {
		if (last === null) return;
		let seen = -1;
		for (let x = 0; x <= length; x++) {
			if (can[k * width + x] === 1) seen = x;
			last[k * width + x] = seen;
		}
	};
	const firstEnd = (k: number, at: number): number => {
		const part = parts[k];
		if (part === undefined) return -1;
		if (part.kind === "name") {
			const run = runsOf.names?.[at] ?? 0;
			if (run === 0) return -1;
			const end = last?.[(k + 1) * width + at + run] ?? -1;
			return end > at ? end : -1;
		}
		const next = (k + 1) * width;
		return firstBoundedEnd(part, name, at, runsOf.digits[at] ?? 0, (end) => can[next + end] === 1);
	};
	for (let k = parts.length - 1; k >= 0; k--) {
		if (parts[k]?.kind === "name") fillLast(k + 1);
		for (let at = 0; at <= length; at++) if (firstEnd(k, at) >= 0) can[k * width + at] = 1;
	}
	if (can[0] !== 1) return null;
	const groups: Partial<Record<GroupName, string>> = {};
	let at = 0;
	for (let k = 0; k < parts.length; k++) {
		const end = firstEnd(k, at);
		const part = parts[k];
		if (part !== undefined && "group" in part && part.group !== undefined) {
			// `Do` gives its digits, not its suffix.
			groups[part.group] = part.kind === "ordinal" ? name.slice(at, at + Math.min(2, runsOf.digits[at] ?? 0, end - at)) : name.slice(at, end);
		}
		at = end;
	}
	return groups;
}
