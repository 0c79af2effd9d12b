import { type CalendarDay, parseDay } from "../dates/dates";

/*
 * A due date written in words inside a task's parentheses, as meeting importers write action items:
 * `- [ ] Draft the runbook (@Priya Natarajan, due: 2026-12-02)` in a meeting note, `(due: 2026-12-02)` in the
 * person's note (pattynextdoor/meetingmind). Read after the Tasks plugin's `📅` and Dataview's `[due:: ]`.
 * Every pattern starts at a literal `(` or `,`/`;` and runs in time proportional to the line.
 */

/** `(due: 2026-12-02)`, `(@Priya, due: 2026-12-02)`, `(due: 2026-12-02, high)`: the day after `due:` that opens the parentheses or follows a comma in them. */
export const PAREN_DUE = /(\((?:[^()\n]*?[,;]\s*)?due\s*:\s*)(\d{4}-\d{2}-\d{2})(?![\d\p{L}])/iu;

/** The parentheses hold the due date alone: `(due: 2026-12-02)`, removed whole from the task's text. */
const ALONE = /\(\s*due\s*:\s*\d{4}-\d{2}-\d{2}\s*\)/iu;
/** The due date after another item: `, due: 2026-12-02` before `)` or the next item. */
const AFTER_ITEM = /[,;]\s*due\s*:\s*\d{4}-\d{2}-\d{2}(?=\s*[),;])/iu;
/** The due date first, before another item: `(due: 2026-12-02, high)` keeps `(high)`. */
const BEFORE_ITEM = /\(\s*due\s*:\s*\d{4}-\d{2}-\d{2}\s*[,;]\s*/iu;

/** The due day a task's text (links and comments masked) writes in its parentheses, or null (also for a day that does not exist). */
export function parenDueDay(scan: string): CalendarDay | null {
	if (!/due/i.test(scan)) return null;
	const m = PAREN_DUE.exec(scan);
	return m?.[2] === undefined ? null : parseDay(m[2]);
}

/** A task's text without the due date `parenDueDay` read: `Draft the runbook (@Priya Natarajan)`, `Draft the runbook`. */
export function withoutParenDue(text: string): string {
	if (ALONE.test(text)) return text.replace(ALONE, " ").replace(/\s+/g, " ").trim();
	if (AFTER_ITEM.test(text)) return text.replace(AFTER_ITEM, "");
	return text.replace(BEFORE_ITEM, "(");
}
