// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { Plugin } from "../fakes/obsidian";
import { openAgendaPanel, startObsidian } from "./harness";

/**
 * The plugin reads its settings (Obsidian's `loadData`) once at start: not again for the views, the
 * settings tab, the graph's layout or the first reading of the vault. (The command line's own
 * single read is tests/cli/settings-read-once.test.ts.)
 */
afterEach(() => {
	vi.restoreAllMocks();
	document.body.empty();
});

describe("Rapport's settings at start", () => {
	it("are read once, the views and the settings tab working from them", async () => {
		const loadData = vi.spyOn(Plugin.prototype, "loadData");
		const { app, plugin } = await startObsidian({ "People/Anna.md": "---\ntype: person\n---\n" }, { data: { language: "it", upcomingDays: 10 } });
		await openAgendaPanel(app);
		app.settingTabs[0]?.display();
		expect(loadData).toHaveBeenCalledTimes(1);
		expect([plugin.settings.language, plugin.settings.upcomingDays]).toEqual(["it", 10]);
	});
});
