/**
 * A fast reader for the frontmatter most notes have: plain keys at the start of the line, each with a
 * plain, quoted or empty scalar, a one-line flow list (`[a, "b"]`) or a block list (`- a` lines).
 * It answers `null` for anything else (comments, anchors, nested maps, multi-line strings, escapes,
 * numbers other than plain integers, …), and the caller then uses the full YAML parser. On every
 * block it accepts, it gives what gray-matter with js-yaml's core schema gives (a differential fuzz
 * test holds it to that), in a fraction of the time.
 */

import { trimEndWhile } from "../core/shared/scan";

type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[];

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const LIST_ITEM = /^( *)- +(.*)$/;
/** Characters js-yaml refuses or treats specially anywhere in a document: leave those to it. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what the fast path must leave to js-yaml
const UNSAFE_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\t\uFEFF\uFFFE\uFFFF\uD800-\uDFFF\u2028\u2029\u0085]/;
/** A plain scalar may not start with a YAML indicator, and may not hold `: `, ` #` or flow characters. */
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`\s]/;
const PLAIN_INSIDE = /: |:$| #|[[\]{},]/;
const NUMBER_LIKE = /^[-+.0-9]/;
const SIMPLE_INT = /^-?(?:0|[1-9][0-9]{0,14})$/;
const DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** A day with its time, as meeting notes write `date` (`2026-11-05T14:30`): a plain string in the core schema. */
const DAY_TIME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?$/;
/**
 * A count and a unit, as a cadence is written (`2w`, `14d`, `3mo`, `1y`): a string in every YAML
 * schema. Its first letter is none of those that make a number (`0x1F`, `0o17`, `0b101`, `1e3`).
 */
const COUNT_AND_UNIT = /^[0-9]{1,9}[ac-dfg-np-wyzA-DF-NP-WYZ][A-Za-z]*$/;
const NULLS = new Set(["null", "Null", "NULL", "~"]);
const TRUES = new Set(["true", "True", "TRUE"]);
const FALSES = new Set(["false", "False", "FALSE"]);
/** Words some YAML versions read as something else (1.1 booleans, special floats): not for the fast path. */
const AMBIGUOUS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN|=|<<)$/;

/** A value without the spaces after it, in linear time (see `trimEndWhile`). */
function withoutTrailingSpaces(raw: string): string {
	return trimEndWhile(raw, (ch) => ch === " ");
}

/** The scalar as js-yaml's core schema reads it, or undefined when the fast path does not decide it. */
function plainScalar(raw: string): Scalar | undefined {
	const text = withoutTrailingSpaces(raw);
	if (text === "" || NULLS.has(text)) return null;
	if (TRUES.has(text)) return true;
	if (FALSES.has(text)) return false;
	if (AMBIGUOUS.test(text)) return undefined;
	if (NUMBER_LIKE.test(text)) {
		if (SIMPLE_INT.test(text) && text !== "-0") return Number(text);
		return DAY.test(text) || DAY_TIME.test(text) || COUNT_AND_UNIT.test(text) ? text : undefined;
	}
	if (!PLAIN_START.test(text) || PLAIN_INSIDE.test(text)) return undefined;
	return text;
}

function quotedScalar(raw: string): string | undefined {
	const text = withoutTrailingSpaces(raw);
	const quote = text[0];
	if (text.length < 2 || text[text.length - 1] !== quote) return undefined;
	const inner = text.slice(1, -1);
	if (quote === '"') return inner.includes('"') || inner.includes("\\") ? undefined : inner;
	return inner.includes("'") ? undefined : inner;
}

function scalar(raw: string): Scalar | undefined {
	return raw.startsWith('"') || raw.startsWith("'") ? quotedScalar(raw) : plainScalar(raw);
}

/** `[a, "b", c]` on one line; undefined for nested or unusual lists. */
function flowList(raw: string): Scalar[] | undefined {
	const text = withoutTrailingSpaces(raw);
	if (!text.startsWith("[") || !text.endsWith("]")) return undefined;
	const inner = text.slice(1, -1);
	if (inner.trim() === "") return inner.includes("\n") ? undefined : [];
	const items: Scalar[] = [];
	let rest = inner;
	for (;;) {
		rest = rest.replace(/^ +/, "");
		let token: string;
		if (rest.startsWith('"') || rest.startsWith("'")) {
			const end = rest.indexOf(rest[0] ?? "", 1);
			if (end < 0) return undefined;
			token = rest.slice(0, end + 1);
			rest = rest.slice(end + 1).replace(/^ +/, "");
			const value = quotedScalar(token);
			if (value === undefined) return undefined;
			items.push(value);
		} else {
			const comma = rest.indexOf(",");
			token = comma < 0 ? rest : rest.slice(0, comma);
			rest = comma < 0 ? "" : rest.slice(comma);
			if (token.trim() === "" || /[:#"']/.test(token)) return undefined;
			const value = plainScalar(token);
			if (value === undefined || value === null) return undefined;
			items.push(value);
		}
		if (rest === "") return items;
		if (!rest.startsWith(",")) return undefined;
		rest = rest.slice(1);
		if (rest.trim() === "") return undefined;
	}
}

function inlineValue(raw: string): Value | undefined {
	return raw.startsWith("[") ? flowList(raw) : scalar(raw);
}

/**
 * The frontmatter block (the text between the opening `---` line and the closing `\n---`), read by
 * the fast path; null when it holds anything the fast path does not take.
 */
export function readSimpleFrontmatter(block: string): Record<string, Value> | null {
	if (UNSAFE_CHARS.test(block)) return null;
	const lines = block.split("\n");
	const data: Record<string, Value> = {};
	let listKey: string | null = null;
	let listIndent = -1;
	for (let i = 0; i < lines.length; i++) {
		let line = lines[i] ?? "";
		if (line.endsWith("\r")) line = line.slice(0, -1);
		if (line.includes("\r")) return null;
		if (line.trim() === "") {
			if (line !== "") return null;
			continue;
		}
		const item = LIST_ITEM.exec(line);
		if (item) {
			const list = listKey === null ? undefined : data[listKey];
			if (!Array.isArray(list)) return null;
			const indent = (item[1] ?? "").length;
			if (listIndent >= 0 && indent !== listIndent) return null;
			listIndent = indent;
			const value = scalar(item[2] ?? "");
			if (value === undefined || (item[2] ?? "").startsWith("[") || (item[2] ?? "").trim() === "") return null;
			list.push(value);
			continue;
		}
		const entry = KEY.exec(line);
		if (!entry) return null;
		const key = entry[1] ?? "";
		if (key === "__proto__" || Object.prototype.hasOwnProperty.call(data, key)) return null;
		const raw = entry[2] ?? "";
		if (raw.trim() === "") {
			// Either an empty value or the start of a block list: decided by the next line.
			const next = (lines[i + 1] ?? "").replace(/\r$/, "");
			data[key] = LIST_ITEM.test(next) ? [] : null;
			listKey = key;
			listIndent = -1;
			continue;
		}
		const value = inlineValue(raw);
		if (value === undefined) return null;
		data[key] = value;
		listKey = null;
	}
	return data;
}
