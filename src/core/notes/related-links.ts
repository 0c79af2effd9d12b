import type { BodyScan } from "./markdown";

const RELATED_HEADINGS = new Set(["related", "relationships", "relazioni"]);
const LIST_ITEM_START = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/** Whether a heading's words (see `headingWords`) open a section of relationships (`## Related`, as the VCF Contacts plugin keeps them). */
export function isRelatedHeading(words: string): boolean {
	return RELATED_HEADINGS.has(words);
}

/** `- friend [[Anna]]`, `- spouse: [[Marco]]` under a Related heading: each link with the word before the first one. */
export function readRelated(line: string, i: number, links: readonly { target: string; embed: boolean }[], scan: BodyScan): void {
	const text = line.trim();
	const item = LIST_ITEM_START.exec(text);
	if (!item) return;
	const rest = text.slice(item[0].length);
	const kind = rest.slice(0, Math.max(0, rest.indexOf("["))).replace(/[:\-\u2013\u2014*_]/g, " ").trim().toLowerCase();
	for (const l of links) if (!l.embed) scan.related.push({ target: l.target, line: i, kind });
}
