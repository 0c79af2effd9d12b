/**
 * The standalone page written by `rapport graph --html`: the graph, a search box, circle filters, a
 * minimum-weight slider and a legend, in the words of the plugin (the same i18n catalogs). Everything
 * is inline; the page loads nothing from the network.
 */
import type { SerializedGraph } from "graphology-types";
import type { RelationshipGraph } from "../core/graph/build";
import { strongestTies } from "../core/graph/ego";
import type { GraphEdge, GraphNode } from "../core/graph/model";
import { describeTie } from "../core/render/tie";
import { localeFor, translator } from "../i18n";
import { legendFor, type MountedGraph, mountGraph, prepareGraph } from "./renderer";
import { DARK_THEME, LIGHT_THEME } from "./theme";

declare global {
	interface Window {
		RAPPORT_GRAPH: SerializedGraph<GraphNode, GraphEdge>;
		/** The language `rapport graph --html --lang` was run with. */
		RAPPORT_LANG?: string;
		rapport?: MountedGraph;
		rapportOpened?: string;
	}
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, parent: HTMLElement, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	Object.assign(node, props);
	parent.appendChild(node);
	return node;
}

function start(): void {
	const params = new URLSearchParams(location.search);
	if (params.get("theme")) document.body.className = `theme-${params.get("theme") ?? "light"}`;
	const t = translator(localeFor(params.get("lang") ?? window.RAPPORT_LANG ?? "en"));
	document.title = `Rapport: ${t("graph.title")}`;
	const graph = prepareGraph(window.RAPPORT_GRAPH);
	const bar = el("div", document.body, { className: "bar" });
	const search = el("input", bar, { type: "search", placeholder: t("graph.search"), className: "search" });
	search.setAttribute("aria-label", t("graph.search"));
	const circles = [...new Set(graph.mapNodes((_n, a) => a.circle).filter((c): c is string => c !== null))].sort();
	const filters = el("fieldset", bar, { className: "filters" });
	el("legend", filters, { textContent: t("graph.byCircle") });
	const hidden = new Set<string>();
	const weightLabel = el("label", bar, { textContent: `${t("graph.minWeight")} ` });
	const weight = el("input", weightLabel, { type: "range", min: "0", max: "5", step: "0.25", value: "0" });
	const info = el("div", bar, { className: "info" });
	const stage = el("div", document.body, { id: "graph" });
	// Why a hovered person is tied to others: over the graph, so the layout never moves under the mouse.
	const tip = el("div", document.body, { className: "tip" });
	const legend = el("div", document.body, { className: "legend" });
	const addLegend = (): void => {
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
	};

	// The whole page is laid out before sigma measures its stage: a legend or filters added afterwards
	// shrink the stage, and sigma, resizing on its next redraw (the first hover), moves every node.
	addLegend();
	const boxes = new Map<string, HTMLInputElement>();
	for (const circle of circles) {
		const label = el("label", filters, { textContent: ` ${circle}` });
		const box = el("input", label, { type: "checkbox", checked: true });
		label.prepend(box);
		box.dataset.circle = circle;
		boxes.set(circle, box);
	}
	info.textContent = t("graph.stats", { nodes: graph.order, edges: graph.size });

	const dark = document.body.classList.contains("theme-dark") || (!document.body.classList.contains("theme-light") && matchMedia("(prefers-color-scheme: dark)").matches);
	const mounted = mountGraph(
		stage,
		graph,
		(id, newTab) => {
			window.rapportOpened = id;
			const name = graph.getNodeAttribute(id, "label");
			info.textContent = newTab ? t("graph.openedNewTab", { name }) : t("graph.opened", { name });
		},
		(id) => {
			tip.textContent = "";
			if (!id) return;
			// Why this person is tied to their strongest neighbours.
			const g = graph as unknown as RelationshipGraph;
			const ties = strongestTies(g, id, 3).map((n) => `${g.getNodeAttribute(n, "label")}: ${describeTie(g, id, n, t) ?? ""}`);
			tip.textContent = `${g.getNodeAttribute(id, "label")} — ${ties.join(" | ") || t("tie.none")}`;
		},
		dark ? DARK_THEME : LIGHT_THEME,
	);
	window.rapport = mounted;
	for (const [circle, box] of boxes) {
		box.addEventListener("change", () => {
			if (box.checked) hidden.delete(circle);
			else hidden.add(circle);
			mounted.setHiddenCircles([...hidden]);
		});
	}
	// Sigma measures its stage only when it draws: redraw as soon as the stage changes size (the bar wraps,
	// the window is resized), so a node stays where it was drawn between a hover and a click.
	new ResizeObserver(() => mounted.sigma.refresh()).observe(stage);
	search.addEventListener("keydown", (evt) => {
		if (evt.key !== "Enter") return;
		const found = mounted.focus(search.value);
		info.textContent = found ? graph.getNodeAttribute(found, "label") : t("graph.notFound", { query: search.value });
	});
	weight.addEventListener("input", () => mounted.setMinWeight(Number(weight.value)));
}

start();
