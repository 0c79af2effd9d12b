import type { App } from "obsidian";
import { getDailyNoteSettings } from "obsidian-daily-notes-interface";
import { type VaultConfig, vaultConfigFrom } from "../core/config/vault-config";

interface PluginHost {
	internalPlugins?: { getPluginById?(id: string): { instance?: { options?: unknown } } | null };
	plugins?: { getPlugin?(id: string): { settings?: unknown } | null };
}

/**
 * The vault's Daily notes (or Periodic Notes) folder and format, and its templates folders, read
 * from the running Obsidian: the same facts the CLI reads from the config folder's JSON files.
 */
export function readVaultConfig(app: App): VaultConfig {
	const host = app as unknown as PluginHost;
	const daily = getDailyNoteSettings();
	return vaultConfigFrom({
		dailyNotes: { folder: daily.folder ?? "", format: daily.format ?? "", template: daily.template ?? "" },
		templates: host.internalPlugins?.getPluginById?.("templates")?.instance?.options,
		templater: host.plugins?.getPlugin?.("templater-obsidian")?.settings,
	});
}
