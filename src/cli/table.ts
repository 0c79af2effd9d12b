/** The widest a cell is drawn, in columns: a name pasted with a whole paragraph must not push every row off a terminal. */
export const MAX_CELL_WIDTH = 48;

/** A plain-text table with aligned columns, for terminals. Cells wider than MAX_CELL_WIDTH end in "…" (`--json` gives them whole). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const cut = rows.map((r) => r.map((c) => fitWidth(oneCell(c), MAX_CELL_WIDTH)));
	// The widest cell of each column, row by row: spread into Math.max, 120,000 rows overflow the stack.
	const widths = header.map((h, i) => cut.reduce((widest, r) => Math.max(widest, displayWidth(r[i] ?? "")), displayWidth(h)));
	const line = (cells: readonly string[]): string => cells.map((c, i) => c + " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(c)))).join("  ").trimEnd();
	return [line(header), line(widths.map((w) => "-".repeat(w))), ...cut.map(line)].join("\n");
}

/** Control characters, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * A cell as one line of its own width: a line break or a tab in a name (a file named with one, a
 * pasted value) would break its row in two or push the columns after it; shown as "�", as the other
 * control characters a terminal is sent are (terminal-text.ts).
 */
function oneCell(text: string): string {
	return text.replace(CONTROLS, "\uFFFD");
}

/** Marks that take no column of their own: combining accents (a name a Mac wrote decomposed), joiners, bidi marks, emoji skin tones. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\u{1F3FB}-\u{1F3FF}]+$/u;
/** Characters a terminal draws two columns wide: CJK, Hangul, fullwidth forms, emoji. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const ZWJ = "\u200D";
const EMOJI_PRESENTATION = "\uFE0F";

/** The columns each character of `text` takes, in order: an emoji joined by ZWJ to the one before draws over it (👨‍👩‍👧 is one picture), VS16 makes a symbol an emoji (❤️). */
function* columnsOf(text: string): Generator<{ ch: string; width: number }> {
	let previous = "";
	let previousWidth = 0;
	for (const ch of text) {
		let width = ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
		if (previous === ZWJ && width === 2) width = 0;
		if (ch === EMOJI_PRESENTATION && previousWidth === 1) width = 1;
		yield { ch, width };
		previous = ch;
		previousWidth = width;
	}
}

/** How many terminal columns `text` takes: counted per character as it is seen, not per UTF-16 unit. */
export function displayWidth(text: string): number {
	if (/^[ -~]*$/.test(text)) return text.length;
	let width = 0;
	for (const { width: w } of columnsOf(text)) width += w;
	return width;
}

/** `text` when it fits in `max` columns, else as much as fits in `max - 1` and "…"; never half a character. */
export function fitWidth(text: string, max: number): string {
	if (displayWidth(text) <= max) return text;
	let out = "";
	let width = 0;
	for (const { ch, width: w } of columnsOf(text)) {
		if (width + w > max - 1) break;
		out += ch;
		width += w;
	}
	return out.replace(/\u200D+$/u, "") + "…";
}
