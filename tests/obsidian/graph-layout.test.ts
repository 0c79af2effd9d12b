// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import { GraphLayoutStore, moveInLayout } from "../../src/obsidian/graph-layout-store";
import { GRAPH_VIEW } from "../../src/ui/graph-view";
import { settle, startObsidian } from "./harness";

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

	it("drop a position that is not a finite number within a million units of the centre (1e309 reads as Infinity), keeping the others", async () => {
		const { app } = await startObsidian(PERSON);
		const store = new GraphLayoutStore(app as never, manifest);
		const hostile = '{"inf":[1e309,2],"minus":[0,-1e309],"huge":[1e200,0],"far":[2e6,0],"text":["1","2"],"ok":[3,-4.5],"edge":[1e6,-1e6]}';
		await app.vault.adapter.write(".obsidian/plugins/rapport/graph-layout.json", hostile);
		expect(await store.load({})).toEqual({ ok: [3, -4.5], edge: [1e6, -1e6] });
	});

	it("follow a note renamed and forget a note gone, so the file keeps only the vault's people", async () => {
		const layout = ".obsidian/plugins/rapport/graph-layout.json";
		const people = { "People/Anna.md": "---\ntype: person\n---\n", "People/Marco.md": "---\ntype: person\n---\n" };
		const saved = { "People/Anna.md": [1, 2], "People/Marco.md": [5, 6], "People/Deleted long ago.md": [7, 8], "Old/Renamed while off.md": [9, 9] };
		const { app, plugin } = await startObsidian(people, { beforeLoad: (a) => void a.vault.adapter.files.set(layout, JSON.stringify(saved)) });
		const marco = app.vault.getFileByPath("People/Marco.md");
		if (!marco) throw new Error("no Marco");
		await app.vault.rename(marco, "People/Marco Bianchi.md");
		await settle(app);
		await plugin.openGraph(null);
		app.workspace.getLeavesOfType(GRAPH_VIEW)[0]?.detach();
		await settle(app);
		const kept = JSON.parse(app.vault.adapter.files.get(layout) ?? "null") as Record<string, unknown>;
		expect(Object.keys(kept).sort()).toEqual(["People/Anna.md", "People/Marco Bianchi.md"]);
	});

	it("keep an organisation's and an interest's hub where it was: a hub is no note, and is not forgotten as a note gone", async () => {
		const layout = ".obsidian/plugins/rapport/graph-layout.json";
		const saved = { "People/Anna.md": [1, 2], "org:acme": [3, 4], "interest:chess": [5, 6], "People/Deleted long ago.md": [7, 8] };
		const { app, plugin } = await startObsidian(PERSON, { beforeLoad: (a) => void a.vault.adapter.files.set(layout, JSON.stringify(saved)) });
		await plugin.openGraph(null);
		app.workspace.getLeavesOfType(GRAPH_VIEW)[0]?.detach();
		await settle(app);
		const kept = JSON.parse(app.vault.adapter.files.get(layout) ?? "null") as Record<string, unknown>;
		expect(kept).toEqual({ "People/Anna.md": [1, 2], "org:acme": [3, 4], "interest:chess": [5, 6] });
	});

	it("follow a folder renamed: every node under it keeps its place under the new folder", () => {
		const layout: Record<string, [number, number]> = { "People/Anna.md": [1, 2], "People/Work/Marco.md": [5, 6], "Peoples.md": [3, 3] };
		moveInLayout(layout, "People", "Contacts");
		expect(layout).toEqual({ "Contacts/Anna.md": [1, 2], "Contacts/Work/Marco.md": [5, 6], "Peoples.md": [3, 3] });
	});
});
