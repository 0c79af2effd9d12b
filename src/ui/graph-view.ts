import type FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import { ItemView, type WorkspaceLeaf, debounce } from "obsidian";
import { today } from "../core/dates/dates";
import { buildRelationshipGraph, type GraphOptions, type RelationshipGraph } from "../core/graph/build";
import { egoNetwork, strongestTies } from "../core/graph/ego";
import { describeTie } from "../core/render/tie";
import type { Appearance, ColorBy, MountedGraph, SizeBy } from "../graph-view/renderer";

/** sigma, graphology's layout and the renderer: loaded when the graph first opens, not at start-up. */
type Drawing = typeof import("../graph-view/drawing");
import { circleNames } from "../core/config/settings";
import type { RapportHost } from "./host";

export const GRAPH_VIEW = "rapport-graph";

/** How long ForceAtlas2 runs in its worker before the picture is left alone. */
const LAYOUT_MS = 2500;

interface Filters {
	windowMonths: number;
	circle: string;
	org: string;
	interest: string;
	tag: string;
	minWeight: number;
	orgHubs: boolean;
	interestHubs: boolean;
	eventHubs: boolean;
	sharedInterests: boolean;
	hideWithoutMeetings: boolean;
}

/**
 * The relationship graph in Obsidian: built in core, drawn by sigma, laid out by ForceAtlas2 in a web
 * worker from the last saved positions. Follows the index live without moving the camera.
 */
