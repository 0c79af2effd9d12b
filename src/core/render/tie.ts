import type { Translate } from "../../i18n";
import type { RelationshipGraph } from "../graph/build";

/** Why two people are tied, in words: "3 meetings, last 2026-11-27 · knows · jazz". */
export function describeTie(graph: RelationshipGraph, a: string, b: string, t: Translate): string | null {
	const key = graph.edge(a, b);
	if (key === undefined) return null;
	const e = graph.getEdgeAttributes(key);
	const parts: string[] = [];
	if (e.meetings.length > 0) parts.push(t("tie.meetings", { n: e.meetings.length, date: e.meetings[0]?.day ?? "" }));
	for (const r of e.relations) parts.push(t(`tie.relation.${r.kind}`));
	if (e.sharedInterests.length > 0) parts.push(e.sharedInterests.join(", "));
	return parts.join(" · ");
}
