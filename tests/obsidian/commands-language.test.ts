// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n";
import { AGENDA_VIEW } from "../../src/ui/agenda-view";
import { settle, startObsidian, until } from "./harness";

const FILES = { "People/Anna Rossi.md": "---\ntype: person\n---\n" };

describe("the language changed in the settings while Obsidian runs", () => {
	it("renames the commands in the palette and the ribbon's tooltips at once, and the commands still run", async () => {
		const { app, plugin } = await startObsidian(FILES);
		const it_ = translator("it");
		expect(app.commands.commands.get("rapport:show-agenda")?.name).toBe(translator("en")("command.showAgenda"));
		plugin.settings.language = "it";
		await plugin.saveSettings();
		expect(app.commands.commands.get("rapport:show-agenda")?.name).toBe(it_("command.showAgenda"));
		expect(app.commands.commands.get("rapport:open-graph")?.name).toBe(it_("command.openGraph"));
		expect((plugin as unknown as { ribbonEls: HTMLElement[] }).ribbonEls.map((el) => el.getAttribute("aria-label"))).toEqual([it_("command.showAgenda"), it_("command.openGraph")]);
		expect(app.commands.executeCommandById("rapport:show-agenda")).toBe(true);
		await until(() => app.workspace.getLeavesOfType(AGENDA_VIEW).length === 1);
		await settle(app);
		plugin.unload();
	});
});
