import type { RelationshipGraph } from "../core/graph/build";
import { describeTie } from "../core/render/tie";
import type { Translate } from "../i18n";
import { el } from "./dom";

/** How many ties the list shows. */
const TIES_SHOWN = 40;

/**
 * Where the graph cannot be drawn (no WebGL, sigma failed, its contexts taken again and again): the
 * reason, then the strongest ties as a list, each name a link to the person's note. With a person
 * centred, their ties only. Plain DOM: the plugin's views and the page of `rapport graph --html` use it.
 */
export function renderTiesList(parent: HTMLElement, graph: RelationshipGraph, message: string, t: Translate, center: string | null, open: (id: string, newTab: boolean) => void): void {
	parent.replaceChildren();
	const status = el("div", parent, { className: "rapport-graph-message", textContent: message });
	status.setAttribute("role", "status");
	el("div", parent, { className: "rapport-graph-ties-title", textContent: t("graph.tiesTitle") });
	const ties = graph
		.filterEdges((_e, a, s, d) => a.kind === "people" && (center === null || s === center || d === center))
		.map((edge) => ({ edge, weight: graph.getEdgeAttribute(edge, "weight") }))
		.sort((x, y) => y.weight - x.weight)
		.slice(0, TIES_SHOWN);
	if (ties.length === 0) {
		el("div", parent, { className: "rapport-graph-ties-empty", textContent: t("graph.noTies") });
		return;
	}
	const list = el("ul", parent, { className: "rapport-graph-ties" });
	for (const { edge } of ties) {
		const [a, b] = graph.extremities(edge);
		const item = el("li", list);
		person(item, graph, a, open);
		item.append(" — ");
		person(item, graph, b, open);
		const why = describeTie(graph, a, b, t);
		if (why) el("span", item, { className: "rapport-graph-tie-why", textContent: `: ${why}` });
	}
}

function person(parent: HTMLElement, graph: RelationshipGraph, id: string, open: (id: string, newTab: boolean) => void): void {
	const link = el("a", parent, { className: "internal-link", textContent: graph.getNodeAttribute(id, "label"), href: "#" });
	link.addEventListener("click", (evt) => {
		evt.preventDefault();
		open(id, evt.ctrlKey || evt.metaKey);
	});
}
