/**
 * Everything Rapport writes into a note's section passes through here: user text (names, titles,
 * tasks, interests) becomes one line that cannot open a comment, close Rapport's section or start a
 * heading, so a hostile name can neither grow the note nor leave links outside the section.
 */

/** Line breaks of every kind and the other control characters (tab aside). */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds and removes
const BREAKS_AND_CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]+/g;

/** One line, with comment openers (`<!--`, which every Rapport marker starts with, and Obsidian's `%%`) escaped. */
export function safeInline(text: string): string {
	return text
		.replace(BREAKS_AND_CONTROLS, " ")
		.replace(/<!--/g, "<\\!--")
		.replace(/%(?=%)/g, "%\\")
		.replace(/^([ \t]*)(#{1,6}(?:[ \t]|$))/, "$1\\$2");
}

/** For the label or target of a wikilink: also no brackets or pipe, so the link ends where Rapport ends it. */
export function safeLinkPart(text: string): string {
	return safeInline(text).replace(/\[/g, "(").replace(/\]/g, ")").replace(/\|/g, "¦");
}

/** A whole line Rapport writes: one line, no comment opener and no code fence, whatever it was built from. */
export function safeLine(line: string): string {
	return line
		.replace(BREAKS_AND_CONTROLS, " ")
		.replace(/<!--/g, "<\\!--")
		.replace(/%(?=%)/g, "%\\")
		.replace(/^([ \t]*(?:>[ \t]*)*)(`{3}|~{3})/, "$1\\$2");
}
