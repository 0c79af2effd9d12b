import { continuesList, headingWords, isAttendeeHeading, isLoneAttendeeLabel } from "./attendee-labels";

/**
 * Attendees labels that are an outline's list items (`- Attendees`, `- **Attendees:**`, `- Partecipanti::`), as Logseq
 * and outliner templates write every line as a block, with the people nested under the label as its child items
 * (`\t- [[Anna Rossi]]`). Their list is the label's children: it ends at the next item at the label's depth or less.
 */

/** The state of the list after a label that is a list item: see `readLabelLine`. */
export interface ItemLabel {
	/** The label's depth (see `outlineDepth`); -1 for a label that is no list item. */
	depth: number;
	/** Whether the lines after it are its children (deeper), siblings (not), or not yet known. */
	nested: boolean | null;
	/** A label without colon or bold (`- Attendees`): an entry of a list unless children follow it. */
	bare: boolean;
}

export const NO_ITEM_LABEL: Readonly<ItemLabel> = Object.freeze({ depth: -1, nested: null, bare: false });

const ITEM = /^([ \t]*)[-*+][ \t]+(.*)$/;

/** Where a line's text starts after a quote's `>`s and the one space after the last (`> \t- [[Anna]]`: at the tab). */
function afterQuote(line: string): number {
	let start = 0;
	for (let i = 0; i < line.length && (line[i] === ">" || line[i] === " " || line[i] === "\t"); i++) if (line[i] === ">") start = i + 1;
	return start > 0 && line[start] === " " ? start + 1 : start;
}

/** The depth of a line in an outline, after a quote's `>`: its indent, a tab as four spaces. */
export function outlineDepth(line: string): number {
	const text = line.slice(afterQuote(line));
	let depth = 0;
	for (const ch of text) {
		if (ch === " ") depth++;
		else if (ch === "\t") depth += 4 - (depth % 4);
		else break;
	}
	return depth;
}

/** Words that, alone on an item, are an entry of a list as often as its head (`- People`, `- With`, `- Present`). */
const BARE_ITEM_WORDS = new Set(["attendees", "attendee", "participants", "partecipanti", "presenti", "invitees", "invitati", "teilnehmer", "teilnehmende", "anwesend", "anwesende", "résztvevők", "jelenlévők"]);

/**
 * A list item that is only an attendees label (`- Attendees`, `- **Attendees**`, `- **Attendees:**`, `- Partecipanti::`):
 * its state, else null. Without colon or bold only the words that head nothing else (`Attendees`, `Partecipanti`).
 * `lone`: whether the line is known to be a lone attendees label (`isLoneAttendeeLabel`).
 */
export function itemLabel(line: string, lone = isLoneAttendeeLabel(line)): ItemLabel | null {
	if (line.length > 100) return null;
	const item = ITEM.exec(line.slice(afterQuote(line)));
	if (!item) return null;
	const text = (item[2] ?? "").trim();
	if (lone) return { depth: outlineDepth(line), nested: null, bare: false };
	const bold = /^(\*\*|__)([^*_]{1,40})\1$/.exec(text);
	if (bold) return isAttendeeHeading(bold[2] ?? "") ? { depth: outlineDepth(line), nested: null, bare: false } : null;
	// Most items (tasks, links, dates, sentences) are no bare word: told by one pattern, before any folding.
	return /^\p{L}[\p{L} ]*$/u.test(text) && BARE_ITEM_WORDS.has(headingWords(text)) ? { depth: outlineDepth(line), nested: null, bare: true } : null;
}

/**
 * Whether a line after an item label still belongs to its list: when the first item after the label is deeper, every
 * line deeper than the label (its children, and their text); else, for a label with colon or bold, what goes on a
 * list as after any label (`stillOpen`), for a bare word (`- Attendees`) nothing.
 */
export function inItemLabelList(line: string, label: ItemLabel, stillOpen: () => boolean): boolean {
	const deeper = outlineDepth(line) > label.depth;
	// The label block's own lines (Logseq's `collapsed:: true`) are deeper but no child: they leave it undecided.
	if (label.nested === null && deeper && !continuesList(line)) return true;
	label.nested ??= deeper;
	if (label.nested) return deeper;
	return !label.bare && stillOpen();
}
