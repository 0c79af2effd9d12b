import type { Legend } from "../core/graph/legend";
import type { SizeBy } from "../graph-view/renderer";
import type { Translate } from "../i18n";

/** The legend under the graph: the largest groups' colours and what each stands for, how many more, what a node's size measures, what a ring means, and the cross after the name of someone who died. */
export function renderLegend(el: HTMLElement, legend: Legend, sizeBy: SizeBy, t: Translate, someoneDied = false): void {
	el.empty();
	for (const { label, color } of legend.groups) {
		const item = el.createSpan({ cls: "rapport-graph-legend-item" });
		item.createSpan({ cls: "rapport-graph-swatch" }).setCssProps({ "--rapport-swatch": color });
		item.createSpan({ cls: "rapport-graph-legend-label", text: label });
	}
	if (legend.more > 0) el.createSpan({ cls: "rapport-graph-legend-item", text: t("graph.legendMore", { n: legend.more }) });
	const measure = sizeBy === "meetings" ? t("graph.byMeetings") : t("graph.byStrength");
	el.createSpan({ cls: "rapport-graph-legend-item", text: t("graph.legendSize", { measure }) });
	el.createSpan({ cls: "rapport-graph-legend-ring", text: t("graph.legendRing") });
	if (someoneDied) el.createSpan({ cls: "rapport-graph-legend-item", text: t("graph.legendDied") });
}
