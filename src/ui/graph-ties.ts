import type { RelationshipGraph } from "../core/graph/build";
import { strongestTies } from "../core/graph/ego";
import { describeTie } from "../core/render/tie";
import type { Translate } from "../i18n";

export { renderTiesList } from "../graph-view/ties-list";

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
