/**
 * The tokens of a moment.js format, as Obsidian's Daily notes plugin writes them (`YYYY-MM-DD`,
 * `[Journal] YYYY/MM/DD dddd`): `[…]` is literal text, a token is read longest first, any other
 * character is itself. One pass: a format is configuration (`.obsidian/daily-notes.json`), and a long
 * or hostile one must cost time in proportion to its length.
 */

export type Token = { kind: "literal"; text: string } | { kind: "token"; token: string };

export const TOKENS = ["YYYY", "YY", "MMMM", "MMM", "MM", "M", "Do", "DDDD", "DD", "D", "dddd", "ddd", "dd", "d", "ww", "w", "WW", "W", "Q", "gggg", "gg", "GGGG", "GG", "E", "e", "HH", "H", "hh", "h", "mm", "m", "ss", "s", "A", "a"];

/**
 * Where the `]` closing a `[` at `from` is, -1 when none follows. `noCloseFrom`: an index from which no
 * `]` is left, learnt once, so that a format of many `[` without `]` is not scanned to its end from each.
 */
class Closers {
	private noCloseFrom = Number.POSITIVE_INFINITY;

	constructor(private readonly text: string) {}

	after(from: number): number {
		if (from >= this.noCloseFrom) return -1;
		const end = this.text.indexOf("]", from);
		if (end < 0) this.noCloseFrom = from;
		return end;
	}
}

export function tokenize(format: string): Token[] {
	const out: Token[] = [];
	const closers = new Closers(format);
	let i = 0;
	while (i < format.length) {
		if (format[i] === "[") {
			const end = closers.after(i);
			if (end > i) {
				out.push({ kind: "literal", text: format.slice(i + 1, end) });
				i = end + 1;
				continue;
			}
		}
		const token = TOKENS.find((t) => format.startsWith(t, i));
		if (token) {
			out.push({ kind: "token", token });
			i += token.length;
		} else {
			out.push({ kind: "literal", text: format[i] ?? "" });
			i += 1;
		}
	}
	return out;
}

/** `format` without its `[…]` parts: what `format.replace(/\[[^\]]*\]/g, "")` gives, in one pass. */
export function withoutBracketed(format: string): string {
	if (!format.includes("[")) return format;
	const closers = new Closers(format);
	let out = "";
	let from = 0;
	let i = format.indexOf("[");
	while (i >= 0) {
		const end = closers.after(i + 1);
		if (end < 0) break;
		out += format.slice(from, i);
		from = end + 1;
		i = format.indexOf("[", from);
	}
	return out + format.slice(from);
}
