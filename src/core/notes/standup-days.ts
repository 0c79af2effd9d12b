import { addDays, type CalendarDay, partsOf } from "../dates/dates";
import { weekdayOf } from "../dates/locale-week";
import type { BodyScan } from "./markdown";

/*
 * The day a daily note's "yesterday" stands for (`## Yesterday`, `## Ieri`, `Recap of yesterday's call with Dana`). In a
 * stand-up (`# Daily standup` as the note's first heading or over its `## Yesterday`, a `## Blockers` section, `## What I did yesterday`, a note kept under `Standups/`), yesterday is
 * the last working day: on a Monday, Friday, as the stand-up's first question means it. In a journal, it is the day before.
 * A note of a Monday (or a Sunday) that has the stand-up's shape, yesterday's and today's sections, but says nothing else of
 * a stand-up, may mean either: its yesterday is no day (better no day than the wrong one).
 */

/** A stand-up's name (`Standup`, `Stand-up`, `Daily scrum`, `Scrum`), in a heading or in the note's path. */
const STANDUP_NAME = /(?:^|[^\p{L}])(?:stand[ \t_-]?ups?|(?:daily[ \t_-]+)?scrum)(?![\p{L}])/iu;

/**
 * A stand-up's own sections: its blockers (`## Blockers`, `## Impediments`, Italian `## Bloccanti`, `## Impedimenti`) or its
 * first question (`## What I did yesterday`, `## What did you do yesterday?`, Italian `## Cosa ho fatto ieri`).
 */
const STANDUP_SECTION = new RegExp(
	String.raw`^(?:(?:any[ \t]+)?(?:blockers?|blocked|impediments?|obstacles?)(?:[ \t]*(?:\/|and|&)[ \t]*(?:help(?:[ \t]+needed)?|questions?|risks?|issues?))?|blocchi|bloccanti|impediment[oi]|ostacoli|` +
		String.raw`what[ \t]+(?:i|did[ \t]+(?:i|you))[ \t]+(?:did|do|worked[ \t]+on)[ \t]+yesterday|(?:che[ \t]+)?cosa[ \t]+ho[ \t]+fatto[ \t]+ieri)[\s:?.!]*$`,
	"iu",
);

/** A section of the day before (`Yesterday`, `Ieri`, `Gestern`, `Yesterday's notes`). */
const YESTERDAY_SECTION = /^(?:yesterday(?:['’]s)?|ieri|gestern|ayer)(?:[ \t]+[\p{L}]+)?[\s:.!]*$/iu;

/** A section of the note's own day (`Today`, `Oggi`, `Heute`, `Hoy`, `Today's plan`). */
const TODAY_SECTION = /^(?:today(?:['’]s)?|oggi|heute|hoy)(?:[ \t]+[\p{L}]+)?[\s:.!]*$/iu;

/** Longer than a heading can be: none to read past it. */
const LONGEST_HEADING = 255;

/** A heading's words, bold, emoji and numbering left out (`## 🚧 **Blockers**`, `### 1. What I did yesterday`). */
function headingWords(text: string): string {
	return text.replace(/\*/g, "").replace(/^[^\p{L}]+/u, "").trim();
}

/** How many days back the last working day (Monday to Friday) before a day of the week (0 Sunday) is. */
function daysBackToWorkingDay(weekday: number): number {
	return weekday === 1 ? 3 : weekday === 0 ? 2 : 1;
}

/**
 * The day a daily note's "yesterday" stands for (see above): the last working day in a stand-up, the day before in a journal,
 * null in a note of a Monday or a Sunday that could be either.
 */
export function yesterdayOfNote(headings: BodyScan["headings"], day: CalendarDay, path: string): CalendarDay | null {
	const [y, m, d] = partsOf(day);
	const weekday = weekdayOf(y, m, d);
	if (weekday !== 0 && weekday !== 1) return addDays(day, -1);
	let yesterday = false;
	let today = false;
	// The level of the open heading that names a stand-up (`# Daily standup`), while its section lasts; null outside one.
	let standupLevel: number | null = null;
	for (const [i, h] of headings.entries()) {
		if (standupLevel !== null && h.level <= standupLevel) standupLevel = null;
		if (h.text.length > LONGEST_HEADING) continue;
		const words = headingWords(h.text);
		const ofYesterday = YESTERDAY_SECTION.test(words);
		if (STANDUP_SECTION.test(words) || (standupLevel !== null && ofYesterday)) return addDays(day, -daysBackToWorkingDay(weekday));
		// A stand-up's name is the note's when it is its first heading (its title) or holds its yesterday: a journal's
		// `### 09:30 Standup` or `### Call with Dana about the standup` later in the day is one of the day's meetings.
		if (STANDUP_NAME.test(words)) {
			if (i === 0) return addDays(day, -daysBackToWorkingDay(weekday));
			standupLevel = h.level;
		}
		yesterday ||= ofYesterday;
		today ||= TODAY_SECTION.test(words);
	}
	if (STANDUP_NAME.test(path)) return addDays(day, -daysBackToWorkingDay(weekday));
	return yesterday && today ? null : addDays(day, -1);
}
