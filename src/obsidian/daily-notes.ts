import type { Moment } from "moment";
import { moment, type TFile } from "obsidian";
import { createDailyNote, getAllDailyNotes, getDailyNote, getDailyNoteSettings } from "obsidian-daily-notes-interface";
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

/**
 * The daily note of a day, found and created through obsidian-daily-notes-interface, so the user's
 * Daily notes or Periodic Notes folder, format and template are respected.
 */
/** Obsidian's own moment (the type definitions describe the namespace, not the function). */
function dayMoment(day: CalendarDay): Moment {
	return (moment as unknown as (input: string, format: string) => Moment)(day, "YYYY-MM-DD");
}

export function findDailyNote(day: CalendarDay): TFile | null {
	try {
		return getDailyNote(dayMoment(day), getAllDailyNotes()) ?? null;
	} catch {
		// The daily notes folder does not exist yet: there is no daily note, createDailyNote makes the folder.
		return null;
	}
}

export async function findOrCreateDailyNote(day: CalendarDay): Promise<TFile> {
	const existing = findDailyNote(day);
	if (existing) return existing;
	const { folder = "", format = "" } = getDailyNoteSettings();
	const name = `${dayMoment(day).format(format || "YYYY-MM-DD")}.md`;
	const path = joinVaultPath(folder, name);
	if (path === null) throw new PathOutsideVault(folder === "" ? name : `${folder}/${name}`);
	const created = await createDailyNote(dayMoment(day));
	if (!created) throw new DailyNoteNotCreated(path);
	return created;
}
