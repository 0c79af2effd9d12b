import { foldName } from "../shared/text";
import { extractLinks } from "./links";

/**
 * A note of one word that only points at the person of that first name, as a vault keeps a redirect from it: `Anna.md`
 * holding `[[Anna Rossi]]`, `See [[People/Anna Rossi|Anna]]`, `→ [[Anna Rossi]]`, Italian `Vedi [[Anna Rossi]]`. Its name
 * is hers, not a project's or a firm's (see `firmsOf`). Only one line besides blank ones and its own name as a heading, one
 * link on it, a few words of pointing before it, and the link's name a full name that starts with the note's own.
 */

/** Longer than a line that only points can be: no pattern to run past it. */
const LONGEST_LINE = 300;

/** A heading's marks and the spaces after them: `# `, `### `. */
const HEADING_MARKS = /^#{1,6}[ \t]+/;

/** A list's mark, then the few words that point (`see`, `redirect to`, `→`, Italian `vedi`), then the link, then a full stop. */
const POINTER_LINE = new RegExp(
	String.raw`^(?:[-*+][ \t]+)?(?:(?:see(?:[ \t]+also)?|redirect(?:s|ed)?(?:[ \t]+to)?|moved[ \t]+to|same[ \t]+as|alias[ \t]+(?:of|for)|aka|` +
		String.raw`vedi(?:[ \t]+anche)?|spostat[oa][ \t]+in|siehe|voir|ver)[ \t]*:?[ \t]*|(?:→|->|=>|➡️?)[ \t]*)?` +
		String.raw`(?<link>!?\[\[[^\]\n]{1,200}\]\]|\[[^\]\n]{0,200}\]\([^)\n]{1,200}\))[ \t]*\.?$`,
	"iu",
);

/** A full name: two to four words of letters, as a person's note is named (`Anna Rossi`, `Anna De Luca`). */
const FULL_NAME = /^\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*){1,3}$/u;

/** Words that make a name no person's (`Anna Project`, `Atlas App`, Italian `Progetto`), folded. */
const THING_WORDS = new Set(["project", "projects", "app", "team", "product", "program", "programme", "initiative", "group", "inc", "ltd", "llc", "gmbh", "spa", "srl", "progetto", "squadra", "gruppo", "azienda"]);

/** The properties a template stamps on a new note, and tags: they say when and where, not what. */
const STAMPS = new Set(["created", "updated", "modified", "date_created", "date_modified", "created_at", "updated_at", "last_modified", "tags", "tag", "aliases"]);

function onlyStamps(frontmatter: Record<string, unknown>): boolean {
	for (const key in frontmatter) if (!STAMPS.has(key.trim().toLowerCase().replace(/[\s-]+/g, "_"))) return false;
	return true;
}

/** Whether a link's name (its last part: `People/Anna Rossi` → `Anna Rossi`) is a person's full name that starts with `title`. */
function namesNamesake(target: string, title: string): boolean {
	const name = (target.split("/").pop() ?? "").trim();
	if (!FULL_NAME.test(name)) return false;
	const words = name.split(/[ \t]+/).map(foldName);
	return words[0] === foldName(title) && !words.some((w) => THING_WORDS.has(w));
}

/** Whether the note's lines (its properties, `frontmatter`, end before `bodyStart`) only point at the person of its name `title`. */
export function pointsAtNamesake(lines: readonly string[], bodyStart: number, title: string, frontmatter: Record<string, unknown> | null): boolean {
	return namesakePointedAt(lines, bodyStart, title, frontmatter) !== null;
}

/** The full name (`Anna Bianchi`) the note's lines only point at, the person of its name `title` (see `pointsAtNamesake`), or null. */
export function namesakePointedAt(lines: readonly string[], bodyStart: number, title: string, frontmatter: Record<string, unknown> | null): string | null {
	if (bodyStart !== 0 && (frontmatter === null || !onlyStamps(frontmatter))) return null;
	let pointer: string | null = null;
	for (let i = bodyStart; i < lines.length; i++) {
		const text = (lines[i] ?? "").trim();
		if (text === "" || (HEADING_MARKS.test(text) && text.replace(HEADING_MARKS, "").trim() === title)) continue;
		if (pointer !== null || text.length > LONGEST_LINE) return null;
		pointer = text;
	}
	const link = pointer === null ? undefined : POINTER_LINE.exec(pointer)?.groups?.link;
	if (link === undefined) return null;
	const links = extractLinks(link);
	const only = links.length === 1 && links[0]?.embed === false ? links[0] : undefined;
	return only !== undefined && namesNamesake(only.target, title) ? (only.target.split("/").pop() ?? "").trim() : null;
}
