import type { RelationshipGraph } from "../core/graph/build";
import type { RunningLayout } from "../graph-view/layout";
import type { MountedGraph } from "../graph-view/renderer";
import type { GraphTheme } from "../graph-view/theme";
import { renderLegend } from "./graph-legend";
import type { GraphFilters, GraphState } from "./graph-state";
import { reasonOf, renderTiesTooltip } from "./graph-ties";
import type { RapportHost } from "./host";

/** sigma, graphology's layout and the renderer: evaluated when the graph first opens, not at start-up. */
export type Drawing = typeof import("../graph-view/drawing");

/** The graph ready for sigma (positions and colours given), from `GraphCanvas.prepare`. */
export type PreparedGraph = ReturnType<Drawing["prepareGraph"]>;

/** How long ForceAtlas2 runs before the picture is left alone. */
const LAYOUT_MS = 2500;

/** Where the canvas draws: the stage (sigma's canvases), the hover tooltip, the legend and the status line. */
export interface CanvasParts {
	/** The view's content: its theme's CSS variables give the graph's colours. */
	content: HTMLElement;
	stage: HTMLElement;
	tooltip: HTMLElement;
	legend: HTMLElement;
	status: HTMLElement;
}

/**
 * The graph view's one sigma and its ForceAtlas2 layout: mounted once, given each new graph in place
 * (so the camera stays), laid out from the last positions (kept in `positions`, which the plugin saves),
 * styled from the view's appearance and the theme.
 */
export class GraphCanvas {
	mounted: MountedGraph | null = null;
	layout: RunningLayout | null = null;

	constructor(
		private readonly drawing: Drawing,
		private readonly host: RapportHost,
		private readonly parts: CanvasParts,
		private readonly positions: Record<string, [number, number]>,
		/** The view's appearance now (its state may be replaced between draws). */
		private readonly appearance: () => GraphState["appearance"],
		/** Opens a person's note (clicked; `newTab` with the modifier key). */
		private readonly open: (id: string, newTab: boolean) => void,
	) {}

	/** `data` ready to draw: the positions kept so far, the appearance and the theme's colours; and how many of its nodes had a position. */
	prepare(data: RelationshipGraph): { graph: PreparedGraph; placedBefore: number } {
		this.keepPositions();
		// The edges come in the theme's colours (a live update must not bring back the light theme's).
		const graph = this.drawing.prepareGraph(data.export(), 0, this.styled(), this.positions, this.theme());
		return { graph, placedBefore: graph.filterNodes((n) => this.positions[n] !== undefined).length };
	}

	/**
	 * Shows a prepared graph: in the sigma there is (replaced in place, so the camera stays), else in a
	 * new one; lays it out when asked, when a layout was under way, or when nodes have no position yet.
	 * The reason when sigma could not be made (its canvases released), else null.
	 */
	show({ graph, placedBefore }: { graph: PreparedGraph; placedBefore: number }, filters: GraphFilters, relayout: boolean): string | null {
		// A layout interrupted by this redraw goes on from the new positions.
		const interrupted = this.layout !== null;
		if (this.mounted) {
			this.stopLayout();
			this.mounted.graph.clear();
			this.mounted.graph.import(graph.export());
			this.forgetGone();
			this.mounted.sigma.resize();
			this.mounted.sigma.refresh();
		} else {
			const failed = this.mount(graph);
			if (failed !== null) return failed;
		}
		this.mounted?.setMinWeight(filters.minWeight);
		this.mounted?.setHiddenCircles(filters.hiddenCircles);
		this.drawLegend();
		if (relayout || interrupted || placedBefore < graph.order) this.runLayout();
		return null;
	}

	/**
	 * The person searched for or hovered is no longer in the new graph (her note renamed or deleted): she is
	 * let go of (her ties' tooltip hidden), else everyone would stay dimmed and every tie hidden around someone the graph no longer has.
	 */
	private forgetGone(): void {
		if (!this.mounted) return;
		const { graph, state } = this.mounted;
		if (state.focused !== null && !graph.hasNode(state.focused)) state.focused = null;
		if (state.hovered !== null && !graph.hasNode(state.hovered)) {
			state.hovered = null;
			this.showTies(null);
		}
	}

