import { isSpace, trimEndWhile } from "../shared/scan";

/**
 * The options of a ```rapport``` code block, one `key: value` a line as in YAML: `date: 2026-11-27`
 * picks the day. A value may be quoted (`"2026-11-27"`) and followed by a ` # comment`; lines that are
 * blank or start with `#` are comments. A line that is not an option, or an option the block does not
 * know, is an error value naming the line (1-based), so the block can say what is wrong in place.
 */
export interface BlockOptions {
	/** The day asked for, as written (checked by the caller), or null for the note's own day. */
	date: string | null;
}

export type BlockOptionsResult = { ok: true; options: BlockOptions } | { ok: false; line: number; text: string };

/** The options a block takes, by key. */
const KEYS = new Set(["date"]);

/** The text before the first `#` that follows whitespace, and before that whitespace: `raw.replace(/\s+#.*$/, "")` in one pass. */
function withoutComment(raw: string): string {
	for (let i = 1; i < raw.length; i++) {
		if (raw[i] === "#" && isSpace(raw[i - 1])) return trimEndWhile(raw.slice(0, i), isSpace);
	}
	return raw;
}

/** A value without its trailing ` # comment` and without matching quotes around it. */
function valueOf(raw: string): string {
	const value = withoutComment(raw).trim();
	const quoted = /^(["'])(.*)\1$/.exec(value);
	return quoted ? (quoted[2] ?? "").trim() : value;
}

export function readBlockOptions(source: string): BlockOptionsResult {
	const options: BlockOptions = { date: null };
	const lines = source.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? "").trim();
		if (line === "" || line.startsWith("#")) continue;
		const option = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(line);
		const key = option?.[1]?.toLowerCase();
		if (!option || key === undefined || !KEYS.has(key)) return { ok: false, line: i + 1, text: option?.[1] ?? line };
		const value = valueOf(option[2] ?? "");
		if (key === "date") options.date = value === "" ? null : value;
	}
	return { ok: true, options };
}
