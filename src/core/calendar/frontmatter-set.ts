import { isFlowMapping, setFlowEntries } from "../contacts/frontmatter-json";
import { hasUnreadKeys } from "../contacts/frontmatter-key-forms";
import { yamlScalar } from "../contacts/yaml-lite";
import { opensWithRule } from "../notes/leading-rule";
import { lineEndingNear } from "../shared/line-ends";
import { appendAll } from "../shared/lists";
import { appendedToFlowList, entryComment, flowListEnd, flowListValues, itemValue } from "./list-items";

/** A frontmatter value as Rapport writes it for meetings: a plain line value, or a list of strings. */
export type MeetingValue = { plain: string } | string[] | string;

/** The YAML lines of one entry: `date: 2026-11-05T14:30` as written, lists as `  - "[[Anna]]"`. */
export function entryLines(key: string, value: MeetingValue): string[] {
	if (Array.isArray(value)) return value.length === 0 ? [`${key}: []`] : [`${key}:`, ...value.map((v) => `  - ${yamlScalar(v)}`)];
	if (typeof value === "string") return [`${key}: ${yamlScalar(value)}`];
	return [`${key}: ${value.plain}`];
}

// A line ends at `\r\n`, `\n` or a lone `\r`, as Obsidian's editor reads it (see shared/line-ends.ts).
const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
/** A line that continues the entry above it: indented text, or a `- item` of a list written at the margin. */
const CONTINUES = /^([ \t]+\S|-([ \t\r\n]|$))/;
/** A line YAML skips inside a list: blank, or only a comment. */
const SKIPPED = /^[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n)?$/;
const CLOSE = /(^|\r\n|\r|\n)(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)/;
/** The lines of a block, each with its own line break. */
const LINES = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g;
const LINE_BREAK_AT_END = /(?:\r\n|\r|\n)$/;

/**
 * Sets frontmatter keys in a note's text and changes nothing else: an existing entry (its line and
 * the indented or `- ` lines that continue it) is replaced in place, a missing one is added before the
 * closing `---`. Line endings, BOM, other keys, their order and the body stay byte for byte. A block
 * that writes a key in a form this editor does not read as a key (`? date`, `!!str date:`, keys indented
 * as a whole: see `hasUnreadKeys`) is left as it is: a `date:` line added beside it could be the same key
 * twice, or break the block, and Obsidian would then read none of the note's properties.
 */
