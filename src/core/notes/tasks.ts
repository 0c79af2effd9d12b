import { type CalendarDay, parseDay } from "../dates/dates";
import { parenDueText, withoutParenDue } from "./paren-due";
import { linkSpans, MASK, maskSpans } from "./links";
import { bracketedFields, isBlankInLine, isDigit, skipBlanksInLine } from "../shared/scan";
import { logseqMarkerAt } from "./logseq-tasks";
import { bareOwnerValueEnd, isOwnerKey, ownerFieldNames, withoutBareOwnerFields } from "./owner-fields";

/** A Markdown task line, with the dates the Tasks and Dataview plugins read from it. */
export interface TaskFields {
	status: string;
	/** The task text with date fields and block ids removed, for display. */
	text: string;
	due: CalendarDay | null;
	scheduled: CalendarDay | null;
	start: CalendarDay | null;
	done: CalendarDay | null;
	/** The `🔁` recurrence rule, kept as text. */
	recurrence: string | null;
	/** Date fields that were present but not a real day, e.g. `📅 2026-13-40`. */
	badDates: readonly string[];
	/** Who its owner fields name (`[owner:: @Max]`), as `@` names (see `ownerFieldNames`); null without one. */
	owner: string | null;
}

export interface TaskLineMatch {
	/** Characters before the list marker (indent and `>` of quotes and callouts). */
	prefix: string;
	status: string;
	/** Offset of the status character in the line (of the marker word for a Logseq task). */
	statusOffset: number;
	body: string;
	/** A Logseq task's marker word (`TODO`, `LATER`, `DONE`), its status given as Markdown's; null for `- [ ]`. */
	marker: string | null;
}

/**
 * `- [ ] text` after any indent and `>` of quotes and callouts, with `-`, `*`, `+`, `1.` or `1)` as
 * the list marker, as the Tasks plugin reads a task line; or a Logseq task (`- TODO text`, `- DONE text`).
 * One pass over the line.
 */
export function matchTaskLine(line: string): TaskLineMatch | null {
	const markerStart = quotePrefixEnd(line);
	const markerEnd = listMarkerEnd(line, markerStart);
	if (markerEnd < 0) return null;
	const open = skipBlanksInLine(line, markerEnd);
	if (open === markerEnd) return null;
	if (line[open] !== "[") return logseqTask(line, markerStart, open);
	if (line[open + 2] !== "]") return null;
	const status = line[open + 1] ?? "";
	if (status === "" || LINE_BREAK.test(status)) return null;
	const afterBox = open + 3;
	if (afterBox < line.length && !isBlankInLine(line[afterBox])) return null;
	const body = line.slice(skipBlanksInLine(line, afterBox));
	if (LINE_BREAK.test(body)) return null;
	return { prefix: line.slice(0, markerStart), status, statusOffset: open + 1, body, marker: null };
}

