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

/** Why two people are tied, in words: "3 meetings, last 2026-11-27 · knows · jazz". */
export function describeTie(graph: RelationshipGraph, a: string, b: string): string | null {
	const key = graph.edge(a, b);
	if (key === undefined) return null;
	const e = graph.getEdgeAttributes(key);
	const parts: string[] = [];
	if (e.meetings.length > 0) parts.push(`${e.meetings.length} meeting${e.meetings.length === 1 ? "" : "s"}, last ${e.meetings[0]?.day ?? ""}`);
	for (const r of e.relations) parts.push(r.kind.replace("_", " "));
	if (e.sharedInterests.length > 0) parts.push(e.sharedInterests.join(", "));
	return parts.join(" · ");
}
