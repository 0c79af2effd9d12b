/*
 * Tags written as a pictograph of what a note is, as templates mark their notes: `#👤` on a person
 * (asphaltbuffet/obsidian-templates' people template writes `Tags:: #👤`). Not `#👥`, busts of several, which
 * marks a team or a meeting as often as people.
 */

/** The person pictograph alone as a tag, with or without `#` and a variation selector: `#👤`. */
const PERSON_PICTOGRAPH = /^#?\u{1F464}\uFE0F?$/u;

/** `tags` with a person pictograph read as the word it stands for (`#👤` as `#person`); the same array when there is none. */
export function withPictographsAsWords(tags: readonly string[]): readonly string[] {
	return tags.some((t) => PERSON_PICTOGRAPH.test(t)) ? tags.map((t) => (PERSON_PICTOGRAPH.test(t) ? "#person" : t)) : tags;
}
