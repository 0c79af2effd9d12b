import { type App, moment } from "obsidian";
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
export function readVaultConfig(app: App, logseqConfig: string | null = null): VaultConfig {
	const host = app as unknown as PluginHost;
	const daily = getDailyNoteSettings();
	return vaultConfigFrom({
		dailyNotes: { folder: daily.folder ?? "", format: daily.format ?? "", template: daily.template ?? "" },
		templates: host.internalPlugins?.getPluginById?.("templates")?.instance?.options,
		templater: host.plugins?.getPlugin?.("templater-obsidian")?.settings,
		logseqConfig,
		// The weeks of Obsidian's moment (its language's, or the Calendar plugin's "Start week on"), as week-based formats count them.
		weeks: localeWeeks(),
	});
}

/** moment's weeks in Obsidian's language: the day they start on and the day of January week 1 holds (`dow`, `doy`). */
function localeWeeks(): { dow: number; doy: number } | undefined {
	try {
		const data = moment.localeData();
		return { dow: data.firstDayOfWeek(), doy: data.firstDayOfYear() };
	} catch {
		return undefined;
	}
}

/** The text of `logseq/config.edn` at the vault's root (a Logseq graph opened as a vault), or null. */
export async function readLogseqConfig(app: App): Promise<string | null> {
	try {
		return (await app.vault.adapter.exists(LOGSEQ_CONFIG)) ? await app.vault.adapter.read(LOGSEQ_CONFIG) : null;
	} catch {
		return null;
	}
}

const LOGSEQ_CONFIG = "logseq/config.edn";
