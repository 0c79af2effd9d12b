// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n";
import { registerGraphBasesView } from "../../src/ui/bases-graph";
import { startObsidian, until } from "./harness";

type Factory = (controller: unknown, el: HTMLElement) => { data?: unknown; onDataUpdated(): void; load(): void; unload(): void };

describe("the Relationship graph of a base on a device without WebGL", () => {
	it("says why in the language just chosen in the settings, and no longer redraws once closed", async () => {
		const { app, plugin } = await startObsidian({ "People/Anna Rossi.md": "---\ntype: person\n---\n" });
		let factory: Factory | null = null;
		const withBases = Object.assign(Object.create(plugin) as object, {
			registerBasesView: (_id: string, r: { factory: Factory }) => (factory = r.factory) !== null,
		});
		registerGraphBasesView(withBases as never, plugin);
		const el = document.body.createDiv();
		const view = (factory as Factory | null)?.(null, el);
		if (!view) throw new Error("no bases view");
		view.load();
		view.data = { data: [{ file: app.vault.getFileByPath("People/Anna Rossi.md") }] };
		view.onDataUpdated();
		const message = (): string | null | undefined => el.querySelector("[role=status]")?.textContent;
		await until(() => message() === translator("en")("graph.noWebgl"));
		plugin.settings.language = "it";
		await plugin.saveSettings();
		await until(() => message() === translator("it")("graph.noWebgl"));
		view.unload();
		plugin.settings.language = "en";
		await plugin.saveSettings();
		await new Promise((r) => setTimeout(r, 50));
		expect(message()).toBe(translator("it")("graph.noWebgl"));
	});
});
