// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n";
import { GRAPH_VIEW } from "../../src/ui/graph-view";
import { startObsidian, until } from "./harness";

const FILES = {
	"People/Anna Rossi.md": "---\ntype: person\n---\n",
	"People/Marco Bianchi.md": "---\ntype: person\n---\n",
	"Meetings/2026-11-20 Kick-off.md": "---\ntype: meeting\ndate: 2026-11-20\nattendees: [\"[[Anna Rossi]]\", \"[[Marco Bianchi]]\"]\n---\n",
};

/** happy-dom lays nothing out: every element is given a size, as a shown tab's are in Obsidian. */
const SIZES = ["offsetWidth", "offsetHeight"] as const;
beforeEach(() => {
	for (const key of SIZES) Object.defineProperty(window.HTMLElement.prototype, key, { configurable: true, get: () => 600 });
});
afterEach(() => {
	for (const key of SIZES) delete (window.HTMLElement.prototype as unknown as Record<string, unknown>)[key];
});

describe("the graph view listing ties on a device without WebGL", () => {
	it("says why in the language just chosen in the settings, not in the one it opened in", async () => {
		const { app, plugin } = await startObsidian(FILES);
		await plugin.openGraph(null);
		const view = app.workspace.getLeavesOfType(GRAPH_VIEW)[0]?.view;
		if (!view) throw new Error("no graph view");
		const message = (): string | null | undefined => view.containerEl.querySelector(".rapport-graph-message")?.textContent;
		await until(() => message() !== undefined);
		expect(message()).toBe(translator("en")("graph.noWebgl"));
		plugin.settings.language = "it";
		await plugin.saveSettings();
		await until(() => message() !== translator("en")("graph.noWebgl"));
		expect(message()).toBe(translator("it")("graph.noWebgl"));
		plugin.unload();
	});
});