/** A Logseq task whose marker starts at `at`, or null. */
function logseqTask(line: string, markerStart: number, at: number): TaskLineMatch | null {
	const first = line.charCodeAt(at);
	if (first < 65 || first > 90) return null;
	const found = logseqMarkerAt(line, at);
	if (!found) return null;
	const body = line.slice(found.bodyStart);
	if (LINE_BREAK.test(body)) return null;
	return { prefix: line.slice(0, markerStart), status: found.status, statusOffset: at, body, marker: found.marker };
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** The end of the indent and `>` of quotes and callouts before a list marker; a line separator is neither (see `isBlankInLine`). */
function quotePrefixEnd(line: string): number {
	let i = 0;
	while (i < line.length && (line[i] === ">" || isBlankInLine(line[i]))) i++;
	return i;
}

/** The index after a list marker starting at `i` (`-`, `*`, `+`, digits then `.` or `)`), or -1. */
function listMarkerEnd(line: string, i: number): number {
	const c = line[i];
	if (c === "-" || c === "*" || c === "+") return i + 1;
	let j = i;
	while (isDigit(line[j])) j++;
	return j > i && (line[j] === "." || line[j] === ")") ? j + 1 : -1;
}

/**
 * Open as the Tasks plugin reads it: `[ ]` to do, `[/]` in progress, and any symbol it does not
 * know (`[!]`, `[?]`, `[>]`), which Tasks treats as to do. Only done and cancelled are closed.
 */
export function isOpenStatus(status: string): boolean {
	return !isDoneStatus(status) && !isCancelledStatus(status);
}

export function isDoneStatus(status: string): boolean {
	return status === "x" || status === "X";
}

/** `[-]`: neither open nor an interaction. */
export function isCancelledStatus(status: string): boolean {
	return status === "-";
}

/**
 * The value of an emoji field: a `YYYY-MM-DD` that stops at anything but a digit or a letter (`📅 2026-11-20✅ 2026-11-21`,
 * `📅 2026-11-20#work`, as the Tasks plugin reads fields written without spaces), else the whole word (`2026-11-20T14:30`,
 * or a bad date such as `2026-11-201`, reported whole). A link, masked or held by a placeholder, ends at its own end:
 * `📅 [[2026-11-20]]⏫` keeps its priority and `📅 [[2026-11-20]]✅ 2026-11-21` its done date.
 */
export const DATE_VALUE = String.raw`(\d{4}-\d{2}-\d{2}(?![\d\p{L}])|\uE000\d+\uE001|\uE000+|\S+)`;

const EMOJI_FIELDS: [RegExp, keyof Pick<TaskFields, "due" | "scheduled" | "start" | "done">][] = [
	[new RegExp(String.raw`(?:📅|📆|🗓)\uFE0F?\s*` + DATE_VALUE, "u"), "due"],
	[new RegExp(String.raw`(?:⏳|⌛)\uFE0F?\s*` + DATE_VALUE, "u"), "scheduled"],
	[new RegExp(String.raw`🛫\uFE0F?\s*` + DATE_VALUE, "u"), "start"],
	[new RegExp(String.raw`✅\uFE0F?\s*` + DATE_VALUE, "u"), "done"],
];

const DATAVIEW_KEYS: Record<string, keyof Pick<TaskFields, "due" | "scheduled" | "start" | "done">> = {
	due: "due",
	scheduled: "scheduled",
	start: "start",
	completion: "done",
	done: "done",
};

const DATAVIEW_BARE = /(?:^|\s)([A-Za-z][\w-]*)\s*::\s*(\S+)/g;
const RECURRENCE = /🔁\uFE0F?\s*([^📅📆🗓⏳⌛🛫✅➕❌🔺⏫🔼🔽⏬🆔⛔🏁^]*)/u;
/** What a pattern of STRIP needs in the text to match at all: a non-ASCII character (the emoji), `::` or `^`. */
type StripNeed = "emoji" | "::" | "^";

const STRIP: [RegExp, StripNeed][] = [
	[new RegExp(String.raw`(?:📅|📆|🗓|⏳|⌛|🛫|✅|➕|❌)\uFE0F?\s*` + DATE_VALUE, "gu"), "emoji"],
	[/🔁\uFE0F?\s*[^📅📆🗓⏳⌛🛫✅➕❌🔺⏫🔼🔽⏬🆔⛔🏁^]*/gu, "emoji"],
	[/[🔺⏫🔼🔽⏬]\uFE0F?/gu, "emoji"],
	[/(?:^|\s)[A-Za-z][\w-]*\s*::\s*\S+/g, "::"],
	[/\s\^[\w-]+\s*$/g, "^"],
	// Tasks' id, dependencies and on-completion fields: `🆔 dcf64c`, `⛔ dcf64c,0h17ye`, `🏁 delete`.
	[/🆔\uFE0F?\s*[\w-]+/gu, "emoji"],
	[/⛔\uFE0F?\s*[\w-]+(?:\s*,\s*[\w-]+)*/gu, "emoji"],
	[/🏁\uFE0F?\s*[A-Za-z]+/gu, "emoji"],
];

/** Where in STRIP's order bracketed Dataview fields are removed (before bare `key:: value`). */
const BRACKETS_AT = 3;

function withoutBracketedFields(text: string): string {
	const fields = bracketedFields(text);
	if (fields.length === 0) return text;
	let out = "";
	let at = 0;
	for (const f of fields) {
		out += text.slice(at, f.start) + " ";
		at = f.end;
	}
	return out + text.slice(at);
}

const NON_ASCII = /[\u0080-\uffff]/;
const NO_BAD_DATES: readonly string[] = Object.freeze([]);

/**
 * Sets a date field from its raw value. `shown` is what the problem quotes when it is no day: the
 * raw value as written, since a link in it was masked (`📅 [[Project X]]` reports `[[Project X]]`).
 */
export function setDate(fields: TaskFields, key: keyof Pick<TaskFields, "due" | "scheduled" | "start" | "done">, raw: string, shown: string = raw): void {
	if (fields[key] !== null) return;
	const day = parseDay(raw);
	if (day) fields[key] = day;
	else fields.badDates = [...fields.badDates, raw.includes(MASK) ? shown.trim() : raw];
}

/** A link to a daily note, `[[2026-11-20]]`, `[[Daily/2026-11-20|Friday]]`: the day it names. */
const DAY_LINK = /^\[\[(?:[^\]|]*\/)?(\d{4}-\d{2}-\d{2})(?:\|[^\]]*)?\]\]$/;

