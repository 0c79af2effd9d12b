import { ItemView, Platform, type ViewStateResult, type WorkspaceLeaf, debounce } from "obsidian";
import { watchContextLoss } from "../graph-view/context-loss";
import type { RunningLayout } from "../graph-view/layout";
import type { MountedGraph } from "../graph-view/renderer";
import { type Drawing, GraphCanvas } from "./graph-canvas";
import { GraphControls } from "./graph-controls";
import { circleCounts } from "../graph-view/circle-filter";
import { filteredGraph, shownGraph, withoutCircles } from "./graph-data";
import { defaultGraphState, type GraphState, legacyCircle, mergeGraphState, serializeGraphState } from "./graph-state";
import { hasWebGL, personNamed, renderTiesList } from "./graph-ties";
import type { RapportHost } from "./host";
import type { Translate } from "../i18n";
import type { RelationshipGraph } from "../core/graph/build";
import { openNote } from "./open-note";
import { movedPath } from "../core/shared/moved-path";

export const GRAPH_VIEW = "rapport-graph";

/** Panes narrower than this (phones) start with the side panel closed. */
const NARROW_PX = 600;

/**
 * The relationship graph in Obsidian: built in core, drawn by sigma, laid out by ForceAtlas2 (in a
 * worker, or in slices on the main thread) from the last saved positions (see `GraphCanvas`). It
 * follows the index live without moving the camera; while its tab is hidden it draws nothing and
 * redraws once when shown.
 */
export class GraphView extends ItemView {
	/** The sigma and its layout, once the renderer is loaded (none without WebGL). */
	private canvas: GraphCanvas | null = null;
	private state: GraphState = defaultGraphState();
	/** The index or the filters changed since the last draw. */
	private stale = true;
	private relayoutWanted = true;
	/** Why the graph cannot be drawn (no WebGL, sigma failed), said in the language of the moment: then the ties are listed instead. */
	private failure: ((t: Translate) => string) | null = null;
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

	/** The sigma drawing the graph, if any (the browser tests read it). */
	private get mounted(): MountedGraph | null {
		return this.canvas?.mounted ?? null;
	}

	/** The layout under way, if any (the browser tests wait for it to end). */
	private get layout(): RunningLayout | null {
		return this.canvas?.layout ?? null;
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
		// The centred person's note renamed or moved with its folder: the view follows it; deleted: everyone is shown.
		this.registerEvent(this.app.vault.on("rename", (file, oldPath) => this.centreMoved(oldPath, file.path)));
		this.registerEvent(this.app.vault.on("delete", (file) => this.centreMoved(file.path, null)));
		// Another theme (light/dark, a community theme, a CSS snippet): the picture takes its colours.
		this.registerEvent(this.app.workspace.on("css-change", () => this.canvas?.retheme()));
		if (!hasWebGL(this.contentEl)) this.failure = (t) => t("graph.noWebgl");
		else this.canvas = this.makeCanvas(await import("../graph-view/drawing"));
		this.requestDraw(true);
	}

	private makeCanvas(drawing: Drawing): GraphCanvas {
		const parts = { content: this.contentEl, stage: this.stage, tooltip: this.tooltip, legend: this.legend, status: this.status };
		return new GraphCanvas(drawing, this.host, parts, this.positions, () => this.state.appearance, (id, newTab) => this.open(id, newTab));
	}

	override async onClose(): Promise<void> {
		this.canvas?.unmount();
		this.savePositions();
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
		if (!this.canvas?.mounted) return;
		this.requestDraw(this.canvas.unmount());
	}

	/**
	 * sigma's contexts were lost: its canvases stay blank. It is made again from the positions it had, now
	 * if the tab is shown, else when it is; after a fourth loss in a short time, the ties are listed instead.
	 */
	private contextLost(givenUp: boolean): void {
		if (!this.canvas?.mounted) return;
		const interrupted = this.canvas.unmount();
		this.stage.empty();
		if (givenUp) this.failure = (t) => t("graph.contextLost");
		this.requestDraw(interrupted);
	}

	/**
	 * A note or folder moved from `oldPath` to `newPath` (null: deleted). When it is the centred person's note
	 * or a folder holding it, the view is centred on the note's new path, or on everyone once it is gone.
	 */
	private centreMoved(oldPath: string, newPath: string | null): void {
		const { center } = this.state;
		const moved = center === null ? null : movedPath(center, oldPath, newPath ?? oldPath);
		if (moved === null) return;
		if (newPath === null) {
			this.showNetwork(null, this.state.depth);
			return;
		}
		this.state.center = moved;
		this.stateChanged(false);
	}

	/** Called when the pane changes size, and when its tab is shown or hidden. */
	override onResize(): void {
		if (!this.stage || !this.isShown()) {
			// Hidden: stop laying out (it would draw), and finish when shown again.
			if (this.canvas?.layout) {
				this.canvas.stopLayout();
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
			restyle: () => {
				this.host.app.workspace.requestSaveLayout();
				this.canvas?.restyle();
			},
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
		const canvas = this.canvas;
		// Still loading the renderer: onOpen draws once it is there.
		if (!canvas && this.failure === null) return;
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
		if (this.failure !== null || !canvas) {
			this.listTies(data);
			return;
		}
		const prepared = canvas.prepare(data);
		this.redraws++;
		const failed = canvas.show(prepared, this.state.filters, relayout);
		if (failed === null) return;
		// sigma could not be made: the ties are listed, with the reason.
		this.failure = (t) => t("graph.drawFailed", { reason: failed });
		this.stale = true;
		this.draw();
	}

	/** No graph can be drawn (no WebGL, sigma failed): the ties of the people shown are listed instead, with the reason. */
	private listTies(data: RelationshipGraph): void {
		this.contentEl.addClass("is-fallback");
		const listed = withoutCircles(data, this.state.filters.hiddenCircles);
		renderTiesList(this.fallback, listed, this.failure?.(this.host.t) ?? "", this.host.t, this.state.center, (id, newTab) => this.open(id, newTab));
		this.status.setText(this.host.t("graph.stats", { nodes: listed.order, edges: listed.size }));
	}
}
