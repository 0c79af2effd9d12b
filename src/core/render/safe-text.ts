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
	return unescapeLinkPipes(text)
		.replace(BREAKS_AND_CONTROLS, " ")
		.replace(/<!--/g, "<\\!--")
		.replace(/%(?=%)/g, "%\\")
		.replace(/^([ \t]*)(#{1,6}(?:[ \t]|$))/, "$1\\$2");
}

/**
 * `[[Anna Rossi\|Anna]]` as `[[Anna Rossi|Anna]]`: the escaped pipe a table needs is, outside a
 * table (Rapport writes list items), a backslash that ends up in the link's target. One pass.
 */
export function unescapeLinkPipes(text: string): string {
	if (!text.includes("\\|")) return text;
	let out = "";
	let inLink = false;
	for (let i = 0; i < text.length; i++) {
		if (text.startsWith("[[", i)) inLink = true;
		else if (text.startsWith("]]", i)) inLink = false;
		else if (inLink && text[i] === "\\" && text[i + 1] === "|") continue;
		out += text[i];
	}
	return out;
}

/** For the label or target of a wikilink: also no brackets or pipe, so the link ends where Rapport ends it. */
export function safeLinkPart(text: string): string {
	return safeInline(text).replace(/\[/g, "(").replace(/\]/g, ")").replace(/\|/g, "¦");
}

/**
 * A whole line Rapport writes: one line, no comment opener, no code fence and no `$$` math block
 * opener (each would hide the section's end marker from the reader), whatever it was built from.
 */
export function safeLine(line: string): string {
	return line
		.replace(BREAKS_AND_CONTROLS, " ")
		.replace(/<!--/g, "<\\!--")
		.replace(/%(?=%)/g, "%\\")
		.replace(/^([ \t]*(?:>[ \t]*)*)(`{3}|~{3}|\$\$)/, "$1\\$2");
}

/** The most characters of user text a one-line message (a Notice) quotes. */
export const QUOTE_LIMIT = 120;

/**
 * User text quoted in a short message: cut after `limit` characters (never inside a surrogate pair)
 * with an ellipsis, so a task pasted with a whole e-mail in it does not fill the screen.
 */
export function quoted(text: string, limit = QUOTE_LIMIT): string {
	const chars = Array.from(text);
	return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("").trimEnd()}…`;
}
