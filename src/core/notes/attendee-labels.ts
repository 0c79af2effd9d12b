import { isSpace, skipQuotePrefix, skipSpaces } from "../shared/scan";

/**
 * How a meeting note lists its attendees in its body: headings and labels that name them
 * (`## Attendees`, `**Attendees:**`, `> [!note]+ Attendees`, `**Facilitator:**`, the word alone on a line). The plain
 * names written there: `attendee-lines.ts`; tables with a column of attendees: `attendee-tables.ts`.
 * Every pattern runs in time proportional to the line.
 */

/**
 * Who took the notes, as minutes name them beside who ran the meeting (`**Note taker:** [[Anna]]`, `Scribe:`,
 * `Notes taken by:`, Italian `Verbalizzante:`, `Segretario:`, German `Protokoll:`): they were there too.
 */
const NOTE_TAKER_WORDS = [
	"note taker", "note takers", "note-taker", "note-takers", "notetaker", "notetakers", "notes by", "notes taken by", "minutes by", "minutes taken by",
	"minute taker", "minutes taker", "minute-taker", "scribe", "scribes", "secretary", "recording secretary",
	"verbalizzante", "verbalizzanti", "segretario", "segretaria", "segretario verbalizzante", "segretaria verbalizzante", "verbale a cura di", "redattore del verbale",
	"protokollant", "protokollantin", "protokollführer", "protokollführerin", "secrétaire", "secretario", "secretaria",
];

/**
 * Who ran the meeting, as minutes and meeting templates name them beside the participants (`**Facilitator:** [[Anna]]`,
 * `Chair:`, `Host:`, Italian `Moderatore:`, `Organizzatore:`; German, French and Spanish too): they were there.
 */
const HOST_WORDS = [
	"facilitator", "facilitators", "facilitated by", "organizer", "organizers", "organiser", "organisers", "organized by", "organised by",
	"host", "hosts", "hosted by", "co-host", "co-hosts", "cohost", "chair", "chairs", "chairperson", "chairman", "chairwoman", "chaired by", "moderator", "moderators",
	"moderatore", "moderatrice", "moderatori", "organizzatore", "organizzatrice", "organizzatori", "facilitatore", "facilitatrice", "presidente",
	"moderation", "organisator", "organisatorin", "gastgeber", "gastgeberin", "vorsitz",
	"animateur", "animatrice", "organisateur", "organisatrice", "hôte", "président", "présidente",
	"moderador", "moderadora", "organizador", "organizadora", "anfitrión", "anfitriona", "facilitador", "facilitadora",
	...NOTE_TAKER_WORDS,
];

/** Also German (`Teilnehmer`, `Teilnehmende`, `Anwesend`) and Hungarian (`Résztvevők`, `Jelenlévők`), as such templates head the list. */
const ATTENDEE_HEADINGS = new Set([
	"attendees", "attendee", "participants", "people", "with", "partecipanti", "presenti", "who", "teilnehmer", "teilnehmende", "anwesend", "anwesende", "résztvevők", "jelenlévők",
	// As minutes and invitations head the list: `Present`, `In attendance`, `Invitees`, Italian `Invitati`.
	"present", "in attendance", "attendance", "invitees", "invitati",
	...HOST_WORDS,
]);

const LETTER = /\p{L}/u;

/**
 * Attendee words that are also an agenda's verbs: `- Present: Roadmap` is an item to present, not who was
 * there; minutes write the label on a line of its own (`Present: Anna Rossi, Marco Bianchi`, `**Present:**`).
 */
const AGENDA_VERBS = new Set(["present"]);
/**
 * Words that alone on a line, without colon or bold, are as likely a section of notes as a roll (`People` then
 * `- Hiring two engineers`, `Host` then what the host said): they head a list of attendees only as labels or headings.
 */
const NOT_ALONE = new Set(["people", "with", "who", "attendance", ...HOST_WORDS]);

/**
 * A line that starts with an attendees label, as templates write it: `**Attendees:** [[Anna]], [[Marco]]`.
 * Reads what `/^\s*(?:[-*+]\s+)?(?:\*\*|__)?([\p{L} ]+?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*\S/u`
 * read (its first match decides), trying the label's possible starts in the pattern's order, each
 * in one pass: the pattern's lazy label before `\s*:` backtracked with the square of the line.
 */
export function isAttendeeLabel(line: string): boolean {
	return isLabelAtStart(labelLine(line));
}

