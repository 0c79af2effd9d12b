/**
 * The standalone page written by `rapport graph --html`: the graph, with a control panel built like
 * the plugin's (and Obsidian's) graph controls: find a person, a minimum-weight slider, and the circles
 * as a searchable list; a legend and an info line below. In the words of the plugin (the same i18n
 * catalogs). Everything is inline; the page loads nothing from the network.
 */
import type { SerializedGraph } from "graphology-types";
import type { RelationshipGraph } from "../core/graph/build";
import { strongestTies } from "../core/graph/ego";
import type { GraphEdge, GraphNode } from "../core/graph/model";
import { describeTie } from "../core/render/tie";
import { localeFor, type Translate, translator } from "../i18n";
import { circleCounts, circleFilter } from "./circle-filter";
import { watchContextLoss } from "./context-loss";
import { collapsibleSection, controlPanel, el, type IconSetter } from "./dom";
import { legendFor, type MountedGraph, mountGraph, prepareGraph } from "./renderer";
import { DARK_THEME, LIGHT_THEME } from "./theme";
import { renderTiesList } from "./ties-list";

declare global {
	interface Window {
		RAPPORT_GRAPH: SerializedGraph<GraphNode, GraphEdge>;
		/** The language `rapport graph --html --lang` was run with. */
		RAPPORT_LANG?: string;
		/** The graph drawn now (made again after a lost WebGL context); undefined once the ties are listed instead. */
		rapport?: MountedGraph;
		rapportOpened?: string;
	}
}

/** Pages narrower than this (phones) start with the control panel closed, so the graph has the screen. */
const NARROW_PX = 600;

/** The page has no icon set: characters stand for the plugin's icons. */
const icons: IconSetter = (parent, icon) => {
	parent.textContent = icon === "settings" ? "⚙" : icon === "x" ? "×" : "▾";
	parent.setAttribute("aria-hidden", String(icon === "right-triangle"));
};

type Graph = ReturnType<typeof prepareGraph>;

function addLegend(legend: HTMLElement, graph: Graph, t: Translate): void {
	el("span", legend, { textContent: `${t("graph.colorBy")}: ` });
	const groups = legendFor(graph, "community", (name) => t("graph.communityOf", { name }));
	for (const { label, color } of groups.groups) {
		const item = el("span", legend, { className: "item" });
		const swatch = el("span", item, { className: "swatch", textContent: "●" });
		swatch.style.color = color;
		item.append(label);
	}
	if (groups.more > 0) el("span", legend, { className: "item", textContent: t("graph.legendMore", { n: groups.more }) });
	el("span", legend, { textContent: ` · ${t("graph.legendSize", { measure: t("graph.byStrength") })} · ${t("graph.legendRing")}` });
}

