/*
 * A daily note's list of the day's meetings under a plural heading (`## Meetings`, `## 📅 Today's meetings`, `# Calls`,
 * Italian `## Riunioni`, `## Appuntamenti di oggi`), as daily note templates head them: each line of the list right under it
 * (`- 10:00 Call with Dana`, `1. Pranzo con Livia`, `14:00 Sync - Kofi`) is read as a meeting's heading is (see
 * `dailyMeetingContacts`). Not a heading for another day (`## Meetings tomorrow`: a section of plans, or no list).
 */

/** Longer than a heading or a line of such a list can be: none to read past it. */
const LONGEST = 255;

/** The plural words of meeting such a heading is made of (`meetings`, `calls`, Italian `riunioni`). */
const LIST_WORDS =
	String.raw`(?:meetings|calls|appointments|1[:-]1s|one[\s-]on[\s-]ones|syncs|catch[\s-]?ups|` +
	String.raw`riunioni|incontri|chiamate|appuntamenti|besprechungen|reuniones|citas|r[eé]unions|rendez-vous)`;

/** A plural heading of the day's meetings, emoji and bold left out by the caller. */
const MEETING_LIST = new RegExp(
	String.raw`^(?:(?:today['’]s|my|the|day['’]s)[ \t]+)?${LIST_WORDS}` +
		String.raw`(?:[ \t]+(?:today|of[ \t]+the[ \t]+day|di[ \t]+oggi|del[ \t]+giorno|oggi|heute))?[\s:.!]*$`,
	"iu",
);

/** A plural heading of the meetings of the day before (`Yesterday's meetings`, `Meetings yesterday`, Italian `Riunioni di ieri`). */
const YESTERDAY_LIST = new RegExp(
	String.raw`^(?:yesterday['’]s[ \t]+${LIST_WORDS}|${LIST_WORDS}[ \t]+(?:(?:of[ \t]+)?yesterday|(?:di[ \t]+)?ieri|(?:von[ \t]+)?gestern|(?:de[ \t]+)?ayer))[\s:.!]*$`,
	"iu",
);

/** Emoji, bullets and other marks before a heading's words (`📅 Meetings`). */
const LEADING_MARKS = /^[^\p{L}\p{N}[]+/u;

/**
 * Whose day the list a heading heads holds meetings of: 0 for the note's day (`Meetings`, `📅 Today's meetings`, `**Riunioni
 * di oggi**`), 1 for the day before (`Yesterday's meetings`, `Riunioni di ieri`), null for a heading of no such list.
 */
export function meetingListDaysBefore(heading: string): 0 | 1 | null {
	if (heading.length > LONGEST) return null;
	const words = heading.replace(/\*/g, "").replace(LEADING_MARKS, "").trim();
	return MEETING_LIST.test(words) ? 0 : YESTERDAY_LIST.test(words) ? 1 : null;
}

/** Whether a heading heads a list of meetings, the day's or the day before's (see `meetingListDaysBefore`). */
export function headsMeetingList(heading: string): boolean {
	return meetingListDaysBefore(heading) !== null;
}

/** A list's mark at the start of a line: `- `, `* `, `+ `, `1. `, `2) `, and a task's box ticked done (`- [x] `). */
const LIST_MARK = /^(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[xX]\][ \t]+)?/u;

/** The words of a line of such a list, its list mark left out (`- 10:00 Call with Dana` → `10:00 Call with Dana`), or null past `LONGEST`. */
export function meetingListLineWords(line: string): string | null {
	return line.length > LONGEST ? null : line.replace(LIST_MARK, "").trim();
}
