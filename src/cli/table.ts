/** A plain-text table with aligned columns, for terminals. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ""))));
	const line = (cells: readonly string[]): string => cells.map((c, i) => c + " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(c)))).join("  ").trimEnd();
	return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** Marks that take no column of their own: combining accents (a name a Mac wrote decomposed), joiners, bidi marks. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;
/** Characters a terminal draws two columns wide: CJK, Hangul, fullwidth forms, emoji. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/** How many terminal columns `text` takes: counted per character as it is seen, not per UTF-16 unit. */
export function displayWidth(text: string): number {
	if (/^[ -~]*$/.test(text)) return text.length;
	let width = 0;
	for (const ch of text) {
		if (ZERO_WIDTH.test(ch)) continue;
		width += WIDE.test(ch) ? 2 : 1;
	}
	return width;
}
