/**
 * Frontmatter the import's editor leaves as it is, because it cannot tell which keys the block holds from its lines:
 * a key written in a form YAML allows but the editor does not read as a key, so that a `key:` line it added could be
 * the same key twice (which makes the whole block unreadable), or a line it added could break the block.
 *
 * - an explicit key, `? email` then `: ann@example.com` on the next line;
 * - a tag or an anchor before a key, `!!str email: …`, `&mail email: …`, or an alias as a key, `*mail : …`;
 * - a quoted key with an escape in it, `"em\u0061il": …`, `'it''s': …`;
 * - keys indented as a whole (`  type: person`), where a line added at the margin breaks the block;
 * - a key that opens a flow collection, `[a, b]: …`, after a first line in block style.
 *
 * Keys written plain or quoted, with spaces or tabs before the colon (`email   :`, `"email" :`), are read as they are.
 */

/** A line that starts a top-level key in a form the editor does not read (see above). */
const UNREAD_KEY = /^(?:\?(?:[ \t]|$)|[!&*]|"(?:[^"\\]*\\)|'(?:[^']*'')|[[{])/;

/** A blank line, or a comment. */
const NOTHING = /^[ \t]*(?:#.*)?$/;

/** Whether the editor leaves a block-style frontmatter (its lines, without line endings) as it is: see the file's comment. */
export function hasUnreadKeys(lines: readonly string[]): boolean {
	let first = true;
	for (const line of lines) {
		if (NOTHING.test(line)) continue;
		const indented = line.startsWith(" ") || line.startsWith("\t");
		if (first && indented) return true;
		first = false;
		// An indented line is a value (a list item, a nested map, a block scalar's text), whatever it starts with.
		if (!indented && UNREAD_KEY.test(line)) return true;
	}
	return false;
}

/** Whether the character at `i` ends a key: a colon before a space, a tab or the end of the line. */
function keyColonAt(line: string, i: number): boolean {
	const next = line[i + 1];
	return line[i] === ":" && (next === undefined || next === " " || next === "\t");
}

/**
 * A top-level key line's key, bare or quoted (`email:`, `"email" :`, `'email':`, `crm:id: 4411`), as the editor
 * reads it; null for a line that starts no key (a list item, a flow collection, a tag). One scan of the line.
 */
function topKeyOf(line: string): string | null {
	const quote = line[0];
	if (quote === '"' || quote === "'") {
		const close = line.indexOf(quote, 1);
		if (close < 0) return null;
		let i = close + 1;
		while (line[i] === " " || line[i] === "\t") i++;
		return keyColonAt(line, i) ? line.slice(1, close) : null;
	}
	if (/^(?:-(?:[ \t]|$)|[?[{!&*|>%@`#])/.test(line)) return null;
	for (let i = 0; i < line.length; i++) if (keyColonAt(line, i)) return line.slice(0, i).trimEnd();
	return null;
}

/**
 * The first top-level key a block-style frontmatter (its lines, without line endings) writes twice, or null:
 * YAML reads no property of such a block ("duplicated mapping key"), and filling either line leaves it so.
 * Indented lines (a nested map, a block scalar's text, list items) and comments are no keys of the block.
 */
export function repeatedKey(lines: readonly string[]): string | null {
	const seen = new Set<string>();
	for (const line of lines) {
		if (line.startsWith(" ") || line.startsWith("\t") || NOTHING.test(line)) continue;
		const key = topKeyOf(line);
		if (key === null || key === "") continue;
		if (seen.has(key)) return key;
		seen.add(key);
	}
	return null;
}
