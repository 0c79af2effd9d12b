/**
 * A first line `---` that opens no properties. Obsidian reads a note's properties only between a first line `---` and
 * a later `---` line that closes them (its `getFrontMatterInfo`; `frontmatterEnd` in markdown.ts reads notes so): a
 * `---` that no line closes is body, a horizontal rule at the top of the note, and the note has no properties at all.
 * Whether the user meant it as one is read from the text under it: a first paragraph with a `key:` line
 * (`email: anna@example.com`, even `Address: via Roma 1`) may be properties whose closing line was lost, and is left to
 * the user; one of prose, a heading, a list, or nothing at all is a rule, and a properties block can go above it
 * without changing how Obsidian shows a line of the note.
 */

// A line ends at `\r\n`, `\n` or a lone `\r`, as the editor reads it.
const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /(^|\r\n|\r|\n)(---|\.\.\.)[ \t]*(\r\n|\r|\n|$)/;
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * A line YAML could read as a key of properties: `key:` at the margin with a blank or nothing after the colon (a colon
 * inside the key with no blank after it, `crm:id:`, and a key in quotes, `"crm:id":`, too), an explicit `? key`, a `{` mapping. In time that grows
 * with the line: a colon the key's pattern takes is never the one it ends at.
 */
const KEY_LIKE = /^(?:"(?:[^"\\]|\\.)*"[ \t]*:(?:[ \t]|$)|'(?:[^']|'')*'[ \t]*:(?:[ \t]|$)|[^\s#:](?:[^:]|:(?=\S))*:(?:[ \t]|$)|\?(?:[ \t]|$)|\{)/;

/** The lines of the first paragraph of a text: from its first line that is not blank up to the next blank one. */
function firstParagraph(text: string): string[] {
	const lines = text.split(LINE_BREAK);
	let at = 0;
	while (at < lines.length && (lines[at] ?? "").trim() === "") at++;
	let end = at;
	while (end < lines.length && (lines[end] ?? "").trim() !== "") end++;
	return lines.slice(at, end);
}

/** Whether a note (after its BOM) starts with a `---` line that no line closes and that opens no properties the user meant: see the file's comment. */
export function opensWithRule(text: string): boolean {
	const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
	const open = OPEN.exec(body);
	if (!open) return false;
	const rest = body.slice(open[0].length);
	if (CLOSE.test(rest)) return false;
	return !firstParagraph(rest).some((line) => KEY_LIKE.test(line));
}

/** A line YAML reads as nothing (blank, a comment: a Markdown heading, `# Anna`, is one), or a template's code that writes the lines later (`<% … %>`, `{{…}}`). */
const NOTHING = /^[ \t]*(?:#.*|<%.*|\{\{.*)?$/;

/**
 * The block with each Templater command of several lines (`<%*`, its script, `-%>`, as templates ask their questions at
 * the top of their properties) taken out: its script's lines are no text of the note. One pass: a `<%` no `%>` closes
 * ends the search.
 */
function withoutTemplaterScripts(block: string): string {
	let out = "";
	let at = 0;
	for (let open = block.indexOf("<%"); open >= 0; open = block.indexOf("<%", at)) {
		const close = block.indexOf("%>", open + 2);
		if (close < 0) break;
		const command = block.slice(open, close + 2);
		out += block.slice(at, open) + (/[\r\n]/.test(command) ? "" : command);
		at = close + 2;
	}
	return out + block.slice(at);
}

/**
 * Whether the lines between a note's first two `---` lines (`block`) are text, not properties: the first line that is
 * not blank nor a comment starts at the margin and is no `key:` (`Met at the conference.`, a `- ` list). Obsidian
 * reads them as a properties block it cannot read (a horizontal rule, a paragraph and another rule at the top of the
 * note, as the user may have meant them, look so), and a `key:` line added below them would stay unread too.
 */
export function blockIsText(block: string): boolean {
	const first = withoutTemplaterScripts(block).split(LINE_BREAK).find((line) => !NOTHING.test(line));
	return first !== undefined && !/^[ \t]/.test(first) && !KEY_LIKE.test(first);
}
