import { safeInline } from "./safe-text";

/** What Obsidian reads inside a wikilink as a heading (`#`), a block (`^`), the link's end (`]`), its start (`[`) or its alias (`|`). */
const NOT_IN_WIKILINKS = /[#^[\]|]/;

/**
 * Whether a wikilink to this target opens the note: false for a note whose name holds `#`, `^`, `[`, `]` or `|`
 * (a file synced or made outside Obsidian: `C# Mario.md`), which `[[…]]` cannot name.
 */
export function wikilinkable(target: string): boolean {
	return !NOT_IN_WIKILINKS.test(target);
}

/** A character a Markdown link's address must have escaped beyond `encodeURIComponent`'s: its parentheses end it. */
const PARENS = /[()]/g;

/**
 * A Markdown link to the note at `path` (`[C# Mario](People/C%23%20Mario.md)`): each part of the path percent-encoded,
 * as Obsidian decodes it, so any name opens its note; the label with no bracket to end it early (`|` needs none there).
 */
export function markdownNoteLink(path: string, label: string): string {
	const address = path
		.split("/")
		.map((part) => encodeURIComponent(part).replace(PARENS, (c) => (c === "(" ? "%28" : "%29")))
		.join("/");
	return `[${safeInline(label).replace(/\[/g, "(").replace(/\]/g, ")")}](${address})`;
}
