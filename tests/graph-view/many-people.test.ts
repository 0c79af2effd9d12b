import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../src/core/graph/model";
import { applyAppearance } from "../../src/graph-view/appearance";
import type { DrawnEdge, DrawnNode } from "../../src/graph-view/renderer";
import { tooManyForOneCall } from "../many-arguments";

/*
 * A vault with more people than one call takes arguments (an import of 150,000 contacts): the sizes came from
 * `Math.max(...every person's strength)`, which overflowed the stack, and the graph view showed nothing.
 */
const MANY = tooManyForOneCall();

/** `people` people, the i-th with strength `i`. */
function graphOf(people: number): Graph<DrawnNode, DrawnEdge> {
	const graph = new Graph<DrawnNode, DrawnEdge>({ type: "undirected" });
	const nodes = Array.from({ length: people }, (_, i) => {
		const node: GraphNode = { kind: "person", label: `P${i}`, circle: null, org: null, interests: [], meetings: 0, strength: i, overdue: false, community: 0, me: false };
		return { key: `People/P${i}.md`, attributes: node as DrawnNode };
	});
	graph.import({ nodes });
	return graph;
}

describe("the graph of more people than one call takes arguments", () => {
	it("sizes the strongest person largest (14) and the weakest smallest (4)", () => {
		const graph = graphOf(MANY);
		applyAppearance(graph, { colorBy: "community", sizeBy: "strength" });
		expect([graph.getNodeAttribute("People/P0.md", "size"), graph.getNodeAttribute(`People/P${MANY - 1}.md`, "size")]).toEqual([4, 14]);
	});
});
