import { quotedEnd } from "../shared/scan";
import { yamlScalar } from "../contacts/yaml-lite";

/**
 * The items of an attendee list as YAML reads them, for appending to the list as the user wrote it:
 * the items, comments and line breaks already there stay, byte for byte.
 */

/** An item of a list as YAML reads it (a comment after it aside), or null when this reader cannot tell. */
export function itemValue(raw: string): string | null {
	const text = raw.trim();
	if (text.startsWith('"')) {
		const m = /^"((?:[^"\\]|\\.)*)"[ \t]*(?:#.*)?$/.exec(text);
		try {
			return m ? (JSON.parse(`"${m[1] ?? ""}"`) as string) : null;
		} catch {
			return null;
		}
	}
	if (text.startsWith("'")) {
		const m = /^'((?:[^']|'')*)'[ \t]*(?:#.*)?$/.exec(text);
		return m ? (m[1] ?? "").replace(/''/g, "'") : null;
	}
	const comment = /[ \t]#/.exec(text);
	return (comment ? text.slice(0, comment.index) : text).trim();
}

/**
 * The `# comment` that ends a one-line `key: value` entry, with the blanks before it as written
 * (`   # moved twice`), or "" when it has none. A `#` inside quotes or glued to the value is not one.
 */
export function entryComment(line: string): string {
	const body = line.replace(/(?:\r\n|\r|\n)$/, "");
	const colon = /^(?:"[^"]*"|'[^']*'|[^:"']*):/.exec(body);
	if (!colon) return "";
	let at = colon[0].length;
	while (body[at] === " " || body[at] === "\t") at++;
	const quote = body[at];
	// A plain value holds no ` #` (YAML starts a comment there): the first one after the colon is the comment.
	const from = quote === '"' || quote === "'" ? quotedEnd(body, at) : colon[0].length;
	if (from < 0) return "";
	return /[ \t]+#.*$/.exec(body.slice(from))?.[0] ?? "";
}

/** The offset after the blanks, line breaks and `# comments` from `at` on; -1 at a `#` that is no comment (glued to a token). */
function skipGap(text: string, at: number): number {
	let i = at;
	while (i < text.length) {
		const ch = text[i];
		if (ch === " " || ch === "\t" || ch === "\r" || ch === "\n") i++;
		else if (ch === "#") {
			if (i > 0 && !/\s/.test(text[i - 1] ?? "")) return -1;
			while (i < text.length && text[i] !== "\r" && text[i] !== "\n") i++;
		} else break;
	}
	return i;
}

/** The end of the plain item starting at `at`: before a `,`, `]`, line break or ` #`, trailing blanks left out. */
function plainEnd(text: string, at: number): number {
	let i = at;
	while (i < text.length && !",[]{}\r\n".includes(text[i] ?? "") && !(text[i] === "#" && /\s/.test(text[i - 1] ?? ""))) i++;
	while (i > at && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
	return i;
}

/**
 * The line after the one where the flow list opened on line `at` (`key: [`) closes: YAML reads it on
 * past lines at the margin (a `]` alone there); `at + 1` when the line opens no list or it never closes.
 */
export function flowListEnd(lines: readonly string[], at: number): number {
	const first = lines[at] ?? "";
	const open = /^(?:"[^"\r\n]*"|'[^'\r\n]*'|[^:\r\n]*):[ \t]*\[/.exec(first);
	if (!open) return at + 1;
	let depth = 1;
	for (let n = at; n < lines.length; n++) {
		const line = lines[n] ?? "";
		for (let i = n === at ? open[0].length : 0; i < line.length; i++) {
			const ch = line[i];
			if (ch === '"' || ch === "'") {
				const end = quotedEnd(line, i);
				if (end < 0) return at + 1;
				i = end - 1;
			} else if (ch === "#" && (i === 0 || /\s/.test(line[i - 1] ?? ""))) break;
			else if (ch === "[" || ch === "{") depth++;
			else if ((ch === "]" || ch === "}") && --depth === 0) return n + 1;
		}
	}
	return at + 1;
}

interface FlowList {
	values: string[];
	/** Where a new item goes: after the last item, or just after `[` in a list without one. */
	insertAt: number;
	/** Whether a comment sits inside the brackets. */
	commented: boolean;
}

/** The items of the flow list (`[a, "b", # c ...]`) that is the whole value of an entry's text, or null when it is anything else. */
function readFlowList(text: string): FlowList | null {
	const open = /^(?:"[^"\r\n]*"|'[^'\r\n]*'|[^:\r\n]*):[ \t]*\[/.exec(text);
	if (!open) return null;
	const list: FlowList = { values: [], insertAt: open[0].length, commented: false };
	let i = open[0].length;
	let close = -1;
	while (close < 0) {
		const next = skipGap(text, i);
		if (next < 0) return null;
		if (text.slice(i, next).includes("#")) list.commented = true;
		i = next;
		if (text[i] === "]") {
			close = i;
			break;
		}
		const ch = text[i];
		if (ch === undefined || ",[]{}".includes(ch)) return null;
		const end = ch === '"' || ch === "'" ? quotedEnd(text, i) : plainEnd(text, i);
		const value = end > i ? itemValue(text.slice(i, end)) : null;
		if (value === null) return null;
		list.values.push(value);
		list.insertAt = end;
		const after = skipGap(text, end);
		if (after < 0) return null;
		if (text.slice(end, after).includes("#")) list.commented = true;
		if (text[after] === ",") i = after + 1;
		else if (text[after] === "]") close = after;
		else return null;
	}
	return skipGap(text, close + 1) === text.length ? list : null;
}

/** The items of an entry written as a flow list (`key: [a, "b"]`), or null when it is anything else. */
export function flowListValues(entry: readonly string[]): string[] | null {
	return readFlowList(entry.join(""))?.values ?? null;
}

/**
 * An entry written as a flow list (`key: [a, b]`, maybe over several lines with comments) whose items
 * are the start of `wanted`: its lines with the other items written after the last one, so the
 * user's comments and line breaks stay. Null when the entry is anything else, or an empty `[]` with
 * no comment (it is then written anew as a block list).
 */
export function appendedToFlowList(entry: readonly string[], wanted: readonly string[]): string[] | null {
	const text = entry.join("");
	const list = readFlowList(text);
	if (!list || list.values.length > wanted.length || list.values.some((v, i) => v !== wanted[i])) return null;
	if (list.values.length === 0 && !list.commented) return null;
	const added = wanted.slice(list.values.length).map(yamlScalar);
	if (added.length === 0) return [...entry];
	const insert = (list.values.length > 0 ? ", " : "") + added.join(", ");
	const written = text.slice(0, list.insertAt) + insert + text.slice(list.insertAt);
	return written.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [written];
}
