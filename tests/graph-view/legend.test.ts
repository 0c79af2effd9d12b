import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../src/core/graph/model";
import { applyAppearance, type ColorBy, legendFor } from "../../src/graph-view/appearance";
import type { DrawnEdge, DrawnNode } from "../../src/graph-view/renderer";
import { translator } from "../../src/i18n";
import { expectLinear } from "../growth";

/** `people` people, the i-th in circle, organisation and community `group(i)`. */
function graphOf(people: number, group: (i: number) => number): Graph<DrawnNode, DrawnEdge> {
	const graph = new Graph<DrawnNode, DrawnEdge>({ type: "undirected" });
	for (let i = 0; i < people; i++) {
		const g = group(i);
		const node: GraphNode = { kind: "person", label: `P${i}`, circle: `Circle ${g}`, org: `Org ${g}`, interests: [], meetings: 0, strength: 0, overdue: false, community: g, me: false };
		graph.addNode(`People/P${i}.md`, node as DrawnNode);
	}
	return graph;
}

function legendOf(graph: Graph<DrawnNode, DrawnEdge>, colorBy: ColorBy) {
	applyAppearance(graph, { colorBy, sizeBy: "strength" });
	return legendFor(graph, colorBy);
}

describe("the graph's legend of a vault with thousands of circles", () => {
	// An import that wrote one circle (or organisation) per person: 8,000 rows under the graph.
	it.each(["circle", "org"] as const)("names the 8 groups with the most people and counts the others, coloured by %s", (colorBy) => {
		// Group 3 holds 40 people, group 7 holds 20, group 12 holds 10; the other 8,000 hold one each.
		const graph = graphOf(8_070, (i) => (i < 40 ? 3 : i < 60 ? 7 : i < 70 ? 12 : 100 + i));
		const legend = legendOf(graph, colorBy);
		const word = colorBy === "circle" ? "Circle" : "Org";
		expect(legend.groups.map((g) => [g.label, g.people])).toEqual([
			[`${word} 3`, 40],
			[`${word} 7`, 20],
			[`${word} 12`, 10],
			[`${word} 170`, 1],
			[`${word} 171`, 1],
			[`${word} 172`, 1],
			[`${word} 173`, 1],
			[`${word} 174`, 1],
		]);
		expect(legend.more).toBe(8_003 - 8);
	});

	it("names the largest communities after their most central person and counts the others", () => {
		const graph = graphOf(3_010, (i) => (i < 10 ? 0 : i));
		const legend = legendOf(graph, "community");
		expect(legend.groups[0]).toMatchObject({ label: "P0", people: 10 });
		expect(legend.groups).toHaveLength(8);
		expect(legend.more).toBe(3_001 - 8);
	});

	it("says how many groups it leaves out, in English and Italian", () => {
		expect(translator("en")("graph.legendMore", { n: 7_992 })).toBe("and 7992 more");
		expect(translator("it")("graph.legendMore", { n: 1 })).toBe("e un altro");
	});

	/** The legend of `size` people each in a group of their own; each graph is built once, outside what is timed the second time. */
	function timedLegend(colorBy: ColorBy): (size: number) => unknown {
		const graphs = new Map<number, Graph<DrawnNode, DrawnEdge>>();
		return (size) => {
			const graph = graphs.get(size) ?? graphOf(size, (i) => i);
			graphs.set(size, graph);
			return legendOf(graph, colorBy);
		};
	}

	it.each(["circle", "community"] as const)("is drawn in time that grows with the number of groups, coloured by %s", (colorBy) => {
		expectLinear(timedLegend(colorBy), { small: 2_000 });
	});
});

describe("the colours the legend names", () => {
	// 8,000 circles: coloured by name, the 8 largest shared colours (`Circle 3` and `Circle 170` both orange).
	it.each(["circle", "org", "community"] as const)("are one colour per group, coloured by %s", (colorBy) => {
		const graph = graphOf(8_070, (i) => (i < 40 ? 3 : i < 60 ? 7 : i < 70 ? 12 : 100 + i));
		const colors = legendOf(graph, colorBy).groups.map((g) => g.color);
		expect(colors).toHaveLength(8);
		expect(new Set(colors).size).toBe(8);
	});

	// The settings colour friend green and family orange; the other circles took the palette's green and orange too.
	it("are the settings' colours for their circles and none of those for the other circles", () => {
		const graph = graphOf(45, (i) => (i < 9 ? 0 : i < 17 ? 1 : i < 24 ? 2 : i < 30 ? 3 : i < 35 ? 4 : i < 39 ? 5 : i < 42 ? 6 : i < 44 ? 7 : 8));
		graph.forEachNode((node, a) => {
			if (a.circle === "Circle 0") graph.setNodeAttribute(node, "circle", "friend");
			if (a.circle === "Circle 1") graph.setNodeAttribute(node, "circle", "family");
		});
		applyAppearance(graph, { colorBy: "circle", sizeBy: "strength", circleColors: { friend: "#2f9e44", family: "#e8590c" } });
		const legend = legendFor(graph, "circle");
		expect(legend.groups.slice(0, 2).map((g) => [g.label, g.color])).toEqual([
			["friend", "#2f9e44"],
			["family", "#e8590c"],
		]);
		expect(new Set(legend.groups.map((g) => g.color)).size).toBe(8);
	});
});

describe("the colours of circles named as no setting names them", () => {
	// `circle: constructor` (a builder's circle) or `circle: __proto__` in a note: no colour of the settings, a colour of the palette.
	it("gives each person a colour the renderer can draw, not the settings object's own methods", () => {
		const graph = graphOf(3, (i) => i);
		graph.mergeNodeAttributes("People/P0.md", { circle: "constructor" });
		graph.mergeNodeAttributes("People/P1.md", { circle: "__proto__" });
		graph.mergeNodeAttributes("People/P2.md", { circle: "friend" });
		applyAppearance(graph, { colorBy: "circle", sizeBy: "strength", circleColors: { friend: "#2f9e44" } });
		expect(graph.mapNodes((_n, a) => typeof a.color)).toEqual(["string", "string", "string"]);
		expect(graph.getNodeAttribute("People/P2.md", "color")).toBe("#2f9e44");
		expect(legendFor(graph, "circle").groups.map((g) => typeof g.color)).toEqual(["string", "string", "string"]);
	});
});
