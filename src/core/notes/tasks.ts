import { type CalendarDay, parseDay } from "../dates/dates";

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
}

export interface TaskLineMatch {
	/** Characters before the list marker (indent and `>` of quotes and callouts). */
	prefix: string;
	status: string;
	/** Offset of the status character in the line. */
	statusOffset: number;
	body: string;
}

const TASK = /^(\s*(?:>\s?)*\s*)([-*+]|\d+[.)])\s+\[(.)\](?:\s+(.*))?$/;

export function matchTaskLine(line: string): TaskLineMatch | null {
	const m = TASK.exec(line);
	if (!m) return null;
	const prefix = m[1] ?? "";
	const marker = m[2] ?? "";
	const statusOffset = line.indexOf("[", prefix.length + marker.length) + 1;
	return { prefix, status: m[3] ?? " ", statusOffset, body: m[4] ?? "" };
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

const EMOJI_FIELDS: [RegExp, keyof Pick<TaskFields, "due" | "scheduled" | "start" | "done">][] = [
	[/(?:📅|📆|🗓)\uFE0F?\s*(\S+)/u, "due"],
	[/⏳\uFE0F?\s*(\S+)/u, "scheduled"],
	[/🛫\uFE0F?\s*(\S+)/u, "start"],
	[/✅\uFE0F?\s*(\S+)/u, "done"],
];

const DATAVIEW_KEYS: Record<string, keyof Pick<TaskFields, "due" | "scheduled" | "start" | "done">> = {
	due: "due",
	scheduled: "scheduled",
	start: "start",
	completion: "done",
	done: "done",
};

const DATAVIEW_BRACKETED = /[[(]\s*([A-Za-z][\w-]*)\s*::\s*([^\])]*?)\s*[\])]/g;
const DATAVIEW_BARE = /(?:^|\s)([A-Za-z][\w-]*)\s*::\s*(\S+)/g;
const RECURRENCE = /🔁\uFE0F?\s*([^📅📆🗓⏳🛫✅➕❌🔺⏫🔼🔽⏬🆔⛔^]*)/u;
const STRIP = [
	/(?:📅|📆|🗓|⏳|🛫|✅|➕|❌)\uFE0F?\s*\S+/gu,
	/🔁\uFE0F?\s*[^📅📆🗓⏳🛫✅➕❌🔺⏫🔼🔽⏬🆔⛔^]*/gu,
	/[🔺⏫🔼🔽⏬]\uFE0F?/gu,
	/[[(]\s*[A-Za-z][\w-]*\s*::[^\])]*[\])]/g,
	/(?:^|\s)[A-Za-z][\w-]*\s*::\s*\S+/g,
	/\s\^[\w-]+\s*$/g,
];

const NON_ASCII = /[\u0080-\uffff]/;
const NO_BAD_DATES: readonly string[] = Object.freeze([]);

function setDate(fields: TaskFields, key: keyof Pick<TaskFields, "due" | "scheduled" | "start" | "done">, raw: string): void {
	if (fields[key] !== null) return;
	const day = parseDay(raw);
	if (day) fields[key] = day;
	else fields.badDates = [...fields.badDates, raw];
}

/** Reads dates and recurrence from the text after `- [ ]`. */
export function parseTaskBody(status: string, body: string): TaskFields {
	const fields: TaskFields = { status, text: "", due: null, scheduled: null, start: null, done: null, recurrence: null, badDates: NO_BAD_DATES };
	const emoji = NON_ASCII.test(body);
	const dataview = body.includes("::");
	if (emoji) {
		for (const [re, key] of EMOJI_FIELDS) {
			const m = re.exec(body);
			if (m?.[1]) setDate(fields, key, m[1]);
		}
	}
	if (dataview) {
		for (const m of body.matchAll(DATAVIEW_BRACKETED)) {
			const key = DATAVIEW_KEYS[(m[1] ?? "").toLowerCase()];
			if (key) setDate(fields, key, m[2] ?? "");
			else if ((m[1] ?? "").toLowerCase() === "repeat") fields.recurrence ??= (m[2] ?? "").trim();
		}
		for (const m of body.matchAll(DATAVIEW_BARE)) {
			const key = DATAVIEW_KEYS[(m[1] ?? "").toLowerCase()];
			if (key) setDate(fields, key, m[2] ?? "");
		}
	}
	if (!emoji && !dataview && !body.includes("^")) {
		fields.text = body.trim();
		return fields;
	}
	const rec = emoji ? RECURRENCE.exec(body) : null;
	if (rec?.[1]) fields.recurrence = rec[1].trim();
	let text = body;
	for (const re of STRIP) text = text.replace(re, " ");
	fields.text = text.replace(/\s+/g, " ").trim();
	return fields;
}
