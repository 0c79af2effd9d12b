import type { Moment } from "moment";
import { type App, moment, normalizePath, type TFile } from "obsidian";

/** A daily note template's text and the folds Obsidian keeps for it (null when none). */
export interface DailyTemplate {
	text: string;
	folds: unknown;
}

/** Obsidian's own moment, called as a function (the type definitions describe the namespace). */
function now(): Moment {
	return (moment as unknown as () => Moment)();
}

/**
 * The template Daily notes (or Periodic Notes) names, found as Obsidian finds a link to it: an empty
 * template for none, null when no note has its path or it cannot be read (deleted, renamed outside Obsidian).
 */
export async function readDailyTemplate(app: App, template: string): Promise<DailyTemplate | null> {
	const path = normalizePath(template);
	if (template.trim() === "" || path === "/") return { text: "", folds: null };
	const file: TFile | null = app.metadataCache.getFirstLinkpathDest(path, "");
	if (!file) return null;
	try {
		const folds = (app as unknown as { foldManager?: { load?(file: TFile): unknown } }).foldManager?.load?.(file) ?? null;
		return { text: await app.vault.cachedRead(file), folds };
	} catch {
		return null;
	}
}

/** Keeps the template's folds for the new note, as Daily notes does (an internal part of Obsidian: nothing when it is not there). */
export function keepFolds(app: App, file: TFile, folds: unknown): void {
	if (folds === null) return;
	(app as unknown as { foldManager?: { save?(file: TFile, folds: unknown): void } }).foldManager?.save?.(file, folds);
}

const DATE = /{{\s*date\s*}}/gi;
const TIME = /{{\s*time\s*}}/gi;
const TITLE = /{{\s*title\s*}}/gi;
/** `{{date:dddd}}`, `{{date+1d}}`, `{{time-2h:HH:mm}}`: the day at this time, moved, in a format of its own or the note's. */
const SHIFTED = /{{\s*(?:date|time)\s*(?:([+-]\d+)([yqmwdhs]))?\s*(:.+?)?}}/gi;
const YESTERDAY = /{{\s*yesterday\s*}}/gi;
const TOMORROW = /{{\s*tomorrow\s*}}/gi;

/**
 * The placeholders of a daily note template filled for the day `date`, whose note is named `title` in
 * `format`, as Daily notes and Periodic Notes fill them: `{{date}}` and `{{title}}` the note's name,
 * `{{time}}` the time now, `{{date:FORMAT}}` and `{{date+1d}}` the day (at the time now), moved and in
 * a format of their own, `{{yesterday}}` and `{{tomorrow}}`. A name holding `$&` is written as it is.
 */
export function fillDailyTemplate(text: string, date: Moment, format: string, title: string): string {
	const clock = now();
	const atThisTime = (): Moment => date.clone().set({ hour: clock.get("hour"), minute: clock.get("minute"), second: clock.get("second") });
	return text
		.replace(DATE, () => title)
		.replace(TIME, () => clock.format("HH:mm"))
		.replace(TITLE, () => title)
		.replace(SHIFTED, (_all, amount: string | undefined, unit: string | undefined, own: string | undefined) => {
			const when = atThisTime();
			if (amount !== undefined && unit !== undefined) when.add(parseInt(amount, 10), unit as moment.unitOfTime.DurationConstructor);
			return when.format(own === undefined ? format : own.substring(1).trim());
		})
		.replace(YESTERDAY, () => date.clone().subtract(1, "day").format(format))
		.replace(TOMORROW, () => date.clone().add(1, "d").format(format));
}