/**
 * The body with links and inline code masked, except that a link to a daily note becomes its day
 * (`📅 [[2026-11-20]]` is due that day), offsets kept.
 */
function maskedForFields(body: string, spans: readonly [number, number][]): string {
	let scan = maskSpans(body, spans);
	for (const [start, end] of spans) {
		const day = DAY_LINK.exec(body.slice(start, end))?.[1];
		if (day) scan = scan.slice(0, start) + day + " ".repeat(end - start - day.length) + scan.slice(end);
	}
	return scan;
}

/**
 * Reads dates and recurrence from the text after `- [ ]`. Links and inline code are not read for
 * fields: `[[2026-11-01 📅 notes]]` names a note, it is not a due date.
 */
export function parseTaskBody(status: string, body: string): TaskFields {
	const fields: TaskFields = { status, text: "", due: null, scheduled: null, start: null, done: null, recurrence: null, badDates: NO_BAD_DATES, owner: null };
	const links = body.includes("[") || body.includes("`") ? linkSpans(body) : NO_SPANS;
	const spans = body.includes("~~") ? [...links, ...struckSpans(body)] : links;
	const scan = maskComments(spans.length > 0 ? maskedForFields(body, spans) : body);
	const emoji = NON_ASCII.test(scan);
	const dataview = scan.includes("::");
	let bareOwner = false;
	if (emoji) {
		for (const [re, key] of EMOJI_FIELDS) {
			const m = re.exec(scan);
			if (m?.[1]) setDate(fields, key, m[1], originalOf(body, m.index + m[0].length - m[1].length, m[1].length));
		}
	}
	if (dataview) {
		const owners: string[] = [];
		for (const f of bracketedFields(scan)) {
			const name = f.key.toLowerCase();
			const key = DATAVIEW_KEYS[name];
			if (key) setDate(fields, key, f.value, body.slice(f.start, f.end));
			else if (name === "repeat") fields.recurrence ??= f.value;
			else if (isOwnerKey(name)) owners.push(f.value);
		}
		for (const m of scan.matchAll(DATAVIEW_BARE)) {
			const name = m[1] ?? "";
			const key = DATAVIEW_KEYS[name.toLowerCase()];
			if (key) setDate(fields, key, m[2] ?? "", originalOf(body, m.index + m[0].length - (m[2] ?? "").length, (m[2] ?? "").length));
			else if (isOwnerKey(name)) {
				// Its value runs on to the end of the line, as Dataview reads a bare field: `owner:: @Max Bianchi` names Max Bianchi.
				const from = m.index + m[0].length - (m[2] ?? "").length;
				owners.push(scan.slice(from, bareOwnerValueEnd(scan, from)));
				bareOwner = true;
			}
		}
		if (owners.length > 0) fields.owner = ownerFieldNames(owners);
	}
	// `(@Priya Natarajan, due: 2026-12-02)`, as meeting importers write an action item: its due date when no field gave one.
	// A day that does not exist there (`due: 2026-02-30`) is reported, as a field's is.
	const parenRaw = fields.due === null ? parenDueText(scan) : null;
	if (parenRaw !== null) setDate(fields, "due", parenRaw);
	const parenDue = parenRaw === null ? null : fields.due;
	if (!emoji && !dataview && !body.includes("^")) {
		fields.text = parenDue === null ? body.trim() : withoutParenDue(body.trim(), fieldScan(body.trim()));
		return fields;
	}
	const rec = emoji ? RECURRENCE.exec(scan) : null;
	if (rec?.[1]) fields.recurrence = rec[1].trim();
	let text = spans.length > 0 ? protectSpans(body, spans) : body;
	if (bareOwner) text = withoutBareOwnerFields(text);
	for (let i = 0; i < STRIP.length; i++) {
		if (i === BRACKETS_AT && dataview) text = withoutBracketedFields(text);
		const [re, need] = STRIP[i] as [RegExp, StripNeed];
		// A pattern that cannot match is not run (most tasks are plain ASCII with one field).
		if (need === "emoji" ? emoji : text.includes(need)) text = text.replace(re, " ");
	}
	if (spans.length > 0) text = text.replace(PLACEHOLDER, (_all, k: string) => body.slice(spans[Number(k)]?.[0] ?? 0, spans[Number(k)]?.[1] ?? 0));
	fields.text = text.replace(/\s+/g, " ").trim();
	if (parenDue !== null) fields.text = withoutParenDue(fields.text, fieldScan(fields.text));
	return fields;
}

