import { createNodeBorderProgram } from "@sigma/node-border";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { GraphEdge, GraphNode } from "../core/graph/model";
import { seededRandom } from "../core/shared/random";
import { type Appearance, applyAppearance } from "./appearance";
import { hoverDrawer } from "./hover";
import { isUsablePosition } from "./saved-position";
import { keepInWindow, sigmaHostIn, windowOf } from "./own-window";
import { type GraphTheme, LIGHT_THEME } from "./theme";

/**
 * Draws a relationship graph with sigma (WebGL): size by tie strength, colour by community, a red
 * ring on people who are overdue, labels by importance. Reducers do hover, focus and filters; the
 * caller kills it when done. Used by the standalone page of `rapport graph --html`.
 */
export interface GraphViewState {
	hovered: string | null;
	focused: string | null;
	/** Circles hidden by the filter. */
	hiddenCircles: Set<string>;
	minWeight: number;
}

export interface MountedGraph {
	sigma: Sigma<DrawnNode, DrawnEdge>;
	graph: Graph<DrawnNode, DrawnEdge>;
	state: GraphViewState;
	/** Centres the camera on the first person whose name contains `query`; returns their id. */
	focus(query: string): string | null;
	setHiddenCircles(circles: string[]): void;
	setMinWeight(weight: number): void;
	/** Ids of the nodes drawn now (filters applied). */
	visibleNodes(): string[];
	/** Draws in another theme's colours (Obsidian switched theme), and colours new edges after a live update. */
	setTheme(theme: GraphTheme): void;
	kill(): void;
}

/**
 * Every display field sigma reads is set on the graph itself, so sigma's defaults never add a
 * property to a copied object: with 50,000 edges that reshaping was most of the first frame.
 */
export interface DrawnNode extends GraphNode {
	x: number;
	y: number;
	size: number;
	color: string;
	type: string;
	hidden: boolean;
	highlighted: boolean;
	forceLabel: boolean;
	zIndex: number;
}

export interface DrawnEdge extends GraphEdge {
	size: number;
	color: string;
	label: string;
	type: string;
	hidden: boolean;
	forceLabel: boolean;
	zIndex: number;
}

export { applyAppearance, legendFor, PALETTE, type Appearance, type ColorBy, type SizeBy } from "./appearance";

const OVERDUE = "#e03131";

/**
 * Imports the graph, places nodes at their saved positions (new ones at seeded random places),
 * then runs ForceAtlas2 from there when asked, so the picture is stable between openings. Edges take
 * the theme's colour.
 */
export function prepareGraph(
	data: SerializedGraph<GraphNode, GraphEdge>,
	layoutIterations = 200,
	appearance: Appearance = { colorBy: "community", sizeBy: "strength" },
	positions: Record<string, [number, number]> = {},
	theme: GraphTheme = LIGHT_THEME,
): Graph<DrawnNode, DrawnEdge> {
	const graph = new Graph<DrawnNode, DrawnEdge>({ type: "undirected" });
	graph.import(data as unknown as SerializedGraph<DrawnNode, DrawnEdge>);
	const random = seededRandom(7);
	graph.forEachNode((node) => {
		// A position that is not finite or is far out would turn every node's into NaN in the layout.
		const saved = positions[node];
		const [x, y] = isUsablePosition(saved) ? saved : [random() * 100, random() * 100];
		graph.mergeNodeAttributes(node, { x, y });
	});
	applyAppearance(graph, appearance);
	graph.updateEachEdgeAttributes((_edge, attrs) => ({ ...attrs, size: edgeSize(attrs.weight), color: theme.edge, label: "", type: "line", hidden: false, forceLabel: false, zIndex: 0 }));
	if (layoutIterations > 0 && graph.order > 1) {
		forceAtlas2.assign(graph, { iterations: layoutIterations, getEdgeWeight: "weight", settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1 } });
	}
	return graph;
}

/** Every node's position, to save and start from next time. */
export function positionsOf(graph: Graph<DrawnNode, DrawnEdge>): Record<string, [number, number]> {
	const out: Record<string, [number, number]> = {};
	graph.forEachNode((node, a) => (out[node] = [Math.round(a.x * 1000) / 1000, Math.round(a.y * 1000) / 1000]));
	return out;
}

/** Edge thickness on screen from its weight. */
function edgeSize(weight: number): number {
	return Math.min(6, 0.5 + weight);
}

