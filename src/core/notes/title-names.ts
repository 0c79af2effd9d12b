import { afterMeetingDash } from "./dashed-title-names";

/**
 * The people a meeting's name says it was with, as templates that ask for the other person name the note
 * (`2026-11-20 - Sync with Anna Rossi`, `Coffee with Ben`, `Pranzo con Marco e Livia`, `Hugo Ivers 1-1`,
 * `1:1 - Dana`, `Sync - Dana`). Only names: whether one is a person is for the index to say (a name no one has, `Sync
 * with marketing`, is passed over without a word).
 */

/** Longer than a file name can be: no name to read (the patterns then need not be proven linear on it). */
const LONGEST_TITLE = 255;

/** A meeting that did not take place, as its note is renamed: `Cancelled - Sync with Anna`, `Sync with Anna (postponed)`, Italian `annullato`. */
const DID_NOT_HAPPEN = /(?:^|[^\p{L}])(?:cancell?ed|postponed|rescheduled|called off|no[ -]show|annullat[oa]|rinviat[oa]|rimandat[oa]|saltat[oa]|abgesagt|verschoben|annulée?|reportée?)(?![\p{L}])/iu;

/**
 * A note that prepares a meeting, as it is named: `Prep for 1:1 with Marco`, `1-1 Anna - prep`, `1:1 Dana (prep)`, `1:1 prep`,
 * Italian `Preparazione incontro con Kofi`. Not a meeting held to prepare something (`Launch prep with Anna`, `Board meeting prep
 * with Kofi`, `Preparazione budget con Dana`).
 */
const PREPARES = new RegExp(
	[
		String.raw`^(?:prep|preparation|prepare|preparing)\s+for\s+(?:(?:my|the|our|a|an|this)\s+)?(?:1\s?[:-]\s?1|1on1|one[\s-]on[\s-]one|meeting|call|sync|chat|catch[- ]?up|interview)(?![\p{L}])`,
		String.raw`^preparazione\s+(?:(?:dell'|del|della|per|per l')\s*)?(?:1\s?[:-]\s?1|incontro|riunione|chiamata|call|colloquio)(?![\p{L}])`,
		String.raw`(?:1\s?[:-]\s?1|1on1|one[\s-]on[\s-]one)\s+prep(?:aration)?(?![\p{L}])`,
		String.raw`[-–—:|(]\s*prep(?:aration)?\)?$`,
	].join("|"),
	"iu",
);

/** Whether a meeting's name says it did not take place (`Sync with Anna (cancelled)`, Italian `rinviato`) or only prepares it (`1-1 Anna - prep`). */
export function saysItDidNotHappen(title: string): boolean {
	return title.length <= LONGEST_TITLE && namesNoOneMet(title);
}

/** Whether a name (at most LONGEST_TITLE long) says its meeting did not take place or that the note only prepares it. */
function namesNoOneMet(title: string): boolean {
	return DID_NOT_HAPPEN.test(title) || PREPARES.test(title.replace(LEADING_DAY, "").trim());
}

/** A day (and a time) at the start of a name, and what separates it from the rest: `2026-11-20 - `, `20261120_0930 `. */
const LEADING_DAY = /^\d{4}[-_.]?\d{2}[-_.]?\d{2}(?:[ T_]?\d{2}[:.h]?\d{2})?(?=\s|[-–—_:|]|$)[\s\-–—_:|]*/u;

/** `with`, `w/`, Italian `con`, German `mit`, French `avec`, as a word; the names follow. */
const WITH_WORD = /(?:^|\s)(?:with|w\/|con|mit|avec)\s+(.+)$/iu;

/** One-on-one written before or after the name: `1:1`, `1-1`, `1on1`, `1-on-1`, `121`, `one on one`. */
const ONE_ON_ONE = String.raw`(?:1\s?[:\-]\s?1|1on1|1-on-1|121|one[\s-]on[\s-]one)`;
const ONE_ON_ONE_AFTER = new RegExp(String.raw`^(.+?)\s*[-–—:|/]?\s*${ONE_ON_ONE}$`, "iu");
const ONE_ON_ONE_BEFORE = new RegExp(String.raw`^${ONE_ON_ONE}\s*[-–—:|/]?\s*(?:(?:with|con|mit|avec)\s+)?(.+)$`, "iu");

