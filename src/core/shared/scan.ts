/**
 * Small hand-written scanners for the shapes note text is read in, each one pass over the text.
 * They replace regular expressions whose backtracking grows with the square (or cube) of a line's
 * length: one pasted line must never freeze Obsidian.
 */

const SPACE = /\s/;

/** Whether `ch` is whitespace as `\s` in a regular expression reads it. */
export function isSpace(ch: string | undefined): boolean {
	if (ch === undefined || ch === "") return false;
	const code = ch.charCodeAt(0);
	if (code < 128) return code === 32 || (code >= 9 && code <= 13);
	return SPACE.test(ch);
}

/**
 * A blank between the parts of a Markdown line (list marker, checkbox, text): whitespace, but not a
 * line or paragraph separator (U+2028, U+2029), which text pasted from Word or a PDF holds and which
 * neither Obsidian nor CommonMark reads as a blank.
 */
export function isBlankInLine(ch: string | undefined): boolean {
	return ch !== "\u2028" && ch !== "\u2029" && isSpace(ch);
}

/** The first index at or after `from` that is not a blank in the line (see `isBlankInLine`). */
export function skipBlanksInLine(text: string, from: number): number {
	let i = from;
	while (i < text.length && isBlankInLine(text[i])) i++;
	return i;
}

/** The first index at or after `from` that is not whitespace. */
export function skipSpaces(text: string, from: number): number {
	let i = from;
	while (i < text.length && isSpace(text[i])) i++;
	return i;
}

/**
 * `text` without the run of characters at its end that `drop` takes: what `text.replace(/[…]+$/, "")`
 * gives, in one pass from the end. The pattern tries every run in the text and scans it to its end,
 * so a long run of spaces inside a value costs the square of its length.
 */
export function trimEndWhile(text: string, drop: (ch: string) => boolean): string {
	let end = text.length;
	while (end > 0 && drop(text[end - 1] ?? "")) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** `text` without the run of characters at its start that `drop` takes, as `trimEndWhile` at the other end. */
export function trimStartWhile(text: string, drop: (ch: string) => boolean): string {
	let start = 0;
	while (start < text.length && drop(text[start] ?? "")) start++;
	return start === 0 ? text : text.slice(start);
}

/** The first index at or after `from` that is not whitespace or `>` (the indent of quotes and callouts). */
export function skipQuotePrefix(text: string, from = 0): number {
	let i = from;
	while (i < text.length && (text[i] === ">" || isSpace(text[i]))) i++;
	return i;
}

export function isAsciiLetter(ch: string | undefined): boolean {
	return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));
}

/** `\w` or `-`: the characters of a Dataview key after its first letter. */
export function isKeyChar(ch: string | undefined): boolean {
	return ch !== undefined && (isAsciiLetter(ch) || isDigit(ch) || ch === "_" || ch === "-");
}

export function isDigit(ch: string | undefined): boolean {
	return ch !== undefined && ch >= "0" && ch <= "9";
}

/**
 * A code fence opening or closing a line (after any indent and `>`): `[whole, run]` like a regex
 * match, with `run` the three or more backticks or tildes; null when the line is not a fence.
 */
export function fenceOpening(line: string): [string, string] | null {
	const start = skipQuotePrefix(line);
	const ch = line[start];
	if (ch !== "`" && ch !== "~") return null;
	let end = start;
	while (line[end] === ch) end++;
	return end - start >= 3 ? [line.slice(0, end), line.slice(start, end)] : null;
}

/**
 * The fence open after `line` (its run of backticks or tildes), given the one open before it (null:
 * none), as notes are read: only a line of a run of the same character, at least as long, and nothing
 * else closes a fence (a ``` line inside a ```` block is code).
 */
export function fenceAfter(line: string, open: string | null): string | null {
	const run = line.includes("```") || line.includes("~~~") ? fenceOpening(line)?.[1] : undefined;
	if (open === null) return run ?? null;
	const closes = run !== undefined && run[0] === open[0] && run.length >= open.length && line.trim().replace(/^(?:>\s?)*/, "").trim() === run;
	return closes ? null : open;
}

