/**
 * The side panel and the settings tab of the real plugin, on the in-memory Obsidian and the demo
 * vault, laid out as Obsidian lays them out (a right sidebar leaf with its view header, a settings
 * modal), for the README screenshots and the startup measurement. `?phone=1` plays Obsidian mobile.
 */
import moment from "moment";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { AGENDA_VIEW } from "../../src/ui/agenda-view";
import { App, installDomHelpers, setLanguage, setPlatform } from "../fakes/obsidian";

declare const __DEMO_FILES__: Record<string, string>;
declare const __DEMO_DATE__: string;

interface PanelRendered {
	/** ms from the plugin's onload to a panel with its agenda drawn. */
	startupMs: number;
	items: number;
	iconButtons: number;
}

async function frame(): Promise<void> {
	await new Promise((r) => requestAnimationFrame(() => r(null)));
}

async function main(): Promise<void> {
	const params = new URLSearchParams(location.search);
	installDomHelpers(window);
	setLanguage(params.get("lang") ?? "en");
	document.body.addClass(params.get("theme") === "dark" ? "theme-dark" : "theme-light");
	if (params.get("phone") === "1") setPlatform("phone");
	const app = new App();
	Object.assign(window, { app, moment });
	const files = __DEMO_FILES__;
	app.dailyNotesOptions = JSON.parse(files[".obsidian/daily-notes.json"] ?? "{}") as { folder?: string; format?: string; template?: string };
	app.templatesOptions = JSON.parse(files[".obsidian/templates.json"] ?? "{}") as { folder?: string };
	for (const [path, text] of Object.entries(files)) if (path.endsWith(".md")) app.vault.seed(path, text);
	app.workspace.rootEl = document.getElementById("sidebar");

	const started = performance.now();
	const plugin = new RapportPlugin(app as never, manifest);
	await plugin.load();
	app.workspace.setLayoutReady();
	await plugin.openAgendaView();
	const panel = (): HTMLElement | null => document.querySelector(".rapport-agenda-view");
	while (!panel()?.querySelector(".rapport-agenda-item")) await frame();
	const startupMs = performance.now() - started;

	// The demo's day, as the README shows it: its daily note written by the insert command, open.
	await plugin.insertAgenda(__DEMO_DATE__);
	await app.metadataCache.settled();
	app.workspace.setActiveFile(app.vault.getFileByPath(`${app.dailyNotesOptions.folder ?? ""}/${__DEMO_DATE__}.md`));
	await frame();
	const view = app.workspace.getLeavesOfType(AGENDA_VIEW)[0]?.view;
	const header = view?.containerEl.querySelector(".view-header");
	header?.createDiv({ cls: "view-header-title", text: view?.getDisplayText() ?? "" });

	const tab = app.settingTabs[0];
	const settings = document.getElementById("settings");
	if (tab && settings) {
		settings.createDiv({ cls: "vertical-tab-header-group-title", text: "Rapport" });
		settings.appendChild(tab.containerEl);
		tab.containerEl.addClass("vertical-tab-content");
		tab.display();
	}
	await frame();
	const rendered: PanelRendered = {
		startupMs,
		items: document.querySelectorAll(".rapport-agenda-view .rapport-agenda-item").length,
		iconButtons: document.querySelectorAll(".rapport-agenda-view button.clickable-icon").length,
	};
	(window as unknown as { rendered: PanelRendered }).rendered = rendered;
}

void main().catch((error: unknown) => {
	(window as unknown as { renderError: string }).renderError = String(error instanceof Error ? error.stack : error);
});
