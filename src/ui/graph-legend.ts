import type { SizeBy } from "../graph-view/renderer";
import type { Translate } from "../i18n";

/** How many colours the legend names. */
const COLOURS_SHOWN = 8;

/** The legend under the graph: the first colours and what each stands for, what a node's size measures, and what a ring means. */
export function renderLegend(el: HTMLElement, colours: readonly { label: string; color: string }[], sizeBy: SizeBy, t: Translate): void {
	el.empty();
	for (const { label, color } of colours.slice(0, COLOURS_SHOWN)) {
		const item = el.createSpan({ cls: "rapport-graph-legend-item" });
		item.createSpan({ cls: "rapport-graph-swatch" }).setCssProps({ "--rapport-swatch": color });
		item.appendText(label);
	}
	const measure = sizeBy === "meetings" ? t("graph.byMeetings") : t("graph.byStrength");
	el.createSpan({ cls: "rapport-graph-legend-item", text: t("graph.legendSize", { measure }) });
	el.createSpan({ cls: "rapport-graph-legend-ring", text: t("graph.legendRing") });
}