/** What a math block open after its opening line is told by: its delimiter. */
export const MATH_BLOCK = "$$";

/**
 * Whether `line` opens a `$$` math block, as Obsidian displays one: the line starts with `$$` (after any
 * indent and `>`) and does not close it again (`$$x^2$$` on one line is a formula, not a block).
 */
function opensMath(line: string): boolean {
	const start = skipQuotePrefix(line);
	return line.startsWith(MATH_BLOCK, start) && !line.includes(MATH_BLOCK, start + MATH_BLOCK.length);
}

/**
 * The code fence or math block open after `line` (a fence's run of backticks or tildes, or `$$`), given
 * the one open before it (null: none): what Obsidian shows as code or as a formula, never as text. A
 * math block runs to the next line holding `$$`, blank lines included, or to the end of the note.
 */
export function blockAfter(line: string, open: string | null): string | null {
	if (open === MATH_BLOCK) return line.includes(MATH_BLOCK) ? null : open;
	if (open !== null) return fenceAfter(line, open);
	return fenceAfter(line, null) ?? (line.includes(MATH_BLOCK) && opensMath(line) ? MATH_BLOCK : null);
}

/** A Dataview inline field in brackets or parentheses: `[key:: value]`, `(key:: value)`. */
export interface BracketedField {
	/** Offset of the opening bracket. */
	start: number;
	/** Offset just after the closing bracket. */
	end: number;
	key: string;
	/** Offset where the value starts (after `::` and spaces). */
	valueStart: number;
	/** Offset of the closing bracket. */
	valueEnd: number;
	/** The value, trimmed. */
	value: string;
}

/**
 * Every `[key:: value]` and `(key:: value)` in `text`, left to right, as Dataview reads them: the value
 * ends at the first `]` or `)`. Linear: a field that never closes ends the search, since no later
 * one can close either.
 */
export function bracketedFields(text: string): BracketedField[] {
	const out: BracketedField[] = [];
	let i = 0;
	while (i < text.length) {
		const open = nextOpener(text, i);
		if (open < 0) break;
		const field = fieldAt(text, open);
		if (field === "unclosed") break;
		if (field) {
			out.push(field);
			i = field.end;
		} else i = open + 1;
	}
	return out;
}

function nextOpener(text: string, from: number): number {
	for (let i = from; i < text.length; i++) if (text[i] === "[" || text[i] === "(") return i;
	return -1;
}

function nextCloser(text: string, from: number): number {
	for (let i = from; i < text.length; i++) if (text[i] === "]" || text[i] === ")") return i;
	return -1;
}

function fieldAt(text: string, open: number): BracketedField | null | "unclosed" {
	const keyStart = skipSpaces(text, open + 1);
	if (!isAsciiLetter(text[keyStart])) return null;
	let keyEnd = keyStart + 1;
	while (isKeyChar(text[keyEnd])) keyEnd++;
	const colons = skipSpaces(text, keyEnd);
	if (text[colons] !== ":" || text[colons + 1] !== ":") return null;
	const valueStart = skipSpaces(text, colons + 2);
	const close = nextCloser(text, colons + 2);
	if (close < 0) return "unclosed";
	const start = Math.min(valueStart, close);
	return { start: open, end: close + 1, key: text.slice(keyStart, keyEnd), valueStart: start, valueEnd: close, value: text.slice(start, close).trim() };
}

/**
 * The end of the YAML or JSON quoted string starting at `at` (just after its closing quote), or -1 when
 * it never closes: `"` strings skip a backslash's next character, `'` strings a doubled quote.
 */
export function quotedEnd(text: string, at: number): number {
	const quote = text[at];
	for (let i = at + 1; i < text.length; i++) {
		if (quote === '"' && text[i] === "\\") i++;
		else if (text[i] === quote) {
			if (quote === "'" && text[i + 1] === "'") i++;
			else return i + 1;
		}
	}
	return -1;
}