export function setFrontmatterEntries(text: string, entries: readonly [string, MeetingValue][]): string {
	if (entries.length === 0) return text;
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const rest = text.slice(bom.length);
	// A first line `---` that is a horizontal rule (prose under it, no line closing it) opens no frontmatter.
	const open = opensWithRule(rest) ? null : OPEN.exec(rest);
	const close = open ? CLOSE.exec(rest.slice(open[0].length)) : null;
	// The first line's break: the frontmatter's own (its body may end lines otherwise), or the line a new block goes above.
	const eol = lineEndingNear(rest, 0);
	// No frontmatter: a new block with the entries written as they are below (a second update then changes nothing).
	if (!open) return `${bom}---${eol}${entries.flatMap(([k, v]) => entryLines(k, v)).join(eol)}${eol}---${eol}${rest}`;
	// A first line `---` no line closes: the lines below may be the user's properties, which a block put above would
	// leave in the body for good; the note stays as it is (the writers say why: `uneditableProperties`).
	if (!close) return text;
	const start = open[0].length;
	const end = start + close.index + (close[1] ?? "").length;
	const block = rest.slice(start, end);
	if (isFlowMapping(block)) {
		const set = setFlowEntries(block, entries.map(([k, v]) => [k, typeof v === "object" && !Array.isArray(v) ? v.plain : v]), "set", eol);
		return set === null ? text : bom + rest.slice(0, start) + set + rest.slice(end);
	}
	let lines: string[] = block.match(LINES) ?? [];
	if (hasUnreadKeys(lines.map((l) => l.replace(LINE_BREAK_AT_END, "")))) return text;
	const missing: string[] = [];
	for (const [key, value] of entries) {
		const wanted = entryLines(key, value);
		const keyLine = keyLinePattern(key);
		const at = lines.findIndex((l) => keyLine.test(l));
		if (at < 0) {
			appendAll(missing, wanted);
			continue;
		}
		const written = keyLine.exec(lines[at] ?? "")?.[1] ?? key;
		// An anchor or tag on the value (`attendees: &team`, which `also: *team` refers to) stays: without it the whole block would no longer read.
		const props = nodeProperties(lines[at] ?? "", keyLine);
		wanted[0] = `${written}:${props === "" ? "" : ` ${props}`}${(wanted[0] ?? "").slice(key.length + 1)}`;
		const stop = entryEnd(lines, at);
		const entry = lines.slice(at, stop);
		const appended = Array.isArray(value) ? (appendedToBlockList(entry, value, eol) ?? appendedToFlowList(entry, value)) : null;
		if (appended) {
			lines = replaced(lines, at, stop, appended);
			continue;
		}
		// The user's comment after a one-line value (`date: … # moved twice`) stays after the new value.
		if (!Array.isArray(value) && stop === at + 1) wanted[0] += entryComment(lines[at] ?? "");
		const ending = LINE_BREAK_AT_END.exec(lines[stop - 1] ?? "")?.[0] ?? "";
		lines = replaced(lines, at, stop, wanted.map((l, i) => l + (i < wanted.length - 1 ? eol : ending)));
	}
	let written = lines.join("");
	if (missing.length > 0) written += (written === "" || LINE_BREAK_AT_END.test(written) ? "" : eol) + missing.join(eol) + eol;
	return bom + rest.slice(0, start) + written + rest.slice(end);
}

/**
 * `lines` with those from `at` up to `stop` replaced by `items`, as a new list: `splice(at, n, ...items)`
 * passes each item as an argument, and 120,000 attendees overflow the stack.
 */
function replaced(lines: readonly string[], at: number, stop: number, items: readonly string[]): string[] {
	return lines.slice(0, at).concat(items, lines.slice(stop));
}

/**
 * How `key` is written in the frontmatter of `text`: its entry's lines (the key's line and those
 * continuing it), line ends left out; the whole block when it is a flow mapping (`{a: 1}`); null when
 * the note has no frontmatter or no such key. Two texts with the same answer give `setFrontmatterEntries` the same entry to replace.
 */
export function frontmatterEntryOf(text: string, key: string): string | null {
	const entry = entryOf(text, key);
	if (entry === null || typeof entry === "string") return entry;
	return entry.map((l) => l.replace(LINE_BREAK_AT_END, "")).join("\n");
}

/** `key`'s entry in the frontmatter of `text`: its lines, line breaks kept; the whole block (one string) when it is a flow mapping; null when there is none. */
function entryOf(text: string, key: string): string[] | string | null {
	const rest = text.startsWith("\uFEFF") ? text.slice(1) : text;
	// A first line `---` that is a horizontal rule (prose under it, no line closing it) opens no frontmatter.
	const open = opensWithRule(rest) ? null : OPEN.exec(rest);
	const close = open ? CLOSE.exec(rest.slice(open[0].length)) : null;
	if (!open || !close) return null;
	const block = rest.slice(open[0].length, open[0].length + close.index + (close[1] ?? "").length);
	if (isFlowMapping(block)) return block.replace(/\r\n?/g, "\n");
	const lines = block.match(LINES) ?? [];
	const keyLine = keyLinePattern(key);
	const at = lines.findIndex((l) => keyLine.test(l));
	return at < 0 ? null : lines.slice(at, entryEnd(lines, at));
}

/**
 * The items of `key`'s list in the frontmatter of `text` as YAML reads them (a block list or a flow
 * list; empty items left out): [] when the note has no such key, null when the entry is something
 * this reader cannot tell (a single value, a flow mapping, an item it cannot read).
 */
