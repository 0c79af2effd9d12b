import { type CalendarDay } from "../dates/dates";
import { formatWithMoment } from "../dates/moment-format";
import { skipSpaces } from "../shared/scan";

/**
 * Fills `{{date}}`, `{{title}}`, `{{time}}` and `{{date:FORMAT}}` as Obsidian's core Templates plugin does
 * for a new daily note. Templater syntax (`<% %>`) is left as written. One pass over the template:
 * a placeholder runs from `{{` to the first `}`, which must be followed by another `}`. Weekday and
 * month names (`dddd`, `MMMM`…) are written in `locale`, the language Obsidian gives moment.
 */
export function fillTemplate(template: string, day: CalendarDay, title: string, time = "00:00", locale = "en"): string {
	let out = "";
	let copied = 0;
	let close = -1;
	let i = template.indexOf("{{");
	while (i >= 0) {
		if (close < i + 2) close = template.indexOf("}", i + 2);
		if (close < 0) break;
		const value = template[close + 1] === "}" ? placeholderAt(template, i + 2, close, { day, title, time, locale }) : null;
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
 * The value of the placeholder between `from` (after `{{`) and `close` (its first `}`), or null:
 * `date`, `title`, `time`, `date:FORMAT`, `time:FORMAT`, any case, spaces around. The name is
 * checked in place, so a long run of `{{` that are not placeholders is read once.
 */
function placeholderAt(template: string, from: number, close: number, values: PlaceholderValues): string | null {
	const { day, title, time } = values;
	const start = skipSpaces(template, from);
	const name = ["date", "title", "time"].find((n) => template.slice(start, start + n.length).toLowerCase() === n);
	if (!name) return null;
	const after = skipSpaces(template, start + name.length);
	if (after === close) return name === "date" ? day : name === "title" ? title : time;
	if (after > close || template[after] !== ":" || name === "title") return null;
	const written = template.slice(after + 1, close);
	if (written === "") return null;
	// A format of spaces only is a space, as Obsidian's `{{date:FORMAT}}` hands it to moment; `{{time: }}` is the time.
	if (name === "time" && written.trim() === "") return time;
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
	const trimmed = text.trim();
	return UNFILLED.test(trimmed) || EXAMPLE_ATTENDEE.test(trimmed);
}
