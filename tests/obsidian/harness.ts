import moment from "moment";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { App, CliRegistry, installDomHelpers, Notice, setLanguage, type TFile } from "../fakes/obsidian";
import { AGENDA_VIEW, type AgendaView } from "../../src/ui/agenda-view";

export interface Started {
	app: App;
	plugin: RapportPlugin;
}

export interface StartOptions {
	dailyNotes?: { folder?: string; format?: string; template?: string };
	templatesFolder?: string;
	data?: unknown;
	language?: string;
	/** Community plugins turned on, with their settings (e.g. Periodic Notes). */
	plugins?: Record<string, { settings?: unknown }>;
	/** A cold start: these notes have no metadata yet at layout-ready (`metadataCache.indexRemaining()` brings it). */
	unindexed?: (path: string) => boolean;
	/** Play Obsidian 1.12.2+, whose command line plugins can answer (`registerCliHandler`). */
	cli?: boolean;
	/** Notes given by their bytes on disk, which need not be UTF-8 (an old Windows-1252 note). */
	bytes?: Record<string, Uint8Array>;
	/** Files outside the notes, read through the vault's adapter (a Logseq graph's `logseq/config.edn`). */
	adapterFiles?: Record<string, string>;
	/** Done to the seeded vault before the plugin loads (a note an antivirus holds as Obsidian starts: `app.vault.lockFile`). */
	beforeLoad?: (app: App) => void;
}

/** Starts the in-memory Obsidian with these notes, loads the real plugin, and waits for the index. */
export async function startObsidian(files: Record<string, string>, options: StartOptions = {}): Promise<Started> {
	installDomHelpers(window);
	setLanguage(options.language ?? "en");
	Notice.shown.length = 0;
	const app = new App();
	app.dailyNotesOptions = options.dailyNotes ?? { folder: "Daily", format: "YYYY-MM-DD" };
	app.templatesOptions = { folder: options.templatesFolder ?? "Templates" };
	Object.assign(window, { app, moment });
	if (options.cli) app.cli = new CliRegistry();
	for (const [path, text] of Object.entries(files)) app.vault.seed(path, text, { indexed: !options.unindexed?.(path) });
	for (const [path, bytes] of Object.entries(options.bytes ?? {})) app.vault.seedBytes(path, bytes);
	for (const [path, text] of Object.entries(options.adapterFiles ?? {})) app.vault.adapter.files.set(path, text);
	if (options.data !== undefined) app.pluginData.set("rapport", options.data);
	for (const [id, plugin] of Object.entries(options.plugins ?? {})) app.installedPlugins.set(id, plugin);
	options.beforeLoad?.(app);
	const plugin = new RapportPlugin(app as never, manifest);
	await plugin.load();
	app.workspace.setLayoutReady();
	await until(() => plugin.live.getStatus().ready);
	return { app, plugin };
}

export async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
		await new Promise((r) => setTimeout(r, 5));
	}
}

/** Lets the metadata cache fire its events and the plugin react to them. */
export async function settle(app: App): Promise<void> {
	await app.metadataCache.settled();
	await new Promise((r) => setTimeout(r, 5));
}

export function click(el: Element | null | undefined): void {
	if (!el) throw new Error("nothing to click");
	el.dispatchEvent(new window.MouseEvent("click", { bubbles: true }));
}

/** An item's buttons by what a user reads: the text, or the tooltip (`aria-label`) of an icon button. */
export function buttonsOf(item: Element): Record<string, HTMLButtonElement> {
	return Object.fromEntries([...item.querySelectorAll("button")].map((b) => [b.getAttribute("aria-label") ?? b.textContent ?? "", b]));
}

/** Opens the agenda panel through its command, as a user does, and gives its view. */
export async function openAgendaPanel(app: App): Promise<AgendaView> {
	app.commands.executeCommandById("rapport:show-agenda");
	await settle(app);
	const view = app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
	if (!view) throw new Error("no agenda panel");
	return view as unknown as AgendaView;
}

/** Runs a command that opens a modal (an import window) and gives that modal; throws when none opened. */
export async function openModalOf<T>(app: App, command: string): Promise<T> {
	app.commands.executeCommandById(command);
	await settle(app);
	const modal = app.modals.at(-1);
	if (!modal) throw new Error(`no modal after ${command}`);
	return modal as unknown as T;
}

/** The vault's file at `path`; throws when there is none. */
export function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no ${path}`);
	return file;
}

/** The panel's agenda item whose text has `text`. */
export function agendaItem(view: AgendaView, text: string): HTMLElement {
	const found = [...view.contentEl.querySelectorAll<HTMLElement>(".rapport-agenda-item")].find((li) => li.textContent?.includes(text));
	if (!found) throw new Error(`no agenda item with "${text}"`);
	return found;
}

/** Types `value` into the last modal's field and presses its button `label`. */
export function fillModal(app: App, label: string, value: string): void {
	const modal = app.modals.at(-1);
	const input = modal?.contentEl.querySelector("input");
	if (!modal || !input) throw new Error("no modal input");
	input.value = value;
	input.dispatchEvent(new window.Event("input"));
	click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === label));
}
