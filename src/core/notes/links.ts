import { isSpace } from "../shared/scan";

/** A link as written in a note: `[[target|alias]]`, `[text](target.md)` or `![[embed]]`. */
export interface RawLink {
	/** The target without `#heading`, `^block`, or `.md`, as written (path or name). */
	target: string;
	embed: boolean;
	/** Markdown links may be relative to the note's folder. */
	markdown: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function cleanTarget(target: string): string {
	return withoutMd(withoutSubpath(target));
}

/** A link's target without its `#heading` or `^block`, trimmed. */
function withoutSubpath(target: string): string {
	let t = target.trim();
	const hash = t.indexOf("#");
	if (hash >= 0) t = t.slice(0, hash);
	const caret = t.indexOf("^");
	if (caret >= 0) t = t.slice(0, caret);
	return t.trim();
}

const withoutMd = (t: string): string => (endsWithMd(t) ? t.slice(0, -3) : t);

/**
 * A Markdown link's target (`People/C%23%20Mario.md#Notes`): its heading cut where the address has a `#`, then the
 * address decoded, so a name with a `#` or `^` in it (written `%23`, `%5E`, as they must be there) stays whole.
 */
function markdownTarget(url: string): string {
	return withoutMd(decode(withoutSubpath(url)).trim());
}

/** Whether a name ends with `.md` in any case (`Anna.MD`), read from its last three characters, no copy of it lower-cased. */
function endsWithMd(t: string): boolean {
	const n = t.length;
	return n >= 3 && t.charCodeAt(n - 3) === 0x2e && (t.charCodeAt(n - 2) | 0x20) === 0x6d && (t.charCodeAt(n - 1) | 0x20) === 0x64;
}

/**
 * The target of `[[Anna Rossi\|Anna]]`, the alias pipe escaped as Obsidian writes it inside a table:
 * without the backslash, which no note name holds (Obsidian refuses `\` in file names).
 */
function withoutTableEscape(target: string): string {
	return target.endsWith("\\") ? target.slice(0, -1) : target;
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** Every link to a note in `text` (links to images, URLs and same-note headings are left out). */
export function extractLinks(text: string): RawLink[] {
	const wiki = text.includes("[[");
	const markdown = text.includes("](");
	if (!wiki && !markdown) return [];
	const out: RawLink[] = [];
	if (wiki) for (const m of wikiLinks(text)) {
		const inner = m.inner;
		const pipe = inner.indexOf("|");
		const target = cleanTarget(pipe >= 0 ? withoutTableEscape(inner.slice(0, pipe)) : inner);
		if (target !== "" && !hasNonNoteExtension(target)) out.push({ target, embed: m.embed, markdown: false });
	}
	if (markdown) for (const m of markdownLinks(text)) {
		let url = m.url;
		if (url.startsWith("<")) url = url.slice(1, -1);
		if (SCHEME.test(url)) continue;
		const target = markdownTarget(url);
		if (target !== "" && !hasNonNoteExtension(target)) out.push({ target, embed: m.embed, markdown: true });
	}
	return out;
}

function hasNonNoteExtension(target: string): boolean {
	const name = target.slice(target.lastIndexOf("/") + 1);
	// Most names have no dot: no extension to look at.
	return name.includes(".") && /\.(png|jpe?g|gif|svg|webp|pdf|mp3|mp4|webm|wav|m4a|canvas|base|excalidraw|csv|json|txt|docx?|xlsx?|pptx?|zip)$/i.test(name);
}

/** Removes `inline code` so that links and tags inside it are not read. */
export function stripInlineCode(text: string): string {
	if (!text.includes("`")) return text;
	let out = "";
	let copied = 0;
	for (const [start, end] of codeSpans(text)) {
		out += text.slice(copied, start) + " ";
		copied = end;
	}
	return out + text.slice(copied);
}

/**
 * Where the code span opened by the backticks at `i` ends, or -1, as `(`+)[^`]*?\1` matched: the
 * next run of at least as many backticks closes it; failing that, a run of two or more backticks is
 * itself an empty span (its first half opens, its second half closes).
 */
function codeSpanEnd(text: string, i: number): number {
	let runEnd = i;
	while (text[runEnd] === "`") runEnd++;
	const run = runEnd - i;
	let close = runEnd;
	while (close < text.length && text[close] !== "`") close++;
	let closing = 0;
	while (text[close + closing] === "`") closing++;
	if (closing >= run) return close + run;
	const half = Math.floor(run / 2);
	return half >= 1 ? i + 2 * half : -1;
}

/** Where links (`[[…]]`, `[…](…)`) and inline code spans are in `text`, as [start, end) offsets. */
export function linkSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	if (text.includes("[")) {
		for (const l of wikiLinks(text)) spans.push([l.start, l.end]);
		if (text.includes("](")) for (const l of markdownLinks(text)) spans.push([l.start, l.end]);
	}
	if (text.includes("`")) for (const span of codeSpans(text)) spans.push(span);
	return spans;
}

/** A character that is neither a space nor a field sign: what masked text is filled with. */
export const MASK = "\uE000";

/**
 * `text` with every link and inline code span filled with MASK (same length, same offsets), so that
 * a date or field written inside `[[2026-11-01 📅 notes]]` is never read or rewritten as the task's.
 */
export function maskLinks(text: string): string {
	const spans = linkSpans(text);
	return spans.length === 0 ? text : maskSpans(text, spans);
}

/** The text with each span filled with MASK, offsets kept (spans in any order, overlapping or not). */
export function maskSpans(text: string, spans: readonly (readonly [number, number])[]): string {
	const sorted = spans.length > 1 ? spans.slice().sort((a, b) => a[0] - b[0]) : spans;
	let out = "";
	let at = 0;
	for (const [start, end] of sorted) {
		const from = Math.max(start, at);
		const to = Math.min(end, text.length);
		if (to <= from) continue;
		out += text.slice(at, from) + MASK.repeat(to - from);
		at = to;
	}
	return out + text.slice(at);
}

function codeSpans(text: string): [number, number][] {
	const out: [number, number][] = [];
	let i = 0;
	while (i < text.length) {
		if (text[i] !== "`") {
			i++;
			continue;
		}
		const end = codeSpanEnd(text, i);
		if (end < 0) i++;
		else {
			out.push([i, end]);
			i = end;
		}
	}
	return out;
}

/** `[[inner]]` and `![[inner]]`: the inner text runs to the first `]` and may not cross a line. */
export function* wikiLinks(text: string): Generator<{ inner: string; embed: boolean; start: number; end: number }> {
	const stops = new NextStop(text, (ch) => ch === "]" || ch === "\n");
	let i = text.indexOf("[[");
	while (i >= 0) {
		const stop = stops.after(i + 2);
		if (stop > i + 2 && text[stop] === "]" && text[stop + 1] === "]") {
			yield { inner: text.slice(i + 2, stop), embed: text[i - 1] === "!", start: i, end: stop + 2 };
			i = text.indexOf("[[", stop + 2);
		} else i = text.indexOf("[[", i + 1);
	}
}

/** `[label](url "title")`, `![label](<url with spaces>)`: one pass, each label end's tail read once. */
export function* markdownLinks(text: string): Generator<{ url: string; embed: boolean; start: number; end: number }> {
	const stops = new NextStop(text, (ch) => ch === "]" || ch === "\n");
	const scan = new TailScan(text);
	let lastStop = -1;
	let tail: { url: string; end: number } | null = null;
	let i = text.indexOf("[");
	while (i >= 0) {
		const stop = stops.after(i + 1);
		if (stop !== lastStop) {
			lastStop = stop;
			tail = text[stop] === "]" && text[stop + 1] === "(" ? scan.tail(stop + 2) : null;
		}
		if (tail) {
			yield { url: tail.url, embed: text[i - 1] === "!", start: i, end: tail.end };
			i = text.indexOf("[", tail.end);
		} else i = text.indexOf("[", i + 1);
	}
}

/** Reads what follows `](`, each "next such character" found by a scan that is reused while it holds. */
class TailScan {
	private readonly nonSpace: NextStop;
	private readonly urlEnd: NextStop;
	private readonly angleEnd: NextStop;
	private readonly quote: NextStop;

