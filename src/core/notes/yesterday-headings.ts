import { MEETING_WORDS } from "./meeting-words";
import { namesInMeetingTitle } from "./title-names";

/*
 * A daily note's heading that records a meeting of an earlier day: `## Recap of yesterday's call with Dana`, `### Yesterday:
 * lunch with Marco`, Italian `## Riepilogo della call di ieri con Livia`, or a section of them (`## Yesterday`, `## Ieri`), as
 * morning-pages and stand-up templates write the day before. Its people met the author the day before the note's day. An
 * earlier time the heading does not pin down (`last week's call`, `the day before yesterday`, `l'altro ieri`) gives no day.
 * Not a subject after the people that only is yesterday's (`Call with Kofi about yesterday's outage`, `Sync with Anna re: ieri`),
 * nor yesterday's thing other than a meeting (`Call about yesterday's report with Dana`, `Call con Dana per il report di ieri`):
 * that meeting is today's.
 */

/** Longer than a heading can be: no heading to read past it (the callers stop there too). */
const LONGEST_HEADING = 255;

/** How many days before the note's day a heading's meeting was: 0 on it, 1 the day before, null on no day it pins down. */
export type DaysBefore = 0 | 1 | null;

/** An earlier time that is not the day before: last week, last Friday, the day before yesterday, Italian `l'altro ieri`, `la settimana scorsa`. */
const EARLIER = new RegExp(
	String.raw`(?:^|[^\p{L}])(?:last[ \t]+(?:week|month|year|weekend|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|` +
		String.raw`(?:the[ \t]+)?day[ \t]+before[ \t]+yesterday|earlier[ \t]+this[ \t]+week|(?:l['’][ \t]?)?altro[ \t]?ieri|avantieri|ieri[ \t]+l['’][ \t]?altro|` +
		String.raw`(?:settimana|mese|anno|weekend|fine[ \t]+settimana)[ \t]+scors[oa]|(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)[ \t]+scors[oa]|` +
		String.raw`vorgestern|letzte[nr]?[ \t]+woche|anteayer|semana[ \t]+pasada|avant-hier|semaine[ \t]+derni[eè]re)(?![\p{L}])`,
	"iu",
);

/** Yesterday, and last night, in the languages daily notes are written in (not French `hier`: German `hier` is here). */
const YESTERDAY = /(?:^|[^\p{L}])(yesterday|last[ \t]+night|ieri|gestern)(?![\p{L}])/iu;

/** Spanish `ayer`, lower case or opening the words: after a name, `Ayer` is a surname (`Call with Freddie Ayer`). */
const SPANISH_YESTERDAY = /(?:^|[^\p{L}])(ayer)(?![\p{L}])|^(Ayer)(?![\p{L}])/u;

/** The first of YESTERDAY and SPANISH_YESTERDAY in `words`: where it starts, the whole match and the word's length. */
function yesterdayIn(words: string): { index: number; length: number; word: number } | null {
	const m = YESTERDAY.exec(words);
	const s = SPANISH_YESTERDAY.exec(words);
	const first = m === null || (s !== null && s.index < m.index) ? s : m;
	if (first === null) return null;
	return { index: first.index, length: first[0].length, word: (first[1] ?? first[2] ?? "").length };
}

/** A word that makes what follows a meeting's subject, right before `yesterday`: `about yesterday's outage`, `re: ieri`. */
const SUBJECT_BEFORE = /(?:^|[^\p{L}])(?:re|about|regarding|on|su|sul|sulla|per|über|sur|pour|zu)[ \t]*:?[ \t]*(?:the[ \t]+|lo[ \t]+|la[ \t]+|il[ \t]+)?$/iu;

/** A word that starts a meeting's subject after its people (`about`, `regarding`, Italian `riguardo`, `circa`), not `on` or `per`, also a place's or a time's. */
const SUBJECT_WORD = /(?:^|[^\p{L}])(?:re|about|regarding|concerning|riguardo|circa|über|sur)(?![\p{L}])/iu;

/** `with`, `w/`, Italian `con`, German `mit`, French `avec`, as a word: the people of the meeting follow. */
const WITH = /(?:^|\s)(?:with|w\/|con|mit|avec)\s/iu;

