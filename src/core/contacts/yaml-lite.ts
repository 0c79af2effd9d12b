/** YAML for the simple frontmatter Rapport writes: strings, numbers, string lists. Quoted whenever YAML could read it as something else. */
export function yamlScalar(value: string | number): string {
	if (typeof value === "number") return String(value);
	return /^[\p{L}\p{N}][\p{L}\p{N} _.@+'&/-]*$/u.test(value) && !/^(true|false|yes|no|on|off|null|~)$/i.test(value) && !/^[\d.+-]+$/.test(value) && !/:\s|\s#/.test(value) && !/^\d{4}-\d{2}-\d{2}/.test(value)
		? value
		: JSON.stringify(value);
}

export type FrontmatterValue = string | number | string[];

/** One `key: value` entry as lines (a list becomes `key:` then `  - item` lines). */
export function yamlEntry(key: string, value: FrontmatterValue): string[] {
	if (Array.isArray(value)) return value.length === 0 ? [`${key}: []`] : [`${key}:`, ...value.map((v) => `  - ${yamlScalar(v)}`)];
	return [`${key}: ${yamlScalar(value)}`];
}

/**
 * Adds frontmatter keys to a note's text, leaving every other byte as it was: the new lines go just
 * before the closing `---` (with the note's line ending), or a frontmatter block is put after the BOM.
 */
export function addFrontmatterEntries(text: string, entries: readonly [string, FrontmatterValue][]): string {
	if (entries.length === 0) return text;
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = entries.flatMap(([k, v]) => yamlEntry(k, v));
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const body = text.slice(bom.length);
	const open = /^---[ \t]*\r?\n/.exec(body);
	if (open) {
		const close = /(^|\r?\n)(---|\.\.\.)[ \t]*(\r?\n|$)/m;
		const rest = body.slice(open[0].length);
		const m = close.exec(rest);
		if (m && m.index !== undefined) {
			const at = open[0].length + m.index + (m[1] ?? "").length;
			const before = body.slice(0, at);
			const needsBreak = before.length > open[0].length && !/\n$/.test(before);
			return bom + before + (needsBreak ? eol : "") + lines.join(eol) + eol + body.slice(at);
		}
	}
	return `${bom}---${eol}${lines.join(eol)}${eol}---${eol}${body}`;
}
