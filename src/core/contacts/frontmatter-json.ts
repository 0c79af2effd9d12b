import { quotedEnd } from "../shared/scan";
import type { FrontmatterValue } from "./yaml-lite";

/**
 * Frontmatter written in JSON (`{"type": "person", "tags": ["friend"]}`), which Obsidian accepts as
 * properties and YAML reads as one flow mapping. A `key: value` line added after it would make the
 * whole block unreadable, so entries are written inside the braces, as JSON, and nothing else moves.
 */

/** Whether a frontmatter block (its lines between the `---`) is one flow mapping: its first line that is not blank or a comment opens a brace. */
export function isFlowMapping(block: string): boolean {
	for (const line of block.split("\n")) {
		const bare = line.trim();
		if (bare === "" || bare.startsWith("#")) continue;
		return bare.startsWith("{");
	}
	return false;
}

interface FlowEntry {
	key: string;
	/** Where the key starts, and where its value starts and ends, in the block. */
	keyAt: number;
	valueFrom: number;
	valueTo: number;
}

interface FlowMapping {
	entries: FlowEntry[];
	/** Offset of the closing brace. */
	close: number;
}

/** The end of the value starting at `at`: before the `,` or `}` that ends it at its own depth; -1 when it cannot be read. */
function valueEnd(text: string, at: number): number {
	let depth = 0;
	for (let i = at; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"' || ch === "'") {
			const end = quotedEnd(text, i);
			if (end < 0) return -1;
			i = end - 1;
		} else if (ch === "[" || ch === "{") depth++;
		else if (ch === "]" || ch === "}") {
			if (depth === 0) return ch === "}" ? trimmedEnd(text, at, i) : -1;
			depth--;
		} else if (ch === "," && depth === 0) return trimmedEnd(text, at, i);
		else if (ch === "#" && /\s/.test(text[i - 1] ?? "")) return -1;
	}
	return -1;
}

function trimmedEnd(text: string, from: number, to: number): number {
	let end = to;
	while (end > from && /\s/.test(text[end - 1] ?? "")) end--;
	return end;
}

function skipBlank(text: string, at: number): number {
	let i = at;
	while (i < text.length && /\s/.test(text[i] ?? "")) i++;
	return i;
}

/**
 * A double-quoted key as JSON reads it; null for one YAML reads but JSON does not (a tab or a line
 * break inside the quotes, YAML's `\x41` or `\e` escapes): this reader then leaves the block alone.
 */
function jsonString(raw: string): string | null {
	try {
		return JSON.parse(raw) as string;
	} catch {
		return null;
	}
}

/** The top-level entries of the flow mapping in `block`, or null when it holds anything this reader does not follow (comments, a second document). */
function readFlowMapping(block: string): FlowMapping | null {
	let i = skipBlank(block, block.indexOf("{") + 1);
	const entries: FlowEntry[] = [];
	while (i < block.length && block[i] !== "}") {
		const keyAt = i;
		if (block[i] === "#") return null;
		let keyEnd: number;
		let key: string;
		if (block[i] === '"' || block[i] === "'") {
			keyEnd = quotedEnd(block, i);
			if (keyEnd < 0) return null;
			const raw = block.slice(i, keyEnd);
			const read = raw.startsWith('"') ? jsonString(raw) : raw.slice(1, -1).replace(/''/g, "'");
			if (read === null) return null;
			key = read;
		} else {
			keyEnd = block.indexOf(":", i);
			if (keyEnd < 0) return null;
			key = block.slice(i, keyEnd).trim();
		}
		const colon = skipBlank(block, keyEnd);
		if (block[colon] !== ":") return null;
		const valueFrom = skipBlank(block, colon + 1);
		const valueTo = valueEnd(block, valueFrom);
		if (valueTo < 0) return null;
		entries.push({ key, keyAt, valueFrom, valueTo });
		i = skipBlank(block, valueTo);
		if (block[i] === ",") i = skipBlank(block, i + 1);
	}
	if (block[i] !== "}" || block.slice(i + 1).trim().replace(/^#.*$/gm, "").trim() !== "") return null;
	return { entries, close: i };
}

/** Whether a value as written is empty, as templates leave one: `""`, `''`, `null`, `~`, `[]`. */
function isEmptyWritten(raw: string): boolean {
	return /^(?:""|''|null|Null|NULL|~|\[\s*\])?$/.test(raw.trim());
}

/**
 * Writes `entries` into the flow mapping of a frontmatter block: a key it has is given the new value
 * (`set`), or only when that value is empty (`fill`: an import never overwrites what the user wrote);
 * a missing key goes after the last entry, on a line of its own when the mapping spans lines. Null
 * when the block cannot be read as one flow mapping: the caller then leaves the note as it is.
 */
export function setFlowEntries(block: string, entries: readonly (readonly [string, FrontmatterValue])[], mode: "set" | "fill", eol: string): string | null {
	const mapping = readFlowMapping(block);
	if (!mapping) return null;
	const edits: { from: number; to: number; text: string }[] = [];
	const added: string[] = [];
	for (const [key, value] of entries) {
		const json = JSON.stringify(value);
		const found = mapping.entries.find((e) => e.key === key);
		if (!found) added.push(`${JSON.stringify(key)}: ${json}`);
		else if (mode === "set" || isEmptyWritten(block.slice(found.valueFrom, found.valueTo))) edits.push({ from: found.valueFrom, to: found.valueTo, text: json });
	}
	const last = mapping.entries[mapping.entries.length - 1];
	if (added.length > 0) {
		const at = last ? last.valueTo : block.indexOf("{") + 1;
		const multiline = block.slice(block.indexOf("{"), mapping.close).includes("\n");
		const lineStart = block.lastIndexOf("\n", (last ?? { keyAt: at }).keyAt - 1) + 1;
		const indent = last ? (/^[ \t]*/.exec(block.slice(lineStart))?.[0] ?? "") : "  ";
		const separator = multiline && last ? `,${eol}${indent}` : last ? ", " : "";
		edits.push({ from: at, to: at, text: separator + added.join(multiline && last ? `,${eol}${indent}` : ", ") });
	}
	let out = block;
	for (const e of edits.sort((a, b) => b.from - a.from)) out = out.slice(0, e.from) + e.text + out.slice(e.to);
	return out;
}
