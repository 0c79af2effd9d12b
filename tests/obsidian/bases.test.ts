// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { BASES_VIEW, registerGraphBasesView } from "../../src/ui/bases-graph";
import { startObsidian } from "./harness";

describe("the Relationship graph view for Bases", () => {
	it("is registered where Obsidian has Bases", async () => {
		const { plugin } = await startObsidian({ "People/Anna.md": "---\ntype: person\n---\n" });
		const registered: { id: string; name: string }[] = [];
		const withBases = Object.assign(Object.create(plugin) as object, {
			registerBasesView: (id: string, r: { name: string }) => registered.push({ id, name: r.name }) > 0,
		});
		expect(registerGraphBasesView(withBases as never, plugin)).toBe(true);
		expect(registered).toEqual([{ id: BASES_VIEW, name: "Relationship graph" }]);
	});

	it("is left out, and the plugin still loads, where Obsidian has no Bases", async () => {
		const { plugin } = await startObsidian({ "People/Anna.md": "---\ntype: person\n---\n" });
		expect(registerGraphBasesView(plugin as never, plugin)).toBe(false);
		expect(plugin.live.getStatus().people).toBe(1);
	});
});
