import { frontmatterEnd } from "../notes/markdown";
import { splitLines } from "../shared/text";
import { uneditableProperties } from "./yaml-lite";

/** Whether the note opens with a properties block (two `---` lines) that writes something other than comments. */
function writesProperties(text: string): boolean {
	const lines = splitLines(text);
	const end = frontmatterEnd(lines);
	return end > 0 && lines.slice(1, end - 1).some((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
}

/**
 * Whether a person note is left out of an import because its properties cannot be read (`readNone`: a YAML parser
 * gave up on its block, or Obsidian's cache holds no properties for it): matched by its name only, it would look as
 * if it had no fields, and filling them would write keys beside the ones it has. A first `---` no line closes (a
 * horizontal rule, or a block never closed), text between two rules, or a key written twice is not counted here:
 * the writer handles those, each with its own words (see `uneditableProperties`).
 */
export function propertiesUnreadable(text: string, readNone: boolean): boolean {
	return readNone && writesProperties(text) && uneditableProperties(text) === undefined;
}
