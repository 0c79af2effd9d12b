import { type CalendarDay, partsOf } from "../dates/dates";
import { weekdayOf } from "../dates/locale-week";
import { makeRef } from "./frontmatter-values";
import type { BodyScan } from "./markdown";
import type { ContactRef } from "./parsed-note";
import { namesInMeetingTitle, saysItDidNotHappen } from "./title-names";
import { headsMeetingList, meetingListDaysBefore, meetingListLineWords } from "./meeting-lists";
import { MEETING_WORDS } from "./meeting-words";
import { yesterdayOfNote } from "./standup-days";
import { daysBeforeOfHeading, daysBeforeOfSection, isSubjectAfterPeople } from "./yesterday-headings";

/*
 * Meetings written inside a daily note, one heading each, as daily note templates and the scripts that fill them from a
 * calendar write them (often under a `## Meetings` heading): `### Meeting with [[Anna]]`, `### 10:00 Call with Dana`,
 * `## Lunch with Marco Rossi`, Italian `### 15:30 Caffè con Livia`, or a template's `## Meeting - <topic>` with an
 * `Attendees:` line under it. The people such a heading names, and those its attendees lines name, met the note's author
 * on the daily note's day, or the day before for a heading of yesterday's (`## Recap of yesterday's call with Dana`, see
 * `yesterday-headings.ts`): each counts only as the one person so named (a name no person has, or two people share, is
 * passed over without a word). A link anywhere in a daily note is a mention of its day already (see `readContacts`).
 */

/** Longer than a heading of a meeting can be: no heading to read past it. */
const LONGEST_HEADING = 255;

/** A time of day: `10:00`, `9.30`, `10h30`, `2:30 PM`, `9am`. */
const TIME = String.raw`\d{1,2}(?:[:.h]\d{2}(?:[ \t]?[ap]\.?m\.?)?|[ \t]?[ap]\.?m\.?)(?![\p{L}\d])`;

/** A time or a span of time opening a heading (`10:00`, `14:00 – 14:30`, `9am to 10am`), with what separates it from the rest. */
const LEADING_TIME = new RegExp(String.raw`^${TIME}(?:[ \t]*(?:[-–—]|to|bis|alle|à)[ \t]*${TIME})?(?:[ \t]*[-–—:|][ \t]*|[ \t]+|$)`, "iu");

