import type { CalendarDay } from "../dates/dates";
import { matchTaskLine } from "../notes/tasks";

/**
 * Minimal edits of a note's text: each changes one line (or appends one) and leaves every other
 * byte as it was: line endings (LF, CRLF, mixed), BOM, trailing newline. Null when there is nothing
 * to change there (the line moved, or is not a task any more), so the caller can say so.
 */

interface LineSpan {
	start: number;
	end: number;
}

/** Where line `n` (0-based) sits in `text`, its line ending excluded. */
function lineSpan(text: string, n: number): LineSpan | null {
	let start = 0;
	for (let i = 0; i < n; i++) {
		const nl = text.indexOf("\n", start);
		if (nl < 0) return null;
		start = nl + 1;
	}
	let end = text.indexOf("\n", start);
	if (end < 0) end = text.length;
	if (end > start && text[end - 1] === "\r") end--;
	return { start, end };
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

/** Puts `addition` at the end of a task line, before a `^block-id` if there is one. */
function appendToTask(line: string, addition: string): string {
	const m = BLOCK_ID.exec(line);
	if (!m) return `${line.trimEnd()} ${addition}`;
	const head = line.slice(0, m.index).trimEnd();
	return `${head} ${addition}${line.slice(m.index)}`;
}

/** `- [ ] Call Anna` → `- [x] Call Anna ✅ 2026-11-27`, the way the Tasks plugin completes a task. */
export function completeTask(line: string, today: CalendarDay): string | null {
	const task = matchTaskLine(line);
	if (!task || (task.status !== " " && task.status !== "/")) return null;
	const done = line.slice(0, task.statusOffset) + "x" + line.slice(task.statusOffset + 1);
	return /✅\uFE0F?\s*\d{4}-\d{2}-\d{2}/u.test(done) ? done : appendToTask(done, `✅ ${today}`);
}

/** Sets the due date of a task: rewrites `📅`, `[due:: ]` or `due::` where written, else adds `📅 date`. */
export function setTaskDue(line: string, due: CalendarDay): string | null {
	const task = matchTaskLine(line);
	if (!task) return null;
	const emoji = /((?:📅|📆|🗓)\uFE0F?\s*)\S+/u;
	if (emoji.test(line)) return line.replace(emoji, `$1${due}`);
	const bracketed = /([[(]\s*due\s*::\s*)[^\])]*/i;
	if (bracketed.test(line)) return line.replace(bracketed, `$1${due}`);
	const bare = /((?:^|\s)due\s*::\s*)\S+/i;
	if (bare.test(line)) return line.replace(bare, `$1${due}`);
	const scheduled = /(⏳\uFE0F?\s*)\S+/u;
	if (scheduled.test(line)) return line.replace(scheduled, `$1${due}`);
	return appendToTask(line, `📅 ${due}`);
}

/**
 * Appends a dated log line (`- 2026-11-27 Coffee`) at the end of a note, which Rapport reads as an
 * interaction with the person. Keeps the note's line endings and its trailing newline habit.
 */
export function appendLogLine(text: string, day: CalendarDay, what: string): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const line = `- ${day}${what.trim() === "" ? "" : ` ${what.trim()}`}`;
	if (text.replace(/^\uFEFF/, "") === "") return text + line + eol;
	return /\n$/.test(text) ? text + line + eol : text + eol + line;
}