export class GraphView extends ItemView {
	private mounted: MountedGraph | null = null;
	private drawing: Drawing | null = null;
	private layout: FA2LayoutSupervisor | null = null;
	private layoutTimer: number | null = null;
	private center: string | null = null;
	private depth: 1 | 2 = 1;
	private appearance: Appearance = { colorBy: "community", sizeBy: "strength" };
	private filters: Filters = { windowMonths: 0, circle: "", org: "", interest: "", tag: "", minWeight: 0, orgHubs: false, interestHubs: false, eventHubs: false, sharedInterests: false, hideWithoutMeetings: false };
	private stage!: HTMLElement;
	private legend!: HTMLElement;
	private tooltip!: HTMLElement;
	private stats!: HTMLElement;

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
		return this.center ? `${this.host.t("graph.title")}: ${this.host.nameOf(this.center)}` : this.host.t("graph.title");
	}

	override getIcon(): string {
		return "git-fork";
	}

	/** Shows one person's network (depth 1 or 2), or everyone with null. */
	showNetwork(center: string | null, depth: 1 | 2 = 1): void {
		this.center = center;
		this.depth = depth;
		this.redraw(true);
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("rapport-graph-view");
		this.buildToolbar(this.contentEl.createDiv({ cls: "rapport-graph-toolbar" }));
		this.stage = this.contentEl.createDiv({ cls: "rapport-graph-stage" });
		this.tooltip = this.contentEl.createDiv({ cls: "rapport-graph-tooltip" });
		this.legend = this.contentEl.createDiv({ cls: "rapport-graph-legend" });
		this.drawing = await import("../graph-view/drawing");
		const refresh = debounce(() => this.redraw(false), 400, true);
		this.host.live.events.on("changed", refresh);
		this.register(() => this.host.live.events.off("changed", refresh));
		this.redraw(true);
	}

	override async onClose(): Promise<void> {
		this.stopLayout();
		if (this.mounted && this.drawing) {
			Object.assign(this.positions, this.drawing.positionsOf(this.mounted.graph));
			this.savePositions();
		}
		this.mounted?.kill();
		this.mounted = null;
		await Promise.resolve();
	}

	private options(): GraphOptions {
		const { settings } = this.host;
		const f = this.filters;
		return {
			asOf: today(),
			halfLifeDays: settings.graphMeetingHalfLifeDays,
			me: settings.me,
			settings,
			health: settings.health,
			windowMonths: f.windowMonths || undefined,
			minWeight: f.minWeight || undefined,
			circles: f.circle ? [f.circle] : undefined,
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

	private data(): RelationshipGraph {
		const graph = buildRelationshipGraph(this.host.live.index, this.options());
		return this.center ? egoNetwork(graph, this.center, this.depth) : graph;
	}

	/** Draws the graph; on a live update the sigma graph is replaced in place, so the camera stays. */
	private redraw(relayout: boolean): void {
		const drawing = this.drawing;
		if (!drawing || !this.host.live.getStatus().ready) return;
		const keep = this.mounted ? drawing.positionsOf(this.mounted.graph) : this.positions;
		const next = drawing.prepareGraph(this.data().export(), 0, { ...this.appearance, circleColors: this.host.settings.circleColors }, keep);
		const placedBefore = next.filterNodes((n) => keep[n] !== undefined).length;
		if (this.mounted) {
			this.mounted.graph.clear();
			this.mounted.graph.import(next.export());
			this.mounted.sigma.refresh();
		} else {
			this.mounted = drawing.mountGraph(
				this.stage,
				next,
				(id, newTab) => {
					if (!id.startsWith("org:") && !id.startsWith("interest:")) void this.app.workspace.openLinkText(id, "", newTab ? "tab" : false);
				},
				(id) => this.showTies(id),
				// Labels in the theme's text colour, read from Obsidian's CSS variables.
				getComputedStyle(this.contentEl).getPropertyValue("--text-normal").trim() || undefined,
			);
		}
		this.drawLegend();
		if (relayout || placedBefore < next.order) this.runLayout();
	}

	private runLayout(): void {
		const graph = this.mounted?.graph;
		const drawing = this.drawing;
		if (!graph || !drawing || graph.order < 2) return;
		this.stopLayout();
		this.layout = new drawing.FA2LayoutSupervisor(graph, { getEdgeWeight: "weight", settings: { ...drawing.forceAtlas2.inferSettings(graph), edgeWeightInfluence: 1 } });
		this.layout.start();
		this.layoutTimer = window.setTimeout(() => {
			this.stopLayout();
			if (this.mounted && this.drawing) Object.assign(this.positions, this.drawing.positionsOf(this.mounted.graph));
		}, LAYOUT_MS);
	}

	private stopLayout(): void {
		if (this.layoutTimer !== null) window.clearTimeout(this.layoutTimer);
		this.layoutTimer = null;
		this.layout?.kill();
		this.layout = null;
	}

	private showTies(id: string | null): void {
		this.tooltip.empty();
		const graph = this.mounted?.graph as unknown as RelationshipGraph | undefined;
		if (!id || !graph?.hasNode(id)) {
			this.tooltip.removeClass("is-visible");
			return;
		}
		this.tooltip.addClass("is-visible");
		this.tooltip.createDiv({ cls: "rapport-graph-tooltip-title", text: graph.getNodeAttribute(id, "label") });
		for (const n of strongestTies(graph, id, 6)) this.tooltip.createDiv({ text: `${graph.getNodeAttribute(n, "label")}: ${describeTie(graph, id, n, this.host.t) ?? ""}` });
	}

	private drawLegend(): void {
		const { t } = this.host;
		const graph = this.mounted?.graph;
		this.legend.empty();
		if (!graph) return;
		for (const { label, color } of this.drawing?.legendFor(graph, this.appearance.colorBy).slice(0, 12) ?? []) {
			const item = this.legend.createSpan({ cls: "rapport-graph-legend-item", text: label });
			item.createSpan({ cls: "rapport-graph-swatch", attr: { "data-color": color } }).setCssProps({ "--rapport-swatch": color });
		}
		this.legend.createSpan({ cls: "rapport-graph-legend-ring", text: t("graph.legendRing") });
		this.stats?.setText(t("graph.stats", { nodes: graph.order, edges: graph.size }));
	}

	private buildToolbar(bar: HTMLElement): void {
		const { t } = this.host;
		const search = bar.createEl("input", { type: "search", cls: "rapport-graph-search", attr: { placeholder: t("graph.search"), "aria-label": t("graph.search") } });
		search.addEventListener("keydown", (evt) => {
			if (evt.key !== "Enter" || !this.mounted) return;
			const found = this.mounted.focus(search.value);
			if (!found) this.stats.setText(t("graph.notFound", { query: search.value }));
		});
		const select = <V extends string>(label: string, options: [V, string][], value: V, onChange: (v: V) => void): void => {
			const wrap = bar.createEl("label", { cls: "rapport-graph-control", text: `${label} ` });
			const el = wrap.createEl("select", { cls: "dropdown" });
			for (const [v, text] of options) el.createEl("option", { value: v, text });
			el.value = value;
			el.addEventListener("change", () => onChange(el.value as V));
		};
		select<ColorBy>(t("graph.colorBy"), [["community", t("graph.byCommunity")], ["circle", t("graph.byCircle")], ["org", t("graph.byOrg")]], this.appearance.colorBy, (v) => {
			this.appearance.colorBy = v;
			this.restyle();
		});
		select<SizeBy>(t("graph.sizeBy"), [["strength", t("graph.byStrength")], ["meetings", t("graph.byMeetings")]], this.appearance.sizeBy, (v) => {
			this.appearance.sizeBy = v;
			this.restyle();
		});
		select(t("graph.window"), [["0", t("graph.allTime")], ["3", t("graph.months", { n: 3 })], ["6", t("graph.months", { n: 6 })], ["12", t("graph.months", { n: 12 })]], "0", (v) => {
			this.filters.windowMonths = Number(v);
			this.redraw(false);
		});
		select(t("graph.byCircle"), [["", t("graph.allCircles")], ...circleNames(this.host.settings.circleCadences).map((c): [string, string] => [c, c])], "", (v) => {
			this.filters.circle = v;
			this.redraw(false);
		});
		select(t("graph.depthLabel"), [["1", t("graph.depth", { n: 1 })], ["2", t("graph.depth", { n: 2 })]], "1", (v) => {
			this.depth = v === "2" ? 2 : 1;
			if (this.center) this.redraw(true);
		});
		const placeholders = { org: t("graph.filterOrg"), interest: t("graph.filterInterest"), tag: t("graph.filterTag") };
		for (const key of ["org", "interest", "tag"] as const) {
			const input = bar.createEl("input", { type: "text", cls: "rapport-graph-filter", attr: { placeholder: placeholders[key] } });
			input.addEventListener("change", () => {
				this.filters[key] = input.value.trim();
				this.redraw(false);
			});
		}
		const weight = bar.createEl("label", { cls: "rapport-graph-control", text: `${t("graph.minWeight")} ` }).createEl("input", { type: "range", attr: { min: "0", max: "5", step: "0.25", value: "0" } });
		weight.addEventListener("input", () => {
			this.filters.minWeight = Number(weight.value);
			this.mounted?.setMinWeight(this.filters.minWeight);
		});
		const toggle = (key: "orgHubs" | "interestHubs" | "eventHubs" | "sharedInterests" | "hideWithoutMeetings", label: string): void => {
			const wrap = bar.createEl("label", { cls: "rapport-graph-control" });
			const box = wrap.createEl("input", { type: "checkbox" });
			wrap.appendText(` ${label}`);
			box.addEventListener("change", () => {
				this.filters[key] = box.checked;
				this.redraw(false);
			});
		};
		toggle("orgHubs", t("graph.orgs"));
		toggle("interestHubs", t("graph.interests"));
		toggle("eventHubs", t("graph.events"));
		toggle("sharedInterests", t("graph.shared"));
		toggle("hideWithoutMeetings", t("graph.onlyMet"));
		bar.createEl("button", { text: t("graph.relayout"), attr: { type: "button" } }).addEventListener("click", () => this.runLayout());
		this.stats = bar.createSpan({ cls: "rapport-graph-stats" });
	}

	private restyle(): void {
		if (!this.mounted || !this.drawing) return;
		this.drawing.applyAppearance(this.mounted.graph, { ...this.appearance, circleColors: this.host.settings.circleColors });
		this.mounted.sigma.refresh();
		this.drawLegend();
	}
}

