import type { CalendarDay } from "../dates/dates";
import { frontmatterEnd, scanBody, withoutBom } from "../notes/markdown";
import { PAREN_DUE, parenDueDay } from "../notes/paren-due";
import { DATE_VALUE, fieldScan, isOpenStatus, matchTaskLine, parseTaskBody } from "../notes/tasks";
import { breakAt, endsWithBreak, lineEnd, lineEndingNear, lineStart } from "../shared/line-ends";
import { splitLines } from "../shared/text";
import { hiddenTailStart } from "./hidden-lines";
import { joinKeepingBreaks } from "./block-breaks";
import { keptLines } from "./kept-lines";
import { parseRule, readTasksLine, writeTasksBody } from "./recurrence";
import { completeLogseqLine, logseqBlockLength, snoozeLogseqBlock } from "./logseq-edits";
import { completeRepeatingLogseqBlock } from "./logseq-repeat";
import { clockOutLogseqBlock } from "./logseq-clock";

/**
 * Minimal edits of a note's text: each changes one line (or appends one) and leaves every other
 * byte as it was: line endings (LF, CRLF, mixed), BOM, trailing newline. Null when there is nothing
 * to change there (the line moved, or is not a task any more), so the caller can say so.
 */

interface LineSpan {
	start: number;
	end: number;
}

/** Where line `n` (0-based) sits in `text`, its line ending excluded; lines end as the editor ends them (`\r\n`, `\n`, a lone `\r`). */
function lineSpan(text: string, n: number): LineSpan | null {
	// The first line starts after a byte order mark (a note saved as "UTF-8 with BOM"), which stays in front of it.
	const start = n === 0 && text.charCodeAt(0) === 0xfeff ? 1 : lineStart(text, n);
	return start < 0 ? null : { start, end: lineEnd(text, start) };
}

export function lineAt(text: string, n: number): string | null {
	const span = lineSpan(text, n);
	return span ? text.slice(span.start, span.end) : null;
}

/** Replaces line `n` with `edit(line)`; null when the line does not exist or `edit` declines. */
export function editLine(text: string, n: number, edit: (line: string) => string | null): string | null {
	const span = lineSpan(text, n);
	if (!span) return null;
	const next = edit(text.slice(span.start, span.end));
	if (next === null) return null;
	return text.slice(0, span.start) + next + text.slice(span.end);
}

const BLOCK_ID = /(\s\^[\w-]+)\s*$/;

/**
 * Puts `addition` at the end of a task line, before a `^block-id` if there is one. Spaces the line
 * ended with (two make a Markdown line break) stay at its end.
 */
function appendToTask(line: string, addition: string): string {
	const m = BLOCK_ID.exec(line);
	if (!m) {
		const head = line.trimEnd();
		return `${head} ${addition}${line.slice(head.length)}`;
	}
	const head = line.slice(0, m.index).trimEnd();
	return `${head} ${addition}${line.slice(m.index)}`;
}

/**
 * `- [ ] Call Anna` → `- [x] Call Anna ✅ 2026-11-27`, the way the Tasks plugin completes a task; a
 * Logseq task as Logseq completes one: `- TODO Call Anna` → `- DONE Call Anna`.
 */
export function completeTask(line: string, today: CalendarDay): string | null {
	const task = matchTaskLine(line);
	if (!task || !isOpenStatus(task.status)) return null;
	if (task.marker !== null) return completeLogseqLine(line, { ...task, marker: task.marker });
	const done = line.slice(0, task.statusOffset) + "x" + line.slice(task.statusOffset + 1);
	// A done date left on an open task (it was done, then unticked by hand) is set to today, as the Tasks plugin does;
	// one inside a link, inline code or struck out is text, not the task's.
	const m = DONE_FIELD.exec(fieldScan(done));
	if (!m) return appendToTask(done, `✅ ${today}`);
	const valueStart = m.index + (m[1] ?? "").length;
	return done.slice(0, valueStart) + today + done.slice(m.index + m[0].length);
}


const DONE_FIELD = /(✅\uFE0F?\s*)(\d{4}-\d{2}-\d{2})(?![\d\p{L}])/u;

