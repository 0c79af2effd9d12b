import Graph from "graphology";
import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../src/core/graph/model";
import { circleCounts } from "../../src/graph-view/circle-filter";

/** A graph node: a person in `circle`, or an organisation or event hub. */
function node(kind: GraphNode["kind"], circle: string | null): GraphNode {
	return { kind, label: "x", circle, org: null, interests: [], meetings: 0, strength: 0, overdue: false, community: 0, me: false };
}

describe("the circles the graph page lists", () => {
	it("lists the largest circle first, equal ones by name, counting people only", () => {
		const graph = new Graph<GraphNode>({ type: "undirected" });
		const people: [string, string | null][] = [["a", "work"], ["b", "friend"], ["c", "work"], ["d", "book club"], ["e", "friend"], ["f", "work"], ["g", null]];
		for (const [id, circle] of people) graph.addNode(id, node("person", circle));
		// The circle filter hides people only: a hub or an event is never counted in a circle.
		graph.addNode("org:Lumen", node("org", "work"));
		graph.addNode("Meetings/kickoff.md", node("event", null));
		expect(circleCounts(graph)).toEqual([
			{ name: "work", count: 3 },
			{ name: "friend", count: 2 },
			{ name: "book club", count: 1 },
		]);
	});
});
