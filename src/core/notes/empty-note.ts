/**
 * A note with nothing in it: only blank lines and at most its own name as a heading (`# Anna`), and no properties but the
 * dates a new note's template stamps (`created`, `modified`). Clicking a link to a note that does not exist makes one
 * (`[[Anna]]` makes `Anna.md`), so its name says nothing of what it is about.
 */

/** A heading's marks and the spaces after them: `# `, `### `. */
const HEADING_MARKS = /^#{1,6}[ \t]+/;

/** The properties a template stamps on every new note, folded: they say when, not what. */
const STAMPS = new Set(["created", "updated", "modified", "date_created", "date_modified", "created_at", "updated_at", "last_modified"]);

/** Whether every property is a stamp (`STAMPS`); none at all too. */
function onlyStamps(frontmatter: Record<string, unknown>): boolean {
	for (const key in frontmatter) if (!STAMPS.has(key.trim().toLowerCase().replace(/[\s-]+/g, "_"))) return false;
	return true;
}

/**
 * Whether the note's lines (its properties, `frontmatter`, end before `bodyStart`) hold nothing but stamps and `title` as a
 * heading.
 */
export function isEmptyNote(lines: readonly string[], bodyStart: number, title: string, frontmatter: Record<string, unknown> | null): boolean {
	// Properties that could not be read (`frontmatter` null after a block of them) may be anything.
	if (bodyStart !== 0 && (frontmatter === null || !onlyStamps(frontmatter))) return false;
	for (let i = bodyStart; i < lines.length; i++) {
		const text = (lines[i] ?? "").trim();
		if (text === "") continue;
		if (!HEADING_MARKS.test(text) || text.replace(HEADING_MARKS, "").trim() !== title) return false;
	}
	return true;
}