export function listEntryValues(text: string, key: string): string[] | null {
	const entry = entryOf(text, key);
	if (entry === null) return [];
	if (typeof entry === "string") return null;
	const flow = flowListValues(entry);
	if (flow) return flow;
	const [keyLine = "", ...rest] = entry;
	if (!/:[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n)?$/.test(keyLine)) return null;
	const values: string[] = [];
	for (const line of rest) {
		if (SKIPPED.test(line) || EMPTY_ITEM.test(line)) continue;
		const value = itemValue(ITEM.exec(line)?.[3] ?? "");
		if (value === null || !ITEM.test(line)) return null;
		if (value.trim() !== "") values.push(value);
	}
	return values;
}

/**
 * Where the entry whose key is on line `at` ends: after its flow list (which may close at the margin)
 * and its last continuing line. Blank and comment
 * lines between its items are its own (YAML reads the list on past them); those after its last item
 * are left where they are, before the next key.
 */
function entryEnd(lines: readonly string[], at: number): number {
	let stop = flowListEnd(lines, at);
	for (let i = stop; i < lines.length; i++) {
		const line = lines[i] ?? "";
		if (CONTINUES.test(line)) stop = i + 1;
		else if (!SKIPPED.test(line)) break;
	}
	return stop;
}

const ITEM = /^([ \t]*)-([ \t]+)(.*?)(\r\n|\r|\n)?$/;
const EMPTY_ITEM = /^[ \t]*-(?:[ \t]+(?:~|null|Null|NULL))?[ \t]*(?:[ \t]#[^\r\n]*)?(?:\r\n|\r|\n)?$/;

/**
 * An entry written as a block list (`key:` then `- item` lines, comments between) whose items are the
 * start of `wanted`: its lines with the other items appended after the last one, in its indentation,
 * so the user's comments and quoting stay. Null when the entry is anything else (it is then written anew).
 */
function appendedToBlockList(entry: readonly string[], wanted: readonly string[], eol: string): string[] | null {
	const [keyLine = "", ...rest] = entry;
	if (!/:[ \t]*(?:[&!][^\s]*[ \t]*)*(?:#[^\r\n]*)?(?:\r\n|\r|\n)?$/.test(keyLine)) return null;
	let last = -1;
	let style = { indent: "", gap: " " };
	const values: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const line = rest[i] ?? "";
		if (SKIPPED.test(line)) continue;
		// An empty item (`-`, `- ""`, `- ~`), as a template leaves one: YAML reads nothing there and the list of names skips it.
		if (EMPTY_ITEM.test(line)) {
			last = i;
			continue;
		}
		const m = ITEM.exec(line);
		const value = m ? itemValue(m[3] ?? "") : null;
		if (!m || value === null) return null;
		last = i;
		style = { indent: m[1] ?? "", gap: m[2] ?? " " };
		if (value.trim() !== "") values.push(value);
	}
	if (last < 0 || values.length > wanted.length || values.some((v, i) => v !== wanted[i])) return null;
	const lastLine = rest[last] ?? "";
	const ending = LINE_BREAK_AT_END.exec(lastLine)?.[0] ?? eol;
	const added = wanted.slice(values.length).map((v) => `${style.indent}-${style.gap}${yamlScalar(v)}${ending}`);
	return [keyLine, ...rest.slice(0, last), LINE_BREAK_AT_END.test(lastLine) ? lastLine : lastLine + eol, ...added, ...rest.slice(last + 1)];
}

/** The anchor and tag written before an entry's value (`&team`, `!!seq`, `&d !!str`), or "". */
function nodeProperties(line: string, keyLine: RegExp): string {
	const key = keyLine.exec(line);
	if (!key) return "";
	return /^[ \t]*((?:[&!][^\s]*)(?:[ \t]+[&!][^\s]*)*)(?=[ \t\r\n]|$)/.exec(line.slice(key[0].length))?.[1] ?? "";
}

/** The line that opens `key`'s entry, the key as the user wrote it: bare, or in double or single quotes. */
function keyLinePattern(key: string): RegExp {
	return new RegExp(`^(${escape(key)}|"${escape(key)}"|'${escape(key)}')[ \\t]*:`);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