/**
 * A task's text with links, inline code, struck-out spans and comments masked, same offsets: where a field may be read,
 * and where an edit may rewrite one (a date in any of them is never the task's).
 */
export function fieldScan(text: string): string {
	const links = linkSpans(text);
	const spans = text.includes("~~") ? [...links, ...struckSpans(text)] : links;
	return maskComments(spans.length > 0 ? maskSpans(text, spans) : text);
}

/** The text written at `[at, at + length)` of the body, running on to the end of a link that starts there. */
function originalOf(body: string, at: number, length: number): string {
	const end = body.startsWith("[[", at) ? body.indexOf("]]", at) + 2 : at + length;
	return body.slice(at, end > at + 1 ? end : at + length);
}

const NO_SPANS: readonly [number, number][] = Object.freeze([]);
const STRUCK = /~~[^~]+~~/g;

/** Struck-out text (`~~📅 2026-11-20~~`): a date the user crossed out is no longer the task's, and stays in its text. */
export function struckSpans(body: string): [number, number][] {
	return [...body.matchAll(STRUCK)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/**
 * Where a task line's comments are: `%%…%%` and `<!-- … -->`, which Obsidian hides; one never closed on
 * the line hides the rest of it. A date in a comment (`%%📅 2026-11-01 first try%%`) is the user's
 * note, not the task's: it is neither read nor rewritten. Run on text whose links and inline code are
 * masked already, so `%%` inside them opens nothing.
 */
export function commentSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	let i = 0;
	while (i < text.length) {
		const percent = text.indexOf("%%", i);
		const html = text.indexOf("<!--", i);
		if (percent < 0 && html < 0) break;
		const isHtml = html >= 0 && (percent < 0 || html < percent);
		const start = isHtml ? html : percent;
		const close = isHtml ? text.indexOf("-->", start + 4) : text.indexOf("%%", start + 2);
		const end = close < 0 ? text.length : close + (isHtml ? 3 : 2);
		spans.push([start, end]);
		i = end;
	}
	return spans;
}

/** `text` with its comments (see `commentSpans`) masked, offsets kept. */
export function maskComments(text: string): string {
	return text.includes("%%") || text.includes("<!--") ? maskSpans(text, commentSpans(text)) : text;
}
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

/** The text with each (non-overlapping, in order) span replaced by a numbered placeholder that no field pattern reads. */
function protectSpans(text: string, spans: readonly [number, number][]): string {
	const sorted = spans.map((s, k) => ({ s, k })).sort((a, b) => a.s[0] - b.s[0]);
	let out = "";
	let at = 0;
	for (const { s, k } of sorted) {
		if (s[0] < at) continue;
		out += text.slice(at, s[0]) + `\uE000${k}\uE001`;
		at = s[1];
	}
	return out + text.slice(at);
}
