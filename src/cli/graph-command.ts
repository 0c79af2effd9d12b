import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildRelationshipGraph } from "../core/graph/build";
import type { CalendarDay } from "../core/dates/dates";
import type { Translate } from "../i18n";
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
body{margin:0;font:14px system-ui,sans-serif;background:#fff;color:#222;height:100vh;display:flex;flex-direction:column}
body.theme-dark{background:#1e1e1e;color:#ddd}
@media (prefers-color-scheme: dark){body:not(.theme-light){background:#1e1e1e;color:#ddd}}
.bar{display:flex;flex-wrap:wrap;gap:12px;align-items:center;padding:8px 12px;border-bottom:1px solid #8884}
.search{min-width:200px;padding:4px 8px}
.info{margin-left:auto;opacity:.8}
#graph{flex:1;min-height:300px}
.legend{padding:6px 12px;font-size:12px;opacity:.85}
.swatch{font-size:16px;margin-right:2px}
.tip{position:fixed;right:12px;top:56px;max-width:420px;font-size:12px;pointer-events:none;background:#8881;border-radius:4px;padding:0 6px}
.tip:empty{display:none}
</style></head>
<body>
<script>window.RAPPORT_GRAPH = ${safe(data)}; window.RAPPORT_LANG = ${JSON.stringify(lang)};</script>
<script>${safe(pageScript())}</script>
</body></html>
`;
}
