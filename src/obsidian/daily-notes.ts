import type { Moment } from "moment";
import { type App, moment, type TFile } from "obsidian";
import { getAllDailyNotes, getDailyNote, getDailyNoteSettings } from "obsidian-daily-notes-interface";
import { fillDailyTemplate, keepFolds, readDailyTemplate } from "./daily-note-template";
import type { CalendarDay } from "../core/dates/dates";
import { joinVaultPath } from "../core/shared/vault-path";

/** A daily-notes folder or format that would put the note outside the vault (`../x`): refused, never created. */
export class PathOutsideVault extends Error {
	constructor(readonly path: string) {
		super(`outside the vault: ${path}`);
	}
}

/**
 * The daily note Daily notes could not create (a folder or a file of another case has its name, a
 * format with a character Obsidian refuses in a file name): its path, which the notice names.
 */
export class DailyNoteNotCreated extends Error {
	constructor(readonly path: string) {
		super(`not created: ${path}`);
	}
}

/** Obsidian's own moment (the type definitions describe the namespace, not the function). */
function dayMoment(day: CalendarDay): Moment {
	return (moment as unknown as (input: string, format: string) => Moment)(day, "YYYY-MM-DD");
}

/** Where Daily notes (or Periodic Notes) puts the note of `day`: its folder and the day in its format; null when that leaves the vault. */
function dailyNotePath(day: CalendarDay): { path: string | null; name: string; folder: string; format: string } {
	const { folder = "", format = "" } = getDailyNoteSettings() ?? {};
	const name = `${dayMoment(day).format(format || "YYYY-MM-DD")}.md`;
	return { path: joinVaultPath(folder, name), name, folder, format: format || "YYYY-MM-DD" };
}

/**
 * The daily note of a day: the note at the path Daily notes gives it, else (a format of one part) one
 * obsidian-daily-notes-interface finds by its name anywhere in the daily notes folder; null when none. A
 * format in folders (`YYYY/MM/DD`) is found at its path only: the library reads a name by the last part
 * of the format alone, so `2026/11/03.md` looked like the 3rd of every month.
 */
export function findDailyNote(app: App, day: CalendarDay): TFile | null {
	const { path, format } = dailyNotePath(day);
	const atPath = path === null ? null : app.vault.getFileByPath(path);
	if (atPath) return atPath;
	if (format.includes("/")) return null;
	try {
		return getDailyNote(dayMoment(day), getAllDailyNotes()) ?? null;
	} catch {
		// The daily notes folder does not exist yet: there is no daily note, findOrCreateDailyNote makes the folder.
		return null;
	}
}

/**
 * The daily note of `day`, made when missing in Daily notes' (or Periodic Notes') folder, with its
 * format and template, as Daily notes makes it: the folder made first, the template's placeholders
 * filled. Every failure is Rapport's to say, in the user's language: a template no note has (the note
 * is made without it, and `templateMissing` told its setting), a note that cannot be made
 * (`DailyNoteNotCreated`), a path outside the vault (`PathOutsideVault`).
 */
export async function findOrCreateDailyNote(app: App, day: CalendarDay, templateMissing: (template: string, path: string) => void = () => undefined): Promise<TFile> {
	const existing = findDailyNote(app, day);
	if (existing) return existing;
	const { template = "" } = getDailyNoteSettings() ?? {};
	const { path, name, folder, format } = dailyNotePath(day);
	const title = name.slice(0, -".md".length);
	if (path === null) throw new PathOutsideVault(folder === "" ? name : `${folder}/${name}`);
	const read = await readDailyTemplate(app, template);
	let file: TFile;
	try {
		const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
		if (parent !== "" && app.vault.getAbstractFileByPath(parent) === null) await app.vault.createFolder(parent);
		file = await app.vault.create(path, read === null ? "" : fillDailyTemplate(read.text, dayMoment(day), format, title));
	} catch {
		throw new DailyNoteNotCreated(path);
	}
	if (read === null) templateMissing(template, path);
	else keepFolds(app, file, read.folds);
	return file;
}
