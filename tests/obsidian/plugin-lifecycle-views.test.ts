// @vitest-environment happy-dom
import moment from "moment";
import { afterEach, describe, expect, it, vi } from "vitest";
import manifest from "../../manifest.json";
import RapportPlugin from "../../src/main";
import { AGENDA_VIEW, AgendaView } from "../../src/ui/agenda-view";
import { App, type Events, installDomHelpers, Notice, setLanguage } from "../fakes/obsidian";
import { openAgendaPanel, settle, startObsidian, until } from "./harness";

/** The settings tab and the views as a user meets them around Rapport's start and stop. */

afterEach(() => {
	vi.restoreAllMocks();
	document.body.empty();
});

function freshApp(files: Record<string, string>, language = "en"): App {
	installDomHelpers(window);
	setLanguage(language);
	Notice.shown.length = 0;
	const app = new App();
	app.dailyNotesOptions = { folder: "Daily", format: "YYYY-MM-DD" };
	Object.assign(window, { app, moment });
	for (const [path, text] of Object.entries(files)) app.vault.seed(path, text);
	return app;
}

function statusOf(app: App): string {
	return app.settingTabs[0]?.containerEl.querySelector(".rapport-status")?.textContent ?? "";
}

describe("the settings tab opened while Rapport is still reading the vault", () => {
	it("says it is indexing, then shows the counts once the vault is read, without being opened again", async () => {
		const app = freshApp({ "People/Anna.md": "---\ntype: person\n---\n" });
		const plugin = new RapportPlugin(app as never, manifest);
		await plugin.load();
		app.settingTabs[0]?.display();
		expect(statusOf(app)).toBe("Indexing your vault…");
		app.workspace.setLayoutReady();
		await until(() => plugin.live.getStatus().ready);
		await settle(app);
		expect(statusOf(app)).toMatch(/^1 person, 0 meetings, 0 follow-ups, 0 problems · indexed in \d+ ms$/);
	});

	it("in Italian, follows a note added while it is open", async () => {
		const { app } = await startObsidian({ "People/Anna.md": "---\ntype: person\n---\n" }, { language: "it" });
		app.settingTabs[0]?.display();
		await app.vault.create("People/Bruno.md", "---\ntype: person\n---\n");
		await settle(app);
		expect(statusOf(app)).toMatch(/^2 persone, /);
	});

	it("shown twice without being closed: one set of rows, one listener; closed: none, and it no longer changes", async () => {
		const { app, plugin } = await startObsidian({ "People/Anna.md": "---\ntype: person\n---\n" });
		const tab = app.settingTabs[0];
		if (!tab) throw new Error("no settings tab");
		const events = plugin.live.events as unknown as Events;
		const before = events.listenerCount("changed");
		tab.display();
		const rows = tab.containerEl.querySelectorAll(".setting-item").length;
		tab.display();
		expect(tab.containerEl.querySelectorAll(".setting-item").length).toBe(rows);
		expect(events.listenerCount("changed")).toBe(before + 1);
		tab.hide();
		expect(events.listenerCount("changed")).toBe(before);
		const shown = statusOf(app);
		await app.vault.create("People/Bruno.md", "---\ntype: person\n---\n");
		await settle(app);
		expect(statusOf(app)).toBe(shown);
	});
});

describe("Rapport turned off (or the vault closed) while it reads the vault, its panel open", () => {
	it("leaves no listener nor timer, closes its panel, says nothing; turned on again, the panel comes back in its place", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 2000; i++) files[`People/P${i}.md`] = `---\ntype: person\n---\n- [ ] Call [[P${(i + 1) % 2000}]] 📅 2026-10-0${(i % 9) + 1}\n`;
		const app = freshApp(files);
		app.workspace.rootEl = document.body;
		// Timers of a second or more (the panel's clock, a cold start's held-back redraw): each must be cleared.
		const pending = new Set<number>();
		const setTimer = window.setTimeout.bind(window);
		const clearTimer = window.clearTimeout.bind(window);
		const setRepeat = window.setInterval.bind(window);
		const clearRepeat = window.clearInterval.bind(window);
		vi.spyOn(window, "setTimeout").mockImplementation(((fn: () => void, ms?: number) => {
			const id = setTimer(() => {
				pending.delete(id);
				fn();
			}, ms);
			if ((ms ?? 0) >= 1000) pending.add(id);
			return id;
		}) as typeof window.setTimeout);
		vi.spyOn(window, "clearTimeout").mockImplementation(((id: number) => (pending.delete(id), clearTimer(id))) as typeof window.clearTimeout);
		vi.spyOn(window, "setInterval").mockImplementation(((fn: () => void, ms?: number) => {
			const id = setRepeat(fn, ms);
			pending.add(id);
			return id;
		}) as typeof window.setInterval);
		vi.spyOn(window, "clearInterval").mockImplementation(((id: number) => (pending.delete(id), clearRepeat(id))) as typeof window.clearInterval);
		// The reading is held at its start (the vault's Logseq settings, read first) until Rapport is turned off: it is
		// still under way when the panel opens, however fast this machine reads.
		let releaseReading = (): void => undefined;
		const reading = new Promise<void>((resolve) => (releaseReading = resolve));
		const exists = app.vault.adapter.exists.bind(app.vault.adapter);
		vi.spyOn(app.vault.adapter, "exists").mockImplementation(async (path: string) => {
			if (path === "logseq/config.edn") await reading;
			return exists(path);
		});
		const plugin = new RapportPlugin(app as never, manifest);
		await plugin.load();
		app.workspace.setLayoutReady();
		const panel = await openAgendaPanel(app);
		expect(plugin.live.getStatus().ready).toBe(false);
		expect(pending.size).toBeGreaterThan(0);
		plugin.unload();
		releaseReading();
		await settle(app);
		await new Promise((r) => setTimeout(r, 50));
		expect([app.vault.listenedTo(), app.metadataCache.listenedTo(), app.workspace.listenedTo()]).toEqual([{}, {}, {}]);
		expect(pending.size).toBe(0);
		expect(Notice.shown).toEqual([]);
		expect(panel.contentEl.isConnected).toBe(false);
		expect(app.workspace.getLeavesOfType(AGENDA_VIEW)).toHaveLength(1);
		expect(app.settingTabs).toEqual([]);

		const again = new RapportPlugin(app as never, manifest);
		await again.load();
		await until(() => again.live.getStatus().ready, 20000);
		const leaf = app.workspace.getLeavesOfType(AGENDA_VIEW)[0];
		await app.workspace.revealLeaf(leaf as never);
		expect(leaf?.view).toBeInstanceOf(AgendaView);
		expect(leaf?.view).not.toBe(panel);
		expect(app.settingTabs).toHaveLength(1);
		again.unload();
	}, 30000);
});
