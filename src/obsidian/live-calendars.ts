import type { App } from "obsidian";
import { type LiveCalendarOptions, syncLiveCalendar } from "../core/calendar/live";
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

/** Reads one live calendar file (gone: its events are forgotten) into the index. */
export async function syncCalendarFile(app: App, index: VaultIndex, settings: RapportSettings, path: string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	const text = file ? await app.vault.cachedRead(file) : null;
	syncLiveCalendar(index, path, text, optionsOf(settings));
}

/** Reads every live calendar file of the settings into a freshly built index. */
export async function loadLiveCalendars(app: App, index: VaultIndex, settings: RapportSettings): Promise<void> {
	for (const path of settings.calendarFiles) await syncCalendarFile(app, index, settings, path);
}
