import ICAL from "ical.js";

/**
 * Reading the iCalendar text of an event that ical.js refuses. Some writers put a value's line
 * breaks in the file as they are (a description of several lines, unescaped): a line with no `:` is
 * then no property at all, and ical.js refuses the whole text. Such a line is the value going on.
 */

/** The text with each line that holds no `:` (and is not blank, nor folded) joined to the line above as a new line of its value (`\n`); null when there is none. */
export function withStrayLinesJoined(text: string): string | null {
	const lines = text.split("\n");
	let joined = false;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (line.trim() === "" || line.startsWith(" ") || line.startsWith("\t") || line.includes(":")) continue;
		lines[i] = ` \\n${line}`;
		joined = true;
	}
	return joined ? lines.join("\n") : null;
}

/** What ical.js reads from a text, else from the text with its stray lines joined; null when neither can be read. */
export function parseLeniently(text: string): unknown {
	try {
		return ICAL.parse(text);
	} catch {
		const joined = withStrayLinesJoined(text);
		if (joined === null) return null;
		try {
			return ICAL.parse(joined);
		} catch {
			return null;
		}
	}
}

/** An event's title as its raw text gives it (`SUMMARY`, else `UID`), to name an event that cannot be read; "" when it has neither. */
export function rawEventLabel(text: string): string {
	const property = (name: string): string => new RegExp(`^${name}(?:;[^:\\r\\n]*)?:([^\\r\\n]*)`, "im").exec(text)?.[1]?.trim() ?? "";
	return (property("SUMMARY") || property("UID")).replace(/\\([,;\\])/g, "$1").replace(/\\n/gi, " ").slice(0, 200);
}
