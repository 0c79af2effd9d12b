/**
 * A note with nothing in it: no properties, only blank lines and at most its own name as a heading (`# Anna`). Clicking a link
 * to a note that does not exist makes one (`[[Anna]]` makes `Anna.md`), so its name says nothing of what it is about.
 */

/** A heading's marks and the spaces after them: `# `, `### `. */
const HEADING_MARKS = /^#{1,6}[ \t]+/;

/** Whether the note's lines (its properties end before `bodyStart`) hold no properties and nothing but `title` as a heading. */
export function isEmptyNote(lines: readonly string[], bodyStart: number, title: string): boolean {
	if (bodyStart !== 0) return false;
	for (const line of lines) {
		const text = line.trim();
		if (text === "") continue;
		if (!HEADING_MARKS.test(text) || text.replace(HEADING_MARKS, "").trim() !== title) return false;
	}
	return true;
}
