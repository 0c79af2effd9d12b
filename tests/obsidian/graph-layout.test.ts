// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import { GraphLayoutStore } from "../../src/obsidian/graph-layout-store";
import { startObsidian } from "./harness";

const PERSON = { "People/Anna.md": "---\ntype: person\n---\n" };

describe("the graph's node positions", () => {
	it("are kept in graph-layout.json beside the settings, never inside them", async () => {
		const { app, plugin } = await startObsidian(PERSON);
		const store = new GraphLayoutStore(app as never, manifest);
		await store.save({ "People/Anna.md": [1.5, -2] });
		expect(JSON.parse(app.vault.adapter.files.get(".obsidian/plugins/rapport/graph-layout.json") ?? "null")).toEqual({ "People/Anna.md": [1.5, -2] });
		await plugin.saveSettings();
		expect(app.pluginData.get("rapport")).not.toHaveProperty("graphLayout");
		expect(await store.load({})).toEqual({ "People/Anna.md": [1.5, -2] });
	});

	it("come from the settings of older versions once, and a damaged file only costs the layout", async () => {
		const { app } = await startObsidian(PERSON, { data: { version: 3, graphLayout: { "People/Anna.md": [3, 4], bad: "x" } } });
		const store = new GraphLayoutStore(app as never, manifest);
		expect(await store.load({ "People/Anna.md": [3, 4] })).toEqual({ "People/Anna.md": [3, 4] });
		await app.vault.adapter.write(".obsidian/plugins/rapport/graph-layout.json", "{ not json");
		expect(await store.load({})).toEqual({});
		await app.vault.adapter.write(".obsidian/plugins/rapport/graph-layout.json", JSON.stringify({ a: [1, 2], b: [1], c: "no" }));
		expect(await store.load({})).toEqual({ a: [1, 2] });
	});
});
