import { ItemView, Platform, type ViewStateResult, type WorkspaceLeaf, debounce } from "obsidian";
import { watchContextLoss } from "../graph-view/context-loss";
import type { RunningLayout } from "../graph-view/layout";
import type { MountedGraph } from "../graph-view/renderer";
import { type GraphTheme, LIGHT_THEME as LIGHT_COLOURS } from "../graph-view/theme";
import { GraphControls } from "./graph-controls";
import { circleCounts } from "../graph-view/circle-filter";
import { filteredGraph, shownGraph, withoutCircles } from "./graph-data";
import { renderLegend } from "./graph-legend";
import { defaultGraphState, type GraphState, legacyCircle, mergeGraphState, serializeGraphState } from "./graph-state";
import { hasWebGL, personNamed, reasonOf, renderTiesList, renderTiesTooltip } from "./graph-ties";
import type { RapportHost } from "./host";
import type { RelationshipGraph } from "../core/graph/build";
import { openNote } from "./open-note";

/** sigma, graphology's layout and the renderer: evaluated when the graph first opens, not at start-up. */
type Drawing = typeof import("../graph-view/drawing");

export const GRAPH_VIEW = "rapport-graph";

/** How long ForceAtlas2 runs before the picture is left alone. */
const LAYOUT_MS = 2500;
/** Panes narrower than this (phones) start with the side panel closed. */
const NARROW_PX = 600;

/**
 * The relationship graph in Obsidian: built in core, drawn by sigma, laid out by ForceAtlas2 (in a
 * worker, or in slices on the main thread) from the last saved positions. It follows the index live
 * without moving the camera; while its tab is hidden it draws nothing and redraws once when shown.
 */
