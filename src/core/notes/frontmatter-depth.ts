/**
 * How deep a frontmatter's lists and maps may nest: far past any real note (two or three levels), well
 * short of what overflows the stack of a parser or of Rapport's own rules (a few thousand levels).
 * js-yaml stops at the same depth.
 */
export const MAX_FRONTMATTER_DEPTH = 100;

interface Frame {
	value: object;
	children: unknown[];
	next: number;
	/** The height of the highest child walked so far. */
	highest: number;
}

const isNested = (value: unknown): value is object => typeof value === "object" && value !== null;

const frameOf = (value: object): Frame => ({ value, children: Object.values(value), next: 0, highest: 0 });

/**
 * Whether `value` nests lists or maps more than `max` levels deep, or holds itself (an alias to its own
 * anchor). Walked without recursion, each list or map once however many aliases share it (an alias bomb
 * of shared lists is as many steps as it has lists, not as it has paths).
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
	if (!isNested(value)) return false;
	// Most values nest one level (a list of tags, of attendees): told without a walk.
	if (!Object.values(value).some(isNested)) return max < 1;
	const heights = new Map<object, number>();
	const open = new Set<object>([value]);
	const stack: Frame[] = [frameOf(value)];
	for (let top = stack[0]; top !== undefined; top = stack[stack.length - 1]) {
		if (top.next < top.children.length) {
			const child = top.children[top.next++];
			if (!isNested(child)) continue;
			const known = heights.get(child);
			if (known !== undefined) {
				top.highest = Math.max(top.highest, known);
				continue;
			}
			// A list or map inside itself, or one level more than `max` on the way down.
			if (open.has(child) || stack.length >= max) return true;
			open.add(child);
			stack.push(frameOf(child));
			continue;
		}
		stack.pop();
		open.delete(top.value);
		const height = top.highest + 1;
		heights.set(top.value, height);
		const parent = stack[stack.length - 1];
		if (parent) parent.highest = Math.max(parent.highest, height);
	}
	return false;
}

/** The first key of a frontmatter whose value nests too deep (see `nestsDeeperThan`), or null. */
export function tooDeepKey(frontmatter: Record<string, unknown>): string | null {
	for (const [key, value] of Object.entries(frontmatter)) if (nestsDeeperThan(value, MAX_FRONTMATTER_DEPTH)) return key;
	return null;
}

/** Where a line's block levels end: its indent, then each `- ` of a compact nested list (`- - - x`). */
function blockStart(line: string): { indent: number; items: number; at: number } {
	let at = 0;
	while (line[at] === " ") at++;
	const indent = at;
	let items = 0;
	while (line[at] === "-" && (line[at + 1] === " " || at + 1 === line.length)) {
		items++;
		at += 1;
		while (line[at] === " ") at++;
	}
	return { indent, items, at };
}

/**
 * A line whose value is a block scalar (`notes: |`, `- >-`, `text: |2 # comment`, after an anchor or a tag: `notes: &n |`,
 * `- !!str >`): the lines under it are its text.
 */
