/**
 * A meeting's name that puts a dash between a word of meeting and the other person's name (`Sync - Dana`, `Coffee – Marco
 * Bianchi`, `1:1 — Anna`, Italian `Pranzo - Livia`, `Punto - Kofi`), as calendar exports and quick-add templates name it:
 * the names after the dash, as `Sync with Dana` gives them (a subject after a second dash is cut off by the reader). Only
 * after a word of meeting standing alone: `Roadmap - Dana` or `Q1 - budget` are subjects.
 */
const DASHED = new RegExp(
	String.raw`^(?:sync|meeting|call|chat|catch[- ]?up|check[- ]?in|coffee|lunch|dinner|drinks|breakfast|standup|stand-up|interview|` +
		String.raw`incontro|riunione|chiamata|pranzo|cena|caff[eè]|colazione|aperitivo|punto|colloquio)[ \t]+[-–—][ \t]+(\S.*)$`,
	"iu",
);

/** A month or a day of the week after the dash (`Sync - May`, `Call – Friday`, Italian `Riunione - Maggio`): when, not whom (May Chen). */
const WHEN = new RegExp(
	String.raw`^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
		String.raw`gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)(?![\p{L}])`,
	"iu",
);

/** The text after the dash of such a name (`Sync - Dana - budget` → `Dana - budget`), or undefined for any other name, or a time (`Sync - May`). */
export function afterMeetingDash(title: string): string | undefined {
	const after = DASHED.exec(title)?.[1];
	return after === undefined || WHEN.test(after) ? undefined : after;
}
