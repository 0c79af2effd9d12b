/**
 * What Obsidian hides from a note is hidden from Rapport too: `%% comments %%` (inline or across
 * lines), `<!-- HTML comments -->`, and indented code blocks (four spaces or a tab after a blank
 * line, outside a list), as Obsidian's basic formatting syntax documents them.
 */

export type OpenComment = "%%" | "<!--" | null;

const CLOSER = { "%%": "%%", "<!--": "-->" } as const;

/**
 * The visible part of a line: comment text replaced by one space each, so that words on either side
 * stay apart. `open` is the comment still open from the previous line; the result says what is open
 * after this one.
 */
export function stripComments(line: string, open: OpenComment): { visible: string; open: OpenComment } {
	if (open === null && !line.includes("%%") && !line.includes("<!--")) return { visible: line, open: null };
	let visible = "";
	let i = 0;
	let state = open;
	// The next `%%` and `<!--` at or after i, each searched again only once i has passed it: searching
	// both on every comment read the rest of the line once per comment (quadratic on `%%a%%a…`).
	let pct = -2;
	let html = -2;
	while (i < line.length) {
		if (state !== null) {
			const close = line.indexOf(CLOSER[state], i);
			if (close < 0) return { visible, open: state };
			i = close + CLOSER[state].length;
			visible += " ";
			state = null;
			continue;
		}
		if (pct !== -1 && pct < i) pct = line.indexOf("%%", i);
		if (html !== -1 && html < i) html = line.indexOf("<!--", i);
		if (pct < 0 && html < 0) {
			visible += line.slice(i);
			break;
		}
		const useHtml = html >= 0 && (pct < 0 || html < pct);
		const at = useHtml ? html : pct;
		visible += line.slice(i, at);
		state = useHtml ? "<!--" : "%%";
		i = at + (useHtml ? 4 : 2);
	}
	return { visible, open: state };
}

/** Columns of leading whitespace, a tab counting to the next multiple of four. */
export function indentWidth(line: string): number {
	let width = 0;
	for (const ch of line) {
		if (ch === " ") width++;
		else if (ch === "\t") width += 4 - (width % 4);
		else break;
	}
	return width;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])(?:\s|$)/;

/**
 * Tells, line by line, whether a line is part of an indented code block. Indented lines after a
 * blank line are code only when no list is open: inside a list they continue or nest its items.
 */
export class IndentedCode {
	private previousBlank = true;
	private inCode = false;
	private inList = false;

	/** Feeds the next visible line (outside fenced code); true when it is indented code. */
	isCode(line: string): boolean {
		if (line.trim() === "") {
			this.previousBlank = true;
			return false;
		}
		const indent = indentWidth(line);
		const code = indent >= 4 && !this.inList && (this.inCode || this.previousBlank);
		const wasBlank = this.previousBlank;
		this.inCode = code;
		this.previousBlank = false;
		if (code) return true;
		if (LIST_ITEM.test(line)) this.inList = true;
		else if (indent === 0 && (wasBlank || line.startsWith("#"))) this.inList = false;
		return false;
	}

	/** A fence line: neither blank nor code (a fence inside a list item keeps the list open). */
	fence(): void {
		this.previousBlank = false;
		this.inCode = false;
	}
}
