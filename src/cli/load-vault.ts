import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createParseContext, type ParseContext, parseNoteDetail, type ParsedNoteDetail } from "../core/notes/note";
import type { RapportSettings } from "../core/config/settings";
import type { VaultConfig } from "../core/config/vault-config";
import { VaultIndex } from "../core/index/vault-index";
import { readFrontmatter } from "./safe-frontmatter";
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
	return { root, settings, config, context, index };
}
