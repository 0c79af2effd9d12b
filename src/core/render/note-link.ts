import { safeInline } from "./safe-text";

/**
 * What Obsidian reads inside a wikilink as a heading (`#`), a block (`^`), the link's end (`]`), its start (`[`) or its
 * alias (`|`); and the bidirectional embeddings, overrides and isolates, which, written bare, turn the rest of the line
 * around on screen (`Omar\u202E` would show the agenda line's date and days late reversed).
 */
const NOT_IN_WIKILINKS = /[#^[\]|\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const BIDI_CONTROLS_ALL = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Whether a wikilink to this target opens the note and leaves the line as it reads: false for a note whose name holds
 * `#`, `^`, `[`, `]`, `|` (a file synced or made outside Obsidian: `C# Mario.md`), which `[[…]]` cannot name, or a
 * bidirectional control, which a Markdown link's address holds percent-encoded.
 */
export function wikilinkable(target: string): boolean {
	return !NOT_IN_WIKILINKS.test(target);
}

/** A label without its bidirectional controls: inside a link, one left open would turn the rest of the line around too. */
function withoutBidiControls(label: string): string {
	return BIDI_CONTROLS.test(label) ? label.replace(BIDI_CONTROLS_ALL, "") : label;
}

/** A character a Markdown link's address must have escaped beyond `encodeURIComponent`'s: its parentheses end it. */
const PARENS = /[()]/g;

/**
 * A Markdown link to the note at `path` (`[C# Mario](People/C%23%20Mario.md)`): each part of the path percent-encoded,
 * as Obsidian decodes it, so any name opens its note; the label with no bracket to end it early (`|` needs none there)
 * and no bidirectional control.
 */
export function markdownNoteLink(path: string, label: string): string {
	const address = path
		.split("/")
		.map((part) => encodeURIComponent(part).replace(PARENS, (c) => (c === "(" ? "%28" : "%29")))
		.join("/");
	return `[${withoutBidiControls(safeInline(label).replace(/\[/g, "(").replace(/\]/g, ")"))}](${address})`;
}
