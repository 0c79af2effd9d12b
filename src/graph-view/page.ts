/**
 * The standalone page written by `rapport graph --html`: the graph, a search box, circle filters, a
 * minimum-weight slider and a legend. Everything is inline; the page loads nothing from the network.
 */
import type { SerializedGraph } from "graphology-types";
import type { RelationshipGraph } from "../core/graph/build";
import { strongestTies } from "../core/graph/ego";
import { describeTie } from "../core/render/tie";
import { localeFor, translator } from "../i18n";
import type { GraphEdge, GraphNode } from "../core/graph/model";
import { type MountedGraph, mountGraph, PALETTE, prepareGraph } from "./renderer";

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
	const t = translator(localeFor(window.RAPPORT_LANG));
	const graph = prepareGraph(window.RAPPORT_GRAPH);
	const bar = el("div", document.body, { className: "bar" });
	const search = el("input", bar, { type: "search", placeholder: "Find a person…", className: "search" });
	const circles = [...new Set(graph.mapNodes((_n, a) => a.circle).filter((c): c is string => c !== null))].sort();
	const filters = el("span", bar, { className: "filters" });
	const hidden = new Set<string>();
	const weightLabel = el("label", bar, { textContent: "Min. weight " });
	const weight = el("input", weightLabel, { type: "range", min: "0", max: "5", step: "0.25", value: "0" });
	const info = el("div", bar, { className: "info" });
	const stage = el("div", document.body, { id: "graph" });
	// Why a hovered person is tied to others: over the graph, so the layout never moves under the mouse.
	const tip = el("div", document.body, { className: "tip" });
	const legend = el("div", document.body, { className: "legend" });
	const communities = [...new Set(graph.mapNodes((_n, a) => (a.kind === "person" ? a.community : -1)).filter((c) => c >= 0))].sort((a, b) => a - b);
	el("span", legend, { textContent: "Colour: community " });
	for (const c of communities.slice(0, PALETTE.length)) {
		const swatch = el("span", legend, { className: "swatch", textContent: "●" });
		swatch.style.color = PALETTE[c % PALETTE.length] ?? "#888";
	}
	el("span", legend, { textContent: " · size: tie strength · red ring: overdue follow-up or keep-in-touch" });

	const dark = document.body.classList.contains("theme-dark") || (!document.body.classList.contains("theme-light") && matchMedia("(prefers-color-scheme: dark)").matches);
	const mounted = mountGraph(
		stage,
		graph,
		(id, newTab) => {
			window.rapportOpened = id;
			info.textContent = `${newTab ? "Open in a new tab" : "Open"}: ${id}`;
		},
		(id) => {
			tip.textContent = "";
			if (!id) return;
			// Why this person is tied to their strongest neighbours.
			const g = graph as unknown as RelationshipGraph;
			const ties = strongestTies(g, id, 3).map((n) => `${g.getNodeAttribute(n, "label")}: ${describeTie(g, id, n, t) ?? ""}`);
			tip.textContent = `${g.getNodeAttribute(id, "label")} — ${ties.join(" | ") || t("tie.none")}`;
		},
		dark ? "#dddddd" : "#222222",
	);
	window.rapport = mounted;
	for (const circle of circles) {
		const label = el("label", filters, { textContent: ` ${circle}` });
		const box = el("input", label, { type: "checkbox", checked: true });
		label.prepend(box);
		box.dataset.circle = circle;
		box.addEventListener("change", () => {
			if (box.checked) hidden.delete(circle);
			else hidden.add(circle);
			mounted.setHiddenCircles([...hidden]);
		});
	}
	search.addEventListener("keydown", (evt) => {
		if (evt.key !== "Enter") return;
		const found = mounted.focus(search.value);
		info.textContent = found ? graph.getNodeAttribute(found, "label") : `No one matches “${search.value}”`;
	});
	weight.addEventListener("input", () => mounted.setMinWeight(Number(weight.value)));
	sigmaStats(mounted, info);
}

function sigmaStats(mounted: MountedGraph, info: HTMLElement): void {
	info.textContent = `${mounted.graph.order} nodes, ${mounted.graph.size} ties`;
}

start();
