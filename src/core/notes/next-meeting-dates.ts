import type { InlineField } from "./inline-fields";
import { isDateLabelField } from "./email-dates";

/*
 * A meeting's notes often end with the next one: `## Next meeting` / `Date: 2026-12-04`, `### Follow-up` / `- **Date:** …`,
 * Italian `## Prossimo incontro`, German `## Nächster Termin`. The date under such a heading (of level 2 or more: a `#` heading is
 * the note's title) is that meeting's day, not this one's: a date label line in its section (see `dateLabelField`) gives the
 * meeting no day.
 */

/** A heading of the next meeting or the follow-up, after any marks: `Next meeting`, `Upcoming`, `Follow-up`, `Prossimo incontro`, `Nächster Termin`. */
const NEXT_MEETING = /^(?:next|upcoming|follow[\s-]?ups?|prossim[oa]|n[aä]chste[rs]?|pr[oó]xim[oa]|prochaine?)(?![\p{L}])/iu;

/** Emoji, bullets and other marks before a heading's words (`📅 Next meeting`, `**Follow-up**`). */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;

/** Longer than a heading of a next meeting can be. */
const LONGEST_HEADING = 255;

function isNextMeeting(heading: string): boolean {
	return heading.length <= LONGEST_HEADING && NEXT_MEETING.test(heading.replace(LEADING_MARKS, ""));
}

/**
 * `fields` without the date label lines in a section of the next meeting (`headings` in line order; a section runs to the
 * next heading of its level or above): `fields` itself when there is none. One pass over both.
 */
export function withoutNextMeetingDates(fields: InlineField[], lines: readonly string[], headings: readonly { text: string; level: number; line: number }[]): InlineField[] {
	if (headings.length === 0) return fields;
	const out: InlineField[] = [];
	let h = 0;
	let open: number | null = null;
	for (const f of fields) {
		for (; h < headings.length && (headings[h]?.line ?? 0) < f.line; h++) {
			const heading = headings[h];
			if (heading === undefined) continue;
			if (open !== null && heading.level <= open) open = null;
			// Not a note's title heading (`# Upcoming release sync`): the date under it is the meeting's own.
			if (open === null && heading.level > 1 && isNextMeeting(heading.text)) open = heading.level;
		}
		if (open === null || !isDateLabelField(f, lines)) out.push(f);
	}
	return out.length === fields.length ? fields : out;
}