	constructor(private readonly text: string) {
		this.nonSpace = new NextStop(text, (ch) => !isSpace(ch));
		this.urlEnd = new NextStop(text, (ch) => ch === ")" || isSpace(ch));
		this.angleEnd = new NextStop(text, (ch) => ch === ">" || ch === "\n");
		this.quote = new NextStop(text, (ch) => ch === '"');
	}

	/** Spaces, the url (`<...>` or up to a space or `)`), an optional `"title"`, spaces, `)`. */
	tail(from: number): { url: string; end: number } | null {
		const text = this.text;
		const start = this.nonSpace.after(from);
		if (text[start] === "<") {
			const close = this.angleEnd.after(start + 1);
			if (text[close] === ">" && close > start + 1) {
				const end = this.closeParen(close + 1);
				if (end >= 0) return { url: text.slice(start, close + 1), end };
			}
		}
		const urlEnd = this.urlEnd.after(start);
		if (urlEnd === start) return null;
		const end = this.closeParen(urlEnd);
		return end >= 0 ? { url: text.slice(start, urlEnd), end } : null;
	}

	/** After a url: an optional ` "title"`, then spaces and `)`; the index after `)`, or -1. */
	private closeParen(from: number): number {
		const text = this.text;
		const spaced = this.nonSpace.after(from);
		if (spaced > from && text[spaced] === '"') {
			const quote = this.quote.after(spaced + 1);
			if (quote < text.length) {
				const paren = this.nonSpace.after(quote + 1);
				if (text[paren] === ")") return paren + 1;
			}
		}
		return text[spaced] === ")" ? spaced + 1 : -1;
	}
}

/**
 * The first index at or after a position where `isStop` holds (or the text's length). Scanners ask
 * from positions that mostly grow, so the last answer is reused while it still holds: each stretch
 * of text is read about once.
 */
class NextStop {
	private from = -1;
	private found = -1;

	constructor(
		private readonly text: string,
		private readonly isStop: (ch: string) => boolean,
	) {}

	after(from: number): number {
		if (from >= this.from && from <= this.found) return this.found;
		let i = from;
		while (i < this.text.length && !this.isStop(this.text[i] ?? "")) i++;
		this.from = from;
		this.found = i;
		return i;
	}
}
