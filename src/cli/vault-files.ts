import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { migrateSettings, type RapportSettings } from "../core/config/settings";
import { type VaultConfig, vaultConfigFrom } from "../core/config/vault-config";
import { listNotes } from "./note-files";

export class CliError extends Error {}

/** The vault's own config folder; Obsidian calls it `vault.configDir`. */
export const CONFIG_DIR = ".obsidian";

/** Every Markdown file below `root`, as vault-relative paths with `/`, sorted. Hidden folders are skipped as Obsidian does. */
export function listMarkdownFiles(root: string): string[] {
	return listNotes(root).paths;
}

export function assertVault(root: string | undefined): string {
	if (!root) throw new CliError("missing --vault DIR (the folder of your Obsidian vault)");
	let isDir = false;
	try {
		isDir = statSync(root).isDirectory();
	} catch {
		throw new CliError(`vault folder not found: ${root}`);
	}
	if (!isDir) throw new CliError(`not a folder: ${root}`);
	return root;
}

function readJson(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, "utf8")) as unknown;
	} catch {
		return undefined;
	}
}

export function readVaultConfig(root: string): VaultConfig {
	const config = join(root, CONFIG_DIR);
	return vaultConfigFrom({
		dailyNotes: readJson(join(config, "daily-notes.json")),
		templates: readJson(join(config, "templates.json")),
		templater: readJson(join(config, "plugins", "templater-obsidian", "data.json")),
	});
}

/** The plugin's settings, when Rapport is installed in this vault; defaults otherwise. */
export function readSettings(root: string): RapportSettings {
	return migrateSettings(readJson(join(root, CONFIG_DIR, "plugins", "rapport", "data.json")));
}
