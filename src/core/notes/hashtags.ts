/**
 * The tags written in a line of text: `#tag`, `#parent/child`, and Bear's tags of several words, which
 * Bear closes with a second `#` (`#meeting notes#`, `#people/Anna Rossi#`): no space after the first
 * `#` or before the closing one, no `#` between, and a space, a punctuation mark or the end of the
 * line after it. Without its closing `#`, `#meeting notes` is the tag `meeting` and a word.
 */

/** `#tag`, `#a/b`, `#tag-2`: letters, digits, `_`, `/`, `-`, not only digits (`#2` is an issue number). */
const TAG = /(?:^|[\s,])#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;
/** Bear's `#multi word tag#`: at most 100 characters, a letter among them. */
const BEAR_TAG = /(?:^|[\s,])#([^\s#](?:[^#\n]{0,98}[^\s#])?)#(?=$|[\s,.;:!?)])/gu;

/** A `#` that may open a tag or a Bear tag: both need a character after it that is no blank and no `#`. */
const MAY_OPEN_TAG = /#[^\s#]/u;

/** The tags of `line`, as written (without `#`), each Bear tag of several words whole. */
export function tagsIn(line: string): string[] {
	// A tag starts with a `#` that is followed by neither a blank nor another `#`: a heading's `## ` holds none.
	if (!line.includes("#") || !MAY_OPEN_TAG.test(line)) return [];
	const tags: string[] = [];
	// Read once: `#meeting notes#` is no `#meeting` too. The line is built again once, blanks in place of the
	// Bear tags: rebuilding it at each one was quadratic (28,000 `#gave#` on a line took 2 s).
	const pieces: string[] = [];
	let from = 0;
	for (const m of line.matchAll(BEAR_TAG)) {
		const tag = m[1] ?? "";
		if (!/\p{L}/u.test(tag)) continue;
		tags.push(tag);
		const start = m.index + m[0].length - tag.length - 2;
		pieces.push(line.slice(from, start), " ".repeat(tag.length + 2));
		from = start + tag.length + 2;
	}
	const rest = pieces.length === 0 ? line : pieces.join("") + line.slice(from);
	for (const m of rest.matchAll(TAG)) if (m[1]) tags.push(m[1]);
	return tags;
}