/**
 * Completes a task as the Tasks plugin does, recurrence included: a task with `🔁 every week` gets
 * its next occurrence on a new line above the done one, dates moved on, written in Tasks' field
 * order (no block id, no created date). One line for a task that does not recur.
 */
export function completeTaskLines(line: string, today: CalendarDay): string[] | null {
	const done = completeTask(line, today);
	const task = matchTaskLine(line);
	if (done === null || !task) return null;
	// Logseq repeats a task by its SCHEDULED line's repeater (`.+1w`), not by a 🔁 rule on the line.
	if (task.marker !== null) return [done];
	const fields = readTasksLine(task.body);
	const rule = fields.recurrence ? parseRule(fields.recurrence) : null;
	if (!rule) return [done];
	// `(@Priya, due: 2026-12-02)`, as meeting importers write it: the task's due date when no field gives one, moved on in place.
	const parenDue = fields.due === null ? parenDueDay(fieldScan(task.body)) : null;
	const dates = rule.next(parenDue === null ? fields : { ...fields, due: parenDue }, today);
	// A rule with no occurrence left (its until day is past): the task is done, and that is all.
	if (dates === null) return [done];
	const marker = line.slice(task.prefix.length, task.statusOffset - 1);
	const next = `${task.prefix}${marker}[ ] ${writeTasksBody(fields, rule.text, parenDue === null ? dates : { ...dates, due: null })}`;
	return [parenDue === null || dates.due === null ? next : (setTaskDue(next, dates.due) ?? next), done];
}

/** A task block completed: its new lines, and what comes next when it repeats (a Tasks occurrence added above, or a Logseq task moved on to its next day). */
export interface Completion {
	lines: string[];
	next: { kind: "added" } | { kind: "moved"; day: CalendarDay } | null;
}

/**
 * Completes the task a block starts with (see `editTaskBlock`): `completeTaskLines` on its line, but a
 * Logseq task whose `SCHEDULED:` or `DEADLINE:` repeats (`.+1w`) stays open with its days moved on and
 * the completion in its logbook, as Logseq does it (`time`: now, `HH:mm:ss` or `HH:mm`, for the logbook),
 * and a Logseq task's running clock is stopped. Null when it is no open task.
 */
export function completeTaskBlock(block: readonly string[], today: CalendarDay, time: string): Completion | null {
	const line = block[0] ?? "";
	const task = matchTaskLine(line);
	if (!task || !isOpenStatus(task.status)) return null;
	// Done, a Logseq task's running clock stops, as Logseq's time tracking stops it.
	const clocked = task.marker === null ? block : clockOutLogseqBlock(block, today, time);
	if (task.marker !== null) {
		const repeated = completeRepeatingLogseqBlock(clocked, { ...task, marker: task.marker }, today, time.slice(0, 5));
		if (repeated) return { lines: repeated.lines, next: { kind: "moved", day: repeated.next } };
	}
	const lines = completeTaskLines(line, today);
	if (lines === null) return null;
	return { lines: [...lines, ...clocked.slice(1)], next: lines.length > 1 ? { kind: "added" } : null };
}

// An emoji date is its `YYYY-MM-DD` when something follows it at once (`📅2026-11-20⏫`): only the date is replaced.
const DUE_FIELDS = [
	new RegExp(String.raw`((?:📅|📆|🗓)\uFE0F?\s*)` + DATE_VALUE, "u"),
	/([[(]\s*due\s*::\s*)[^\])]*/i,
	/((?:^|\s)due\s*::\s*)\S+/i,
	// `(@Priya Natarajan, due: 2026-12-02)`, as meeting importers write it: the day after `due:` is moved.
	PAREN_DUE,
	new RegExp(String.raw`((?:⏳|⌛)\uFE0F?\s*)` + DATE_VALUE, "u"),
];

/**
 * Sets the due date of a task: rewrites `📅`, `[due:: ]`, `due::` or `(due: …)` where written, else adds
 * `📅 date`. A date inside a link or inline code (`[[2026-11-01 📅 notes]]`) is never rewritten.
 */
