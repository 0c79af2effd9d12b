// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { buildRelationshipGraph } from "../../src/core/graph/build";
import { translator } from "../../src/i18n";
import { renderLegend } from "../../src/ui/graph-legend";
import { buildVault, person } from "../builders";
import { installDomHelpers } from "../fakes/obsidian";

const graphOn = (asOf: string) => {
	const v = buildVault({ "People/Nonno Piero.md": person({ died: "2026-03-01" }), "People/Zio Carlo.md": person({ died: "2099-01-01" }), "People/Anna.md": person() });
	return buildRelationshipGraph(v.index, { asOf, halfLifeDays: 180, me: "" });
};

describe("the graph of a vault with someone who died", () => {
	it("keeps her, her name marked with a cross, and not the name of someone whose death day is still to come", () => {
		const graph = graphOn("2026-12-02");
		expect(graph.getNodeAttributes("People/Nonno Piero.md")).toMatchObject({ label: "Nonno Piero †", died: true });
		expect(graph.getNodeAttributes("People/Zio Carlo.md").label).toBe("Zio Carlo");
		expect(graph.getNodeAttributes("People/Anna.md").died).toBeUndefined();
		expect(graphOn("2026-02-28").getNodeAttributes("People/Nonno Piero.md").label).toBe("Nonno Piero");
	});

	it("says in its legend what the cross means, in English and Italian, only when someone in it died", () => {
		installDomHelpers(window);
		const el = document.body.createDiv();
		const legend = { groups: [], more: 0 };
		renderLegend(el, legend, "strength", translator("en"), true);
		expect(el.textContent).toContain("†: died, no reminders");
		renderLegend(el, legend, "strength", translator("it"), true);
		expect(el.textContent).toContain("†: deceduto, nessun promemoria");
		renderLegend(el, legend, "strength", translator("en"));
		expect(el.textContent).not.toContain("†");
	});
});
