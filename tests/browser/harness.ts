/**
 * Runs the real plugin inside a browser page, on the in-memory Obsidian and the demo vault, so the
 * built UI can be seen and photographed: the agenda panel, and a daily note with its Rapport section
 * and a `rapport` code block. Bundled by tests/browser/render.ts with `obsidian` aliased to the fake.
 */
import moment from "moment";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { GRAPH_VIEW } from "../../src/ui/graph-view";
import { App, installDomHelpers, setLanguage, setPlatform, type WorkspaceLayout } from "../fakes/obsidian";

declare const __DEMO_FILES__: Record<string, string>;
declare const __DEMO_DATE__: string;

interface Rendered {
	items: number;
	groups: string[];
	/** Median ms from a note's metadata change to the redrawn panel, over 20 edits. */
	refreshMs: number;
	/** Nodes in the graph view's sigma graph. */
	graphNodes: number;
}

interface DrawnGraphView {
	mounted?: { graph: { order: number; size: number }; state: { focused: string | null }; visibleNodes(): string[] };
}

function graphView(app: App): DrawnGraphView | undefined {
	return app.workspace.getLeavesOfType(GRAPH_VIEW)[0]?.view as unknown as DrawnGraphView | undefined;
}

function graphNodes(app: App): number {
	return graphView(app)?.mounted?.graph.order ?? 0;
}

function renderMarkdown(el: HTMLElement, text: string): void {
	let list: HTMLElement | null = null;
	for (const line of text.split("\n")) {
		if (line.startsWith("<!--")) continue;
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		if (heading) {
			list = null;
			el.createEl(`h${heading[1]?.length ?? 1}` as "h1", { text: heading[2] ?? "" });
			continue;
		}
		const item = /^-\s+(.*)$/.exec(line);
		if (item) {
			list ??= el.createEl("ul");
			inline(list.createEl("li"), item[1] ?? "");
			continue;
		}
		list = null;
		if (line.trim() !== "") inline(el.createEl("p"), line);
	}
}

function inline(el: HTMLElement, text: string): void {
	let rest = text;
	for (const m of text.matchAll(/\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g)) {
		const [all, target, alias] = m;
		const at = rest.indexOf(all);
		el.appendText(rest.slice(0, at));
		el.createEl("a", { cls: "internal-link", text: alias ?? target ?? "" });
		rest = rest.slice(at + all.length);
	}
	el.appendText(rest);
}

/** Edits a meeting note again and again and times event → index → agenda → panel DOM. */
async function measureRefresh(app: App, plugin: RapportPlugin): Promise<number> {
	const meetings = app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("Meetings/"));
	let started = 0;
	let done = 0;
	app.metadataCache.on("changed", () => (started = performance.now()));
	plugin.live.events.on("changed", () => (done = performance.now()));
	const times: number[] = [];
	for (let i = 0; i < 20; i++) {
		const file = meetings[i % meetings.length];
		if (!file) break;
		await app.vault.process(file, (t) => `${t}\n`);
		await app.metadataCache.settled();
		times.push(done - started);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)] ?? 0;
}

/** Where the page keeps what Obsidian keeps on disk (plugin data, workspace.json), so a reload is a restart. */
const STORE = { data: "rapport-harness-data", layout: "rapport-harness-layout" };

/** "Move to new window": a popout with its own document and globals, Obsidian's DOM helpers and the app's CSS. */
function openPopout(): Window {
	const popout = window.open("about:blank");
	if (!popout) throw new Error("the popout window was blocked");
	installDomHelpers(popout as Window & typeof globalThis);
	for (const style of document.head.querySelectorAll("style")) popout.document.head.appendChild(popout.document.importNode(style, true));
	popout.document.body.className = `${document.body.className} is-popout-window`;
	return popout;
}

