import { setIcon } from "obsidian";
import type { ColorBy, SizeBy } from "../graph-view/renderer";
import type { Translate } from "../i18n";
import { type GraphFilters, type GraphState, MIN_WEIGHT_MAX, WINDOW_MONTHS } from "./graph-state";
import { submitOnEnter } from "./form";
import { collapsibleSection, controlPanel } from "../graph-view/dom";
import { type CircleCount, circleFilter } from "../graph-view/circle-filter";

/** What the side panel asks of the view. */
export interface GraphControlsActions {
	/** The data changed (filters, hubs): rebuild the graph. */
	rebuild(): void;
	/** Colours or sizes changed: restyle in place. */
	restyle(): void;
	/** Only the minimum weight changed: a reducer hides the lighter ties. */
	minWeight(): void;
	/** Only the hidden circles changed: reducers hide their people. */
	hiddenCircles(): void;
	/** Search: centre on the first match; returns its name, or null. */
	search(query: string): string | null;
	depth(): void;
	/** Back from one person's network to everyone. */
	everyone(): void;
	relayout(): void;
}

type Section = "filter" | "circles" | "color" | "display" | "layout";

let nextId = 0;

/**
 * The graph's side panel, built like Obsidian's own graph controls: a collapsible panel in the top
 * right corner with collapsible sections (Filters, Circles, Colours, Display, Layout); every input has a
 * label. The Circles section is the one of the page of `rapport graph --html` (searchable checkboxes,
 * largest circle first). It edits `state` in place and tells the view what to redo.
 */
export class GraphControls {
	readonly el: HTMLElement;
	private centreEl!: HTMLElement;
	private readonly circlesEl: HTMLElement;
	/** The circles listed now, to redraw the list only when they change. */
	private circles = "";
	private readonly prefix = `rapport-graph-${++nextId}`;
	private rows = 0;

	constructor(
		parent: HTMLElement,
		private readonly t: Translate,
		private readonly state: GraphState,
		private readonly actions: GraphControlsActions,
		open: boolean,
	) {
		this.el = controlPanel(parent, { open: t("graph.openControls"), close: t("graph.closeControls") }, open, setIcon);
		this.buildFilters(this.section("filter", t("graph.sectionFilters"), false));
		this.circlesEl = this.section("circles", t("graph.sectionCircles"), false);
		this.buildColours(this.section("color", t("graph.sectionColours"), true));
		this.buildDisplay(this.section("display", t("graph.sectionDisplay"), true));
		this.buildLayout(this.section("layout", t("graph.sectionLayout"), true));
	}

	/** Shows the depth control and "Show everyone" only while a person is centred. */
	setCentred(name: string | null): void {
		this.centreEl.empty();
		if (name === null) return;
		this.centreEl.createDiv({ cls: "rapport-graph-centre-name", text: this.t("graph.titleOf", { name }) });
		this.dropdown(this.centreEl, this.t("graph.depthName"), [["1", this.t("graph.depth", { n: 1 })], ["2", this.t("graph.depth", { n: 2 })]], String(this.state.depth), (v) => {
			this.state.depth = v === "2" ? 2 : 1;
			this.actions.depth();
		});
		const row = this.centreEl.createDiv({ cls: "setting-item mod-button" });
		row.createEl("button", { text: this.t("graph.wholeNetwork"), attr: { type: "button" } }).addEventListener("click", () => this.actions.everyone());
	}

	/**
	 * Lists the circles of the graph drawn (with their people counted); called after each draw. The list
	 * is made again when they change, or when the hidden circles changed from outside (`hiddenChanged`).
	 */
	setCircles(circles: CircleCount[], hiddenChanged = false): void {
		const key = JSON.stringify(circles);
		if (key === this.circles && !hiddenChanged) return;
		this.circles = key;
		this.circlesEl.empty();
		// No circle in the graph: no section, as the page leaves it out.
		const section = this.circlesEl.parentElement;
		if (section) section.hidden = circles.length === 0;
		if (circles.length === 0) return;
		const listed = new Set(circles.map((c) => c.name));
		circleFilter(this.circlesEl, this.t, circles, (hidden) => {
			// Circles hidden but not in this graph (one person's network) stay hidden.
			this.state.filters.hiddenCircles = [...this.state.filters.hiddenCircles.filter((c) => !listed.has(c)), ...hidden];
			this.actions.hiddenCircles();
		}, this.state.filters.hiddenCircles);
	}

	private section(key: Section, title: string, collapsed: boolean): HTMLElement {
		return collapsibleSection(this.el, key, title, collapsed, setIcon);
	}

	/** A labelled row: the label names the control for screen readers and clicks. */
	private row(parent: HTMLElement, kind: string, label: string): { control: HTMLElement; id: string } {
		const id = `${this.prefix}-${++this.rows}`;
		const item = parent.createDiv({ cls: `setting-item mod-${kind}` });
		item.createDiv({ cls: "setting-item-info" }).createEl("label", { cls: "setting-item-name", text: label, attr: { for: id } });
		return { control: item.createDiv({ cls: "setting-item-control" }), id };
	}

