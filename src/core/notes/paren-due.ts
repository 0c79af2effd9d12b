import { type CalendarDay, parseDay } from "../dates/dates";

/*
 * A due date written in words inside a task's parentheses, as meeting importers write action items:
 * `- [ ] Draft the runbook (@Priya Natarajan, due: 2026-12-02)` in a meeting note, `(due: 2026-12-02)` in the
 * person's note (pattynextdoor/meetingmind). Read after the Tasks plugin's `📅` and Dataview's `[due:: ]`.
 * Every pattern starts at a literal `(` or `,`/`;` and runs in time proportional to the line.
 */

/** `(due: 2026-12-02)`, `(@Priya, due: 2026-12-02)`, `(due: 2026-12-02, high)`: the day after `due:` that opens the parentheses or follows a comma in them. */
export const PAREN_DUE = /(\((?:[^()\n]*?[,;]\s*)?due\s*:\s*)(\d{4}-\d{2}-\d{2})(?![\d\p{L}])/iu;

/** The item separator before `due:` in what `PAREN_DUE` read before the day: `, due: ` of `(@Priya, due: `. */
const ITEM_BEFORE_DUE = /[,;]\s*due\s*:\s*$/iu;
/** What follows a due date that ends its parentheses (`)`) or comes before another item (`, high)`). */
const CLOSE_AFTER = /^\s*\)/u;
const ITEM_AFTER = /^\s*[,;]\s*/u;
const END_OF_ITEM = /^\s*[),;]/u;

/** The due day a task's text (links and comments masked) writes in its parentheses, or null (also for a day that does not exist). */
export function parenDueDay(scan: string): CalendarDay | null {
	const raw = parenDueText(scan);
	return raw === null ? null : parseDay(raw);
}

/** The due day as written in a task's parentheses (`2026-12-02`, or `2026-02-30`, no day), or null when none is. */
export function parenDueText(scan: string): string | null {
	if (!/due/i.test(scan)) return null;
	return PAREN_DUE.exec(scan)?.[2] ?? null;
}

/**
 * A task's text without the due date `parenDueDay` reads in `masked` (the text with links, inline code, struck-out
 * spans and comments masked, same offsets): `Draft the runbook (@Priya Natarajan)`, `Draft the runbook`. Only that one
 * is taken out: a `(due: …)` in inline code or a comment, or a second one after it, stays as written.
 */
export function withoutParenDue(text: string, masked: string): string {
	const m = /due/i.test(masked) ? PAREN_DUE.exec(masked) : null;
	if (m === null) return text;
	const open = m.index;
	const dateEnd = m.index + m[0].length;
	const rest = masked.slice(dateEnd);
	const item = ITEM_BEFORE_DUE.exec(m[1] ?? "");
	// `(@Priya, due: 2026-12-02)`: the item before it stays, `, due: 2026-12-02` goes.
	if (item !== null) return END_OF_ITEM.test(rest) ? text.slice(0, open + item.index) + text.slice(dateEnd) : text;
	// `(due: 2026-12-02)` alone goes whole.
	const close = CLOSE_AFTER.exec(rest);
	if (close !== null) return (text.slice(0, open) + " " + text.slice(dateEnd + close[0].length)).replace(/\s+/g, " ").trim();
	// `(due: 2026-12-02, high)` keeps `(high)`.
	const next = ITEM_AFTER.exec(rest);
	return next === null ? text : text.slice(0, open + 1) + text.slice(dateEnd + next[0].length);
}