/** A section of the day before: `## Yesterday`, `## Yesterday's meetings`, a stand-up's `## What I did yesterday`, Italian `## Ieri`, `## Cosa ho fatto ieri`. */
const YESTERDAY_SECTION =
	/^(?:(?:yesterday(?:['’]s)?|ieri|gestern|ayer)(?:[ \t]+(?:meetings|calls|recap|review|notes|log))?|what[ \t]+(?:i|did[ \t]+(?:i|you))[ \t]+(?:did|do|worked[ \t]+on)[ \t]+yesterday|(?:che[ \t]+)?cosa[ \t]+ho[ \t]+fatto[ \t]+ieri)[\s:?.!]*$/iu;

/** A section of an earlier time not pinned down: `## Last week`, `## Earlier this week`, Italian `## La settimana scorsa`. */
const EARLIER_SECTION = /^(?:last[ \t]+week|earlier[ \t]+this[ \t]+week|(?:la[ \t]+)?settimana[ \t]+scorsa|letzte[ \t]+woche|la[ \t]+semaine[ \t]+derni[eè]re)[\s:.!]*$/iu;

/**
 * A day of the week (`Friday's`, `on Monday`, Italian `venerdì`, `di domenica`: alone, `Domenica` is a name), 0 for Sunday to
 * 6 for Saturday, in the group of its name.
 */
const WEEKDAY =
	/(?:^|[^\p{L}])(?:(sunday)|(monday|luned[iì])|(tuesday|marted[iì])|(wednesday|mercoled[iì])|(thursday|gioved[iì])|(friday|venerd[iì])|(saturday))(?![\p{L}])|(?:^|[^\p{L}])(?:di|del|la|il|questo|questa)[ \t]+(?:(domenica)|(sabato))(?![\p{L}])/iu;

const EVERY_WEEKDAY = new RegExp(WEEKDAY.source, "giu");

/**
 * The day of the week a heading's words name (0 Sunday to 6 Saturday), with where its name ends, or null. Not a capitalized
 * word of a full name among the meeting's people (`Call with Joe Friday`, `Lunch with Tuesday Weld`): a surname or a first name.
 */
function weekdayNamed(words: string): { weekday: number; end: number } | null {
	const nameWords = new Set(namesInMeetingTitle(words).flatMap((n) => (n.includes(" ") ? n.split(/\s+/u) : [])));
	EVERY_WEEKDAY.lastIndex = 0;
	for (let m = EVERY_WEEKDAY.exec(words); m !== null; m = EVERY_WEEKDAY.exec(words)) {
		const group = m.findIndex((g, i) => i > 0 && g !== undefined);
		const name = m[group] ?? "";
		if (nameWords.has(name) && /^\p{Lu}/u.test(name)) continue;
		return { weekday: group === 8 ? 0 : group === 9 ? 6 : group - 1, end: m.index + m[0].length - name.length };
	}
	return null;
}

/**
 * Whether what `end` ends is a subject after the people (`Call with Dana about what Kofi said yesterday`, `Call with Kofi about
 * Friday's launch`); with `onTheDay`, also right after `on`, `re`, `su` (`Call with Kofi on yesterday's outage`): not before a
 * weekday, where `on` says when (`Lunch with Marco on Friday`).
 */
export function isSubjectAfterPeople(words: string, end: number, onTheDay: boolean): boolean {
	const people = WITH.exec(words.slice(0, end));
	if (people === null) return false;
	return (onTheDay && SUBJECT_BEFORE.test(words.slice(Math.max(0, end - 40), end))) || SUBJECT_WORD.test(words.slice(people.index + people[0].length, end));
}

/** A word of meeting, the whole words. */
const MEETING_WORD = new RegExp(String.raw`(?:^|[^\p{L}])${MEETING_WORDS}`, "iu");

/**
 * What ends the words yesterday's possessive qualifies: the people, a subject, a dash or a colon before a space or at the
 * end (not the ones inside `catch-up`, `1:1`), a comma.
 */
const END_OF_THING = /[ \t](?:with|w\/|con|mit|avec|about|re|regarding|and|e|per|for)(?![\p{L}])|[-–—:](?=[ \t]|$)|[,;|(]/iu;

/** `of`, `from`, Italian `di`, `del`, `dell'`, German `von`, Spanish `de` right before yesterday, with the article before the thing. */
const OF_BEFORE = /(?:^|[^\p{L}])([\p{L}\d:-]+)[ \t]+(?:of|from|di|del|della|dello|von|vom|de)[ \t]*$/iu;

/**
 * Whether yesterday (`start` to `end` in `words`) dates something other than a meeting: a possessive of no meeting
 * (`yesterday's report`, not `yesterday's team call`), or a thing of no meeting before `di ieri`, `from yesterday` (`il report
 * di ieri`, not `la call di ieri`).
 */
function datesAnotherThing(words: string, start: number, end: number): boolean {
	const after = /^['’]s[ \t]+/u.exec(words.slice(end));
	if (after !== null) {
		const rest = words.slice(end + after[0].length, end + after[0].length + LONGEST_HEADING);
		const stop = END_OF_THING.exec(rest);
		return !MEETING_WORD.test(stop === null ? rest : rest.slice(0, stop.index));
	}
	const of = OF_BEFORE.exec(words.slice(Math.max(0, start - 60), start));
	return of !== null && !MEETING_WORD.test(of[1] ?? "");
}

/**
 * How many days before the note's day the meeting of a heading's words (marks and time stripped) was (`DaysBefore`); `weekday`
 * the note's day of the week (0 Sunday): a meeting naming another (`Recap of Friday's call with Dana` on a Monday) gives no day,
 * the day before's name (`Sunday's lunch` on a Monday) the day before.
 */
export function daysBeforeOfHeading(words: string, weekday?: number): DaysBefore {
	if (words.length > LONGEST_HEADING || EARLIER.test(words)) return words.length > LONGEST_HEADING ? 0 : null;
	const named = weekday === undefined ? null : weekdayNamed(words);
	if (weekday !== undefined && named !== null && named.weekday !== weekday && !isSubjectAfterPeople(words, named.end, false)) {
		// The day before's name (`Sunday's lunch with Anna` on a Monday) is the day before; any other, no day it pins down.
		return (weekday - named.weekday + 7) % 7 === 1 ? 1 : null;
	}
	const m = yesterdayIn(words);
	if (m === null) return 0;
	const start = m.index + m.length - m.word;
	if (datesAnotherThing(words, start, m.index + m.length)) return 0;
	// A subject after the people (`Call with Kofi about yesterday's outage`), not a recap of a call (`Notes about yesterday's call with Dana`).
	return isSubjectAfterPeople(words, start, true) ? 0 : 1;
}

/** What a heading opens as a section of a daily note: the day before (`## Yesterday`) 1, an earlier time (`## Last week`) null, else 0. */
export function daysBeforeOfSection(words: string): DaysBefore {
	if (words.length > LONGEST_HEADING) return 0;
	return YESTERDAY_SECTION.test(words) ? 1 : EARLIER_SECTION.test(words) ? null : 0;
}
