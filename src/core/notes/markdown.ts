import { extractLinks, stripInlineCode } from "./links";
import { isDoneStatus, isOpenStatus, matchTaskLine, parseTaskBody, type TaskFields } from "./tasks";
import { type CalendarDay, parseDay } from "../dates/dates";
import { IndentedCode, type OpenComment, stripComments } from "./hidden-text";
import { type InlineField, inlineFieldsOf } from "./inline-fields";
import { fenceOpening } from "../shared/scan";

/** Where a link stands decides whether it counts as contact with the person it points to. */
export type LinkContext = "text" | "open-task" | "done-task" | "other-task" | "quote" | "embed";

export interface BodyLink {
	target: string;
	line: number;
	context: LinkContext;
	markdown: boolean;
}

export interface BodyTask extends TaskFields {
	line: number;
	links: { target: string; markdown: boolean }[];
}

export interface BodyScan {
	links: BodyLink[];
	tasks: BodyTask[];
	tags: string[];
	/** Dated log lines (`- 2026-11-20 coffee`, `## 2026-11-20`): interactions written in a person's note. */
	logDays: { day: CalendarDay; line: number }[];
	/** Lines that record giving or receiving (`#gave`, `#received`, `gave::`, `received::`, Italian too). */
	exchanges: BodyExchange[];
	/** Dataview inline fields (`key:: value`, `[key:: value]`) outside tasks, in the order written. */
	fields: InlineField[];
	/** Links listed under a heading named Attendees, Participants, People, With, Partecipanti or Presenti. */
	listedAttendees: { target: string; line: number }[];
}

export type ExchangeDirection = "gave" | "received";

export interface BodyExchange {
	line: number;
	direction: ExchangeDirection;
	/** The day written on the line (a done date or a log date); null to use the note's day. */
	day: CalendarDay | null;
	links: string[];
}

