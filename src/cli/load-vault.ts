import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createParseContext, type ParseContext, parseNoteDetail, type ParsedNoteDetail } from "../core/notes/note";
import type { RapportSettings } from "../core/config/settings";
import type { VaultConfig } from "../core/config/vault-config";
import { VaultIndex } from "../core/index/vault-index";
import { readFrontmatter } from "./safe-frontmatter";
import { syncLiveCalendar } from "../core/calendar/live";
import { today } from "../core/dates/dates";
import { listMarkdownFiles, readSettings, readVaultConfig } from "./vault-files";

export interface LoadedVault {
	root: string;
	settings: RapportSettings;
	config: VaultConfig;
	context: ParseContext;
	index: VaultIndex;
}

/** Reads one note from disk into what core needs (the CLI's half of the note-source port). */
export function readNote(root: string, path: string, context: ParseContext): ParsedNoteDetail {
	const text = readFileSync(join(root, path), "utf8");
	const fm = readFrontmatter(path, text);
	return parseNoteDetail(path, text, fm.data, context, fm.problems);
}

export function loadVault(root: string): LoadedVault {
	const settings = readSettings(root);
	const config = readVaultConfig(root);
	const context = createParseContext(settings, config);
	const index = new VaultIndex(() => settings.me);
	index.addAll(listMarkdownFiles(root).map((path) => readNote(root, path, context).note));
	// Live calendars: their events count as meetings, as in the plugin, without any note.
	for (const path of settings.calendarFiles) {
		const file = join(root, path);
		if (existsSync(file)) syncLiveCalendar(index, path, readFileSync(file, "utf8"), { today: today(), myEmails: settings.myEmails });
	}
	return { root, settings, config, context, index };
}