async function main(): Promise<void> {
	installDomHelpers(window);
	const params = new URLSearchParams(location.search);
	setLanguage(params.get("lang") ?? "en");
	document.body.addClass(params.get("theme") === "light" ? "theme-light" : "theme-dark");
	// Platform variants: ?mobile=1 (a phone), ?webgl=0 (no WebGL), ?worker=0 (no web workers).
	setPlatform(window, { mobile: params.get("mobile") === "1", webgl: params.get("webgl") !== "0", worker: params.get("worker") !== "0" });
	const app = new App();
	Object.assign(window, { app, moment });
	// ?restore=1: start as Obsidian restarts, from the plugin data and workspace layout the last run saved.
	const restore = params.get("restore") === "1";
	const savedData = restore ? window.localStorage.getItem(STORE.data) : null;
	if (savedData) app.pluginData.set(manifest.id, JSON.parse(savedData));
	const savePluginData = app.pluginData.set.bind(app.pluginData);
	app.pluginData.set = (id, data) => {
		window.localStorage.setItem(STORE.data, JSON.stringify(data));
		return savePluginData(id, data);
	};
	app.workspace.onSaveLayout = (layout) => window.localStorage.setItem(STORE.layout, JSON.stringify(layout));
	const files = __DEMO_FILES__;
	const daily = JSON.parse(files[".obsidian/daily-notes.json"] ?? "{}") as { folder?: string; format?: string; template?: string };
	app.dailyNotesOptions = daily;
	app.templatesOptions = JSON.parse(files[".obsidian/templates.json"] ?? "{}") as { folder?: string };
	for (const [path, text] of Object.entries(files)) if (path.endsWith(".md")) app.vault.seed(path, text);
	app.workspace.rootEl = document.getElementById("graphpane");
	app.workspace.rightEl = document.getElementById("panel");
	app.workspace.popoutWindow = openPopout;
	const plugin = new RapportPlugin(app as never, manifest);
	await plugin.load();
	const savedLayout = restore ? window.localStorage.getItem(STORE.layout) : null;
	if (savedLayout) await app.workspace.changeLayout(JSON.parse(savedLayout) as WorkspaceLayout);
	app.workspace.setLayoutReady();
	while (!plugin.live.getStatus().ready) await new Promise((r) => setTimeout(r, 5));

	// The daily note of the demo day: created from the demo's template by the insert command's code path.
	await plugin.insertAgenda(__DEMO_DATE__);
	await app.metadataCache.settled();
	const dailyPath = `${daily.folder ?? ""}/${__DEMO_DATE__}.md`;
	const dailyFile = app.vault.getFileByPath(dailyPath);
	app.workspace.setActiveFile(dailyFile);

	await plugin.openAgendaView();
	const panel = document.getElementById("panel");

	const note = document.getElementById("note");
	if (note && dailyFile) {
		note.createDiv({ cls: "inline-title", text: dailyFile.basename });
		renderMarkdown(note, app.vault.text(dailyPath) ?? "");
		note.createEl("h2", { text: "```rapport" });
		const block = note.createDiv({ cls: "block-language-rapport" });
		const children: { load(): unknown }[] = [];
		await app.codeBlocks.get("rapport")?.(`date: ${__DEMO_DATE__}`, block, { sourcePath: dailyPath, addChild: (c) => void children.push(c) });
		children.forEach((c) => c.load());
	}
	if (!savedLayout) await plugin.openGraph(params.get("person"));
	await new Promise((r) => setTimeout(r, params.get("quick") === "1" ? 300 : 3000));
	// For tests that drive the graph view: how many nodes it draws now, the view itself, the app.
	Object.assign(window, {
		rapportGraphNodes: () => graphNodes(app),
		rapportGraphFocused: () => graphView(app)?.mounted?.state.focused ?? null,
		rapportGraphView: () => graphView(app),
		rapportPlugin: plugin,
		rapportOpenPopout: openPopout,
	});

	const rendered: Rendered = {
		items: panel?.querySelectorAll(".rapport-agenda-item").length ?? 0,
		groups: [...(panel?.querySelectorAll(".rapport-agenda-group-title") ?? [])].map((g) => g.textContent ?? ""),
		refreshMs: params.get("quick") === "1" ? 0 : await measureRefresh(app, plugin),
		graphNodes: graphNodes(app),
	};
	(window as unknown as { rendered: Rendered }).rendered = rendered;
}

void main().catch((error: unknown) => {
	(window as unknown as { renderError: string }).renderError = String(error instanceof Error ? error.stack : error);
});
