import { extractLinks, MASK, maskLinks } from "./links";
import { isSpace, skipSpaces } from "../shared/scan";

/**
 * Headings in a note's body: their text, their level, and the headings that are only links to people (`# [[Anna]]:`), as
 * meeting templates write one section per person, whose tasks are that person's. Each heading is read in one pass.
 */

/** An open heading that is only links, with its level. */
export interface OwnerHeading {
	level: number;
	links: { target: string; markdown: boolean }[];
}

/** A heading's level: the number of `#` that open it (the line is known to be a heading). */
export function headingLevel(line: string): number {
	let at = skipSpaces(line, 0);
	const start = at;
	while (line[at] === "#") at++;
	return at - start;
}

/** What may stand around the links of a heading that names people: spaces, separators, emoji, `and`/`e`. */
const OWNER_HEADING_FILLER = /[\s,;:&+/·•()*_\u2013\u2014-]|\p{Extended_Pictographic}|\uFE0F|\u200D/gu;
const OWNER_HEADING_WORDS = /(?:^|\s)(?:and|e)(?=\s|$)/giu;

/**
 * The links of a heading that is only links to notes (`# [[Anna]]:`, `## [[Anna]] & [[Marco]]`), as
 * a meeting template writes one section per person; null for any other heading (`## Notes on [[Anna]]`).
 */
function ownerHeadingLinks(text: string): { target: string; markdown: boolean }[] | null {
	if (!text.includes("[")) return null;
	const links = extractLinks(text);
	if (links.length === 0 || links.some((l) => l.embed)) return null;
	const rest = maskLinks(text).split(MASK).join(" ").replace(OWNER_HEADING_WORDS, " ").replace(OWNER_HEADING_FILLER, "");
	return rest === "" ? links.map((l) => ({ target: l.target, markdown: l.markdown })) : null;
}

/** Closes the owner headings a new heading of `level` ends, and opens it when it is only links. */
export function enterHeading(state: { headingOwners: OwnerHeading[] }, line: string, text: string): void {
	const level = headingLevel(line);
	while (state.headingOwners.length > 0 && (state.headingOwners[state.headingOwners.length - 1]?.level ?? 0) >= level) state.headingOwners.pop();
	const links = ownerHeadingLinks(text);
	if (links) state.headingOwners.push({ level, links });
}

/**
 * A heading's text, as `/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/` reads it (closing `#`s and spaces
 * dropped), in one pass: the pattern's lazy text before `\s*#*\s*` took cubic time on a heading
 * of spaces. Null when the line is not a heading.
 */
export function headingText(line: string): string | null {
	const indent = skipSpaces(line, 0);
	if (indent > 3) return null;
	let hashes = indent;
	while (line[hashes] === "#") hashes++;
	if (hashes === indent || hashes - indent > 6 || !isSpace(line[hashes])) return null;
	const start = skipSpaces(line, hashes);
	let end = line.length;
	while (end > start && isSpace(line[end - 1])) end--;
	while (end > start && line[end - 1] === "#") end--;
	while (end > start && isSpace(line[end - 1])) end--;
	for (let j = start; j < end; j++) if (LINE_TERMINATORS.includes(line[j] ?? "")) return null;
	return line.slice(start, end);
}

const LINE_TERMINATORS = "\n\r\u2028\u2029";
