import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { MessageKey } from "../i18n";
import { migrateSettings, type RapportSettings } from "../core/config/settings";
import { type VaultConfig, vaultConfigFrom } from "../core/config/vault-config";

/** A refusal the CLI prints as one line on stderr (exit 2): a catalog key and its parameters, translated at the edge. */
export class CliError extends Error {
	constructor(
		readonly key: MessageKey,
		readonly params: Readonly<Record<string, string | number>> = {},
	) {
		super(key);
	}
}

/** The vault's own config folder; Obsidian calls it `vault.configDir`. */
export const CONFIG_DIR = ".obsidian";

const SKIPPED_DIRS = new Set(["node_modules", ".git", ".trash"]);

/** Every Markdown file below `root`, as vault-relative paths with `/`, sorted. Hidden folders are skipped as Obsidian does. */
export function listMarkdownFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string, rel: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".") || SKIPPED_DIRS.has(entry.name)) continue;
			const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
			if (entry.isDirectory()) walk(join(dir, entry.name), relPath);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) out.push(relPath);
		}
	};
	walk(root, "");
	return out.sort();
}

export function assertVault(root: string | undefined): string {
	if (!root) throw new CliError("cli.error.noVault");
	let isDir = false;
	try {
		isDir = statSync(root).isDirectory();
	} catch {
		throw new CliError("cli.error.vaultNotFound", { path: root });
	}
	if (!isDir) throw new CliError("cli.error.notAFolder", { path: root });
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
