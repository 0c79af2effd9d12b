import type { RapportSettings } from "../core/config/settings";
import { today } from "../core/dates/dates";
import { buildRelationshipGraph, type GraphOptions, type RelationshipGraph } from "../core/graph/build";
import { egoNetwork } from "../core/graph/ego";
import type { VaultIndex } from "../core/index/vault-index";
import type { GraphState } from "./graph-state";

/**
 * What core builds the graph with: the settings, and the side panel's filters (an empty filter is none).
 * Hidden circles are not among them: sigma's reducers hide their people, so showing a circle again
 * needs no new graph nor layout.
 */
function graphOptions(state: GraphState, settings: RapportSettings): GraphOptions {
	const f = state.filters;
	return {
		asOf: today(),
		halfLifeDays: settings.graphMeetingHalfLifeDays,
		me: settings.me,
		settings,
		health: settings.health,
		windowMonths: f.windowMonths || undefined,
		minWeight: f.minWeight || undefined,
		orgs: f.org ? [f.org] : undefined,
		interests: f.interest ? [f.interest] : undefined,
		tags: f.tag ? [f.tag] : undefined,
		orgHubs: f.orgHubs,
		interestHubs: f.interestHubs,
		eventHubs: f.eventHubs,
		sharedInterests: f.sharedInterests,
		hideWithoutMeetings: f.hideWithoutMeetings,
	};
}

/** Everyone the filters let through, whoever is centred. */
export function filteredGraph(index: VaultIndex, state: GraphState, settings: RapportSettings): RelationshipGraph {
	return buildRelationshipGraph(index, graphOptions(state, settings));
}

/** The graph the view shows: everyone filtered, or the centred person's network when they are in it. */
export function shownGraph(index: VaultIndex, state: GraphState, settings: RapportSettings): RelationshipGraph {
	const graph = filteredGraph(index, state, settings);
	const { center } = state;
	return center && graph.hasNode(center) ? egoNetwork(graph, center, state.depth) : graph;
}

/** The graph without the people of the hidden circles (and their ties): the list of ties drawn where there is no WebGL. */
export function withoutCircles(graph: RelationshipGraph, hidden: readonly string[]): RelationshipGraph {
	if (hidden.length === 0) return graph;
	const out = graph.copy();
	for (const node of out.filterNodes((_n, attrs) => attrs.kind === "person" && attrs.circle !== null && hidden.includes(attrs.circle))) out.dropNode(node);
	return out;
}
