import { type App, TFile } from "obsidian";
import { type LiveCalendarFile, type LiveCalendarOptions, syncLiveCalendar } from "../core/calendar/live";
import type { RapportSettings } from "../core/config/settings";
import { today } from "../core/dates/dates";
import type { VaultIndex } from "../core/index/vault-index";

/** Whether a vault path is one of the live calendar files in the settings. */
export function isLiveCalendar(settings: RapportSettings, path: string): boolean {
	return settings.calendarFiles.includes(path);
}

function optionsOf(settings: RapportSettings): LiveCalendarOptions {
	return { today: today(), myEmails: settings.myEmails };
}

/**
 * Reads one live calendar file into the index. A file that is gone, a folder, or no calendar gives
 * no events and a problem on its path, which the problems view lists.
 */
export async function syncCalendarFile(app: App, index: VaultIndex, settings: RapportSettings, path: string): Promise<void> {
	syncLiveCalendar(index, path, await calendarFile(app, path), optionsOf(settings));
}

async function calendarFile(app: App, path: string): Promise<LiveCalendarFile> {
	const entry = app.vault.getAbstractFileByPath(path);
	if (entry === null) return { missing: true };
	if (!(entry instanceof TFile)) return { unreadable: "EISDIR" };
	try {
		return { text: await app.vault.cachedRead(entry) };
	} catch (error) {
		return { unreadable: error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error) };
	}
}

/** Reads every live calendar file of the settings into a freshly built index. */
export async function loadLiveCalendars(app: App, index: VaultIndex, settings: RapportSettings): Promise<void> {
	for (const path of settings.calendarFiles) await syncCalendarFile(app, index, settings, path);
}
