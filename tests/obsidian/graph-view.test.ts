// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { AGENDA_VIEW } from "../../src/ui/agenda-view";
import { GRAPH_VIEW, GraphView } from "../../src/ui/graph-view";
import { mergeGraphState, defaultGraphState } from "../../src/ui/graph-state";
import { setPlatform } from "../fakes/obsidian";
import { startObsidian } from "./harness";

const FILES = {
	"People/Anna Rossi.md": "---\ntype: person\ncircle: work\n---\n",
	"People/Marco Bianchi.md": "---\ntype: person\ncircle: friend\n---\n",
};

describe("the graph view's state, title and deferred tabs", () => {
	it("names its tab after the centred person, in Italian too, and keeps person, depth and filters for the workspace", async () => {
		const { app, plugin } = await startObsidian(FILES, { language: "it" });
		await plugin.openGraph("People/Anna Rossi.md", 2);
		const leaf = app.workspace.getLeavesOfType(GRAPH_VIEW)[0];
		expect(leaf?.view).toBeInstanceOf(GraphView);
		expect(leaf?.view?.getDisplayText()).toBe("Grafo: Anna Rossi");
		expect(leaf?.getViewState().state).toMatchObject({ center: "People/Anna Rossi.md", depth: 2, filters: { hiddenCircles: [] }, appearance: { colorBy: "community" } });
		// The same tab shows everyone again; its title says so.
		await plugin.openGraph(null);
		expect(app.workspace.getLeavesOfType(GRAPH_VIEW)).toHaveLength(1);
		expect(leaf?.view?.getDisplayText()).toBe("Grafo delle relazioni");
	});

	it("a graph tab restored in the background stays deferred until a person's network is asked for, then loads with it", async () => {
		const { app, plugin } = await startObsidian(FILES);
		await app.workspace.changeLayout({
			main: { tabs: [{ type: GRAPH_VIEW, state: { center: "People/Anna Rossi.md", depth: 2 } }, { type: AGENDA_VIEW, state: {} }], current: 1 },
			right: { tabs: [], current: -1, collapsed: false },
		});
		const leaf = app.workspace.getLeavesOfType(GRAPH_VIEW)[0];
		expect(leaf?.isDeferred).toBe(true);
		expect(leaf?.view).not.toBeInstanceOf(GraphView);
		await plugin.openGraph("People/Marco Bianchi.md");
		expect(app.workspace.getLeavesOfType(GRAPH_VIEW)).toEqual([leaf]);
		expect(leaf?.isDeferred).toBe(false);
		expect(leaf?.view).toBeInstanceOf(GraphView);
		expect(leaf?.view?.getDisplayText()).toBe("Graph: Marco Bianchi");
		expect(leaf?.containerEl.style.display).toBe("");
	});

	it("reads a saved state key by key: a damaged workspace file cannot break the view", () => {
		const state = mergeGraphState(defaultGraphState(), { center: 7, depth: 3, filters: { hiddenCircles: ["work", 3, null, "family"], minWeight: "heavy", orgHubs: true }, appearance: { colorBy: "rainbow", sizeBy: "meetings" } });
		expect(state.center).toBeNull();
		expect(state.depth).toBe(1);
		expect(state.filters).toMatchObject({ hiddenCircles: ["work", "family"], minWeight: 0, orgHubs: true });
		expect(mergeGraphState(defaultGraphState(), { filters: { hiddenCircles: "work" } }).filters.hiddenCircles).toEqual([]);
		expect(state.appearance).toEqual({ colorBy: "community", sizeBy: "meetings" });
	});
});

describe("the graph view on a phone and on a tablet", () => {
	afterEach(() => setPlatform("desktop"));

	for (const { device, phone } of [
		{ device: "phone", phone: true },
		{ device: "tablet", phone: false },
	] as const) {
		it(`on a ${device}: ${phone ? "the phone's layout, its side panel closed" : "the desktop's layout, its side panel open, as Obsidian gives a tablet the room of a desktop"}`, async () => {
			setPlatform(device);
			const { app, plugin } = await startObsidian(FILES);
			await plugin.openGraph(null);
			const view = app.workspace.getLeavesOfType(GRAPH_VIEW)[0]?.view;
			if (!(view instanceof GraphView)) throw new Error("no graph view");
			expect(view.contentEl.hasClass("is-phone")).toBe(phone);
			expect(view.contentEl.querySelector(".rapport-graph-controls")?.hasClass("is-close")).toBe(phone);
		});
	}
});