/**
 * Where the names end and the subject starts: a dash or colon, a parenthesis, `about`, `re`, `on`, `at`, Italian `su`, `per`, `a`,
 * `riguardo`; or when it was (`Call with Dana yesterday`, `Pranzo con Livia ieri sera`, `this morning`), no part of a name.
 */
const SUBJECT =
	/\s+[-–—]\s+|\s+re:|\s*[:(|]|\s+(?:about|re|on|at|for|in|regarding|riguardo|su|per|a|da|in|über|zu|sur|pour)\s+|\s+(?:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|ieri|oggi|stamattina|stamani|stasera|gestern|heute)(?![\p{L}])/iu;

/** Spanish `ayer`, `hoy` after the names, lower case only: capitalized they are surnames (`Chris Hoy`, `Freddie Ayer`). */
const SPANISH_WHEN = /\s+(?:ayer|hoy)(?![\p{L}])/u;

/** What joins names: commas, `&`, `+`, `/`, `<>`, `and`, Italian `e`, German `und`, French `et`. */
const JOINERS = /\s*(?:,|&|\+|\/|<>)\s*|\s+(?:and|e|und|et)\s+/iu;

/** A name is a few words that start with a letter (`Anna`, `Jean-Luc Picard`, `Anna De Luca`); anything longer is a subject. */
const NAME = /^\p{L}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){0,3}$/u;

/** A full name: two words or more (`Dana Evans`), as a 1:1 template names the note after the other person. */
const FULL_NAME = /^\p{L}[\p{L}\p{M}'’.-]*(?:\s+\p{L}[\p{L}\p{M}'’.-]*){1,3}$/u;

/**
 * A meeting's name that is, after its day, someone's full name (`2026-11-21 - Dana Evans`, as a 1:1 template names
 * its notes), or null. Only a full name: a single word there is the meeting's subject as often (`2026-11-21 Standup`).
 */
export function fullNameAsMeetingTitle(title: string): string | null {
	if (title.length > LONGEST_TITLE || namesNoOneMet(title)) return null;
	const rest = title.replace(LEADING_DAY, "").trim();
	return rest !== title.trim() && FULL_NAME.test(rest) ? rest : null;
}

/** A word of meeting after names set side by side (`Anna / Marco sync`, `Anna <> me 1:1`), Italian `incontro`, `punto`. */
const MEETING_WORD_AFTER = /\s+(?:sync|catch[- ]?up|check[- ]?in|chat|call|meeting|1[:-]1|weekly|coffee|incontro|riunione|punto|chiamata|caff[eè])$/iu;

/** A word that makes a part of a title a phrase, no name: `Questions for Dana / Kofi`, `Notes from Anna / Marco`. */
const LINKING_WORD = /(?:^|\s)(?:for|to|from|about|of|the|on|at|by|re|per|su|sul|sulla|für|pour|sur|para)(?=\s|$)/iu;

/** Words for oneself beside the other's name (`Anna <> me`, Italian `Anna / io`): no one to look for. */
const ONESELF = /^(?:me|myself|io|noi|us)$/iu;

/** The names a meeting's name gives as those it was with, in order; none when it names nobody so. */
export function namesInMeetingTitle(title: string): string[] {
	if (title.length > LONGEST_TITLE || namesNoOneMet(title)) return [];
	const rest = title.replace(LEADING_DAY, "").trim();
	if (rest === "") return [];
	const named = WITH_WORD.exec(rest)?.[1] ?? ONE_ON_ONE_BEFORE.exec(rest)?.[1] ?? ONE_ON_ONE_AFTER.exec(rest)?.[1] ?? afterMeetingDash(rest);
	if (named === undefined) return sideBySide(rest);
	const names = (named.split(SUBJECT)[0] ?? "").split(SPANISH_WHEN)[0] ?? "";
	return names
		.split(JOINERS)
		.map((n) => n.trim())
		.filter((n) => NAME.test(n));
}

/** The names of a title that sets them side by side (`Anna <> me`, `Anna / Marco sync`), oneself left out; none for any other. */
function sideBySide(rest: string): string[] {
	if (!rest.includes("<>") && !rest.includes("/")) return [];
	const parts = rest.replace(MEETING_WORD_AFTER, "").split(/<>|\//u).map((n) => n.trim());
	return parts.every((n) => NAME.test(n) && !LINKING_WORD.test(n)) ? parts.filter((n) => !ONESELF.test(n)) : [];
}
