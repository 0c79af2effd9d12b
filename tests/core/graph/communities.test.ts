import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { namedCommunities } from "../../../src/core/graph/communities";
import type { GraphEdge, GraphNode } from "../../../src/core/graph/model";

function person(label: string, community: number, me = false): GraphNode {
	return { kind: "person", label, circle: null, org: null, interests: [], meetings: 0, strength: 0, overdue: false, community, me };
}

function tie(weight: number): GraphEdge {
	return { kind: "people", weight, meetingWeight: weight, meetings: [], relations: [], sharedInterests: [] };
}

describe("naming communities for the graph's legend", () => {
	it("names each community after the person whose ties weigh most, larger communities first, not you", () => {
		const g = new Graph<GraphNode, GraphEdge>({ type: "undirected" });
		g.addNode("me", person("Me", 0, true));
		g.addNode("anna", person("Anna Rossi", 0));
		g.addNode("marco", person("Marco Bianchi", 0));
		g.addNode("luca", person("Luca Verdi", 0));
		g.addNode("zoe", person("Zoë Müller", 1));
		g.addNode("sara", person("Sara Neri", 1));
		g.addNode("hub", { ...person("Lumen", 1), kind: "org" });
		g.addEdge("me", "anna", tie(5));
		g.addEdge("me", "marco", tie(1));
		g.addEdge("anna", "marco", tie(1));
		g.addEdge("marco", "luca", tie(0.5));
		g.addEdge("zoe", "sara", tie(2));
		g.addEdge("sara", "hub", tie(9));
		expect(namedCommunities(g)).toEqual([
			{ community: 0, leader: "Anna Rossi", size: 4 },
			// Zoë and Sara weigh the same between people (the hub tie does not count): the name breaks the tie.
			{ community: 1, leader: "Sara Neri", size: 2 },
		]);
	});
});
