import { addFrontmatterEntries, yamlScalar } from "../contacts/yaml-lite";

/** A frontmatter value as Rapport writes it for meetings: a plain line value, or a list of strings. */
export type MeetingValue = { plain: string } | string[] | string;

/** The YAML lines of one entry: `date: 2026-11-05T14:30` as written, lists as `  - "[[Anna]]"`. */
export function entryLines(key: string, value: MeetingValue): string[] {
	if (Array.isArray(value)) return value.length === 0 ? [`${key}: []`] : [`${key}:`, ...value.map((v) => `  - ${yamlScalar(v)}`)];
	if (typeof value === "string") return [`${key}: ${yamlScalar(value)}`];
	return [`${key}: ${value.plain}`];
}

const OPEN = /^---[ \t]*\r?\n/;
/** A line that continues the entry above it: indented text, or a `- item` of a list written at the margin. */
const CONTINUES = /^([ \t]+\S|-([ \t]|\r?\n|$))/;
const CLOSE = /(^|\r?\n)(---|\.\.\.)[ \t]*(\r?\n|$)/;

/**
 * Sets frontmatter keys in a note's text and changes nothing else: an existing entry (its line and
 * the indented or `- ` lines that continue it) is replaced in place, a missing one is added before the
 * closing `---`. Line endings, BOM, other keys, their order and the body stay byte for byte.
 */
export function setFrontmatterEntries(text: string, entries: readonly [string, MeetingValue][]): string {
	if (entries.length === 0) return text;
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const rest = text.slice(bom.length);
	const open = OPEN.exec(rest);
	const close = open ? CLOSE.exec(rest.slice(open[0].length)) : null;
	if (!open || !close) return addFrontmatterEntries(text, entries.map(([k, v]) => [k, typeof v === "object" && !Array.isArray(v) ? v.plain : v]));
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const start = open[0].length;
	const end = start + close.index + (close[1] ?? "").length;
	const lines = rest.slice(start, end).match(/[^\n]*\n|[^\n]+$/g) ?? [];
	const missing: string[] = [];
	for (const [key, value] of entries) {
		const wanted = entryLines(key, value);
		const at = lines.findIndex((l) => new RegExp(`^${escape(key)}[ \\t]*:`).test(l));
		if (at < 0) {
			missing.push(...wanted);
			continue;
		}
		let stop = at + 1;
		while (stop < lines.length && CONTINUES.test(lines[stop] ?? "")) stop++;
		const ending = /\r?\n$/.exec(lines[stop - 1] ?? "")?.[0] ?? "";
		lines.splice(at, stop - at, ...wanted.map((l, i) => l + (i < wanted.length - 1 ? eol : ending)));
	}
	let block = lines.join("");
	if (missing.length > 0) block += (block === "" || /\n$/.test(block) ? "" : eol) + missing.join(eol) + eol;
	return bom + rest.slice(0, start) + block + rest.slice(end);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
