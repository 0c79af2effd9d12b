import { type CalendarDay } from "../dates/dates";
import { formatWithMoment } from "../dates/moment-format";

/**
 * Fills `{{date}}`, `{{title}}`, `{{time}}` and `{{date:FORMAT}}` as Obsidian's core Templates plugin does
 * for a new daily note. Templater syntax (`<% %>`) is left as written.
 */
export function fillTemplate(template: string, day: CalendarDay, title: string, time = "00:00"): string {
	return template
		.replace(/\{\{\s*date\s*:\s*([^}]+?)\s*\}\}/gi, (_all, format: string) => formatWithMoment(day, format))
		.replace(/\{\{\s*date\s*\}\}/gi, day)
		.replace(/\{\{\s*time(?:\s*:\s*[^}]+?)?\s*\}\}/gi, time)
		.replace(/\{\{\s*title\s*\}\}/gi, title);
}
