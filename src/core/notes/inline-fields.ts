import { isDigit, isSpace, skipQuotePrefix, skipSpaces } from "../shared/scan";

/** A Dataview inline field written in a note's body: `key:: value` on its own line, or `[key:: value]` / `(key:: value)` inside one. */
export interface InlineField {
	/** The key as written, formatting (`**`, `_`) removed. */
	key: string;
	value: string;
	line: number;
}

/*
 * Both shapes are read by one-pass scanners (not regular expressions, whose lazy keys and values
 * backtracked with the square of a line's length). They read what these patterns read:
 *   bracketed:  /[[(]([^[\]():]+?)::[ \t]*(…)\s*[\])]/gu, the value up to the opener's own closer (`closersOf`)
 *   whole line: /^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?([^\s:[\]()>#`][^:[\]()`]*?)\s*::[ \t]*(.*)$/u
 */

const KEY_MARKUP = "*_~=";

/** The key without the formatting around it (`**key**`, `_key_`), trimmed. */
function cleanKey(key: string): string {
	let start = 0;
	let end = key.length;
	while (start < end && KEY_MARKUP.includes(key[start] ?? " ")) start++;
	while (end > start && KEY_MARKUP.includes(key[end - 1] ?? " ")) end--;
	return key.slice(start, end).trim();
}

/**
 * A whole-line key without the marks before its first letter, digit or `_`, as Dataview drops them:
 * list-callout marks (`- ; attendees::`, `- & Agenda::`), an emoji (`🎯 Goal::`), bold (`**Status**::`).
 */
function withoutLeadingMarks(key: string): string {
	return key.replace(LEADING_MARKS, "");
}

const LEADING_MARKS = /^[^\p{L}\p{N}_]+/u;

/** Characters that end a bracketed field's key: brackets, parentheses and colons. */
function endsBracketedKey(ch: string): boolean {
	return ch === "[" || ch === "]" || ch === "(" || ch === ")" || ch === ":";
}

/** Characters a whole-line field's key never holds after its first: colons, brackets, parentheses, backticks. */
function endsLineKey(ch: string): boolean {
	return endsBracketedKey(ch) || ch === "`";
}

/** `.` in a pattern without the `s` flag: anything but a line terminator. */
function isLineTerminator(ch: string): boolean {
	return ch === "\n" || ch === "\r" || ch === "\u2028" || ch === "\u2029";
}

/** The closer of each opener: `[` with `]`, `(` with `)`. */
const CLOSER_OF: Readonly<Record<string, string>> = { "[": "]", "(": ")" };

/**
 * Where each `[` and `(` of a line is closed, as Dataview closes a bracketed field: by its own kind of closer,
 * pairs of that kind inside skipped (`[with:: [[Anna]], [[Ben]] ]`), a character after `\` not counted; -1 when
 * it never is. One pass, a stack per kind.
 */
function closersOf(line: string): Int32Array {
	const closes = new Int32Array(line.length).fill(-1);
	const open: Record<string, number[]> = { "[": [], "(": [] };
	for (let i = 0; i < line.length; i++) {
		const ch = line[i] ?? "";
		if (ch === "\\") i++;
		else if (ch === "[" || ch === "(") open[ch]?.push(i);
		else if (ch === "]" || ch === ")") {
			const at = (ch === "]" ? open["["] : open["("])?.pop();
			if (at !== undefined) closes[at] = i;
		}
	}
	return closes;
}

/**
 * Every `[key:: value]` and `(key:: value)` of a line, left to right: the key runs from the opener
 * to the first `::` (no brackets or colons in it), the value to the opener's own closer, brackets of
 * its kind inside it paired (`[company:: [[Acme]] ]` is Acme's link). A field that never closes is none;
 * a later one still may be.
 */
function bracketedFieldsOf(line: string, lineNo: number, out: InlineField[]): void {
	let closes: Int32Array | null = null;
	let i = 0;
	while (i < line.length) {
		const ch = line[i] ?? "";
		if (CLOSER_OF[ch] === undefined) {
			i++;
			continue;
		}
		let keyEnd = i + 1;
		while (keyEnd < line.length && !endsBracketedKey(line[keyEnd] ?? "")) keyEnd++;
		if (keyEnd === i + 1 || line[keyEnd] !== ":" || line[keyEnd + 1] !== ":") {
			i++;
			continue;
		}
		closes ??= closersOf(line);
		const close = closes[i] ?? -1;
		if (close < 0) {
			i++;
			continue;
		}
		const key = cleanKey(line.slice(i + 1, keyEnd));
		if (key !== "") out.push({ key, value: line.slice(keyEnd + 2, close).trim(), line: lineNo });
		i = close + 1;
	}
}

/** Where the key would start after a list marker (`-`, `*`, `+`, `1.`, `1)` and at least one space) at `at`; -1 when there is none. */
function afterListMarker(line: string, at: number): number {
	let end = at;
	const ch = line[at];
	if (ch === "-" || ch === "*" || ch === "+") end = at + 1;
	else {
		while (isDigit(line[end])) end++;
		if (end === at || (line[end] !== "." && line[end] !== ")")) return -1;
		end++;
	}
	return isSpace(line[end]) ? skipSpaces(line, end) : -1;
}

/** The `key:: value` taking the whole line with its key starting at `start`, or null. */
function wholeLineFieldAt(line: string, start: number): { key: string; value: string } | null {
	const first = line[start];
	if (first === undefined || isSpace(first) || endsLineKey(first) || first === ">" || first === "#") return null;
	let colons = start + 1;
	while (colons < line.length && !endsLineKey(line[colons] ?? "")) colons++;
	if (line[colons] !== ":" || line[colons + 1] !== ":") return null;
	for (let j = colons + 2; j < line.length; j++) if (isLineTerminator(line[j] ?? "")) return null;
	return { key: line.slice(start, colons).trimEnd(), value: line.slice(colons + 2) };
}

/** The one field a line holds when it is `key:: value` (after any quote and list marker). */
function wholeLineField(line: string): { key: string; value: string } | null {
	const at = skipQuotePrefix(line);
	const afterMarker = afterListMarker(line, at);
	return (afterMarker >= 0 ? wholeLineFieldAt(line, afterMarker) : null) ?? wholeLineFieldAt(line, at);
}

/** The inline fields of one line, as Dataview reads them: bracketed fields first, else one field taking the whole line. */
export function inlineFieldsOf(line: string, lineNo: number): InlineField[] {
	const out: InlineField[] = [];
	if (line.includes("[") || line.includes("(")) bracketedFieldsOf(line, lineNo, out);
	if (out.length > 0) return out;
	const whole = wholeLineField(line);
	const key = cleanKey(withoutLeadingMarks(whole?.key ?? ""));
	if (whole && key !== "") out.push({ key, value: whole.value.trim(), line: lineNo });
	return out;
}
