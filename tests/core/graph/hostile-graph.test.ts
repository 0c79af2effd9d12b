import { describe, expect, it } from "vitest";
import { buildRelationshipGraph, type GraphOptions } from "../../../src/core/graph/build";
import { buildVault, meeting, person } from "../../builders";

const OPTIONS: GraphOptions = { asOf: "2026-11-27", halfLifeDays: 180, me: "" };

describe("the relationship graph on hostile notes", () => {
	it("draws a person who writes an interest twice, tied once to who shares it", () => {
		const v = buildVault({
			"People/Anna.md": person({ interests: ["Jazz", "jazz", "JAZZ"] }),
			"People/Bruno.md": person({ interests: ["jazz"] }),
		});
		const g = buildRelationshipGraph(v.index, { ...OPTIONS, sharedInterests: true, interestHubs: true });
		expect(g.hasNode("People/Anna.md")).toBe(true);
		expect(g.getEdgeAttributes(g.edge("People/Anna.md", "People/Bruno.md")).sharedInterests).toEqual(["jazz"]);
		expect(g.edges().filter((e) => g.source(e) === g.target(e))).toEqual([]);
	});
});

describe("the relationship graph of a crowd", () => {
	/** `n` people, all at two meetings: an all-hands as a calendar import writes it. */
	function allHands(n: number) {
		const files: Record<string, string> = {};
		for (let i = 0; i < n; i++) files[`People/P${i}.md`] = person({});
		for (const day of ["2026-11-20", "2026-11-24"]) files[`Meetings/${day} All hands.md`] = meeting(day, Array.from({ length: n }, (_, i) => `[[P${i}]]`));
		return buildRelationshipGraph(buildVault(files).index, OPTIONS);
	}

	it("ties every pair of a meeting of up to 100 people", () => {
		const g = allHands(100);
		expect(g.size).toBe((100 * 99) / 2);
		expect(g.getEdgeAttributes(g.edge("People/P0.md", "People/P99.md")).meetings).toHaveLength(2);
	});

	it("ties no pair of a larger one (1,000 people were 499,500 ties and a frozen graph), and counts it as a meeting for each", () => {
		const g = allHands(300);
		expect(g.order).toBe(300);
		expect(g.size).toBe(0);
		expect(g.getNodeAttribute("People/P0.md", "meetings")).toBe(2);
	});
});
