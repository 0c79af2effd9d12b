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

/** The daily note of a day, found through obsidian-daily-notes-interface in the Daily notes or Periodic Notes folder and format; null when none. */
export function findDailyNote(day: CalendarDay): TFile | null {
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
	const existing = findDailyNote(day);
	if (existing) return existing;
	const { folder = "", format = "", template = "" } = getDailyNoteSettings() ?? {};
	const title = dayMoment(day).format(format || "YYYY-MM-DD");
	const name = `${title}.md`;
	const path = joinVaultPath(folder, name);
	if (path === null) throw new PathOutsideVault(folder === "" ? name : `${folder}/${name}`);
	const read = await readDailyTemplate(app, template);
	let file: TFile;
	try {
		const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
		if (parent !== "" && app.vault.getAbstractFileByPath(parent) === null) await app.vault.createFolder(parent);
		file = await app.vault.create(path, read === null ? "" : fillDailyTemplate(read.text, dayMoment(day), format || "YYYY-MM-DD", title));
	} catch {
		throw new DailyNoteNotCreated(path);
	}
	if (read === null) templateMissing(template, path);
	else keepFolds(app, file, read.folds);
	return file;
}