const BLOCK_SCALAR = /(?:^|[:-])[ \t]*(?:[&!]!?[^\s&!|>]*[ \t]+){0,2}[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/** A space, a tab or the line's end: what ends an indicator (`key: `, `- `, `? `). */
const endsIndicator = (next: string | undefined): boolean => next === undefined || next === " " || next === "\t";

/**
 * Whether a value may start after the character `c` (followed by `next`): after a `, ` inside a list or map, or an indicator
 * that ends (`key: `, `- `, `? `; a `:` in a flow list or map at once). Not after a dash, comma or question mark inside plain
 * text (`https://x.com/a-[b`, `Anna,[Dana`, `why?[x`): a bracket there is text, as YAML reads it, and opens no list.
 */
function startsValue(c: string, next: string | undefined, inFlow: boolean): boolean {
	if (c === ",") return inFlow;
	if (c === ":") return inFlow || endsIndicator(next);
	return (c === "-" || c === "?") && endsIndicator(next);
}

/** A character a plain value may start with: no indicator of a list, map, quote, comment, anchor, tag, alias or block scalar. */
const PLAIN_START = /^[^[\]{}"'#&!*|>%@`,]$/u;

/**
 * The indent past which the lines under a plain value are its text, wrapped (`desc: first line` / `  - [draft`, as YAML
 * reads them): past its key's column (`keyAt`), or past the dash of a list item that is the value itself (`- first line`);
 * null for a plain value that is neither.
 */
function plainWrapIndent(keyAt: number | null, plainAt: number, items: number, contentAt: number): number | null {
	if (keyAt !== null) return keyAt;
	return items > 0 && plainAt === contentAt ? contentAt - 1 : null;
}

/** Reading one frontmatter block's text for how deep it nests (see `tooDeepLine`). */
class NestingScan {
	private readonly indents: number[] = [];
	private block = 0;
	private flow = 0;
	private quote: string | null = null;
	/** The indent of the line a block scalar (`notes: |`) starts on, while its text goes on: text, not levels. */
	private scalarIndent: number | null = null;

	/** The deepest level `line` reaches (block levels, then brackets), its quotes, comments and block scalars aside. */
	line(line: string): number {
		let at = 0;
		let valueMayStart = true;
		/** Where a plain value starts on this line (`desc: first line`), and the key before it, for the lines that wrap it. */
		let plainAt: number | null = null;
		let keyAt: number | null = null;
		let items = 0;
		let contentAt = 0;
		if (this.flow === 0 && this.quote === null) {
			const start = blockStart(line);
			if (line.slice(start.at).trim() === "" || line[start.at] === "#") return this.block;
			if (this.scalarIndent !== null && start.indent > this.scalarIndent) return this.block;
			this.scalarIndent = BLOCK_SCALAR.test(line) ? start.indent : null;
			items = start.items;
			contentAt = start.at;
			while (this.indents.length > 0 && (this.indents[this.indents.length - 1] ?? 0) >= start.indent) this.indents.pop();
			this.indents.push(start.indent);
			// The frontmatter's own keys (the first indent) are no level of a value: `a: [x]` is one level deep.
			this.block = this.indents.length - 1 + start.items;
			at = start.at;
		}
		let deepest = this.block + this.flow;
		for (; at < line.length; at++) {
			const c = line[at] ?? "";
			if (this.quote !== null) {
				if (c === "\\" && this.quote === '"') at++;
				else if (c === this.quote && !(c === "'" && line[at + 1] === "'")) this.quote = null;
				else if (c === "'" && this.quote === "'") at++;
				continue;
			}
			if (c === "#" && (at === 0 || line[at - 1] === " " || line[at - 1] === "\t")) {
				plainAt = null;
				break;
			}
			if (c === " " || c === "\t") continue;
			if (valueMayStart && (c === "&" || c === "!")) {
				while (at + 1 < line.length && line[at + 1] !== " ") at++;
				continue;
			}
			const opens: boolean = (c === "[" || c === "{") && (this.flow > 0 || valueMayStart);
			if (opens) this.flow++;
			else if ((c === "]" || c === "}") && this.flow > 0) this.flow--;
			else if ((c === '"' || c === "'") && valueMayStart) this.quote = c;
			deepest = Math.max(deepest, this.block + this.flow);
			const starts = startsValue(c, line[at + 1], this.flow > 0);
			if (this.flow === 0 && c === ":" && starts && plainAt !== null) {
				keyAt = plainAt;
				plainAt = null;
			} else if (this.flow === 0 && valueMayStart && !starts && !opens && PLAIN_START.test(c)) plainAt = at;
			else if (opens || this.quote !== null) plainAt = null;
			valueMayStart = opens || starts;
		}
		if (this.flow === 0 && this.quote === null && plainAt !== null && this.scalarIndent === null) this.scalarIndent = plainWrapIndent(keyAt, plainAt, items, contentAt);
		return deepest;
	}
}

/**
 * The 0-based line of `lines` (from `from` up to `to`, a frontmatter block's text) where its lists and maps nest more
 * than `max` levels: block levels by indent and `- ` items, and `[`/`{` brackets, quotes and comments aside. An estimate
 * made without a YAML parser, in one pass, to say where a parser gave up on a note or Obsidian shows no properties; null when none does.
 */
export function tooDeepLine(lines: readonly string[], from: number, to: number, max: number = MAX_FRONTMATTER_DEPTH): number | null {
	const scan = new NestingScan();
	for (let i = from; i < to; i++) if (scan.line(lines[i] ?? "") > max) return i;
	return null;
}
