import type Graph from "graphology";
import type { GraphEdge, GraphNode } from "./model";

/** A community of the graph, named after its most central person. */
export interface NamedCommunity {
	community: number;
	/** Label of the person with the largest weighted degree between people in the community (you excepted, when others exist). */
	leader: string;
	/** People in the community. */
	size: number;
}

/**
 * Names each Louvain community after its most central person: the one whose ties (inside and outside
 * the community) weigh most. Larger communities first; ties broken by name, so the order is stable.
 */
export function namedCommunities(graph: Graph<GraphNode, GraphEdge>): NamedCommunity[] {
	const best = new Map<number, { label: string; score: number; me: boolean; size: number }>();
	graph.forEachNode((node, a) => {
		if (a.kind !== "person") return;
		let score = 0;
		graph.forEachEdge(node, (_e, e) => (score += e.kind === "people" ? e.weight : 0));
		const current = best.get(a.community);
		const size = (current?.size ?? 0) + 1;
		// You are central to every community you are in: name it after someone else when possible.
		const better = !current || (current.me && !a.me) || (current.me === a.me && (score > current.score || (score === current.score && a.label.localeCompare(current.label) < 0)));
		best.set(a.community, better ? { label: a.label, score, me: a.me, size } : { ...current, size });
	});
	return [...best]
		.map(([community, b]) => ({ community, leader: b.label, size: b.size }))
		.sort((x, y) => y.size - x.size || x.leader.localeCompare(y.leader));
}