export class GraphView extends ItemView {
	private mounted: MountedGraph | null = null;
	private drawing: Drawing | null = null;
	private layout: RunningLayout | null = null;
	private state: GraphState = defaultGraphState();
	/** The index or the filters changed since the last draw. */
	private stale = true;
	private relayoutWanted = true;
	/** Why the graph cannot be drawn (no WebGL, sigma failed): then the ties are listed instead. */
	private failure: string | null = null;
	/** Times the graph was rebuilt and handed to sigma (a test reads it). */
	redraws = 0;
	private main!: HTMLElement;
	private stage!: HTMLElement;
	private fallback!: HTMLElement;
	private legend!: HTMLElement;
	private tooltip!: HTMLElement;
	private status!: HTMLElement;
	private controls: GraphControls | null = null;
	/** A state saved by an older version showed only this circle: the others are hidden at the next draw. */
	private onlyCircle: string | null = null;
	/** The graph last drawn (or listed), whose circles the side panel lists. */
	private shown: RelationshipGraph | null = null;
	private sizeObserver: ResizeObserver | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: RapportHost,
		private readonly positions: Record<string, [number, number]>,
		private readonly savePositions: () => void,
	) {
		super(leaf);
	}

	getViewType(): string {
		return GRAPH_VIEW;
	}

	getDisplayText(): string {
		const { center } = this.state;
		return center ? this.host.t("graph.titleOf", { name: this.host.nameOf(center) }) : this.host.t("graph.title");
	}

	override getIcon(): string {
		return "git-fork";
	}

	override getState(): Record<string, unknown> {
		return serializeGraphState(this.state);
	}

	/** Restores a saved state (after a restart) or applies a partial one (`{ center, depth }` from a command). */
	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const before = this.state;
		const next = mergeGraphState(this.state, state);
		// An older version's one-circle filter: the next draw hides the other circles.
		this.onlyCircle = legacyCircle(state) ?? this.onlyCircle;
		// Opening the graph again on the same state changes nothing: keep the picture, its layout and the
		// state object the side panel edits.
		if (JSON.stringify(serializeGraphState(before)) !== JSON.stringify(serializeGraphState(next))) {
			this.state = next;
			this.rebuildControls();
			this.requestDraw(before.center !== this.state.center || before.depth !== this.state.depth);
		}
		if (this.onlyCircle !== null) this.requestDraw(false);
		await super.setState(state, result);
	}

	/** Shows one person's network (depth 1 or 2), or everyone with null. */
	showNetwork(center: string | null, depth: 1 | 2 = 1): void {
		this.state.center = center;
		this.state.depth = depth;
		this.stateChanged(true);
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("rapport-graph-view");
		// A phone's layout (side panel closed, legend folded); a tablet has the room of a desktop pane.
		this.contentEl.toggleClass("is-phone", Platform.isPhone);
		// The drawing area holds the canvas, the ties tooltip and the side panel; the footer (legend and
		// status line) sits below it, so nothing drawn over the graph can cover the status line.
		this.main = this.contentEl.createDiv({ cls: "rapport-graph-main" });
		this.stage = this.main.createDiv({ cls: "rapport-graph-stage" });
		this.fallback = this.main.createDiv({ cls: "rapport-graph-fallback" });
		this.tooltip = this.main.createDiv({ cls: "rapport-graph-tooltip" });
		const footer = this.contentEl.createDiv({ cls: "rapport-graph-footer" });
		this.legend = footer.createDiv({ cls: "rapport-graph-legend" });
		this.status = footer.createDiv({ cls: "rapport-graph-stats", attr: { "aria-live": "polite" } });
		this.rebuildControls();
		this.watchSize();
		this.register(() => this.sizeObserver?.disconnect());
		// The browser took the renderer's WebGL contexts back (a driver reset, too many contexts): made again.
		this.register(watchContextLoss(this.stage, (givenUp) => this.contextLost(givenUp)));
		// Moved to another window (a popout, or back): sigma is made again for that window's frames and pointer.
		this.register(this.contentEl.onWindowMigrated(() => this.windowChanged()));
		const refresh = debounce(() => this.requestDraw(false), 400, true);
		this.host.live.events.on("changed", refresh);
		this.register(() => this.host.live.events.off("changed", refresh));
		// New settings (circle colours, half-life, language): the side panel and the picture follow them.
		this.registerEvent(
			this.host.settingsEvents.on("saved", () => {
				this.rebuildControls();
				this.requestDraw(false);
				(this.leaf as unknown as { updateHeader?: () => void }).updateHeader?.();
			}),
		);
		// Another theme (light/dark, a community theme, a CSS snippet): the picture takes its colours.
		this.registerEvent(this.app.workspace.on("css-change", () => this.retheme()));
		if (!hasWebGL(this.contentEl)) this.failure = this.host.t("graph.noWebgl");
		else this.drawing = await import("../graph-view/drawing");
		this.requestDraw(true);
	}

	override async onClose(): Promise<void> {
		this.stopLayout();
		this.keepPositions();
		this.savePositions();
		this.mounted?.kill();
		this.mounted = null;
		await Promise.resolve();
	}

	/**
	 * The pane's size: Obsidian calls onResize; a ResizeObserver also sees the tab shown or hidden. It
	 * watches the drawing area, which the list of ties (no WebGL) leaves shown while the stage is not,
	 * and is the observer of the window the view is in (a popout's, whose rendering the main window's
	 * observer does not follow).
	 */
	private watchSize(): void {
		this.sizeObserver?.disconnect();
		const Observer = (this.main.win as typeof window).ResizeObserver;
		this.sizeObserver = new Observer(() => this.onResize());
		this.sizeObserver.observe(this.main);
	}

	/**
	 * The view moved to another window: the size observer and sigma are made again there, sigma from
	 * the positions it had (a layout under way goes on from them).
	 */
	private windowChanged(): void {
		this.watchSize();
		if (!this.mounted) return;
		this.requestDraw(this.unmount());
	}

	/** Kills sigma, keeping where its nodes were; whether a layout was under way (drawn again, it goes on from them). */
	private unmount(): boolean {
		const interrupted = this.layout !== null;
		this.stopLayout();
		this.keepPositions();
		this.mounted?.kill();
		this.mounted = null;
		return interrupted;
	}

	/**
	 * sigma's contexts were lost: its canvases stay blank. It is made again from the positions it had, now
	 * if the tab is shown, else when it is; after a fourth loss in a short time, the ties are listed instead.
	 */
	private contextLost(givenUp: boolean): void {
		if (!this.mounted) return;
		const interrupted = this.unmount();
		this.stage.empty();
		if (givenUp) this.failure = this.host.t("graph.contextLost");
		this.requestDraw(interrupted);
	}

	/** Called when the pane changes size, and when its tab is shown or hidden. */
	override onResize(): void {
		if (!this.stage || !this.isShown()) {
			// Hidden: stop laying out (it would draw), and finish when shown again.
			if (this.layout) {
				this.stopLayout();
				this.relayoutWanted = true;
			}
			return;
		}
		if (this.stale || this.relayoutWanted) this.draw();
		else if (this.mounted) {
			this.mounted.sigma.resize();
			this.mounted.sigma.refresh();
		}
	}

	/** Whether the tab is shown: the drawing area has a size (the stage is hidden under the list of ties without WebGL). */
	private isShown(): boolean {
		return this.main.isConnected && this.main.offsetWidth > 0 && this.main.offsetHeight > 0;
	}

	private rebuildControls(): void {
		if (!this.stage) return;
		this.controls?.el.remove();
		const narrow = Platform.isPhone || (this.contentEl.offsetWidth > 0 && this.contentEl.offsetWidth < NARROW_PX);
		this.controls = new GraphControls(this.main, this.host.t, this.state, {
			rebuild: () => this.stateChanged(false),
			restyle: () => this.restyle(),
			minWeight: () => {
				this.mounted?.setMinWeight(this.state.filters.minWeight);
				this.host.app.workspace.requestSaveLayout();
			},
			hiddenCircles: () => {
				this.host.app.workspace.requestSaveLayout();
				// Drawn: reducers hide the circles' people, no new graph nor layout. Listed (no WebGL): the list is made again.
				if (this.mounted) this.mounted.setHiddenCircles(this.state.filters.hiddenCircles);
				else this.requestDraw(false);
			},
			search: (query) => {
				if (this.mounted) {
					const found = this.mounted.focus(query);
					return found ? this.host.nameOf(found) : null;
				}
				// No WebGL: nothing to centre the camera on; the list of ties shows the person's ties instead.
				const found = this.failure === null ? null : personNamed(filteredGraph(this.host.live.index, this.state, this.host.settings), query);
				if (found) this.showNetwork(found, this.state.depth);
				return found ? this.host.nameOf(found) : null;
			},
			depth: () => this.stateChanged(true),
			everyone: () => this.showNetwork(null),
			relayout: () => this.requestDraw(true),
		}, !narrow);
		this.controls.setCentred(this.state.center ? this.host.nameOf(this.state.center) : null);
		if (this.shown) this.controls.setCircles(circleCounts(this.shown));
	}

	/** The view's state changed from inside: redraw, save the workspace, retitle the tab. */
	private stateChanged(relayout: boolean): void {
		this.controls?.setCentred(this.state.center ? this.host.nameOf(this.state.center) : null);
		this.requestDraw(relayout);
		this.host.app.workspace.requestSaveLayout();
		(this.leaf as unknown as { updateHeader?: () => void }).updateHeader?.();
	}

	/** Marks the graph out of date; draws now if the tab is shown, else when it is. */
	private requestDraw(relayout: boolean): void {
		this.stale = true;
		this.relayoutWanted ||= relayout;
		if (this.stage && this.isShown()) this.draw();
	}

	private open(id: string, newTab: boolean): void {
		if (!id.startsWith("org:") && !id.startsWith("interest:")) void openNote(this.app, id, newTab ? "tab" : false, this.host.t);
	}

	/** Draws the graph (shown tab only); on a live update the sigma graph is replaced in place, so the camera stays. */
	private draw(): void {
		if (!this.host.live.getStatus().ready) return;
		const drawing = this.drawing;
		// Still loading the renderer: onOpen draws once it is there.
		if (!drawing && this.failure === null) return;
		const relayout = this.relayoutWanted;
		this.stale = false;
		this.relayoutWanted = false;
		const data = shownGraph(this.host.live.index, this.state, this.host.settings);
		this.shown = data;
		const circles = circleCounts(data);
		const only = this.onlyCircle;
		if (only !== null) {
			this.onlyCircle = null;
			this.state.filters.hiddenCircles = circles.map((c) => c.name).filter((name) => name !== only);
			this.host.app.workspace.requestSaveLayout();
		}
		this.controls?.setCircles(circles, only !== null);
		if (this.failure !== null || !drawing) {
			this.contentEl.addClass("is-fallback");
			const listed = withoutCircles(data, this.state.filters.hiddenCircles);
			renderTiesList(this.fallback, listed, this.failure ?? "", this.host.t, this.state.center, (id, newTab) => this.open(id, newTab));
			this.status.setText(this.host.t("graph.stats", { nodes: listed.order, edges: listed.size }));
			return;
		}
		this.keepPositions();
		// The edges come in the theme's colours (a live update must not bring back the light theme's).
		const next = drawing.prepareGraph(data.export(), 0, { ...this.state.appearance, circleColors: this.host.settings.circleColors }, this.positions, this.theme());
		const placedBefore = next.filterNodes((n) => this.positions[n] !== undefined).length;
		this.redraws++;
		// A layout interrupted by this redraw goes on from the new positions.
		const interrupted = this.layout !== null;
		if (this.mounted) {
			this.stopLayout();
			this.mounted.graph.clear();
			this.mounted.graph.import(next.export());
			this.mounted.sigma.resize();
			this.mounted.sigma.refresh();
		} else if (!this.mount(drawing, next)) return;
		this.mounted?.setMinWeight(this.state.filters.minWeight);
		this.mounted?.setHiddenCircles(this.state.filters.hiddenCircles);
		this.drawLegend();
		if (relayout || interrupted || placedBefore < next.order) this.runLayout();
	}

	/** Creates the one sigma of this view; on failure, lists the ties with the reason. */
	private mount(drawing: Drawing, graph: Parameters<Drawing["mountGraph"]>[1]): boolean {
		try {
			this.mounted = drawing.mountGraph(
				this.stage,
				graph,
				(id, newTab) => this.open(id, newTab),
				(id) => this.showTies(id),
				this.theme(),
			);
			return true;
		} catch (error) {
			this.releaseStage();
			this.failure = this.host.t("graph.drawFailed", { reason: reasonOf(error) });
			this.stale = true;
			this.draw();
			return false;
		}
	}

	/** The graph's colours from the theme's CSS variables where the view is (a popout window has its own body). */
	private theme(): GraphTheme {
		const drawing = this.drawing;
		if (!drawing) return LIGHT_COLOURS;
		return drawing.themeFrom(this.contentEl, this.contentEl.doc.body.hasClass("theme-dark") ? drawing.DARK_THEME : drawing.LIGHT_THEME);
	}

	private retheme(): void {
		if (!this.mounted) return;
		this.mounted.setTheme(this.theme());
		this.mounted.sigma.refresh({ skipIndexation: true });
	}

	/** A sigma that failed half way leaves canvases with live WebGL contexts: release them. */
	private releaseStage(): void {
		this.stage.querySelectorAll("canvas").forEach((canvas) => {
			const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
			gl?.getExtension("WEBGL_lose_context")?.loseContext();
		});
		this.stage.empty();
	}

	private keepPositions(): void {
		if (this.mounted && this.drawing) Object.assign(this.positions, this.drawing.positionsOf(this.mounted.graph));
	}

	private runLayout(): void {
		const graph = this.mounted?.graph;
		const drawing = this.drawing;
		if (!graph || !drawing || graph.order < 2) return;
		this.stopLayout();
		this.status.setText(this.host.t("graph.layoutRunning"));
		this.layout = drawing.startLayout(graph, {
			durationMs: LAYOUT_MS,
			// Paced by the frames of the window the graph is in (a popout's own).
			win: this.stage.win,
			onDone: (error) => {
				this.layout = null;
				this.keepPositions();
				this.drawLegend();
				if (error !== undefined) this.status.setText(this.host.t("graph.layoutFailed", { reason: reasonOf(error) }));
			},
		});
	}

	private stopLayout(): void {
		this.layout?.stop();
		this.layout = null;
	}

	private showTies(id: string | null): void {
		renderTiesTooltip(this.tooltip, this.mounted?.graph, id, this.host.t);
	}

	private drawLegend(): void {
		const { t } = this.host;
		const graph = this.mounted?.graph;
		if (!graph || !this.drawing) {
			this.legend.empty();
			return;
		}
		renderLegend(this.legend, this.drawing.legendFor(graph, this.state.appearance.colorBy, (name) => t("graph.communityOf", { name })), this.state.appearance.sizeBy, t, graph.someNode((_node, attrs) => attrs.died === true));
		this.status.setText(t("graph.stats", { nodes: graph.order, edges: graph.size }));
	}

	private restyle(): void {
		this.host.app.workspace.requestSaveLayout();
		if (!this.mounted || !this.drawing) return;
		this.drawing.applyAppearance(this.mounted.graph, { ...this.state.appearance, circleColors: this.host.settings.circleColors });
		this.mounted.sigma.refresh();
		this.drawLegend();
	}
}
