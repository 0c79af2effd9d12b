import type { CalendarDay } from "../dates/dates";
import { parseWithFormat } from "../dates/moment-format";
import { basename } from "../shared/text";

/** A name as Roam titles its daily pages, `November 20th, 2026` (also `Nov 20th, 2026`, as Logseq titles a journal page). */
const ROAM_DAY_NAME = /^\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th), \d{4}$/u;

/**
 * The day of a daily page as Roam's Markdown export names it (`November 20th, 2026.md`, anywhere: the export is
 * one flat folder); null for any other name.
 */
export function roamDayPage(path: string): CalendarDay | null {
	const name = basename(path);
	if (!ROAM_DAY_NAME.test(name)) return null;
	return parseWithFormat(name, "MMMM Do, YYYY") ?? parseWithFormat(name.replace(".", ""), "MMM Do, YYYY");
}
