import type { Translate } from "../../i18n";
import type { GroupPlan } from "../events/groups";
import { groupInterests } from "../events/event-groups";
import type { VaultIndex } from "../index/vault-index";
import { SECTION_END, SECTION_START } from "../notes/markdown";
import type { LinkStyle, NameOf } from "./markdown";
import { safeInline, safeLine } from "./safe-text";

/** The plan as Markdown: a section (between Rapport's markers) with one list item per table and round. */
export function groupsToMarkdown(index: VaultIndex, plan: GroupPlan, nameOf: NameOf, t: Translate, links: LinkStyle, markers = true): string[] {
	const lines: string[] = [];
	plan.rounds.forEach((round, r) => {
		if (plan.rounds.length > 1) lines.push("", `### ${t("groups.round", { n: r + 1 })}`);
		lines.push("");
		round.groups.forEach((group, g) => {
			const shared = groupInterests(index, group);
			const members = group.map((p) => links.note(p, nameOf(p))).join(", ");
			lines.push(`- **${t("groups.table", { n: g + 1 })}**: ${members}${shared.length > 0 ? ` · ${t("groups.shared", { interests: shared.map(safeInline).join(", ") })}` : ""}`);
		});
		lines.push("", t("groups.score", { score: round.score.toFixed(1), random: round.randomScore.toFixed(1), shared: round.stats.sharedPerPair.toFixed(2), sameOrg: round.stats.sameOrgPairs, met: round.stats.alreadyMetPairs }));
	});
	if (!markers) return lines;
	return [SECTION_START, `## ${t("groups.heading")}`, ...lines.map(safeLine), SECTION_END];
}
