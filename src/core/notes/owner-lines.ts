import { extractLinks } from "./links";
import { isOwnerKey } from "./owner-fields";
import { parseTaskBody } from "./tasks";

/**
 * An owner field on a line of its own under a task (`- [ ] Send the deck`, then `  owner:: Max` or
 * `  [owner:: [[Max Bianchi]]]` indented under it) says whose task it is, as both tools that write one
 * attach it: Logseq reads `key:: value` lines under a block's first line as the block's properties, and
 * Dataview reads the lines of a list item under its first as the item's text (`ListItem.text` is
 * "multiple lines of markdown"), its fields the task's. A child list item (`  - owner:: Max`) is a
 * list item of its own, whose field Dataview gives to the page, not to the task: it is no such line.
 */

/** A line that starts with an owner field: `owner:: Max`, `[assignee:: @Anna]`, `(who:: Max)`, after its indent or quote marks. */
const FIELD_START = /^[\s>]*(?:[[(]\s*)?([A-Za-z][\w-]*)\s*::/;

/** The owner a line under a task gives it: the `@` names of its owner fields and the links in them; null for any other line. */
export function ownerLine(line: string): { owner: string | null; links: { target: string; markdown: boolean }[] } | null {
	const m = FIELD_START.exec(line);
	if (!m || !isOwnerKey(m[1] ?? "")) return null;
	const text = line.replace(/^[\s>]*/, "");
	const links = extractLinks(text)
		.filter((l) => !l.embed)
		.map((l) => ({ target: l.target, markdown: l.markdown }));
	return { owner: parseTaskBody(" ", text).owner, links };
}

/** Whether a line is under a task's first line, in its item: indented past its bullet (quote marks counted), and no list item of its own. */
export function isUnderTask(line: string, bulletIndent: number): boolean {
	const indent = /^[\s>]*/.exec(line)?.[0] ?? "";
	return indent.length > bulletIndent && !/^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line.slice(indent.length));
}