const EXCHANGE_TAG = /(?:^|[\s,(])#(gave|received|dato|ricevuto)\b/iu;
const EXCHANGE_FIELD = /\b(gave|received|dato|ricevuto)::/iu;

/** Whether a line records something given or received, and which. */
export function exchangeOf(line: string): ExchangeDirection | null {
	if (!line.includes("#") && !line.includes("::")) return null;
	const m = EXCHANGE_TAG.exec(line) ?? EXCHANGE_FIELD.exec(line);
	if (!m?.[1]) return null;
	const word = m[1].toLowerCase();
	return word === "gave" || word === "dato" ? "gave" : "received";
}

/** Markers of the section Rapport writes into daily notes; what is inside is Rapport's, not the user's. */
export const SECTION_START = "<!-- rapport:start -->";
export const SECTION_END = "<!-- rapport:end -->";

const TAG = /(?:^|[\s,])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
const LOG_LINE = /^[ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+)(?:\[\[)?(\d{4}-\d{2}-\d{2})\b/;

/** Where the body starts: the line after the closing `---` of the frontmatter, or 0. */
export function frontmatterEnd(lines: readonly string[]): number {
	const first = (lines[0] ?? "").replace(/^\uFEFF/, "");
	if (!/^---\s*$/.test(first)) return 0;
	for (let i = 1; i < lines.length; i++) {
		if (/^(?:---|\.\.\.)\s*$/.test(lines[i] ?? "")) return i + 1;
	}
	return 0;
}

/**
 * Reads links, tasks, tags, inline fields and dated log lines from a note's body, skipping what
 * Obsidian hides or shows as code (fenced and indented code, inline code, `%%` and `<!-- -->`
 * comments) and the section Rapport writes itself. Never throws.
 */
export function scanBody(lines: readonly string[], start: number): BodyScan {
	const scan: BodyScan = { links: [], tasks: [], tags: [], logDays: [], exchanges: [], fields: [], listedAttendees: [] };
	const state: LineState = { underAttendees: false };
	const indented = new IndentedCode();
	let fence: string | null = null;
	let inSection = false;
	let comment: OpenComment = null;
	for (let i = start; i < lines.length; i++) {
		const raw = lines[i] ?? "";
		if (comment === null) {
			const fenceMatch = raw.includes("```") || raw.includes("~~~") ? fenceOpening(raw) : null;
			if (fence !== null) {
				if (fenceMatch?.[1] && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && raw.trim().replace(/^(?:>\s?)*/, "").trim() === fenceMatch[1]) fence = null;
				continue;
			}
			if (fenceMatch?.[1]) {
				fence = fenceMatch[1];
				indented.fence();
				continue;
			}
			if (raw.includes("<!-- rapport:")) {
				if (raw.includes(SECTION_START)) inSection = true;
				if (raw.includes(SECTION_END)) inSection = false;
				continue;
			}
		}
		if (inSection) continue;
		const hidden = stripComments(stripInlineCode(raw), comment);
		comment = hidden.open;
		if (indented.isCode(hidden.visible) || hidden.visible.length === 0) continue;
		scanLine(hidden.visible, i, scan, state);
	}
	return scan;
}

interface LineState {
	/** Inside the section under an attendees heading. */
	underAttendees: boolean;
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const ATTENDEE_HEADINGS = new Set(["attendees", "attendee", "participants", "people", "with", "partecipanti", "presenti", "who"]);

const ATTENDEE_LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([\p{L} ]+?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*\S/u;

/** A line that starts with an attendees label, as templates write it: `**Attendees:** [[Anna]], [[Marco]]`. */
function isAttendeeLabel(line: string): boolean {
	const m = ATTENDEE_LABEL.exec(line);
	return m !== null && ATTENDEE_HEADINGS.has((m[1] ?? "").trim().toLowerCase());
}

/** Whether a heading's text names the people at a meeting (`## Attendees`, `### Partecipanti:`). */
export function isAttendeeHeading(text: string): boolean {
	const words = text.replace(/[*_:`]/g, " ").replace(/\p{Extended_Pictographic}/gu, " ").trim().toLowerCase();
	return ATTENDEE_HEADINGS.has(words);
}

/** The first character that is not a space or a tab: lists, quotes and headings are told apart by it. */
function firstMark(line: string): string {
	let j = 0;
	while (line[j] === " " || line[j] === "\t") j++;
	return line[j] ?? "";
}

function scanLine(line: string, i: number, scan: BodyScan, state: LineState): void {
	const mark = firstMark(line);
	if (mark === "") return;
	const heading = mark === "#" ? HEADING.exec(line) : null;
	if (heading) state.underAttendees = isAttendeeHeading(heading[2] ?? "");
	if (line.includes("#")) {
		for (const m of line.matchAll(TAG)) if (m[1]) scan.tags.push(m[1]);
	}
	const listLike = mark === "-" || mark === "*" || mark === "+";
	const task = listLike || mark === ">" || (mark >= "0" && mark <= "9") ? matchTaskLine(line) : null;
	if (task) {
		const fields = parseTaskBody(task.status, task.body) as BodyTask;
		const links = extractLinks(task.body).filter((l) => !l.embed);
		fields.line = i;
		fields.links = links.map((l) => ({ target: l.target, markdown: l.markdown }));
		scan.tasks.push(fields);
		const context: LinkContext = isOpenStatus(task.status) ? "open-task" : isDoneStatus(task.status) ? "done-task" : "other-task";
		for (const l of links) scan.links.push({ target: l.target, line: i, context, markdown: l.markdown });
		const direction = exchangeOf(line);
		if (direction && isDoneStatus(task.status)) scan.exchanges.push({ line: i, direction, day: fields.done, links: links.map((l) => l.target) });
		return;
	}
	const quoted = mark === ">";
	if (listLike || mark === "#" || (mark >= "0" && mark <= "9")) {
		const log = LOG_LINE.exec(line);
		const day = log?.[1] ? parseDay(log[1]) : null;
		if (day) scan.logDays.push({ day, line: i });
	}
	const lineLinks = extractLinks(line);
	const attendeeLabel = lineLinks.length > 0 && !line.includes("::") && isAttendeeLabel(line);
	for (const l of lineLinks) {
		scan.links.push({ target: l.target, line: i, context: l.embed ? "embed" : quoted ? "quote" : "text", markdown: l.markdown });
		if ((state.underAttendees || attendeeLabel) && !heading && !l.embed) scan.listedAttendees.push({ target: l.target, line: i });
	}
	if (line.includes("::")) scan.fields.push(...inlineFieldsOf(line, i));
	const direction = quoted ? null : exchangeOf(line);
	if (direction) {
		const log = LOG_LINE.exec(line);
		scan.exchanges.push({ line: i, direction, day: log?.[1] ? parseDay(log[1]) : null, links: lineLinks.filter((l) => !l.embed).map((l) => l.target) });
	}
}
