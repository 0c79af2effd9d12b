import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildRelationshipGraph } from "../core/graph/build";
import type { CalendarDay } from "../core/dates/dates";
import type { Translate } from "../i18n";
import { GRAPH_PAGE_STYLE } from "./graph-page-style";
import { writeOutputFile } from "./output-file";
import type { LoadedVault } from "./load-vault";
import { CliError } from "./vault-files";

/** `rapport graph`: a summary, graphology's JSON serialisation, or a standalone interactive page. */
export function graphCommand(vault: LoadedVault, asOf: CalendarDay, json: boolean, html: string | undefined, t: Translate, circle?: string): { stdout: string; exitCode: number } {
	const graph = buildRelationshipGraph(vault.index, { asOf, halfLifeDays: vault.settings.graphMeetingHalfLifeDays, me: vault.settings.me, settings: vault.settings, health: vault.settings.health, circles: circle ? [circle] : undefined });
	if (json) return { stdout: JSON.stringify(graph.export(), null, 2) + "\n", exitCode: 0 };
	if (html !== undefined) {
		writeOutputFile(html, graphPage(JSON.stringify(graph.export()), t("meta.locale")), "graph page");
		return { stdout: t("cli.graphWritten", { path: html, people: t("count.people", { n: graph.order }), ties: t("count.ties", { n: graph.size }) }) + "\n", exitCode: 0 };
	}
	const ties = graph
		.mapEdges((_e, a, s, t) => ({ a: graph.getNodeAttribute(s, "label"), b: graph.getNodeAttribute(t, "label"), w: a.weight }))
		.sort((x, y) => y.w - x.w)
		.slice(0, 10);
	const communities = new Set(graph.mapNodes((_n, a) => a.community)).size;
	const lines = [t("cli.graphSummary", { people: t("count.people", { n: graph.order }), ties: t("count.ties", { n: graph.size }), communities: t("count.communities", { n: communities }), date: asOf }), "", t("cli.strongestTies")];
	for (const t of ties) lines.push(`  ${t.w.toFixed(2).padStart(6)}  ${t.a} — ${t.b}`);
	return { stdout: lines.join("\n") + "\n", exitCode: 0 };
}

function pageScript(): string {
	const file = join(__dirname, "graph-page.js");
	if (!existsSync(file)) throw new CliError("cli.error.graphScriptMissing", { path: file });
	return readFileSync(file, "utf8");
}

/** One self-contained HTML file: styles, data and renderer inline, nothing fetched. */
function graphPage(data: string, lang: string): string {
	const safe = (text: string): string => text.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");
	return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport: relationship graph</title>
<style>
${GRAPH_PAGE_STYLE}</style></head>
<body>
<script>window.RAPPORT_GRAPH = ${safe(data)}; window.RAPPORT_LANG = ${JSON.stringify(lang)};</script>
<script>${safe(pageScript())}</script>
</body></html>
`;
}
