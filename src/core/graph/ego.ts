import type { RelationshipGraph } from "./build";

/** A person's network: them and everyone within `depth` ties (1 or 2), with the ties among those. */
export function egoNetwork(graph: RelationshipGraph, center: string, depth: 1 | 2): RelationshipGraph {
	const ego = graph.copy();
	if (!graph.hasNode(center)) {
		ego.clear();
		return ego;
	}
	const keep = new Set([center]);
	let frontier = [center];
	for (let d = 0; d < depth; d++) {
		const next: string[] = [];
		for (const node of frontier) {
			for (const n of graph.neighbors(node)) {
				if (!keep.has(n)) {
					keep.add(n);
					next.push(n);
				}
			}
		}
		frontier = next;
	}
	for (const node of graph.nodes()) if (!keep.has(node)) ego.dropNode(node);
	return ego;
}

/** A person's strongest ties, heaviest first: the neighbours the tooltip and the page explain. */
export function strongestTies(graph: RelationshipGraph, id: string, limit: number): string[] {
	if (!graph.hasNode(id)) return [];
	return graph
		.neighbors(id)
		.map((n) => ({ n, w: graph.getEdgeAttribute(graph.edge(id, n) ?? "", "weight") }))
		.sort((a, b) => b.w - a.w || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0))
		.slice(0, limit)
		.map(({ n }) => n);
}
