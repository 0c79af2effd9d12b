import { describe, expect, it } from "vitest";
import { buildRelationshipGraph, type GraphOptions } from "../../../src/core/graph/build";
import { buildVault, person } from "../../builders";

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