function start(): void {
	const params = new URLSearchParams(location.search);
	if (params.get("theme")) document.body.className = `theme-${params.get("theme") ?? "light"}`;
	const t = translator(localeFor(params.get("lang") ?? window.RAPPORT_LANG ?? "en"));
	document.title = `Rapport: ${t("graph.title")}`;
	const graph = prepareGraph(window.RAPPORT_GRAPH);
	// The drawing area holds the graph, the hover tip and the control panel over it; the legend and the
	// info line sit below, so the panel never covers them.
	const main = el("div", document.body, { className: "main" });
	const stage = el("div", main, { id: "graph" });
	const fallback = el("div", main, { className: "fallback" });
	// Why a hovered person is tied to others: over the graph, so the layout never moves under the mouse.
	const tip = el("div", main, { className: "tip" });
	const panel = controlPanel(main, { open: t("graph.openControls"), close: t("graph.closeControls") }, innerWidth >= NARROW_PX, icons);
	const footer = el("div", document.body, { className: "footer" });
	addLegend(el("div", footer, { className: "legend" }), graph, t);
	const info = el("div", footer, { className: "info", textContent: t("graph.stats", { nodes: graph.order, edges: graph.size }) });
	info.setAttribute("aria-live", "polite");

	const filters = collapsibleSection(panel, "filter", t("graph.sectionFilters"), false, icons);
	const search = el("input", filters, { type: "search", placeholder: t("graph.search"), className: "search" });
	search.setAttribute("aria-label", t("graph.search"));
	const weightRow = el("label", filters, { className: "setting-item mod-slider", textContent: t("graph.minWeight") });
	const weight = el("input", weightRow, { type: "range", className: "slider", min: "0", max: "5", step: "0.25", value: "0" });
	const circles = circleCounts(graph);
	let hidden: string[] = [];
	if (circles.length > 0) {
		circleFilter(collapsibleSection(panel, "circles", t("graph.sectionCircles"), false, icons), t, circles, (now) => {
			hidden = now;
			mounted?.setHiddenCircles(hidden);
		});
	}

	const dark = document.body.classList.contains("theme-dark") || (!document.body.classList.contains("theme-light") && matchMedia("(prefers-color-scheme: dark)").matches);
	const open = (id: string, newTab: boolean): void => {
		window.rapportOpened = id;
		const name = graph.getNodeAttribute(id, "label");
		info.textContent = newTab ? t("graph.openedNewTab", { name }) : t("graph.opened", { name });
	};
	const hover = (id: string | null): void => {
		tip.textContent = "";
		if (!id) return;
		// Why this person is tied to their strongest neighbours.
		const g = graph as unknown as RelationshipGraph;
		const ties = strongestTies(g, id, 3).map((n) => `${g.getNodeAttribute(n, "label")}: ${describeTie(g, id, n, t) ?? ""}`);
		tip.textContent = `${g.getNodeAttribute(id, "label")} — ${ties.join(" | ") || t("tie.none")}`;
	};
	/** Where the graph cannot be drawn: why, and the strongest ties as a list. */
	const listTies = (message: string): void => {
		mounted = undefined;
		window.rapport = undefined;
		stage.hidden = true;
		renderTiesList(fallback, graph, message, t, null, open);
	};
	/** Makes sigma on the stage with what the controls say now (the nodes stay where they were). */
	const mount = (focused: string | null): MountedGraph | undefined => {
		try {
			const made = mountGraph(stage, graph, open, hover, dark ? DARK_THEME : LIGHT_THEME);
			made.state.focused = focused;
			made.setHiddenCircles(hidden);
			made.setMinWeight(Number(weight.value));
			return made;
		} catch (error) {
			stage.replaceChildren();
			listTies(t("graph.drawFailed", { reason: error instanceof Error ? error.message : String(error) }));
			return undefined;
		}
	};
	// The whole page is laid out before sigma measures its stage (the panel is over it, not beside it).
	let mounted = mount(null);
	window.rapport = mounted;
	// A driver reset, a laptop waking, the browser reclaiming contexts: sigma's canvases stay blank for
	// good, so it is made again with new ones; when they keep being taken, the ties are listed instead.
	const stopWatching = watchContextLoss(stage, (givenUp) => {
		if (!mounted) return;
		const focused = mounted.state.focused;
		mounted.kill();
		stage.replaceChildren();
		if (givenUp) {
			stopWatching();
			listTies(t("graph.contextLost"));
			return;
		}
		mounted = mount(focused);
		window.rapport = mounted;
	});
	// Sigma measures its stage only when it draws: redraw as soon as the stage changes size (the window
	// is resized), so a node stays where it was drawn between a hover and a click.
	new ResizeObserver(() => mounted?.sigma.refresh()).observe(stage);
	search.addEventListener("keydown", (evt) => {
		if (evt.key !== "Enter" || !mounted) return;
		const found = mounted.focus(search.value);
		info.textContent = found ? graph.getNodeAttribute(found, "label") : t("graph.notFound", { query: search.value });
	});
	weight.addEventListener("input", () => mounted?.setMinWeight(Number(weight.value)));
}

start();
