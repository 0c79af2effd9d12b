import { opendirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { MessageKey } from "../i18n";
import { migrateSettings, type RapportSettings } from "../core/config/settings";
import { type VaultConfig, vaultConfigFrom } from "../core/config/vault-config";
import { listNotes, readVaultText } from "./note-files";

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

/** Every Markdown file below `root`, as vault-relative paths with `/`, sorted. Hidden folders are skipped as Obsidian does. */
export function listMarkdownFiles(root: string): string[] {
	return listNotes(root).paths;
}

export function assertVault(root: string | undefined): string {
	if (!root) throw new CliError("cli.error.noVault");
	let isDir = false;
	try {
		isDir = statSync(root).isDirectory();
	} catch (error) {
		// Not found only when it is not there: a symlink loop or a folder the user may not enter says so.
		const code = (error as { code?: string }).code;
		// A name that is not UTF-8 reaches Node with U+FFFD in place of its bytes, and cannot be opened so: said, not "not found" alone.
		if (code === "ENOENT") throw new CliError(root.includes("\uFFFD") ? "cli.error.vaultNameNotUtf8" : "cli.error.vaultNotFound", { path: root });
		if (code === "ENOTDIR") throw new CliError("cli.error.notAFolder", { path: root });
		throw new CliError(code === "ELOOP" ? "cli.error.vaultLoop" : "cli.error.vaultUnreadable", { path: root, reason: code ?? String(error) });
	}
	if (!isDir) throw new CliError("cli.error.notAFolder", { path: root });
	// A folder the user may enter but not list (0711, another user's): every command would read no note and answer as for an empty vault.
	try {
		opendirSync(root).closeSync();
	} catch (error) {
		throw new CliError("cli.error.vaultUnreadable", { path: root, reason: (error as { code?: string }).code ?? String(error) });
	}
	return root;
}

/** The most a config file of the vault may hold: a larger one (or a link to a pipe or a device) is read as missing. */
const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

function readJson(path: string): unknown {
	try {
		return JSON.parse(readVaultText(path, MAX_CONFIG_BYTES)) as unknown;
	} catch {
		return undefined;
	}
}

/** A text file of the vault (a Logseq graph's `logseq/config.edn`), or null when it is missing or unreadable. */
function readText(path: string): string | null {
	try {
		return readVaultText(path, MAX_CONFIG_BYTES);
	} catch {
		return null;
	}
}

/** Whether a community plugin is turned on in this vault, by the list read once from `community-plugins.json`. */
function pluginEnabled(enabled: unknown, id: string): boolean {
	return Array.isArray(enabled) && enabled.includes(id);
}

/**
 * Every file of the vault's config folder that settings and config are read from (by `readSettings`
 * and `readVaultConfig`): a repeat run's stored answer (answer-key.ts) is valid only while each is as it was.
 */
export const CONFIG_FILES: readonly string[] = [
	"plugins/rapport/data.json",
	"daily-notes.json",
	"community-plugins.json",
	"plugins/periodic-notes/data.json",
	"templates.json",
	"plugins/templater-obsidian/data.json",
	"plugins/calendar/data.json",
].map((file) => `${CONFIG_DIR}/${file}`);

export function readVaultConfig(root: string): VaultConfig {
	const config = join(root, CONFIG_DIR);
	// Read once: a run reads each config file once (tests/cli/settings-read-once).
	const enabled = readJson(join(config, "community-plugins.json"));
	return vaultConfigFrom({
		dailyNotes: readJson(join(config, "daily-notes.json")),
		periodicNotes: pluginEnabled(enabled, "periodic-notes") ? readJson(join(config, "plugins", "periodic-notes", "data.json")) : undefined,
		templates: readJson(join(config, "templates.json")),
		templater: readJson(join(config, "plugins", "templater-obsidian", "data.json")),
		logseqConfig: readText(join(root, "logseq", "config.edn")),
		// The Calendar plugin's "Start week on", which sets the weeks of week-based daily note names (`gggg-[W]ww-e`).
		weeks: pluginEnabled(enabled, "calendar") ? readJson(join(config, "plugins", "calendar", "data.json")) : undefined,
	});
}

/** The plugin's settings, when Rapport is installed in this vault; defaults otherwise. */
export function readSettings(root: string): RapportSettings {
	return migrateSettings(readJson(join(root, CONFIG_DIR, "plugins", "rapport", "data.json")));
}
