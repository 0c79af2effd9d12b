import { Notice, type Plugin, TFile } from "obsidian";
import { dailyNoteDay } from "../core/notes/classify";
import { collapseDuplicateSections, hasDuplicateSections } from "../core/edits/daily-section";
import { SECTION_START } from "../core/notes/markdown";
import { editDocument, writeFailure } from "../obsidian/document-edit";
import { afterTemplater } from "../obsidian/templater-wait";
import { inBackground } from "./background";
import type { RapportHost } from "./host";

/**
 * "Insert the agenda into new daily notes", safe with sync. The same daily note can be created on two
 * devices; a sync service then either delivers one device's note to the other (a `create` of a note
 * that already has its section: left alone, no second section, no rewrite) or merges both versions
 * into one note holding two sections (the later ones are taken out, once, when the merge arrives).
 */
export function registerAutoInsert(plugin: Plugin, host: RapportHost): void {
	const { vault, metadataCache } = plugin.app;
	plugin.registerEvent(
		vault.on("create", (file) => {
			if (!host.settings.autoInsert || !(file instanceof TFile)) return;
			const day = dailyNoteDay(file.path, host.live.config);
			if (day) inBackground(insertUnlessSynced(plugin, host, file, day), (reason) => host.t("notice.insertFailed", { reason }));
		}),
	);
	plugin.registerEvent(
		metadataCache.on("changed", (file, data) => {
			if (!host.settings.autoInsert || !hasDuplicateSections(data) || !dailyNoteDay(file.path, host.live.config)) return;
			editDocument(plugin.app, file, collapseDuplicateSections).catch((error: unknown) => new Notice(writeFailure(host.t, file.path, error)));
		}),
	);
}

/**
 * Inserts the agenda into a new daily note unless it already has its section. Templater, when on,
 * fills the note first (its template, its questions answered); a note it then deleted (a template that
 * failed) is left alone.
 */
async function insertUnlessSynced(plugin: Plugin, host: RapportHost, file: TFile, day: string): Promise<void> {
	if (!(await afterTemplater(plugin.app, plugin, file.path))) return;
	if (plugin.app.vault.getAbstractFileByPath(file.path) !== file) return;
	const text = await host.app.vault.read(file);
	if (text.includes(SECTION_START)) return;
	await host.insertAgenda(day, file);
}