/** Emoji, bullets and other marks before a heading's words (`📞 Call with Dana`, `🗓️ 10:00 Sync`). */
const LEADING_MARKS = /^[^\p{L}\p{N}[]+/u;

/** Tags and emoji after a heading's words (`Call with Dana #meeting`, `Drinks with Kofi 🍻`, `Call with Anna 📞 #call`). */
const TRAILING_TAGS_AND_EMOJI = /(?:[ \t]+#[\p{L}\p{N}_/-]+|[ \t]*[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+)+[ \t]*$/u;

/** A word of meeting anywhere in a heading. */
const MEETING_WORD = new RegExp(String.raw`(?:^|[^\p{L}])${MEETING_WORDS}`, "iu");

/** A line of a list of meetings that opens with a time or a word of meeting (`10:00 Call with Dana`, `Lunch with Marco`). */
const OPENS_MEETING = new RegExp(String.raw`^(?:${TIME}|${MEETING_WORDS})`, "iu");

/**
 * A heading that plans or prepares a meeting instead of recording one (`Schedule a meeting with Dana`, `Book lunch with Marco`,
 * `Questions for the call with Kofi`, `Next 1:1 with Anna`, `TODO: call with Ben`, Italian `Fissare pranzo con Livia`,
 * `Domande per la riunione con Dana`): a daily note lists those before they happen, so its day is no day they met.
 */
const PLANS_IT = new RegExp(
	String.raw`^(?:to[\s-]?do|todo|schedule|book|plan|arrange|organi[sz]e|set\s+up|propose|request|ask\s+for|next|upcoming|` +
		String.raw`(?:questions?|ideas?|topics?|agenda|notes?|prep|prepare|preparation)\s+for|` +
		String.raw`fissare|organizzare|prenotare|programmare|pianificare|preparare|preparazione|domande\s+per|idee\s+per|argomenti\s+per|prossim[oa]|da\s+fare|` +
		String.raw`planen|vorbereiten|vorbereitung|n[aä]chste[snrm]?|programar|preparar|pr[oó]xim[oa]|planifier|pr[eé]parer|prochaine?|` +
		String.raw`remind(?:er)?|promemoria|ricord(?:a|are|arsi)|erinnerung|recordatorio|rappel|reschedule|cancel|tentative|potential|possible|maybe|` +
		String.raw`(?:tasks?|agenda|prep|later)[ \t]*:|prepping|preparing|waiting\s+for|coming\s+up|future|must|need\s+to|try\s+to|want\s+to|` +
		// Tomorrow, written first (German `Morgen` only before a colon or a dash: it is also the morning).
		String.raw`tomorrow|domani|ma[nñ]ana|demain|morgen(?=[ \t]*(?::|[-–—][ \t]))|` +
		// An unticked to-do written as a heading: `### [ ] Call with Kofi`.
		String.raw`\[[ \t]?\])(?![\p{L}])`,
	"iu",
);

/**
 * Meetings still to make, as a heading of to-dos names them after the word of meeting (`Calls to make with Dana and Marco`,
 * `Meetings to schedule with Kofi`, Italian `Riunioni da fissare con Livia`, `Chiamate da fare con Anna`): not held yet.
 */
const STILL_TO_MAKE = new RegExp(
	String.raw`(?:^|[^\p{L}])(?:to[ \t]+(?:make|schedule|book|set[ \t]+up|arrange|plan|return|organi[sz]e)|` +
		String.raw`da[ \t]+(?:fare|fissare|organizzare|prenotare|programmare|richiamare))(?![\p{L}])`,
	"iu",
);

/**
 * A daily note's meeting heading that says it was not held or not yet settled (`Lunch with Marco (declined)`, `Skipped: call
 * with Kofi`, `11:00 Call with Dana - tentative`), or set for a later day (`Coffee with Anna, tomorrow`): no day they met.
 */
const NOT_HELD = new RegExp(
	String.raw`(?:^|[^\p{L}])(?:skipped|declined|tentative|missed|no\s+answer|unanswered|voicemail|tbc|tbd|to be confirmed|did\s?n[o']?t\s+happen|not\s+happening|da\s+confermare|abgelehnt|ausgefallen|cancelad[oa]|aplazad[oa])(?![\p{L}])|` +
		// Still to do, written after it: `Call with Ben - todo`, `Chiamata con Livia (da fare)`, `Lunch with Marco [ ]`.
		String.raw`(?:^|[^\p{L}])(?:to[\s-]?do|da\s+fare)[^\p{L}\p{N}]*$|\[[ 	]?\][^\p{L}\p{N}]*$|` +
		// Still unsure, said at its end: `Call with Kofi (maybe)`, `— awaiting confirmation`, `[pending]`, Italian `, forse` (not `about pending invoices`).
		String.raw`(?:^|[^\p{L}])(?:maybe|perhaps|unconfirmed|not\s+confirmed|awaiting(?:\s+confirmation)?|pending|forse|non\s+confermat[oa]|in\s+attesa(?:\s+di\s+conferma)?)[^\p{L}\p{N}]*$|` +
		// Not a subject about tomorrow: `Meeting with Ben re: tomorrow`.
		String.raw`(?:^|[^\p{L}])(?<!(?:^|[^\p{L}])(?:re|about|regarding|for|su|per|über|sur|pour):?[ \t]+)(?:tomorrow|next\s+week|domani|demain)[^\p{L}\p{N}]*$`,
	"iu",
);

/**
 * Whether a meeting's words say it was not held (`NOT_HELD`). Not a surname that is also a status (`Call with Pat Pending`,
 * `Coffee with Tom Todo`): one capitalized word at the end, right after a capitalized word of the name, with no mark between.
 */
function saysNotHeld(words: string): boolean {
	const m = NOT_HELD.exec(words);
	if (m === null) return false;
	const word = m[0].replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
	if (m.index + m[0].length !== words.length || !/^\p{Lu}\p{Ll}+$/u.test(word)) return true;
	return !/\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$/u.test(words.slice(0, words.lastIndexOf(word)));
}

/**
 * Moved to another day: `Call with Kofi - moved to Friday`, `pushed to next week`, Italian `spostato a lunedì` (not `who moved
 * to Milan`); see `movedAway`.
 */
const MOVED = new RegExp(
	String.raw`(?:^|[^\p{L}])(?:(?:moved|pushed|bumped|shifted)(?:[ \t]+back)?[ \t]+to|spostat[oa][ \t]+(?:a|al|alla|all['’])|rinviat[oa][ \t]+a)[ \t]*` +
		String.raw`(?:(?:next|the|la|il)[ \t]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next|later|week|luned|marted|mercoled|gioved|venerd|sabato|domenica|domani|prossim|settimana|\d)`,
	"iu",
);

/**
 * Whether a meeting's words say it moved to another day (`MOVED`): set apart as its status (`- moved to Friday`, `(moved
 * to Friday)`, `, spostato a lunedì`), or not inside a subject after its people (`Call with Kofi about the launch moved to Friday`).
 */
function movedAway(words: string): boolean {
	const m = MOVED.exec(words);
	if (m === null) return false;
	const before = words.slice(0, m.index + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0)).trimEnd();
	return STATUS_MARK.test(before) || !isSubjectAfterPeople(words, m.index, false);
}

/** What sets a status apart at the end of a meeting's words: a dash, a parenthesis, a bracket, a comma, a semicolon, a colon or a bar. */
const STATUS_MARK = /[-–—([,;:|]$/u;

/**
 * A daily note's section of plans (`## Tomorrow`, `## Plan for tomorrow`, `## Upcoming`, `# To do`, `## Next week`, Italian
 * `## Domani`, `## Da fare`): the meetings under its heading are still to come. Not German `Morgen` or Spanish `Mañana`,
 * which are also the morning's section.
 */
const PLANS_SECTION = new RegExp(
	String.raw`^(?:(?:plans?|planning|agenda|prep)\s+for\s+)?(?:tomorrow|next\s+week|the\s+week\s+ahead|upcoming(?:\s+(?:meetings|calls|events))?|` +
		String.raw`to[\s-]?dos?|todo|tasks?|backlog|later|someday|domani|da\s+fare|cose\s+da\s+fare|(?:la\s+)?prossima\s+settimana|` +
		String.raw`n[aä]chste\s+woche|aufgaben|pendientes|tareas|demain|[àa]\s+faire|(?:la\s+)?semaine\s+prochaine)[\s:.!]*$`,
	"iu",
);

/** A section heading's words, bold and leading emoji left out (`## 📅 Upcoming`, `## **To do**`). */
function sectionWords(heading: string): string {
	return heading.replace(/\*/g, "").replace(LEADING_MARKS, "").trim();
}

/**
 * How many days before the note's day the meetings of the section a heading opens were held: null for a section of plans
 * (`PLANS_SECTION`) or of an earlier time it does not pin down (`## Last week`), 1 for `## Yesterday`, else 0.
 */
function sectionDaysBefore(heading: string): 0 | 1 | null {
	if (heading.length > LONGEST_HEADING) return 0;
	const words = sectionWords(heading);
	if (PLANS_SECTION.test(words)) return null;
	// A list of yesterday's meetings (`## Meetings yesterday`) is a section of the day before too: a link in it counts then.
	return meetingListDaysBefore(heading) === 1 ? 1 : daysBeforeOfSection(words);
}

/** A meeting a daily note's heading stands for: the names it gives, and how many days before the note's day it was held. */
interface HeadingMeeting {
	names: string[];
	daysBefore: 0 | 1;
}

/**
 * The meeting a daily note's heading stands for (`10:00 Call with Dana`: `Dana`; `Meeting - roadmap`: no names; `Recap of
 * yesterday's call with Dana`: `Dana`, the day before), or null when it is no meeting: no time opens it and no word of
 * meeting is in it, or it says the meeting did not take place (`Call with Dana (cancelled)`, struck through, `NOT_HELD`),
 * only plans it (`PLANS_IT`) or was held at an earlier time it does not pin down (`last week's call with Dana`).
 */
function meetingOfHeading(heading: string, weekday: number): HeadingMeeting | null {
	if (heading.length > LONGEST_HEADING || heading.includes("~~")) return null;
	const plain = heading.replace(/\*/g, "").replace(LEADING_MARKS, "").replace(TRAILING_TAGS_AND_EMOJI, "");
	const time = LEADING_TIME.exec(plain);
	const rest = (time === null ? plain : plain.slice(time[0].length)).trim();
	if (rest === "" || saysItDidNotHappen(rest) || PLANS_IT.test(rest) || saysNotHeld(rest) || movedAway(rest) || STILL_TO_MAKE.test(rest)) return null;
	if (time === null && !MEETING_WORD.test(rest)) return null;
	const daysBefore = daysBeforeOfHeading(rest, weekday);
	if (daysBefore === null) return null;
	const names = namesInMeetingTitle(rest);
	if (names.length > 0) return { names, daysBefore };
	// A full name alone after the time or a word of meeting (`14:00 Dana Evans`, `Meeting: Kofi Mensah`, `Call - Ben Cho`).
	const whole = time === null ? rest.replace(LEADING_MEETING_WORD, "") : rest;
	return { names: (time !== null || whole !== rest) && FULL_NAME.test(whole) ? [whole] : names, daysBefore };
}

/** A word of meeting opening a heading, and the colon or dash after it: `Meeting: `, `Call - `, `1:1 – `. */
const LEADING_MEETING_WORD = /^(?:meeting|call|sync|1\s?[:-]\s?1|1on1|chat|catch[\s-]?up|check[\s-]?in|coffee|lunch|dinner|interview|incontro|riunione|chiamata|pranzo|cena|caff[eè]|besprechung|treffen|termin|reuni[oó]n|llamada|r[eé]union|appel)[ \t]*(?::|[-–—|])[ \t]*/iu;

/** A full name: two to four words of letters (`Dana Evans`, `Anna De Luca`); whether a person has it is for the index to say. */
const FULL_NAME = /^\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*){1,3}$/u;

/** The lines a heading's section spans: from its line to the next heading of its level or above (`end` excluded). */
interface Span {
	from: number;
	end: number;
	/** How many days before the note's day its meeting was held (`HeadingMeeting.daysBefore`). */
	daysBefore: 0 | 1;
}

/** What a daily note's meetings give: the people they name by plain name, and whether a line was written of the day before. */
export interface DailyMeetings {
	contacts: ContactRef[];
	/** Whether a line lies under a heading of yesterday's meeting or in a section of the day before (`## Yesterday`). */
	heldTheDayBefore: (line: number) => boolean;
	/** The day the note's yesterday stands for (`yesterdayOfNote`: a stand-up's is the last working day), null when it may be two. */
	dayBefore: CalendarDay | null;
}

/**
 * The people a daily note's meetings name by plain name, as mentions on its day: the names of each meeting heading (not
 * when the note says someone did not come, as a meeting's name is then not read), and the names listed under an attendees
 * label or heading within a meeting heading's section (`## Meeting - roadmap` / `Attendees: Kofi Mensah, Ben Cho`), and the
 * lines of a list of the day's meetings (`## Meetings` / `- 10:00 Call with Dana`); those of the day before on that day.
 */
export function dailyMeetingContacts(scan: BodyScan, day: CalendarDay, path: string): DailyMeetings {
	const out: ContactRef[] = [];
	const dayBefore = yesterdayOfNote(scan.headings, day, path);
	const credit = (line: number, meeting: HeadingMeeting): void => {
		const held = meeting.daysBefore === 1 ? dayBefore : day;
		if (scan.someoneAbsent || held === null) return;
		for (const name of meeting.names) out.push({ ref: makeRef(/\s/.test(name) ? name : `@${name}`, false, line), day: held, kind: "mention" });
	};
	const lists: Span[] = [];
	const earlier: Span[] = [];
	const weekday = weekdayOfDay(day);
	const spans = meetingSpans(scan.headings, weekday, (h, meeting) => credit(h.line, meeting), { lists, earlier });
	readMeetingLists(scan.meetingListLines, lists, weekday, (line, meeting) => {
		if (meeting.daysBefore === 1) earlier.push({ from: line, end: line + 1, daysBefore: 1 });
		credit(line, meeting);
	});
	for (const span of spans) if (span.daysBefore === 1) earlier.push(span);
	const result: DailyMeetings = { contacts: out, heldTheDayBefore: heldIn(earlier), dayBefore };
	if (spans.length === 0) return result;
	const listed = scan.listedAttendees.filter((a) => !a.link).sort((a, b) => a.line - b.line);
	let s = 0;
	for (const a of listed) {
		while (s < spans.length && (spans[s]?.end ?? 0) <= a.line) s++;
		const span = spans[s];
		const held = span?.daysBefore === 1 ? dayBefore : day;
		if (span !== undefined && span.from <= a.line && held !== null) out.push({ ref: makeRef(a.target, false, a.line), day: held, kind: "mention" });
	}
	return result;
}

/** Whether a line lies in one of `spans` (any order): one sort, then a binary search a line. */
function heldIn(spans: Span[]): (line: number) => boolean {
	if (spans.length === 0) return NEVER;
	spans.sort((a, b) => a.from - b.from);
	// The furthest end of the spans up to each one: a line is in one of them when it is before that end.
	const reach: number[] = [];
	for (const s of spans) reach.push(Math.max(s.end, reach[reach.length - 1] ?? 0));
	return (line) => {
		let lo = 0;
		let hi = spans.length - 1;
		let at = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if ((spans[mid]?.from ?? 0) <= line) {
				at = mid;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return at >= 0 && line < (reach[at] ?? 0);
	};
}

const NEVER = (): boolean => false;

/** The day of the week of `day`, 0 for Sunday to 6 for Saturday. */
function weekdayOfDay(day: CalendarDay): number {
	const [y, m, d] = partsOf(day);
	return weekdayOf(y, m, d);
}

/**
 * The sections of the meeting headings among `headings` (in line order), outermost only, in line order; `found` is told
 * each meeting heading with its meeting. Not those inside a section of plans (`## Tomorrow` / `### 10:00 Call with Dana`)
 * or of an earlier time (`## Last week`); those inside a section of the day before (`## Yesterday`) were held then.
 * One pass, keeping the outermost meeting heading and the outermost section of plans or of yesterday still open.
 */
function meetingSpans(headings: BodyScan["headings"], weekday: number, found: (h: BodyScan["headings"][number], meeting: HeadingMeeting) => void, out: { lists: Span[]; earlier: Span[] }): Span[] {
	const spans: Span[] = [];
	let open: { level: number; from: number; daysBefore: 0 | 1 } | null = null;
	let plans: number | null = null;
	let yesterday: { level: number; from: number } | null = null;
	for (let i = 0; i < headings.length; i++) {
		const h = headings[i] as BodyScan["headings"][number];
		if (open !== null && h.level <= open.level) {
			spans.push({ from: open.from, end: h.line, daysBefore: open.daysBefore });
			open = null;
		}
		if (plans !== null && h.level <= plans) plans = null;
		if (yesterday !== null && h.level <= yesterday.level) {
			out.earlier.push({ from: yesterday.from, end: h.line, daysBefore: 1 });
			yesterday = null;
		}
		// A section of plans inside a meeting's (`## Call with Dana` / `### Next week`) is that meeting's notes; one of the day
		// before is the day before's even there (`# Daily standup` / `## Yesterday` / `### Call with Dana`).
		const before = plans === null ? sectionDaysBefore(h.text) : 0;
		if (before === null && open === null) plans = h.level;
		else if (before === 1) yesterday ??= { level: h.level, from: h.line };
		if (plans !== null) continue;
		// A list of the day's meetings (`## Meetings`): its own lines, up to the next heading, are read one by one.
		if (headsMeetingList(h.text)) {
			out.lists.push({ from: h.line, end: headings[i + 1]?.line ?? Number.MAX_SAFE_INTEGER, daysBefore: yesterday === null ? 0 : 1 });
			continue;
		}
		const heading = meetingOfHeading(h.text, weekday);
		if (heading === null) continue;
		const meeting: HeadingMeeting = yesterday === null ? heading : { names: heading.names, daysBefore: 1 };
		found(h, meeting);
		// A meeting's heading inside another's section (`### Call with Dana` under `## Meeting with Anna`) is within its span.
		open ??= { level: h.level, from: h.line, daysBefore: meeting.daysBefore };
	}
	if (open !== null) spans.push({ from: open.from, end: Number.MAX_SAFE_INTEGER, daysBefore: open.daysBefore });
	if (yesterday !== null) out.earlier.push({ from: yesterday.from, end: Number.MAX_SAFE_INTEGER, daysBefore: 1 });
	return spans;
}

/**
 * The meetings the lines of the lists of the day's meetings name (`## Meetings` / `- 10:00 Call with Dana`), each told to
 * `found` with its line: a line opens with a time or a word of meeting, and is read as a meeting's heading is (not plans,
 * to-dos, meetings that did not happen). `lines` and `lists` are in line order.
 */
function readMeetingLists(lines: BodyScan["meetingListLines"], lists: readonly Span[], weekday: number, found: (line: number, meeting: HeadingMeeting) => void): void {
	let l = 0;
	for (const entry of lines) {
		while (l < lists.length && (lists[l]?.end ?? 0) <= entry.line) l++;
		const list = lists[l];
		if (list === undefined) return;
		if (list.from > entry.line) continue;
		const meeting = meetingOfListLine(entry.text, weekday);
		if (meeting !== null) found(entry.line, list.daysBefore === 1 ? { names: meeting.names, daysBefore: 1 } : meeting);
	}
}

/** The meeting a line of a list of meetings stands for (`- 10:00 Call with Dana`), or null for a line that opens with no time or word of meeting. */
function meetingOfListLine(text: string, weekday: number): HeadingMeeting | null {
	const words = meetingListLineWords(text);
	if (words === null || !OPENS_MEETING.test(words.replace(/\*/g, "").replace(LEADING_MARKS, ""))) return null;
	return meetingOfHeading(words, weekday);
}