	/** Creates the one sigma of this view; the reason when it fails. */
	private mount(graph: PreparedGraph): string | null {
		try {
			this.mounted = this.drawing.mountGraph(
				this.parts.stage,
				graph,
				(id, newTab) => this.open(id, newTab),
				(id) => this.showTies(id),
				this.theme(),
			);
			return null;
		} catch (error) {
			this.releaseStage();
			return reasonOf(error);
		}
	}

	/** Kills sigma, keeping where its nodes were; whether a layout was under way (drawn again, it goes on from them). */
	unmount(): boolean {
		const interrupted = this.layout !== null;
		this.stopLayout();
		this.keepPositions();
		this.mounted?.kill();
		this.mounted = null;
		return interrupted;
	}

	/** The graph's colours from the theme's CSS variables where the view is (a popout window has its own body). */
	private theme(): GraphTheme {
		const { drawing } = this;
		const content = this.parts.content;
		return drawing.themeFrom(content, content.doc.body.hasClass("theme-dark") ? drawing.DARK_THEME : drawing.LIGHT_THEME);
	}

	/** Another theme (light/dark, a community theme, a CSS snippet): the picture takes its colours. */
	retheme(): void {
		if (!this.mounted) return;
		this.mounted.setTheme(this.theme());
		this.mounted.sigma.refresh({ skipIndexation: true });
	}

	/** The appearance changed (colour, size): the nodes take it without a new layout. */
	restyle(): void {
		if (!this.mounted) return;
		this.drawing.applyAppearance(this.mounted.graph, this.styled());
		this.mounted.sigma.refresh();
		this.drawLegend();
	}

	private styled(): Parameters<Drawing["applyAppearance"]>[1] {
		return { ...this.appearance(), circleColors: this.host.settings.circleColors };
	}

	/** A sigma that failed half way leaves canvases with live WebGL contexts: release them. */
	private releaseStage(): void {
		this.parts.stage.querySelectorAll("canvas").forEach((canvas) => {
			const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
			gl?.getExtension("WEBGL_lose_context")?.loseContext();
		});
		this.parts.stage.empty();
	}

	keepPositions(): void {
		if (this.mounted) Object.assign(this.positions, this.drawing.positionsOf(this.mounted.graph));
	}

	private runLayout(): void {
		const graph = this.mounted?.graph;
		if (!graph || graph.order < 2) return;
		this.stopLayout();
		this.parts.status.setText(this.host.t("graph.layoutRunning"));
		this.layout = this.drawing.startLayout(graph, {
			durationMs: LAYOUT_MS,
			// Paced by the frames of the window the graph is in (a popout's own).
			win: this.parts.stage.win,
			onDone: (error) => {
				this.layout = null;
				this.keepPositions();
				this.drawLegend();
				if (error !== undefined) this.parts.status.setText(this.host.t("graph.layoutFailed", { reason: reasonOf(error) }));
			},
		});
	}

	stopLayout(): void {
		this.layout?.stop();
		this.layout = null;
	}

	private showTies(id: string | null): void {
		renderTiesTooltip(this.parts.tooltip, this.mounted?.graph, id, this.host.t);
	}

	private drawLegend(): void {
		const { t } = this.host;
		const { legend, status } = this.parts;
		const graph = this.mounted?.graph;
		if (!graph) {
			legend.empty();
			return;
		}
		const { colorBy, sizeBy } = this.appearance();
		renderLegend(legend, this.drawing.legendFor(graph, colorBy, (name) => t("graph.communityOf", { name })), sizeBy, t, graph.someNode((_node, attrs) => attrs.died === true));
		status.setText(t("graph.stats", { nodes: graph.order, edges: graph.size }));
	}
}
