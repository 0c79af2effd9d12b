import { type CalendarDay } from "../dates/dates";
import { formatWithMoment } from "../dates/moment-format";
import { lineEndingOf } from "../shared/line-ends";
import { skipSpaces } from "../shared/scan";
import { opensWithRule } from "./leading-rule";

/**
 * Fills `{{date}}`, `{{title}}`, `{{time}}` and `{{date:FORMAT}}` as Obsidian's core Templates plugin does
 * for a new daily note. Templater syntax (`<% %>`) is left as written. One pass over the template:
 * a placeholder runs from `{{` to the first `}`, which must be followed by another `}`. Weekday and
 * month names (`dddd`, `MMMM`…) are written in `locale`, the language Obsidian gives moment.
 */
export function fillTemplate(template: string, day: CalendarDay, title: string, time = "00:00", locale = "en"): string {
	const block = frontmatterBlock(template);
	if (block === null) return fillText(template, day, title, time, locale);
	return fillText(template.slice(0, block.from), day, title, time, locale) + fillFrontmatter(template.slice(block.from, block.to), day, title, time, locale) + fillText(template.slice(block.to), day, title, time, locale);
}

// A line ends at `\r\n`, `\n` or a lone `\r` (an old Mac file), as Obsidian's editor reads it (see shared/line-ends.ts).
const OPENING = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING = /(^|\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/;
const LINE_BREAK = /(\r\n|\r|\n)/;

/** Where a template's frontmatter lines are: after the opening `---` line, up to the closing one. */
function frontmatterBlock(template: string): { from: number; to: number } | null {
	const open = OPENING.exec(template);
	if (!open) return null;
	const close = CLOSING.exec(template.slice(open[0].length));
	return close ? { from: open[0].length, to: open[0].length + close.index + (close[1] ?? "").length } : null;
}

/**
 * A new note's text with a frontmatter block to set its properties in: as it is when it opens with
 * one, else an empty block put after its BOM, its lines ended as the text's own (CRLF, lone CR or LF).
 */
export function withFrontmatter(text: string): string {
	// A first line `---` that is a horizontal rule (prose under it, no line closing it) is no frontmatter: a block goes above it.
	if (OPENING.test(text) && !opensWithRule(text)) return text;
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const eol = lineEndingOf(text);
	return `${bom}---${eol}---${eol}${text.slice(bom.length)}`;
}

/**
 * Stands for the title in the frontmatter until the place it goes is known (a private-use character: no template holds it).
 * Put in with split and join: a replacement string would read the `$$`, `$&` and `$'` of a title such as `Pricing $$ review`.
 */
const TITLE = "\uE000";

/**
 * The frontmatter lines with their placeholders filled, the title written so YAML reads it back as
 * given: a name such as `@anna`, `Dan: CEO` or `[Lumen] Anna` is quoted where it would be misread,
 * escaped inside quotes, and a plain name is written as it is.
 */
function fillFrontmatter(block: string, day: CalendarDay, title: string, time: string, locale: string): string {
	if (block.includes(TITLE)) return fillText(block, day, title, time, locale);
	const filled = fillText(block, day, TITLE, time, locale);
	if (!filled.includes(TITLE)) return filled;
	let blockIndent = -1;
	// Lines and their breaks, alternately: each break stays as written.
	const parts = filled.split(LINE_BREAK);
	for (let i = 0; i < parts.length; i += 2) {
		const line = parts[i] ?? "";
		const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
		// A line of a block scalar (`desc: |`) is text, not a `key: value`: the title goes in as it is.
		if (blockIndent >= 0 && (line.trim() === "" || indent > blockIndent)) {
			parts[i] = line.split(TITLE).join(title);
			continue;
		}
		blockIndent = BLOCK_SCALAR.test(line) ? indent : -1;
		if (line.includes(TITLE)) parts[i] = titleLine(line, title);
	}
	return parts.join("");
}

/** A key whose value is a block scalar on the lines below (`desc: |`, `notes: >-`). */
const BLOCK_SCALAR = /:[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/** `key: value`, `- value` or `key: [a, b]`: the part before the value, and the value with a comment after it. */
const ENTRY = /^([ \t]*(?:-[ \t]+)?[^\s#'"[{\uE000-][^:\uE000]*:[ \t]+|[ \t]*-[ \t]+)(.*)$/;

function titleLine(line: string, title: string): string {
	const m = ENTRY.exec(line);
	if (!m) return line.split(TITLE).join(title);
	const [, head = "", rest = ""] = m;
	if (rest.startsWith('"') || rest.startsWith("'")) return head + quotedWithTitle(rest, title);
	// `[[{{title}}]]` unquoted is a link as templates write it (YAML reads a list in a list): kept so.
	if (rest.startsWith("[[")) return head + rest.split(TITLE).join(title);
	if (rest.startsWith("[")) return head + flowWithTitle(rest, title);
	const comment = /[ \t]#/.exec(rest);
	const value = comment ? rest.slice(0, comment.index) : rest;
	const after = comment ? rest.slice(comment.index).split(TITLE).join(title) : "";
	return head + plainOrQuoted(value.split(TITLE).join(title)) + after;
}

/** A quoted value: the title escaped as that quote needs (what follows the closing quote is a comment). */
function quotedWithTitle(rest: string, title: string): string {
	const quote = rest[0];
	const escaped = quote === '"' ? JSON.stringify(title).slice(1, -1) : title.replaceAll("'", "''");
	let close = 1;
	while (close < rest.length && rest[close] !== quote) close += rest[close] === "\\" && quote === '"' ? 2 : 1;
	return rest.slice(0, close + 1).split(TITLE).join(escaped) + rest.slice(close + 1).split(TITLE).join(title);
}

/** A one-line flow list: each item that holds the title is quoted when it has to be. */
function flowWithTitle(rest: string, title: string): string {
	const end = rest.lastIndexOf("]");
	if (end < 0) return rest.split(TITLE).join(title);
	const items = rest.slice(1, end).split(",").map((item) => {
		if (!item.includes(TITLE)) return item;
		const bare = item.trim();
		const lead = item.slice(0, item.indexOf(bare));
		const trail = item.slice(lead.length + bare.length);
		if (bare.startsWith('"') || bare.startsWith("'")) return lead + quotedWithTitle(bare, title) + trail;
		const value = bare.split(TITLE).join(title);
		return lead + (plainIn(value, true) ? value : JSON.stringify(value)) + trail;
	});
	return `[${items.join(",")}]${rest.slice(end + 1).split(TITLE).join(title)}`;
}

/** The value as written when YAML reads it back as that text, else in double quotes (spaces around kept). */
function plainOrQuoted(value: string): string {
	const bare = value.trim();
	if (bare === "" || plainIn(bare, false)) return value;
	const lead = value.slice(0, value.indexOf(bare));
	return lead + JSON.stringify(bare) + value.slice(lead.length + bare.length);
}

/** Whether YAML reads `text` as a plain string equal to it (in a flow list, commas and brackets end it too). */
function plainIn(text: string, flow: boolean): boolean {
	if (!/^[^-?:,[\]{}#&*!|>'"%@`\s]/.test(text) || /: |:$| #|\t|\s$/.test(text)) return false;
	if (flow && /[,[\]{}]/.test(text)) return false;
	if (/^(?:true|false|null|~|yes|no|on|off|y|n)$/i.test(text)) return false;
	return !/^[-+]?(?:\.?\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i.test(text);
}

/**
 * The kinds of placeholder, in the order they are filled: every `{{date:FORMAT}}` first, then every
 * `{{date}}`, `{{time:FORMAT}}`, `{{time}}` and `{{title}}`, one pass each, as the patterns this replaced
 * did one after the other. The order shows only where placeholders are nested or made by another's
 * value: `{{time:{{date}}` keeps its `{{time:` and gets the day; a title written `{{date}}` stays as written.
 */
const PASSES = ["date:", "date", "time:", "time", "title"] as const;
type PlaceholderKind = (typeof PASSES)[number];

/** The placeholders of plain text filled, the title as it is. */
function fillText(template: string, day: CalendarDay, title: string, time: string, locale: string): string {
	let text = template;
	for (const kind of PASSES) {
		if (!text.includes("{{")) break;
		text = fillPass(text, kind, { day, title, time, locale });
	}
	return text;
}

/** `template` with its placeholders of one kind filled, in one scan. */
function fillPass(template: string, kind: PlaceholderKind, values: PlaceholderValues): string {
	let out = "";
	let copied = 0;
	let close = -1;
	let i = template.indexOf("{{");
	while (i >= 0) {
		if (close < i + 2) close = template.indexOf("}", i + 2);
		if (close < 0) break;
		const value = template[close + 1] === "}" ? placeholderAt(template, i + 2, close, kind, values) : null;
		if (value === null) {
			i = template.indexOf("{{", i + 1);
			continue;
		}
		out += template.slice(copied, i) + value;
		copied = close + 2;
		i = template.indexOf("{{", copied);
	}
	return out + template.slice(copied);
}

/** What the placeholders of one template stand for. */
interface PlaceholderValues {
	day: CalendarDay;
	title: string;
	time: string;
	/** The language of weekday and month names. */
	locale: string;
}

/**
 * The value of the placeholder between `from` (after `{{`) and `close` (its first `}`) when it is of
 * `kind`, else null: `date`, `title`, `time`, `date:FORMAT`, `time:FORMAT`, any case, spaces around.
 * The name is checked in place, so a long run of `{{` that are not placeholders is read once.
 */
function placeholderAt(template: string, from: number, close: number, kind: PlaceholderKind, values: PlaceholderValues): string | null {
	const { day, title, time } = values;
	const start = skipSpaces(template, from);
	const name = ["date", "title", "time"].find((n) => template.slice(start, start + n.length).toLowerCase() === n);
	if (!name) return null;
	const after = skipSpaces(template, start + name.length);
	if (after === close) return kind !== name ? null : name === "date" ? day : name === "title" ? title : time;
	if (after > close || template[after] !== ":" || name === "title") return null;
	const written = template.slice(after + 1, close);
	if (written === "") return null;
	// A format of spaces only is a space, as Obsidian's `{{date:FORMAT}}` hands it to moment; `{{time: }}` is the time.
	if (name === "time" && written.trim() === "") return kind === "time" ? time : null;
	if (kind !== `${name}:`) return null;
	const format = written.trim() || " ";
	// As in Obsidian, both take moment tokens: `{{date:YYYY-MM-DD HH:mm}}`, `{{time:h:mm A}}`.
	return formatWithMoment(day, format, values.locale, time);
}

/** A template placeholder left unfilled: `{{attendee}}`, `<% tp.system.prompt("Who") %>`, `__PEOPLE__` (a script's marker). */
const UNFILLED = /^(?:\{\{[^{}]{0,200}\}\}|<%[\s\S]{0,500}%>|__[A-Z][A-Z0-9_]{0,60}__)$/;

/**
 * A template's example attendee, written as a word for a person and a number or as a name's parts:
 * `[[person1]]`, `[[Person Name]]`, `Attendee 2`, `Full Name`, `First Last`, Italian `Nome Cognome`.
 */
const EXAMPLE_ATTENDEE = /^(?:(?:person|attendee|participant|partecipante|persona|contact|name|nome)[ _-]?\d{1,2}|(?:person|full|first|attendee|participant|contact)[ _-]?name|name[ _-]surname|first[ _-]last(?:[ _-]?name)?|nome[ _-]cognome)$/i;

/** Whether `text` is only a template placeholder nobody filled: no one's name, so never an attendee. */
export function isUnfilledPlaceholder(text: string): boolean {
	if (text.length > 504) return false;
	return UNFILLED.test(text.trim());
}

/**
 * Whether `text` is a template's example attendee (`[[person1]]`, `Nome Cognome`): nobody to create a note for,
 * though a person may have the name (the Contacts NextGen plugin names its notes `Contact 1`, `Contact 2`).
 */
export function isExampleAttendee(text: string): boolean {
	return text.length <= 100 && EXAMPLE_ATTENDEE.test(text.trim());
}