export function setTaskDue(line: string, due: CalendarDay): string | null {
	const task = matchTaskLine(line);
	if (!task) return null;
	// A struck-out date (`~~📅 2026-11-20~~`) is not the task's: the one after it is moved.
	const masked = fieldScan(line);
	for (const re of DUE_FIELDS) {
		const m = re.exec(masked);
		if (m) {
			const valueStart = m.index + (m[1] ?? "").length;
			return line.slice(0, valueStart) + due + line.slice(m.index + m[0].length);
		}
	}
	return appendToTask(line, `📅 ${due}`);
}

/**
 * The task an edit is meant for: where Rapport read it, and its text as read (dates left out). `saved`,
 * when given, is the note's text that line number was read from (the note as last saved, which the
 * index holds) while the text edited may hold more (an editor's unsaved typing).
 */
export interface TaskTarget {
	line: number;
	text: string;
	saved?: string;
}

export type TaskEditResult = { ok: true; text: string; line: number } | { ok: false; reason: "gone" | "ambiguous" };

type Found = { line: number } | { reason: "gone" | "ambiguous" };

/**
 * Finds the open task an edit names. Read from `saved` and edited in another text (the editor's):
 * the line where that saved line is now, unchanged; when it was changed (its date moved) or moved,
 * the one open task with its text among the lines that are new in the text, never a task that was
 * already elsewhere in the saved note. Otherwise: at its line if the text there is still that task's,
 * else the one open task with that text elsewhere in the note (the note changed since it was read).
 * Gone or ambiguous: nothing is changed and the reason is returned, so the caller can say so.
 */
export function findTask(text: string, target: TaskTarget): Found {
	const lines = splitLines(text);
	const open = openTaskLines(lines, target.text);
	const saved = target.saved === undefined || target.saved === text ? null : splitLines(target.saved);
	if (saved && openTaskLines(saved, target.text).includes(target.line)) return foundSince(saved, lines, open, target.line, target.text);
	if (open.includes(target.line)) return { line: target.line };
	return oneOf(open);
}

/** The lines of the open tasks with text `text` (dates left out); of the done and cancelled ones with `closed`. */
function openTaskLines(lines: readonly string[], text: string, closed = false): number[] {
	return scanBody(lines, frontmatterEnd(lines))
		.tasks.filter((t) => isOpenStatus(t.status) !== closed && t.text === text)
		.map((t) => t.line);
}

/**
 * The task on line `line` of `saved`, in `lines` (which hold `open` tasks with its text): see
 * `findTask`. A task with its text closed on a new line means it was done there (a recurring task
 * done a moment ago, not saved yet, left its next occurrence open on a new line): gone, so a second
 * click never completes the next occurrence too.
 */
function foundSince(saved: readonly string[], lines: readonly string[], open: readonly number[], line: number, text: string): Found {
	const kept = keptLines(saved, lines);
	const now = kept[line] ?? -1;
	if (now >= 0) return open.includes(now) ? { line: now } : { reason: "gone" };
	const old = new Set(kept);
	if (openTaskLines(lines, text, true).some((l) => !old.has(l))) return { reason: "gone" };
	return oneOf(open.filter((l) => !old.has(l)));
}

/**
 * Whether `text` already has an open task with the text of the task line `line` (dates aside, so the
 * same follow-up written on another day counts): a note read as the editor shows it, unsaved typing included.
 */
export function hasOpenTaskLike(text: string, line: string): boolean {
	const task = matchTaskLine(line);
	return task !== null && openTaskLines(splitLines(text), parseTaskBody(task.status, task.body).text).length > 0;
}

function oneOf(lines: readonly number[]): Found {
	if (lines.length === 1 && lines[0] !== undefined) return { line: lines[0] };
	return { reason: lines.length === 0 ? "gone" : "ambiguous" };
}

/**
 * Whether line `line` of `text` is an open task Rapport reads: a task-looking line in a code block, a
 * math block, a `%%` or HTML comment or the frontmatter is the user's text, never a task to edit.
 */
export function isOpenTaskAt(text: string, line: number): boolean {
	const lines = splitLines(text);
	return scanBody(lines, frontmatterEnd(lines)).tasks.some((t) => t.line === line && isOpenStatus(t.status));
}

