import { type OpenComment, stripComments } from "../notes/hidden-text";
import { stripInlineCode } from "../notes/links";
import { SECTION_END, SECTION_START } from "../notes/markdown";
import { blockAfter } from "../shared/scan";

/**
 * Which lines of a note the reader sees, for the edits that add lines: a line written inside a code
 * block, a comment or Rapport's own section would be hidden from the user, or not read, or replaced.
 */

/**
 * What hides a line's end from the reader: a code or `$$` math block (`fence`: its fence or `$$`) and a comment (`%% %%`, `<!-- -->`) still open
 * there, or Rapport's own section (its lines are Rapport's, rewritten whole on its next write).
 */
export interface Hidden {
	fence: string | null;
	comment: OpenComment;
	section: boolean;
}

export const VISIBLE: Hidden = { fence: null, comment: null, section: false };

export function isVisible(state: Hidden): boolean {
	return state.fence === null && state.comment === null && !state.section;
}

/**
 * What is open after `line`, given what was open before it, as notes are read: inside a code block
 * only its closing fence counts, inside a comment only its closer, and a fence opens only outside both.
 */
export function hiddenAfter(line: string, before: Hidden): Hidden {
	if (before.section) return line.trim() === SECTION_END ? VISIBLE : before;
	if (before.fence !== null) return { fence: blockAfter(line, before.fence), comment: null, section: false };
	if (before.comment === null) {
		if (line.trim() === SECTION_START) return { fence: null, comment: null, section: true };
		const fence = blockAfter(line, null);
		if (fence !== null) return { fence, comment: null, section: false };
	}
	// Inline code first, as notes are read: `%%` between backticks opens no comment.
	const comment = stripComments(stripInlineCode(line), before.comment).open;
	return comment === null ? VISIBLE : { fence: null, comment, section: false };
}

/** The line that closes what is still open at the end of a note (a code block or comment that runs to the end), or "". */
export function closerOf(state: Hidden, opening: string): string {
	if (state.section) return SECTION_END;
	if (state.fence !== null) return opening.trimStart().startsWith(">") ? "" : state.fence;
	if (state.comment !== null) return state.comment === "<!--" ? "-->" : "%%";
	return "";
}

/**
 * The line where a code block, comment or Rapport section that is still open at the end of the
 * note begins (everything from there on is hidden), or null when the note ends in the open. The
 * frontmatter is skipped from `from` on.
 */
export function hiddenTailStart(lines: readonly string[], from: number): number | null {
	let state = VISIBLE;
	let opened: number | null = null;
	for (let i = from; i < lines.length; i++) {
		const before = state;
		state = hiddenAfter(lines[i] ?? "", state);
		if (isVisible(before) && !isVisible(state)) opened = i;
	}
	return isVisible(state) ? null : opened;
}
