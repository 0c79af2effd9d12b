import { normalizePath, type Plugin } from "obsidian";

/** What reading data.json gave: its data (null when there is none or it cannot be read), and whether it could not be read. */
export interface StoredData {
	data: unknown;
	/** data.json is there but is not JSON (a sync conflict's `<<<<<<<` markers, a half-written file). */
	unreadable: boolean;
	/** Where the unreadable file was copied, so the next save of the settings does not erase it; null when it could not be. */
	copy: string | null;
}

/**
 * The plugin's data.json. Obsidian's `loadData` throws on a file that is not JSON, which would stop
 * the plugin from starting at all: the file is then copied beside it (`data.unreadable.json`) and the
 * plugin starts on its defaults.
 */
export async function readPluginData(plugin: Plugin): Promise<StoredData> {
	try {
		return { data: await plugin.loadData(), unreadable: false, copy: null };
	} catch {
		const { adapter, configDir } = plugin.app.vault;
		const dir = plugin.manifest.dir ?? `${configDir}/plugins/${plugin.manifest.id}`;
		const copy = normalizePath(`${dir}/data.unreadable.json`);
		try {
			await adapter.write(copy, await adapter.read(normalizePath(`${dir}/data.json`)));
			return { data: null, unreadable: true, copy };
		} catch {
			return { data: null, unreadable: true, copy: null };
		}
	}
}
