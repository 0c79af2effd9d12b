import type { RelationshipGraph } from "../core/graph/build";
import { strongestTies } from "../core/graph/ego";
import { describeTie } from "../core/render/tie";
import type { Translate } from "../i18n";

/** How many ties the list shows. */
const TIES_SHOWN = 40;

/**
 * Where the graph cannot be drawn (no WebGL, or sigma failed): the reason, then the strongest ties as
 * a list, each name a link to the person's note. With a person centred, their ties only.
 */
export function renderTiesList(el: HTMLElement, graph: RelationshipGraph, message: string, t: Translate, center: string | null, open: (id: string, newTab: boolean) => void): void {
	el.empty();
	el.createDiv({ cls: "rapport-graph-message", text: message, attr: { role: "status" } });
	el.createDiv({ cls: "rapport-graph-ties-title", text: t("graph.tiesTitle") });
	const ties = graph
		.filterEdges((_e, a, s, d) => a.kind === "people" && (center === null || s === center || d === center))
		.map((edge) => ({ edge, weight: graph.getEdgeAttribute(edge, "weight") }))
		.sort((x, y) => y.weight - x.weight)
		.slice(0, TIES_SHOWN);
	if (ties.length === 0) {
		el.createDiv({ cls: "rapport-graph-ties-empty", text: t("graph.noTies") });
		return;
	}
	const list = el.createEl("ul", { cls: "rapport-graph-ties" });
	for (const { edge } of ties) {
		const [a, b] = graph.extremities(edge);
		const item = list.createEl("li");
		person(item, graph, a, open);
		item.appendText(" — ");
		person(item, graph, b, open);
		const why = describeTie(graph, a, b, t);
		if (why) item.createSpan({ cls: "rapport-graph-tie-why", text: `: ${why}` });
	}
}

function person(parent: HTMLElement, graph: RelationshipGraph, id: string, open: (id: string, newTab: boolean) => void): void {
	const link = parent.createEl("a", { cls: "internal-link", text: graph.getNodeAttribute(id, "label"), href: "#" });
	link.addEventListener("click", (evt) => {
		evt.preventDefault();
		open(id, evt.ctrlKey || evt.metaKey);
	});
}

/** How many ties the tooltip of a hovered person lists. */
const TOOLTIP_TIES = 6;

/** The tooltip of a hovered person: their name, then their strongest ties and why; hidden when no one (or no one drawn) is hovered. */
export function renderTiesTooltip(el: HTMLElement, graph: RelationshipGraph | undefined, id: string | null, t: Translate): void {
	el.empty();
	if (!id || !graph?.hasNode(id)) {
		el.removeClass("is-visible");
		return;
	}
	el.addClass("is-visible");
	el.createDiv({ cls: "rapport-graph-tooltip-title", text: graph.getNodeAttribute(id, "label") });
	for (const n of strongestTies(graph, id, TOOLTIP_TIES)) el.createDiv({ text: `${graph.getNodeAttribute(n, "label")}: ${describeTie(graph, id, n, t) ?? ""}` });
}

/** Whether this browser can give sigma a WebGL context. */
export function hasWebGL(parent: HTMLElement): boolean {
	const canvas = parent.createEl("canvas");
	try {
		const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
		gl?.getExtension("WEBGL_lose_context")?.loseContext();
		return gl !== null;
	} catch {
		return false;
	} finally {
		canvas.remove();
	}
}

/** The first person whose name contains `query` (any case), as the drawn graph's search finds them. */
export function personNamed(graph: RelationshipGraph, query: string): string | null {
	const q = query.trim().toLowerCase();
	if (q === "") return null;
	return graph.findNode((_n, a) => a.kind === "person" && a.label.toLowerCase().includes(q)) ?? null;
}

/** An error's message for a line of text. */
export function reasonOf(error: unknown): string {
	if (error instanceof Error) return error.message;
	return typeof error === "string" ? error : JSON.stringify(error);
}
