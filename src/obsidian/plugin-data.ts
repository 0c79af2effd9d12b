import { type DataAdapter, normalizePath, type Plugin } from "obsidian";

/** What reading data.json gave: its data (null when there is none or it cannot be read), and whether it could not be read. */
export interface StoredData {
	data: unknown;
	/** data.json is there but is not JSON (a sync conflict's `<<<<<<<` markers, a half-written file). */
	unreadable: boolean;
	/** Where the unreadable file was copied, so the next save of the settings does not erase it; null when it could not be. */
	copy: string | null;
}

/** Copies kept of unreadable data.json files before Rapport gives up looking for a free name. */
const MAX_COPIES = 50;

/**
 * Where to copy an unreadable data.json whose text is `text`: `data.unreadable.json`, or the first of
 * `data.unreadable-2.json`, `-3`… that is free. A copy an earlier start made of another unreadable file
 * holds settings that exist nowhere else (the settings were saved since), so it is never written over;
 * a copy of this same text is reused.
 */
async function copyPath(adapter: DataAdapter, dir: string, text: string): Promise<string | null> {
	for (let n = 1; n <= MAX_COPIES; n++) {
		const path = normalizePath(`${dir}/data.unreadable${n === 1 ? "" : `-${n}`}.json`);
		if (!(await adapter.exists(path))) return path;
		if ((await adapter.read(path)) === text) return path;
	}
	return null;
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
		try {
			const text = await adapter.read(normalizePath(`${dir}/data.json`));
			const copy = await copyPath(adapter, dir, text);
			if (copy === null) return { data: null, unreadable: true, copy: null };
			await adapter.write(copy, text);
			return { data: null, unreadable: true, copy };
		} catch {
			return { data: null, unreadable: true, copy: null };
		}
	}
}