	private dropdown(parent: HTMLElement, label: string, options: [string, string][], value: string, onChange: (v: string) => void): HTMLSelectElement {
		const { control, id } = this.row(parent, "dropdown", label);
		const select = control.createEl("select", { cls: "dropdown", attr: { id } });
		for (const [v, text] of options) select.createEl("option", { value: v, text });
		select.value = value;
		select.addEventListener("change", () => onChange(select.value));
		return select;
	}

	private toggle(parent: HTMLElement, label: string, value: boolean, onChange: (v: boolean) => void): void {
		const { control, id } = this.row(parent, "toggle", label);
		const container = control.createDiv({ cls: "checkbox-container" });
		const box = container.createEl("input", { type: "checkbox", attr: { id } });
		box.checked = value;
		container.toggleClass("is-enabled", value);
		box.addEventListener("change", () => {
			container.toggleClass("is-enabled", box.checked);
			onChange(box.checked);
		});
	}

	private text(parent: HTMLElement, label: string, value: string, onChange: (v: string) => void): void {
		const { control, id } = this.row(parent, "text", label);
		const input = control.createEl("input", { type: "text", attr: { id } });
		input.value = value;
		input.addEventListener("change", () => onChange(input.value.trim()));
	}

	private buildFilters(el: HTMLElement): void {
		const { t, state } = this;
		const search = el.createEl("input", { type: "search", cls: "rapport-graph-search", attr: { placeholder: t("graph.search"), "aria-label": t("graph.search") } });
		const found = el.createDiv({ cls: "rapport-graph-search-result", attr: { "aria-live": "polite" } });
		submitOnEnter(search, () => {
			const name = this.actions.search(search.value);
			found.setText(name === null ? t("graph.notFound", { query: search.value }) : "");
		});
		this.centreEl = el.createDiv({ cls: "rapport-graph-centre" });
		const f = state.filters;
		this.dropdown(el, t("graph.window"), [["0", t("graph.allTime")], ...WINDOW_MONTHS.filter((n) => n > 0).map((n): [string, string] => [String(n), t("graph.months", { n })])], String(f.windowMonths), (v) => this.setFilter("windowMonths", Number(v)));
		this.text(el, t("graph.filterOrg"), f.org, (v) => this.setFilter("org", v));
		this.text(el, t("graph.filterInterest"), f.interest, (v) => this.setFilter("interest", v));
		this.text(el, t("graph.filterTag"), f.tag, (v) => this.setFilter("tag", v));
		const { control, id } = this.row(el, "slider", t("graph.minWeight"));
		const weight = control.createEl("input", { type: "range", cls: "slider", attr: { id, min: "0", max: String(MIN_WEIGHT_MAX), step: "0.25" } });
		weight.value = String(f.minWeight);
		weight.addEventListener("input", () => {
			f.minWeight = Number(weight.value);
			this.actions.minWeight();
		});
		this.toggle(el, t("graph.onlyMet"), f.hideWithoutMeetings, (v) => this.setFilter("hideWithoutMeetings", v));
	}

	private buildColours(el: HTMLElement): void {
		const { t, state } = this;
		this.dropdown(el, t("graph.colorBy"), [["community", t("graph.byCommunity")], ["circle", t("graph.byCircle")], ["org", t("graph.byOrg")]], state.appearance.colorBy, (v) => {
			state.appearance.colorBy = v as ColorBy;
			this.actions.restyle();
		});
	}

	private buildDisplay(el: HTMLElement): void {
		const { t, state } = this;
		this.dropdown(el, t("graph.sizeBy"), [["strength", t("graph.byStrength")], ["meetings", t("graph.byMeetings")]], state.appearance.sizeBy, (v) => {
			state.appearance.sizeBy = v as SizeBy;
			this.actions.restyle();
		});
		this.toggle(el, t("graph.orgs"), state.filters.orgHubs, (v) => this.setFilter("orgHubs", v));
		this.toggle(el, t("graph.interests"), state.filters.interestHubs, (v) => this.setFilter("interestHubs", v));
		this.toggle(el, t("graph.events"), state.filters.eventHubs, (v) => this.setFilter("eventHubs", v));
		this.toggle(el, t("graph.shared"), state.filters.sharedInterests, (v) => this.setFilter("sharedInterests", v));
	}

	private buildLayout(el: HTMLElement): void {
		const row = el.createDiv({ cls: "setting-item mod-button" });
		row.createEl("button", { cls: "mod-cta", text: this.t("graph.relayout"), attr: { type: "button" } }).addEventListener("click", () => this.actions.relayout());
	}

	private setFilter<K extends keyof GraphFilters>(key: K, value: GraphFilters[K]): void {
		this.state.filters[key] = value;
		this.actions.rebuild();
	}
}