export function mountGraph(
	container: HTMLElement,
	graph: Graph<DrawnNode, DrawnEdge>,
	onOpen: (id: string, newTab: boolean) => void,
	onHover: (id: string | null) => void = () => undefined,
	theme: GraphTheme = LIGHT_THEME,
): MountedGraph {
	const state: GraphViewState = { hovered: null, focused: null, hiddenCircles: new Set(), minWeight: 0 };
	// The theme the reducers and the hover box read: a theme switch replaces it without a new sigma.
	let current = theme;
	const hiddenNode = (node: string, attrs: DrawnNode): boolean => attrs.kind === "person" && attrs.circle !== null && state.hiddenCircles.has(attrs.circle);
	graph.updateEachEdgeAttributes((_e, attrs) => ({ ...attrs, color: theme.edge }));
	const host = sigmaHostIn(container);
	const sigma = new Sigma<DrawnNode, DrawnEdge>(graph, host, {
		nodeProgramClasses: {
			ring: createNodeBorderProgram({ borders: [{ size: { value: 0.25 }, color: { value: OVERDUE } }, { size: { fill: true }, color: { attribute: "color" } }] }),
		},
		// A hidden tab has no size: sigma waits with a 1×1 stage instead of throwing; the view redraws when shown.
		allowInvalidContainer: true,
		// Labels only for nodes drawn large enough, at most one per 150-pixel cell: they do not overlap.
		labelRenderedSizeThreshold: 8,
		labelGridCellSize: 150,
		labelDensity: 0.6,
		labelColor: { color: theme.label },
		defaultDrawNodeHover: hoverDrawer(theme),
		renderEdgeLabels: false,
		nodeReducer: (node, data) => {
			const center = state.hovered ?? state.focused;
			// Nothing hovered, focused or filtered: draw the node as it is, without a copy.
			if (center === null && state.hiddenCircles.size === 0) return data;
			const res: Partial<NodeDisplayData> = { ...data };
			const attrs = graph.getNodeAttributes(node);
			if (hiddenNode(node, attrs)) res.hidden = true;
			if (center && node !== center && !graph.areNeighbors(node, center)) {
				res.color = current.dimmed;
				res.label = "";
				res.zIndex = 0;
			} else if (center) {
				res.highlighted = true;
				res.forceLabel = true;
				res.zIndex = 1;
			}
			return res;
		},
		edgeReducer: (edge, data) => {
			const center = state.hovered ?? state.focused;
			if (center === null && state.hiddenCircles.size === 0 && state.minWeight === 0) return data;
			const res: Partial<EdgeDisplayData> = { ...data };
			const [a, b] = graph.extremities(edge);
			if (graph.getEdgeAttribute(edge, "weight") < state.minWeight || hiddenNode(a, graph.getNodeAttributes(a)) || hiddenNode(b, graph.getNodeAttributes(b))) res.hidden = true;
			if (center && a !== center && b !== center) res.hidden = true;
			return res;
		},
	});
	// In a popout window: its frames, its pointer and its size, not those of the window that loaded sigma.
	keepInWindow(sigma, windowOf(container));
	sigma.on("enterNode", ({ node }) => {
		state.hovered = node;
		sigma.refresh({ skipIndexation: true });
		onHover(node);
	});
	sigma.on("leaveNode", () => {
		state.hovered = null;
		sigma.refresh({ skipIndexation: true });
		onHover(null);
	});
	sigma.on("clickNode", ({ node, event }) => {
		const original = event.original as MouseEvent;
		onOpen(node, original.ctrlKey || original.metaKey);
	});
	return {
		sigma,
		graph,
		state,
		focus(query) {
			const q = query.trim().toLowerCase();
			const found = q === "" ? null : (graph.findNode((_n, a) => a.label.toLowerCase().includes(q)) ?? null);
			state.focused = found ?? null;
			if (found) {
				const pos = sigma.getNodeDisplayData(found);
				if (pos) void sigma.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.5 }, { duration: 300 });
			}
			sigma.refresh({ skipIndexation: true });
			return found ?? null;
		},
		setHiddenCircles(circles) {
			state.hiddenCircles = new Set(circles);
			sigma.refresh({ skipIndexation: true });
		},
		setMinWeight(weight) {
			state.minWeight = weight;
			sigma.refresh({ skipIndexation: true });
		},
		visibleNodes() {
			return graph.filterNodes((node) => !sigma.getNodeDisplayData(node)?.hidden);
		},
		setTheme(next) {
			current = next;
			graph.updateEachEdgeAttributes((_e, attrs) => ({ ...attrs, color: next.edge }));
			sigma.setSetting("labelColor", { color: next.label });
			sigma.setSetting("defaultDrawNodeHover", hoverDrawer(next));
		},
		kill() {
			sigma.kill();
			if (host !== container) host.remove();
		},
	};
}