/** Applies `edit` to the task `target` names; its lines replace the task's, with the line's own ending between them. */
export function editTask(text: string, target: TaskTarget, edit: (line: string) => string | readonly string[] | null): TaskEditResult {
	const found = findTask(text, target);
	if ("reason" in found) return { ok: false, reason: found.reason };
	const span = lineSpan(text, found.line);
	if (!span) return { ok: false, reason: "gone" };
	const next = edit(text.slice(span.start, span.end));
	if (next === null) return { ok: false, reason: "gone" };
	const eol = lineEndingNear(text, span.end);
	const replacement = typeof next === "string" ? next : next.join(eol);
	return { ok: true, text: text.slice(0, span.start) + replacement + text.slice(span.end), line: found.line };
}

/**
 * Applies `edit` to the block of the task `target` names: its line, and for a Logseq task the lines of
 * its block under it (properties, `SCHEDULED:`, `DEADLINE:`, logbook). The lines `edit` returns
 * replace the block, each line kept or rewritten with its own line ending, a new line with the one of
 * the line above it.
 */
export function editTaskBlock(text: string, target: TaskTarget, edit: (block: readonly string[]) => readonly string[] | null): TaskEditResult {
	const found = findTask(text, target);
	if ("reason" in found) return { ok: false, reason: found.reason };
	const lines = splitLines(text);
	lines[0] = withoutBom(lines[0] ?? "");
	const task = matchTaskLine(lines[found.line] ?? "");
	const first = lineSpan(text, found.line);
	if (!task || !first) return { ok: false, reason: "gone" };
	const length = task.marker === null ? 1 : logseqBlockLength(lines.slice(found.line), task);
	const last = lineSpan(text, found.line + length - 1) ?? first;
	const next = edit(lines.slice(found.line, found.line + length));
	if (next === null) return { ok: false, reason: "gone" };
	// Each line keeps its own break (CRLF and LF mixed, a lone CR), a new line the one above it.
	return { ok: true, text: text.slice(0, first.start) + joinKeepingBreaks(lines.slice(found.line, found.line + length), blockBreaks(text, first.start, length), next) + text.slice(last.end), line: found.line };
}

/** The line breaks after each of the `count` lines from offset `start`, as written; where the note ends, the one above (else the note's). */
function blockBreaks(text: string, start: number, count: number): string[] {
	const breaks: string[] = [];
	for (let at = start, i = 0; i < count; i++) {
		const end = lineEnd(text, at);
		const brk = breakAt(text, end);
		breaks.push(brk || (breaks[breaks.length - 1] ?? lineEndingNear(text, start)));
		at = end + brk.length;
	}
	return breaks;
}

/** A task's block with its date moved to `due`: `setTaskDue` on a Markdown task's line, the Logseq day line of a Logseq task. */
export function snoozeTaskBlock(block: readonly string[], due: CalendarDay): string[] | null {
	const line = block[0] ?? "";
	const task = matchTaskLine(line);
	if (!task) return null;
	if (task.marker !== null) return snoozeLogseqBlock(block, task, due);
	const next = setTaskDue(line, due);
	return next === null ? null : [next, ...block.slice(1)];
}

/**
 * Appends a dated log line (`- 2026-11-27 Coffee`) at the end of a note, which Rapport reads as an
 * interaction with the person. Keeps the note's line endings and its trailing newline habit. A note
 * that ends inside a code block, comment or Rapport section never closed (`%% private` at the end
 * hides the rest of the note) gets the line just before where that opens, where it is seen and read.
 */
export function appendLogLine(text: string, day: CalendarDay, what: string): string {
	const eol = lineEndingNear(text, text.length);
	const line = `- ${day}${what.trim() === "" ? "" : ` ${what.trim()}`}`;
	if (text.replace(/^\uFEFF/, "") === "") return text + line + eol;
	const lines = splitLines(text);
	const hidden = hiddenTailStart(lines, frontmatterEnd(lines));
	const span = hidden === null ? null : lineSpan(text, hidden);
	if (span) {
		const at = hidden === 0 && text.startsWith("\uFEFF") ? 1 : span.start;
		const ending = breakAt(text, span.end) || eol;
		return text.slice(0, at) + line + ending + text.slice(at);
	}
	return endsWithBreak(text) ? text + line + eol : text + eol + line;
}
