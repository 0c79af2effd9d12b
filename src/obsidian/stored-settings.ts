import { Notice, type Plugin } from "obsidian";
import { migrateSettings, type RapportSettings } from "../core/config/settings";
import { changedSettings, changesTheIndex } from "../core/config/settings-changes";
import { unknownSettings, withUnknownSettings } from "../core/config/unknown-settings";
import type { Translate } from "../i18n";
import { readPluginData, type StoredData } from "./plugin-data";

/** The settings read at start: migrated, and what reading data.json gave (its raw data, whether it could not be read). */
export interface LoadedSettings {
	settings: RapportSettings;
	stored: StoredData;
}

/**
 * The plugin's settings as stored in data.json: read at start, saved, and read again when data.json changes on disk.
 * It keeps what a save must not lose: the keys this version does not know, and whether data.json must be left alone.
 */
export class StoredSettings {
	/** Stored keys this version does not know (a newer Rapport's, on another device): saved back untouched. */
	private unknown: Record<string, unknown> = {};
	/** data.json could not be read nor copied aside: saving the settings would erase it, so they are not saved. */
	private keepStoredData = false;

	constructor(private readonly plugin: Plugin) {}

	/** Reads data.json at start; an unreadable one was copied aside (`stored.copy`), and the settings are the defaults. */
	async load(): Promise<LoadedSettings> {
		const stored = await readPluginData(this.plugin);
		this.unknown = unknownSettings(stored.data);
		this.keepStoredData = stored.unreadable && stored.copy === null;
		return { settings: migrateSettings(stored.data), stored };
	}

	/** Writes `settings` to data.json with the keys this version does not know; throws what the disk refused. */
	async save(settings: RapportSettings): Promise<void> {
		if (!this.keepStoredData) await this.plugin.saveData(withUnknownSettings(settings, this.unknown));
	}

	/**
	 * data.json changed on disk while Rapport runs (Obsidian Sync or another sync app brought another device's
	 * settings, or an app edited it): they are taken on into `settings`, in place (views, the settings tab and the
	 * index hold that very object), so the next save here does not write the old ones over them. A file that is not
	 * JSON (a sync conflict) is copied aside as at start, told in a Notice in the words of `t`, and the settings in
	 * effect stay. Gives whether the vault must be read again, or null when the settings did not change (or
	 * Rapport was turned off, `turnedOff`, during the read).
	 */
	async takeExternalChange(settings: RapportSettings, turnedOff: () => boolean, t: Translate): Promise<{ reindex: boolean } | null> {
		const stored = await readPluginData(this.plugin);
		if (turnedOff()) return null;
		if (stored.unreadable) {
			this.keepStoredData = stored.copy === null;
			new Notice(stored.copy === null ? t("notice.settingsExternalUnreadableNoCopy") : t("notice.settingsExternalUnreadable", { path: stored.copy }));
			return null;
		}
		// No data.json at all: a sync app writing it anew (deleted, then written) is no choice of the defaults.
		if (stored.data === null || stored.data === undefined) return null;
		this.keepStoredData = false;
		this.unknown = unknownSettings(stored.data);
		const next = migrateSettings(stored.data);
		const changed = changedSettings(settings, next);
		if (changed.length === 0) return null;
		Object.assign(settings, next);
		return { reindex: changesTheIndex(changed) };
	}
}