/** Emoji before a label, after a list marker or not (`👥 Attendees:`, `- 🧑‍🤝‍🧑 **With:**`), with their joiners and variation selectors. */
const EMOJI_BEFORE_LABEL = /^([ \t]*(?:[-*+][ \t]+)?)(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+[ \t]*/u;

/**
 * A line as its label is read: inside a quote or callout (`> **Attendees**: [[Anna]]`, as templates keep a meeting's
 * details in an `> [!info]` box) from its text, and without the emoji that decorate a label (`👥 Attendees:`).
 */
export function labelLine(line: string): string {
	const quoted = line.trimStart().startsWith(">") ? line.slice(skipQuotePrefix(line)) : line;
	return quoted.includes("\u200D") || /\p{Extended_Pictographic}/u.test(quoted.slice(0, 16)) ? quoted.replace(EMOJI_BEFORE_LABEL, "$1") : quoted;
}

function isLabelAtStart(line: string): boolean {
	let lastSolid = line.length - 1;
	while (lastSolid >= 0 && isSpace(line[lastSolid])) lastSolid--;
	const colonAfter = (at: number): boolean => {
		const q = skipSpaces(line, at);
		return line[q] === ":" && q < lastSolid;
	};
	const markupAt = (at: number): boolean => line.startsWith("**", at) || line.startsWith("__", at);
	/** The end of the run of letters and spaces (and hyphens between letters: `Note-taker`) from `at`; -1 when none starts there. */
	const runEnd = (at: number): number => {
		let j = at;
		for (;;) {
			if (line[j] === " " || (line[j] === "-" && j > at && LETTER.test(line[j - 1] ?? "") && LETTER.test(line[j + 1] ?? ""))) {
				j++;
				continue;
			}
			const cp = line.codePointAt(j);
			if (cp === undefined || !LETTER.test(String.fromCodePoint(cp))) break;
			j += cp > 0xffff ? 2 : 1;
		}
		return j === at ? -1 : j;
	};
	/**
	 * The pattern tried with the label starting at `at`: null when it fails there, else whether the label is an
	 * attendees word (on a list item, not an agenda's verb: `- Present: Roadmap`).
	 */
	const labelAt = (at: number, onItem = false): boolean | null => {
		const end = runEnd(at);
		if (end < 0 || !(colonAfter(end) || (markupAt(end) && colonAfter(end + 2)))) return null;
		const word = line.slice(at, end).trim().toLowerCase();
		return ATTENDEE_HEADINGS.has(word) && !(onItem && AGENDA_VERBS.has(word));
	};
	/**
	 * Labels starting on a space inside the whitespace [from, to) (the pattern giving back spaces it
	 * had read): only spaces up to a non-letter, so any match there is a label of spaces (false);
	 * spaces leading into letters at `to` read as the label at `to`, tried already.
	 */
	const spacesIn = (from: number, to: number): boolean | null => {
		let trailing = to;
		while (trailing > from && line[trailing - 1] === " ") trailing--;
		const earlier = line.slice(from, trailing).includes(" ");
		if (earlier && colonAfter(to)) return false;
		if (trailing < to && runEnd(to) < 0 && (colonAfter(to) || (markupAt(to) && colonAfter(to + 2)))) return false;
		return null;
	};
	const indent = skipSpaces(line, 0);
	const mark = line[indent];
	if ((mark === "-" || mark === "*" || mark === "+") && isSpace(line[indent + 1])) {
		const after = skipSpaces(line, indent + 1);
		const found = (markupAt(after) ? labelAt(after + 2, true) : null) ?? labelAt(after, true) ?? spacesIn(indent + 2, after);
		if (found !== null) return found;
	}
	return (markupAt(indent) ? labelAt(indent + 2) : null) ?? labelAt(indent) ?? spacesIn(0, indent) ?? false;
}

/** A heading's words, without markup, colons and emoji, in lower case. */
export function headingWords(text: string): string {
	// Most lines asked about (every heading and list item of every note) are plain ASCII without markup: no pattern to run.
	if (isPlainAsciiWords(text)) return text.trim().toLowerCase();
	return text.replace(/[*_:`]|\uFE0F|\u200D/g, " ").replace(/\p{Extended_Pictographic}/gu, " ").trim().toLowerCase();
}

/** Whether `text` is ASCII without `*`, `_`, `:` or a backtick: nothing `headingWords` replaces (no emoji is ASCII). */
function isPlainAsciiWords(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0x80 || c === 0x2a || c === 0x5f || c === 0x3a || c === 0x60) return false;
	}
	return true;
}

/**
 * Whether a heading's text names the people at a meeting (`## Attendees`, `### Partecipanti:`), also with
 * their count (`Attendees (3)`), after `Meeting` (`Meeting attendees`), or in two languages
 * (`Attendees / Partecipanti`).
 */
export function isAttendeeHeading(text: string): boolean {
	const words = headingWords(text);
	if (ATTENDEE_HEADINGS.has(words)) return true;
	if (words.length > LABEL_MAX) return false;
	let bare = words.startsWith("meeting ") ? words.slice("meeting ".length).trim() : words;
	const count = bare.endsWith(")") ? bare.lastIndexOf("(") : -1;
	if (count > 0 && /^\(\d{1,3}\)$/.test(bare.slice(count))) bare = bare.slice(0, count).trim();
	if (ATTENDEE_HEADINGS.has(bare)) return true;
	const parts = bare.split(/[/|&]/).map((part) => part.trim());
	return parts.length > 1 && parts.every((part) => ATTENDEE_HEADINGS.has(part));
}

/** Longer lines are no label: a bound that also keeps the check cheap on a pasted wall of text. */
const LABEL_MAX = 80;
export const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const CALLOUT_TITLE = /^\[![^\]]{0,40}\][+-]?[ \t]*/;

/** A line that is only bold or italic words, as templates write a label without a colon: `**Attendees**`, `__Teilnehmer__`. */
const EMPHASIS_ONLY = /^(\*\*|__|\*|_)([^*_]{1,40})\1$/;

/**
 * A line that is only an attendees label, with the list of attendees on the lines after it:
 * `**Attendees:**`, `**Attendees**:`, `Participants:`, `Attendees::`, `- **Partecipanti:**`, in a
 * quote too, the title of a callout (`> [!note]+ Attendees`), or the word in bold without a colon
 * (`**Attendees**`).
 */
export function isLoneAttendeeLabel(line: string): boolean {
	// A label ends with a colon or is in bold, a callout's title follows a `>`: most lines have none of these.
	const colonOrQuote = line.includes(":") || line.includes(">");
	if (!colonOrQuote && !line.includes("*") && !line.includes("_")) return isPlainAttendeeWord(line);
	const text = line.slice(skipQuotePrefix(line)).trim();
	if (text.length > LABEL_MAX) return false;
	const emphasised = EMPHASIS_ONLY.exec(text);
	if (emphasised) return isAttendeeHeading(emphasised[2] ?? "");
	if (!colonOrQuote) return false;
	const callout = CALLOUT_TITLE.exec(text);
	if (callout && line.trimStart().startsWith(">")) return isAttendeeHeading(text.slice(callout[0].length));
	const bare = text.replace(LIST_MARKER, "").replace(/[*_]/g, "").trimEnd();
	return bare.endsWith(":") && isAttendeeHeading(bare);
}

/**
 * A line that is only the word, without colon or bold (`Attendees`, `Partecipanti`, `Meeting attendees`), as notes typed
 * without markup head the list; not `Present`, which alone is as likely a retrospective's (`Past`, `Present`, `Future`),
 * and not a list item (`- Attendees`), which is one entry of a list.
 */
function isPlainAttendeeWord(line: string): boolean {
	if (line.length > LABEL_MAX) return false;
	const text = line.trim();
	// A list item or a numbered line is told at its start, before the words are looked for.
	if (LIST_MARKER.test(text) || /^\d/.test(text) || !MAY_NAME_ATTENDEES.test(line)) return false;
	const words = headingWords(text);
	return isAttendeeHeading(text) && !AGENDA_VERBS.has(words) && !NOT_ALONE.has(words.startsWith("meeting ") ? words.slice("meeting ".length).trim() : words);
}

/** A setext heading's underline (`---`, `===`), which makes the line above it a heading. */
export function isSetextUnderline(line: string): boolean {
	return /^ {0,3}(?:=+|-+)[ \t]*$/.test(line);
}

/** Whether a line goes on a list: a list item (`-`, `*`, `+`, `1.`, `1)`) at any indent, or a blank line of a quote or callout. */
export function continuesList(line: string): boolean {
	const text = line.slice(skipQuotePrefix(line));
	return text === "" || LIST_MARKER.test(text);
}

/** A cheap first look: a line without one of the attendee words is no attendees label (most lines with a colon are times or links). */
export const MAY_NAME_ATTENDEES = /attend|partic|partecip|people|present|invit|with|who|teilnehm|anwesen|résztvev|jelenlév|facilit|organi[sz]|host|hôte|chair|moderat|gastgeb|vorsitz|animat|président|anfitri|note|minute|scribe|secr|verbal|segretari|protokoll/i;
